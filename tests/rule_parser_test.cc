#include "rules/rule_parser.h"

#include <doctest/doctest.h>

namespace argmap {
namespace {

std::string ParseErrors(const std::string& content, RulePack* pack = nullptr) {
  RulePack local;
  std::vector<Diagnostic> diags;
  ParseRuleFile("test.rules", content, pack ? pack : &local, &diags);
  return FormatAll(diags);
}

}  // namespace

TEST_SUITE("rule_parser") {
  TEST_CASE("relation ends that name an anchor are resolved to it when the rule is parsed") {
    const std::pair<const char*, Anchor> ends[] = {
        {"this", Anchor::kThis},
        {"previous", Anchor::kPrevious},
        {"next", Anchor::kNext},
        {"earlier_claim", Anchor::kEarlierClaim},
        {"earlier_claims", Anchor::kEarlierClaims},
        {"thesis", Anchor::kThesis},
        {"earlier_options", Anchor::kEarlierOptions},
        {"claim", Anchor::kCapture},
        {"This", Anchor::kCapture},
    };
    for (const auto& [name, anchor] : ends) {
      CAPTURE(name);
      CHECK(AnchorOf(name) == anchor);
      CHECK(IsAnchor(name) == (anchor != Anchor::kCapture));
    }
    CHECK(AnchorNames() == std::vector<std::string>{"this", "previous", "next", "earlier_claim",
                                                    "earlier_claims", "thesis", "earlier_options"});
    RulePack pack;
    REQUIRE(ParseErrors("rule r\n  pattern: (?P<premise>.+)\n"
                        "  emits: premise, premise supports thesis, previous attacks premise\n",
                        &pack) == "");
    REQUIRE(pack.rules.size() == 1);
    REQUIRE(pack.rules[0].relations.size() == 2);
    CHECK(pack.rules[0].relations[0].target_anchor == Anchor::kThesis);
    CHECK(pack.rules[0].relations[1].source_anchor == Anchor::kPrevious);
    CHECK(pack.rules[0].relations[1].target_anchor == Anchor::kCapture);
  }

  TEST_CASE("a rule with every field is read with its values and places") {
    RulePack pack;
    CHECK(ParseErrors("# comment\n"
                      "lexicon because: because | since\n"
                      "  | given that\n"
                      "\n"
                      "rule premise/because\n"
                      "  pattern: (?P<claim>.+) {because} (?P<premise>.+)\n"
                      "  emits: claim, premise, premise supports claim\n"
                      "  priority: 70\n"
                      "  split: premise\n"
                      "  pairs: yes\n"
                      "  match: A holds because B holds.\n"
                      "  no-match: A holds.\n",
                      &pack) == "");
    REQUIRE(pack.lexicons.size() == 1);
    CHECK(pack.lexicons[0].entries == std::vector<std::string>{"because", "since", "given that"});
    REQUIRE(pack.rules.size() == 1);
    const Rule& r = pack.rules[0];
    CHECK(r.id == "premise/because");
    CHECK(r.pattern == "(?P<claim>.+) {because} (?P<premise>.+)");
    CHECK(r.pattern_loc.line == 6);
    CHECK(r.pattern_loc.column == 12);
    CHECK(r.node_captures == std::vector<std::string>{"claim", "premise"});
    REQUIRE(r.relations.size() == 1);
    CHECK(r.relations[0].source == "premise");
    CHECK(r.relations[0].type == EdgeType::kSupports);
    CHECK(r.relations[0].target == "claim");
    CHECK(r.relations[0].source_anchor == Anchor::kCapture);
    CHECK(r.relations[0].target_anchor == Anchor::kCapture);
    CHECK(r.priority == 70);
    CHECK(r.split == std::vector<std::string>{"premise"});
    CHECK(r.split_pairs);
    CHECK(r.examples == std::vector<std::string>{"A holds because B holds."});
    CHECK(r.counterexamples == std::vector<std::string>{"A holds."});
  }

  TEST_CASE("a rule without a priority gets 50") {
    RulePack pack;
    CHECK(ParseErrors("rule a\n  pattern: (?P<claim>x)\n  emits: claim\n", &pack) == "");
    REQUIRE(pack.rules.size() == 1);
    CHECK(pack.rules[0].priority == 50);
  }

  TEST_CASE("lexicon entries split at the bars between entries, not inside groups") {
    RulePack pack;
    CHECK(ParseErrors("lexicon who: (?:the |our )?authors | we | [|] | a\\|b | x (?:y|z)\n",
                      &pack) == "");
    REQUIRE(pack.lexicons.size() == 1);
    CHECK(pack.lexicons[0].entries ==
          std::vector<std::string>{"(?:the |our )?authors", "we", "[|]", "a\\|b", "x (?:y|z)"});
  }

  TEST_CASE("a rule may name several packs") {
    RulePack pack;
    CHECK(
        ParseErrors("rule a\n  pattern: (?P<claim>x)\n  emits: claim\n  pack: general, politics\n",
                    &pack) == "");
    REQUIRE(pack.rules.size() == 1);
    CHECK(pack.rules[0].packs == std::vector<std::string>{"general", "politics"});
    CHECK(ParseErrors("rule a\n  pattern: (?P<claim>x)\n  emits: claim\n  pack: Clinical\n") ==
          "test.rules:4:9: error: a pack name may hold lower-case letters and '-' only\n"
          "  pack: Clinical\n        ^\n");
  }

  TEST_CASE("CRLF line ends are accepted") {
    RulePack pack;
    CHECK(ParseErrors("rule a\r\n  pattern: (?P<claim>x)\r\n  emits: claim\r\n", &pack) == "");
    REQUIRE(pack.rules.size() == 1);
    CHECK(pack.rules[0].pattern == "(?P<claim>x)");
  }

  TEST_CASE("bad rule files get the place, the line and a caret") {
    struct Case {
      const char* content;
      const char* expected;
    };
    const Case cases[] = {
        {"rul a\n",
         "test.rules:1:1: error: expected 'rule' or 'lexicon', got 'rul', did you mean 'rule'?\n"
         "rul a\n^\n"},
        {"rule a\n  patern: x\n  emits: claim\n",
         "test.rules:2:3: error: unknown field 'patern', did you mean 'pattern'?\n"
         "  patern: x\n  ^\n"
         "test.rules:1:6: error: rule 'a' has no pattern\nrule a\n     ^\n"},
        {"rule a\n  emits: claim\n",
         "test.rules:1:6: error: rule 'a' has no pattern\nrule a\n     ^\n"},
        {"rule a\n  pattern: (?P<claim>x)\n",
         "test.rules:1:6: error: rule 'a' has no emits\nrule a\n     ^\n"},
        {"rule\n", "test.rules:1:5: error: a rule needs an id after 'rule'\nrule\n    ^\n"},
        {"rule a b\n  pattern: x\n  emits: claim\n",
         "test.rules:1:6: error: a rule id may hold letters, digits, '-', '_', '/' and '.' only\n"
         "rule a b\n     ^\n"},
        {"  pattern: x\n",
         "test.rules:1:3: error: field 'pattern' outside a rule\n  pattern: x\n  ^\n"},
        {"rule a\n  pattern: (?P<claim>x)\n  emits: claim\n  priority: high\n",
         "test.rules:4:13: error: priority must be a whole number from 0 to 1000\n"
         "  priority: high\n            ^\n"},
        {"rule a\n  pattern: (?P<claim>x)\n  emits: premise suports claim\n",
         "test.rules:3:18: error: unknown relation 'suports', did you mean 'supports'?\n"
         "  emits: premise suports claim\n                 ^\n"},
        {"rule a\n  pattern: (?P<claim>x)\n  emits: claim premise\n",
         "test.rules:3:10: error: expected a role ('premise') or a relation ('premise supports "
         "conclusion'), got 'claim premise'\n  emits: claim premise\n         ^\n"},
        {"rule a\n  pattern: x\n  pattern: y\n  emits: claim\n",
         "test.rules:3:3: error: rule 'a' has two patterns\n  pattern: y\n  ^\n"},
        {"rule a\n  pattern: (?P<claim>x)\n  requires: y\n  requires: z\n  emits: claim\n",
         "test.rules:4:3: error: rule 'a' has two requires\n  requires: z\n  ^\n"},
        {"rule a\n  pattern: (?P<claim>x)\n  requires:\n  emits: claim\n",
         "test.rules:3:12: error: empty requires pattern\n  requires:\n           ^\n"},
        {"rule a\n  pattern: (?P<claim>x)\n  require: y\n  emits: claim\n",
         "test.rules:3:3: error: unknown field 'require', did you mean 'requires'?\n"
         "  require: y\n  ^\n"},
        {"rule a\n  pattern: (?P<claim>x)\n  emits: claim\n  sentence: last-1\n",
         "test.rules:4:13: error: sentence must be any, first, last, not-first, first-N or "
         "last-N (N from 2 to 9), got 'last-1', did you mean 'last'?\n  sentence: last-1\n"
         "            ^\n"},
        {"rule a\n  pattern: (?P<claim>x)\n  emits: claim\n  sentence: fist\n",
         "test.rules:4:13: error: sentence must be any, first, last, not-first, first-N or "
         "last-N (N from 2 to 9), got 'fist', did you mean 'first'?\n  sentence: fist\n"
         "            ^\n"},
        {"lexicon : a | b\n",
         "test.rules:1:9: error: expected 'lexicon NAME: entry | entry ...'\nlexicon : a | b\n"
         "        ^\n"},
        {"rule a\n  pattern: (?P<claim>x)\n  emits: claim\n  pairs: maybe\n",
         "test.rules:4:10: error: pairs must be 'yes' or 'no'\n  pairs: maybe\n         ^\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      CHECK(ParseErrors(c.content) == c.expected);
    }
  }

  TEST_CASE("a missing rule directory is reported") {
    RulePack pack;
    std::vector<Diagnostic> diags;
    CHECK_FALSE(LoadRuleDir("no-such-dir", &pack, &diags));
    CHECK(FormatAll(diags) ==
          "no-such-dir: error: cannot read rule directory: No such file or directory\n");
  }

  TEST_CASE("the embedded pack parses") {
    RulePack pack;
    std::vector<Diagnostic> diags;
    CHECK(LoadEmbeddedRules(&pack, &diags));
    CHECK(FormatAll(diags) == "");
    CHECK(pack.rules.size() > 10);
  }
}

}  // namespace argmap
