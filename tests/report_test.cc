// Tests of src/eval/report: the text of `argmap eval` (the lines of
// eval/score.py, the per-rule table, the misses) for hand-made reports.
#include "eval/report.h"

#include <doctest/doctest.h>

#include <string>

namespace argmap {
namespace {

EvalReport SampleReport() {
  EvalReport r;
  r.roles = {{"claim", {2, 1, 1}}, {"premise", {1, 15, 0}}, {"purpose", {0, 0, 2}}};
  r.core = {3, 16, 1};
  r.relations = {1, 1, 3};
  r.abstracts = 2;
  r.rules = {{"claim/argue-that", 3, 2, 0, 0},
             {"default/premise-supports-nearest-claim", 0, 0, 2, 1},
             {"premise/since", 16, 1, 0, 0}};
  r.misses = {{false, "d1", "purpose", "to explain\nturnout", 2, ""},
              {false, "d1", "purpose", "why parties split", -1, ""},
              {true, "d1", "premise", "turnout fell", 0, "premise/since"},
              {true, "d2", "claim", "coups follow crises", -1, "claim/argue-that"}};
  return r;
}

TEST_SUITE("eval_report") {
  TEST_CASE("the summary line is score.py's last line") {
    CHECK(SummaryLine(SampleReport()) == "core F1 0.261, relation F1 0.333 on 2 abstracts");
    CHECK(SummaryLine(EvalReport()) == "core F1 0.000, relation F1 0.000 on 0 abstracts");
  }

  TEST_CASE("the score lines follow score.py's layout and rounding") {
    EvalReport r = SampleReport();
    CHECK(FormatScores(r) ==
          "role                P      R     F1   gold   pred\n"
          "claim           0.667  0.667  0.667      3      3\n"
          "premise         0.062  1.000  0.118      1     16\n"
          "purpose         0.000  0.000  0.000      2      0\n"
          "core (claim-like vs premise-like): P 0.158 R 0.750 F1 0.261\n"
          "relations (support/attack/alternative): P 0.500 R 0.250 F1 0.333\n"
          "core F1 0.261, relation F1 0.333 on 2 abstracts\n");
    r.abstracts_without_nodes = 1;
    CHECK(
        FormatScores(r).ends_with("abstracts with no predicted node: 1 of 2\n"
                                  "core F1 0.261, relation F1 0.333 on 2 abstracts\n"));
  }

  TEST_CASE("the rule table lists every rule with its nodes and edges") {
    CHECK(FormatRuleTable(SampleReport()) ==
          "rule                                      nodes    hit      P  edges    hit      P\n"
          "claim/argue-that                              3      2  0.667      -      -      -\n"
          "default/premise-supports-nearest-claim        -      -      -      2      1  0.500\n"
          "premise/since                                16      1  0.062      -      -      -\n");
  }

  TEST_CASE("misses are listed per abstract with role, rule and sentence") {
    CHECK(FormatMisses(SampleReport()) ==
          "misses (gold components no node matched) and extras (nodes matching none):\n"
          "  missed  d1 purpose (sentence 3): to explain turnout\n"
          "  missed  d1 purpose: why parties split\n"
          "  extra   d1 premise [premise/since] (sentence 1): turnout fell\n"
          "  extra   d2 claim [claim/argue-that]: coups follow crises\n");
  }

  TEST_CASE("the report ends with score.py's lines and lists misses only when asked") {
    EvalReport r = SampleReport();
    std::string plain = FormatReport(r);
    CHECK(plain == FormatRuleTable(r) + "\n" + FormatScores(r));
    ReportOptions options;
    options.misses = true;
    CHECK(FormatReport(r, options) == FormatMisses(r) + "\n" + plain);
  }
}

}  // namespace
}  // namespace argmap
