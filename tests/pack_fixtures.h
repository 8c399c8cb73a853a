// Test helpers shared by the suites that run rule packs written inline: compiling a
// pack from rule-file text (which must compile cleanly), making a document, and the
// edges of a graph as lines to compare.
#ifndef ARGMAP_TESTS_PACK_FIXTURES_H_
#define ARGMAP_TESTS_PACK_FIXTURES_H_

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/document.h"
#include "graph/argument_graph.h"
#include "rules/compiled_pack.h"
#include "rules/rule_parser.h"

namespace argmap::testing {

inline CompiledPack PackOf(const std::string& rules) {
  RulePack raw;
  std::vector<Diagnostic> diags;
  REQUIRE(ParseRuleFile("t.rules", rules, &raw, &diags));
  CompiledPack pack;
  REQUIRE(pack.Compile(std::move(raw), &diags));
  REQUIRE(FormatAll(diags) == "");
  return pack;
}

inline Document Doc(const std::string& text, const std::string& id = "d") {
  Document d;
  d.id = id;
  d.text = text;
  return d;
}

// "source-text -type-> target-text [rule]" per edge, in edge order.
inline std::vector<std::string> Edges(const ArgumentGraph& g) {
  std::vector<std::string> out;
  for (const auto& e : g.Edges()) {
    out.push_back(g.node(e.source).text + " -" + std::string(EdgeTypeName(e.edge->type)) + "-> " +
                  g.node(e.target).text + " [" + e.edge->rule + "]");
  }
  return out;
}

}  // namespace argmap::testing

#endif  // ARGMAP_TESTS_PACK_FIXTURES_H_
