#include "compare/stance.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

// "dimension polarity words; ..." then " | negation" when there is a free negation.
std::string Show(std::string_view text) {
  StanceSignals s = ReadStanceSignals(text);
  std::string out;
  for (const Evaluation& e : s.evaluations) {
    if (!out.empty()) out += "; ";
    out += std::string(EvaluativeDimensions()[e.dimension].name) + " " +
           (e.polarity > 0 ? "+" : "-") + " " + e.words;
  }
  if (!s.negation.empty()) out += " | " + s.negation;
  return out;
}

std::string Judge(std::string_view a, std::string_view b, double claim_score) {
  StanceJudgement j = JudgeStance(ReadStanceSignals(a), ReadStanceSignals(b), claim_score, 0.65);
  return std::string(StanceName(j.stance)) + (j.cue.empty() ? "" : ": " + j.cue);
}

}  // namespace

TEST_SUITE("stance") {
  TEST_CASE("the stance table names every stance once, in enum order") {
    CHECK(StanceNames() == std::vector<std::string>{"agrees", "contrasts", "related"});
    for (Stance s : kAllStances) {
      Stance parsed = Stance::kRelated;
      CHECK(ParseStance(StanceName(s), &parsed));
      CHECK(parsed == s);
      CHECK_FALSE(StanceDescription(s).empty());
    }
    Stance unused = Stance::kAgrees;
    CHECK_FALSE(ParseStance("agree", &unused));
    CHECK_FALSE(ParseStance("Related", &unused));
  }

  TEST_CASE("evaluative words, flipped by a negation before them and by leaving after them") {
    const std::vector<std::pair<std::string, std::string>> table = {
        {"sanctions are not effective", "effective - not effective"},
        {"sanctions are ineffective", "effective - ineffective"},
        {"the policy can never succeed, but it is needed",
         "success - never succeed; necessary + needed"},
        {"it is not in Japan’s national interest to leave the U.S. nuclear umbrella",
         "interest + not ... interest ... leave"},
        {"it is in the interest of small states to abandon neutrality",
         "interest - interest ... abandon"},
        {"mediation is not only effective but also cheap", "effective + effective"},
        {"trade openness negatively affects democracy", "sign - negatively"},
        {"aid is less likely to reach rebels", "likelihood - less likely"},
        {"the strategy is not credible and is counterproductive",
         "credible - not credible; beneficial - counterproductive"},
        {"peace did not last", " | not"},
        {"they don't rebel", " | don't"},
        {"no, the treaty is credible", "credible + credible | no"},
        {"", ""},
    };
    for (const auto& [text, shown] : table) {
      CAPTURE(text);
      CHECK(Show(text) == shown);
    }
  }

  TEST_CASE("the net polarity counts the evaluative rows only") {
    CHECK(ReadStanceSignals("not credible and counterproductive").Polarity() == -1);
    CHECK(ReadStanceSignals("a viable and effective option").Polarity() == 1);
    CHECK(ReadStanceSignals("credible but costly failure").Polarity() == 0);
    CHECK(ReadStanceSignals("trade increases growth").Polarity() == 0);
  }

  TEST_CASE("the stance of a pair: opposite dimensions, opposite evaluations, negation") {
    CHECK(Judge("the deterrent is credible", "the deterrent is not credible", 0.2) ==
          "contrasts: credible / not credible");
    CHECK(Judge("sanctions succeed", "sanctions fail", 0.3) == "contrasts: succeed / fail");
    CHECK(Judge("it is not in the interest of the state to leave the alliance",
                "the alliance strategy is not credible",
                0.2) == "contrasts: not ... interest ... leave / not credible");
    CHECK(Judge("trade raises growth", "trade lowers growth", 0.4) == "contrasts: raises / lowers");
    CHECK(Judge("peace lasts after partition", "peace does not last after partition", 0.7) ==
          "contrasts: - / not");
    CHECK(Judge("peace lasts after partition", "peace lasts after partition", 0.9) == "agrees");
    CHECK(Judge("sanctions are not effective", "sanctions are ineffective", 0.7) == "agrees");
    CHECK(Judge("peace does not last", "peace did not last", 0.8) == "agrees: not / not");
    CHECK(Judge("peace lasts after partition", "peace does not last after partition", 0.3) ==
          "related");
    CHECK(Judge("mediation is effective", "mediation is effective", 0.5) == "related");
  }
}

}  // namespace argmap
