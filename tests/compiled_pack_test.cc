#include "rules/compiled_pack.h"

#include <doctest/doctest.h>

#include "rules/rule_parser.h"
#include "rules/rule_tester.h"

namespace argmap {
namespace {

bool CompileText(const std::string& content, CompiledPack* pack, std::string* errors) {
  RulePack raw;
  std::vector<Diagnostic> diags;
  bool ok = ParseRuleFile("test.rules", content, &raw, &diags);
  ok = pack->Compile(std::move(raw), &diags) && ok;
  *errors = FormatAll(diags);
  return ok;
}

std::string CompileErrors(const std::string& content) {
  CompiledPack pack;
  std::string errors;
  CompileText(content, &pack, &errors);
  return errors;
}

}  // namespace

TEST_SUITE("compiled_pack") {
  TEST_CASE("lexicons expand and captures come back with their spans") {
    CompiledPack pack;
    std::string errors;
    REQUIRE(
        CompileText("lexicon because: because | given that\n"
                    "rule r\n"
                    "  pattern: ^(?P<claim>.+?) {because} (?P<premise>.+)$\n"
                    "  emits: claim, premise, premise supports claim\n",
                    &pack, &errors));
    CHECK(errors == "");
    std::vector<RuleMatch> m = pack.Match("Rebels flee given  that borders hold");
    REQUIRE(m.size() == 1);
    REQUIRE(m[0].captures.size() == 2);
    CHECK(m[0].captures[0].name == "claim");
    CHECK(m[0].captures[0].span == Span{0, 11});
    CHECK(m[0].captures[1].name == "premise");
    CHECK(m[0].captures[1].span == Span{24, 36});
  }

  TEST_CASE("matching ignores case") {
    CompiledPack pack;
    std::string errors;
    REQUIRE(
        CompileText("rule r\n  pattern: however (?P<claim>.+)\n  emits: claim\n", &pack, &errors));
    CHECK(pack.Match("HOWEVER it rains").size() == 1);
  }

  TEST_CASE("matches come in precedence order: priority, then position, then rule order") {
    CompiledPack pack;
    std::string errors;
    REQUIRE(
        CompileText("rule low\n  pattern: (?P<claim>a)\n  emits: claim\n  priority: 10\n"
                    "rule high\n  pattern: (?P<premise>b)\n  emits: premise\n  priority: 90\n"
                    "rule same\n  pattern: (?P<claim>a)\n  emits: claim\n  priority: 10\n",
                    &pack, &errors));
    std::vector<RuleMatch> m = pack.Match("a b a");
    REQUIRE(m.size() == 5);
    CHECK(pack.rule(m[0].rule).id == "high");
    CHECK(pack.rule(m[1].rule).id == "low");
    CHECK(m[1].span == Span{0, 1});
    CHECK(pack.rule(m[2].rule).id == "same");
    CHECK(m[2].span == Span{0, 1});
    CHECK(m[3].span == Span{4, 5});
  }

  TEST_CASE("the hedge lexicon gives a node's qualifier") {
    CompiledPack pack;
    std::string errors;
    REQUIRE(
        CompileText("lexicon hedge: may | seems?\nrule r\n  pattern: (?P<claim>x)\n"
                    "  emits: claim\n",
                    &pack, &errors));
    CHECK(pack.FindHedge("the army seems to grow") == "seems");
    CHECK(pack.FindHedge("the army grows") == "");
    CHECK(pack.FindHedge("mayor") == "");
  }

  TEST_CASE("a field pack claims an abstract with enough of its cues") {
    CompiledPack pack;
    std::string errors;
    REQUIRE(
        CompileText("lexicon pack_clinical: patients | placebo | dose\n"
                    "lexicon pack_budget: budget | deficit\n"
                    "rule r\n  pattern: (?P<claim>x)\n  emits: claim\n  pack: clinical\n",
                    &pack, &errors));
    CHECK(errors == "");
    CHECK(pack.PackNames() == std::vector<std::string>{"general", "budget", "clinical"});
    CHECK(pack.DetectPack("Patients took placebo; the dose for patients was low.") == "clinical");
    CHECK(pack.DetectPack("Patients took placebo.") == "general");
    CHECK(pack.DetectPack("The budget deficit grew.") == "general");
  }

  TEST_CASE("a hedge or field-cue lexicon that does not compile is one error, at its place") {
    for (const char* name : {"hedge", "pack_law"}) {
      CAPTURE(name);
      std::string content = std::string("lexicon ") + name + ": may | (unclosed\n";
      CHECK(CompileErrors(content) == "test.rules:1:9: error: lexicon '" + std::string(name) +
                                          "': missing ): \\b(?:may|(unclosed)\\b\n" + content +
                                          "        ^\n");
    }
  }

  TEST_CASE("names that span the pack are checked with a caret at the place") {
    struct Case {
      const char* content;
      const char* expected;
    };
    const Case cases[] = {
        {"rule a\n  pattern: (?P<claim>x\n  emits: claim\n",
         "test.rules:2:12: error: invalid pattern: missing ): (?P<claim>x\n"
         "  pattern: (?P<claim>x\n           ^\n"},
        {"rule a\n  pattern: x{becuase}(?P<claim>y)\n  emits: claim\n"
         "lexicon because: because\n",
         "test.rules:2:13: error: unknown lexicon 'becuase', did you mean 'because'?\n"
         "  pattern: x{becuase}(?P<claim>y)\n            ^\n"},
        {"rule a\n  pattern: (?P<premis>y)\n  emits: premis\n",
         "test.rules:1:6: error: rule 'a': unknown role 'premis' in capture 'premis', did you mean "
         "'premise'?\nrule a\n     ^\n"},
        {"rule a\n  pattern: (?P<claim>y)(?P<premise>z)\n  emits: claim\n",
         "test.rules:1:6: error: rule 'a': the pattern captures 'premise' but emits does not list "
         "it\nrule a\n     ^\n"},
        {"rule a\n  pattern: (?P<claim>y)\n  emits: claim, premise\n",
         "test.rules:1:6: error: rule 'a': emits 'premise' but the pattern has no capture named "
         "'premise'\nrule a\n     ^\n"},
        {"rule a\n  pattern: (?P<claim>y)\n  emits: claim, claim supports earlier\n",
         "test.rules:1:6: error: rule 'a': relation end 'earlier' is neither a capture nor an "
         "anchor (this, "
         "previous, next, earlier_claim, earlier_claims, thesis, earlier_options)\nrule a\n     "
         "^\n"},
        {"rule a\n  pattern: (?P<claim>y)\n  emits: claim\n  split: premise\n",
         "test.rules:1:6: error: rule 'a': split names 'premise' but the pattern has no such "
         "capture\nrule a\n     ^\n"},
        {"rule a\n  pattern: (?P<claim>y)\n  emits: claim\nrule a\n  pattern: (?P<claim>z)\n"
         "  emits: claim\n",
         "test.rules:4:6: error: duplicate rule id 'a' (first defined at test.rules:1)\n"
         "rule a\n     ^\n"},
        {"rule a\n  pattern: (?P<claim>y)\n  emits: claim\n  pack: clinicl\n"
         "lexicon pack_clinical: patients\n",
         "test.rules:1:6: error: rule 'a': unknown pack 'clinicl' (define lexicon pack_clinicl), "
         "did "
         "you mean 'clinical'?\nrule a\n     ^\n"},
        {"rule a\n  pattern: (?P<claim>y)\n  requires: (z\n  emits: claim\n",
         "test.rules:3:13: error: invalid pattern: missing ): (z\n"
         "  requires: (z\n            ^\n"},
        {"rule a\n  pattern: (?P<claim>y)\n  requires: {nope}\n  emits: claim\n",
         "test.rules:3:13: error: unknown lexicon 'nope'\n"
         "  requires: {nope}\n            ^\n"},
        {"rule a\n  pattern: (?P<claim>y)\n  requires: (z)\n  emits: claim\n",
         "test.rules:3:13: error: rule 'a': requires takes no captures (write (?:...) for a "
         "group)\n  requires: (z)\n            ^\n"},
        {"lexicon x: a\nlexicon x: b\n",
         "test.rules:2:9: error: duplicate lexicon 'x' (first defined at test.rules:1)\n"
         "lexicon x: b\n        ^\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      CHECK(CompileErrors(c.content) == c.expected);
    }
  }

  TEST_CASE("a rule with requires matches only sentences that also match its requires") {
    CompiledPack pack;
    std::string errors;
    REQUIRE(
        CompileText("lexicon signal: higher | lower\n"
                    "rule r\n"
                    "  pattern: ^(?:overall,\\s+)?(?P<premise>.+)$\n"
                    "  requires: \\bwas\\b.*\\b(?:{signal})\\b\n"
                    "  emits: premise\n",
                    &pack, &errors));
    CHECK(errors == "");
    std::vector<RuleMatch> m = pack.Match("Overall, the rate was higher with the drug");
    REQUIRE(m.size() == 1);
    REQUIRE(m[0].captures.size() == 1);
    CHECK(m[0].captures[0].span.begin == 9);
    CHECK(pack.Match("Overall, the rate is higher with the drug").empty());
    CHECK(pack.Match("The rate was similar").empty());
  }

  TEST_CASE("the prefilter runs rules with and without required words alike") {
    // Rule a needs the word "because"; rule b has no word of three letters or
    // more that every match contains, so it runs on every sentence.
    CompiledPack pack;
    std::string errors;
    REQUIRE(
        CompileText("rule a\n"
                    "  pattern: (?P<claim>\\w+) because (?P<premise>\\w+)\n"
                    "  emits: claim, premise\n"
                    "rule b\n"
                    "  pattern: ^(?P<claim>\\w+)\\?$\n"
                    "  emits: claim\n",
                    &pack, &errors));
    CHECK(pack.Match("rain because clouds").size() == 1);
    CHECK(pack.Match("RAIN BECAUSE CLOUDS").size() == 1);
    CHECK(pack.Match("rain as clouds").empty());
    REQUIRE(pack.Match("why?").size() == 1);
    CHECK(pack.Match("why?")[0].rule == 1);
  }

  TEST_CASE("captures come back right whether or not they are the whole pattern") {
    // A capture that is the whole pattern is taken from the match's bounds;
    // every other shape goes through RE2's submatch engine.
    struct Case {
      const char* pattern;
      const char* text;
      const char* capture;  // the text of the claim capture, or "" for no match
    };
    const Case cases[] = {
        {"^(?P<claim>a.+)$", "abc", "abc"},     {"(?P<claim>b.)", "abcd", "bc"},
        {"(?P<claim>[)(]x)", "a(xb", "(x"},     {"(?P<claim>[]]x)", "a]xb", "]x"},
        {"(?P<claim>\\)x)", "a)xb", ")x"},      {"(?P<claim>a)b", "xab", "a"},
        {"(?P<claim>a)|c", "xac", "a"},         {"^(?P<claim>a)(?:b)$", "ab", "a"},
        {"(?P<claim>(?:a|b)+)c", "xabc", "ab"}, {"(?P<claim>a)\\$", "a$", "a"},
        {"^(?P<claim>q)$", "xq", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.pattern);
      CompiledPack pack;
      std::string errors;
      REQUIRE(CompileText(std::string("rule r\n  pattern: ") + c.pattern + "\n  emits: claim\n",
                          &pack, &errors));
      std::vector<RuleMatch> m = pack.Match(c.text);
      if (std::string(c.capture).empty()) {
        CHECK(m.empty());
        continue;
      }
      REQUIRE(m.size() >= 1);
      REQUIRE(m[0].captures.size() == 1);
      Span span = m[0].captures[0].span;
      CHECK(std::string(c.text).substr(span.begin, span.size()) == c.capture);
    }
  }

  TEST_CASE("the allowed filter leaves out the matches of rules it rejects") {
    CompiledPack pack;
    std::string errors;
    REQUIRE(
        CompileText("rule a\n  pattern: (?P<claim>rain)\n  emits: claim\n"
                    "rule b\n  pattern: (?P<premise>clouds)\n  emits: premise\n",
                    &pack, &errors));
    CHECK(pack.Match("rain and clouds").size() == 2);
    std::vector<RuleMatch> m = pack.Match("rain and clouds", [](int rule) { return rule == 1; });
    REQUIRE(m.size() == 1);
    CHECK(m[0].rule == 1);
  }

  TEST_CASE("rule examples that fail are reported at the example") {
    CompiledPack pack;
    std::string errors;
    REQUIRE(
        CompileText("rule a\n  pattern: because (?P<premise>.+)\n  emits: premise\n"
                    "  match: since it rains\n  match: because it rains\n"
                    "  no-match: because of rain\n",
                    &pack, &errors));
    RuleTestResult r = TestRuleExamples(pack);
    CHECK(r.passed == 1);
    CHECK(r.failed == 2);
    REQUIRE(r.failures.size() == 2);
    CHECK(r.failures[0].Format() ==
          "test.rules:4:10: error: rule 'a' does not match this example\n"
          "  match: since it rains\n         ^\n");
    CHECK(r.failures[1].Format() ==
          "test.rules:6:13: error: rule 'a' matches this no-match example\n"
          "  no-match: because of rain\n            ^\n");
  }

  TEST_CASE("the embedded default pack compiles and its examples pass") {
    CompiledPack pack;
    std::vector<Diagnostic> diags;
    CHECK(LoadPack("", {}, &pack, &diags));
    CHECK(FormatAll(diags) == "");
    RuleTestResult r = TestRuleExamples(pack);
    CHECK(FormatAll(r.failures) == "");
    CHECK(r.failed == 0);
  }
}

}  // namespace argmap
