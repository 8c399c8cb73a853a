#include "read/graph_reader.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

TEST_SUITE("graph_reader") {
  TEST_CASE("format names parse back, with auto first") {
    CHECK(GraphFormatNames() == std::vector<std::string>{"auto", "argmap", "aif", "argdown"});
    for (const std::string& name : GraphFormatNames()) {
      GraphFormat f = GraphFormat::kAuto;
      CHECK(ParseGraphFormat(name, &f));
      CHECK(GraphFormatName(f) == name);
    }
    GraphFormat f = GraphFormat::kAuto;
    CHECK_FALSE(ParseGraphFormat("AIF", &f));
  }

  TEST_CASE("a file that cannot be read is one error") {
    ArgumentGraph graph;
    std::vector<Document> docs;
    std::vector<Diagnostic> diags;
    CHECK_FALSE(
        ReadGraphFile("no/such/file.json", nullptr, GraphFormat::kAuto, &graph, &docs, &diags));
    CHECK(FormatAll(diags) ==
          "no/such/file.json: error: cannot read file: No such file or directory\n");
  }
}

}  // namespace
}  // namespace argmap
