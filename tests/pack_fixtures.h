// Test helpers shared by the suites that run rule packs written inline: compiling a
// pack from rule-file text (which must compile cleanly) and making a document.
#ifndef ARGMAP_TESTS_PACK_FIXTURES_H_
#define ARGMAP_TESTS_PACK_FIXTURES_H_

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/document.h"
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

}  // namespace argmap::testing

#endif  // ARGMAP_TESTS_PACK_FIXTURES_H_
