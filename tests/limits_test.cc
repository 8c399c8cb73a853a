// The limits of core/limits.h: an abstract past kMaxAbstractBytes is skipped
// with an error, a graph stops before the document that would pass its node
// limit, and pathological 1 MB sentences go through the whole pipeline (RE2 is
// linear; so must be the code around it; timings are in bench/pathological.sh,
// a hang here is the failure).
#include "core/limits.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pipeline/extract.h"
#include "read/reader.h"
#include "rules/compiled_pack.h"
#include "rules/rule_parser.h"

namespace argmap {
namespace {

CompiledPack SentencePack() {
  RulePack raw;
  std::vector<Diagnostic> diags;
  REQUIRE(ParseRuleFile("all.rules", "rule claim/all\n  pattern: (?P<claim>.+)\n  emits: claim\n",
                        &raw, &diags));
  CompiledPack pack;
  REQUIRE(pack.Compile(std::move(raw), &diags));
  return pack;
}

const CompiledPack& BuiltInPack() {
  static const CompiledPack pack = [] {
    CompiledPack p;
    std::vector<Diagnostic> diags;
    REQUIRE(LoadPack("", {}, &p, &diags));
    return p;
  }();
  return pack;
}

std::string Repeat(const std::string& piece, size_t bytes) {
  std::string out;
  while (out.size() + piece.size() <= bytes) out += piece;
  return out;
}

TEST_SUITE("limits") {
  TEST_CASE("an abstract of the limit is read and one byte more is skipped with an error") {
    std::string at_limit(kMaxAbstractBytes, 'a');
    std::string content = at_limit + "\n\n" + at_limit + "b\n\nWe argue that x.\n";
    std::vector<Document> docs;
    std::vector<Diagnostic> diags;
    CHECK_FALSE(ReadDocuments("big.txt", content, InputFormat::kText, &docs, &diags));
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id == "big#1");
    CHECK(docs[1].id == "big#3");
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].Format() ==
          "big.txt:3: error: record 2 is 1048577 bytes long, over the limit of 1048576 bytes for "
          "one abstract\n");
  }

  TEST_CASE("extract stops before the document that would take the graph past its node limit") {
    CompiledPack pack = SentencePack();
    std::vector<Document> docs(3);
    for (size_t i = 0; i < docs.size(); ++i) {
      docs[i].id = "d" + std::to_string(i + 1);
      docs[i].text = "Parties compete. Turnout rises.";
    }
    ExtractOptions options;
    options.max_nodes = 5;
    ArgumentGraph graph;
    ExtractStats stats;
    Extract(docs, pack, &graph, &stats, options);
    CHECK(stats.documents == 2);
    CHECK(graph.node_count() == 4);
    CHECK(stats.packs.size() == 2);
    options.max_nodes = 6;
    ArgumentGraph all;
    Extract(docs, pack, &all, &stats, options);
    CHECK(stats.documents == 3);
    CHECK(all.node_count() == 6);
  }

  TEST_CASE("pathological 1 MB sentences go through the whole pipeline") {
    const size_t mb = 1000000;
    const std::vector<std::string> sentences = {
        std::string(mb, 'a'),
        Repeat("a ", mb),
        Repeat("we argue that ", mb),
        Repeat("because ", mb),
        Repeat("(", mb),
        Repeat("(a) x, ", mb),
        Repeat("first, x; ", mb),
        Repeat("A, ", mb) + "and B.",
        Repeat("e.g. ", mb),
        Repeat("x -- ", mb),
        Repeat("namely x, ", mb),
        Repeat("however, ", mb),
    };
    for (const std::string& text : sentences) {
      CAPTURE(text.substr(0, 20));
      std::vector<Document> docs(1);
      docs[0].id = "p";
      docs[0].text = text;
      ArgumentGraph graph;
      ExtractStats stats;
      Extract(docs, BuiltInPack(), &graph, &stats);
      CHECK(stats.documents == 1);
      for (size_t v = 0; v < graph.node_count(); ++v) {
        const Node& n = graph.node(v);
        CHECK(n.span.end <= text.size());
      }
    }
  }
}

}  // namespace
}  // namespace argmap
