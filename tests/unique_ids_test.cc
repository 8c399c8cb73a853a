// Tests of read/unique_ids: default ids that stay unique when two inputs share
// a file name, and duplicate ids dropped with a message naming both places.
#include "read/unique_ids.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/reader.h"

namespace argmap {
namespace {

Document Doc(const std::string& id, const std::string& source, int record, int line = 1) {
  Document d;
  d.id = id;
  d.source = source;
  d.record = record;
  d.line = line;
  return d;
}

TEST_SUITE("unique_ids") {
  TEST_CASE("inputs that share a file name get the shortest path that tells them apart") {
    struct Case {
      std::vector<std::string> paths;
      std::vector<std::string> ids;  // the default id of record 1 of each path
    };
    const std::vector<Case> cases = {
        {{"a/paper.txt", "b/paper.txt"}, {"a/paper#1", "b/paper#1"}},
        {{"x/a/paper.txt", "y/a/paper.txt", "notes.txt"},
         {"x/a/paper#1", "y/a/paper#1", "notes#1"}},
        {{"a/paper.txt", "a/paper.jsonl"}, {"a/paper.txt#1", "a/paper.jsonl#1"}},
        {{"paper.txt", "sub/paper.txt"}, {"paper#1", "sub/paper#1"}},
        {{"one.txt", "two.txt"}, {"one#1", "two#1"}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.paths.front());
      IdStems stems(c.paths);
      for (size_t i = 0; i < c.paths.size(); ++i) {
        Document d = Doc(FileStem(c.paths[i]) + "#1", c.paths[i], 1);
        stems.Apply(&d);
        CHECK(d.id == c.ids[i]);
      }
    }
  }

  TEST_CASE("a record's own id is never changed") {
    IdStems stems({"a/paper.jsonl", "b/paper.jsonl"});
    Document own = Doc("10.1/x", "a/paper.jsonl", 1);
    stems.Apply(&own);
    CHECK(own.id == "10.1/x");
  }

  TEST_CASE("a later document with a used id is dropped with both places named") {
    std::vector<Document> docs = {Doc("a", "one.jsonl", 1, 1), Doc("b", "one.jsonl", 2, 2),
                                  Doc("a", "two.jsonl", 1, 4)};
    std::vector<Diagnostic> diags;
    CHECK_FALSE(DropDuplicateIds(&docs, &diags));
    REQUIRE(docs.size() == 2);
    CHECK(FormatAll(diags) ==
          "two.jsonl:4: error: duplicate id 'a' (first used at one.jsonl:1); record 1 skipped\n");
  }
}

}  // namespace
}  // namespace argmap
