// Tests of src/model/features: the readable features the role and relation scorers weigh.
#include "model/features.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rules/rule_parser.h"

namespace argmap {
namespace {

CompiledPack SmallPack() {
  RulePack raw;
  std::vector<Diagnostic> diags;
  ParseRuleFile("test.rules",
                "lexicon contrast: however | but\n"
                "lexicon argue: argue | contend\n",
                &raw, &diags);
  CompiledPack pack;
  pack.Compile(std::move(raw), &diags);
  return pack;
}

bool Has(const std::vector<std::string>& features, const std::string& name) {
  return std::binary_search(features.begin(), features.end(), name);
}

}  // namespace

TEST_SUITE("features") {
  TEST_CASE("feature words are lower-case ASCII words, apostrophes and hyphens inside") {
    CHECK(FeatureWords("States' self-help, in 1990s: DON'T 3x") ==
          std::vector<std::string>{"states", "self-help", "in", "don't"});
    CHECK(FeatureWords("").empty());
    CHECK(FeatureWords("Ünited naïve x") == std::vector<std::string>{"x"});
  }

  TEST_CASE("a unit's features name its rule, words, cue, place and lexicons") {
    CompiledPack pack = SmallPack();
    UnitFacts u;
    u.text = "sanctions fail when elites are insulated";
    u.cue = "However, we argue that";
    u.sentence = "However, we argue that sanctions fail when elites are insulated.";
    u.sentence_index = 2;
    u.sentence_count = 3;
    u.section = "conclusions";
    u.pack = "politics";
    u.rules.emplace_back("general/we-argue", NodeType::kClaim);
    std::vector<std::string> f = RoleFeatures(u, pack);
    CHECK(std::is_sorted(f.begin(), f.end()));
    CHECK(std::adjacent_find(f.begin(), f.end()) == f.end());
    for (const char* name :
         {"rule:general/we-argue=claim", "proposed=claim", "word:sanctions", "first:sanctions",
          "cue:argue", "cue:however", "cue-lex:argue", "cue-lex:contrast", "sentence=last",
          "position=4", "unit=only", "section=conclusions", "tense=present", "length=4-6",
          "previous=none", "politics|sentence=last", "politics|rule:general/we-argue=claim"}) {
      CAPTURE(name);
      CHECK(Has(f, name));
    }
    CHECK_FALSE(Has(f, "lex:contrast"));
    CHECK_FALSE(Has(f, "sentence=first"));
    for (const std::string& name : f) CHECK(name.find(' ') == std::string::npos);
  }

  TEST_CASE("numbers, statistics, modals and negation are features of their own") {
    CompiledPack pack = SmallPack();
    UnitFacts u;
    u.text = "survival was not longer in arm B (62% vs 58%, p = 0.21) and may differ";
    u.pack = "clinical";
    std::vector<std::string> f = RoleFeatures(u, pack);
    for (const char* name : {"number", "percent", "statistic", "modal", "negation", "tense=past",
                             "proposed=none", "cue=none", "sentence=first", "clinical|number"}) {
      CAPTURE(name);
      CHECK(Has(f, name));
    }
  }

  TEST_CASE("a pair's features name the roles, direction, distance and anchors") {
    PairFacts p;
    p.source_role = "premise";
    p.target_role = "conclusion";
    p.distance = 2;
    p.sentence_distance = 1;
    p.target_is_last = true;
    p.target_nearest_after = true;
    p.source_lexicons = {"contrast"};
    p.source_first_word = "however";
    p.rule_edges.emplace_back("general/because", EdgeType::kSupports);
    p.pack = "general";
    std::vector<std::string> f = RelationFeatures(p);
    CHECK(std::is_sorted(f.begin(), f.end()));
    for (const char* name :
         {"roles=premise>conclusion", "dir=after", "roles-dir=premise>conclusion/after",
          "distance=after/2", "sentences=2/after", "target=last", "target=last/premise>conclusion",
          "target=nearest-after", "rule-edge=supports", "rule-edge:general/because=supports",
          "source-lex:contrast", "source-lex:contrast/premise>conclusion", "source-first:however",
          "general|dir=after"}) {
      CAPTURE(name);
      CHECK(Has(f, name));
    }
    CHECK_FALSE(Has(f, "target=thesis"));
  }
}

}  // namespace argmap
