#include "compare/stance.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
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

// The anchors of `terms`, written alike in both texts; in these tests a term
// is specific when it has a space or a capital letter, as a phrase or name is.
std::vector<StanceAnchor> Anchors(const std::vector<std::string>& terms) {
  std::vector<StanceAnchor> out;
  for (const std::string& t : terms) {
    bool specific = std::any_of(t.begin(), t.end(), [](char c) { return c == ' ' || isupper(c); });
    out.push_back({t, specific});
  }
  return out;
}

// The stance of a pair that shares `terms`, well under the same-proposition score.
std::string JudgeOn(std::string_view a, std::string_view b, const std::vector<std::string>& terms) {
  StanceJudgement j = JudgeStance(ReadStanceSignals(a, Anchors(terms)),
                                  ReadStanceSignals(b, Anchors(terms)), 0.3, 0.65);
  return std::string(StanceName(j.stance)) + (j.cue.empty() ? "" : ": " + j.cue);
}

// "words S:subject anchors O:object anchors; ..." of the evaluations of `text`.
std::string ShowAnchors(std::string_view text, const std::vector<std::string>& terms) {
  std::string out;
  for (const Evaluation& e : ReadStanceSignals(text, Anchors(terms)).evaluations) {
    if (!out.empty()) out += "; ";
    out += e.words + " S:";
    for (size_t k : e.subject) out += terms[k] + ",";
    out += " O:";
    for (size_t k : e.object) {
      bool whole = std::count(e.object_whole.begin(), e.object_whole.end(), k) > 0;
      out += terms[k] + (whole ? "" : "(end)") + ",";
    }
  }
  return out;
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
        {"trade openness negatively affects democracy", "sign - negatively; effect + affects"},
        {"ethnicity does not affect how long wars last", "effect - not affect"},
        {"the duration of war is shaped by ethnicity", "effect + shaped"},
        {"partition had no significant effect on renewed violence", "effect - no ... effect on"},
        {"turnout is unrelated to district size", "effect - unrelated"},
        {"the reform may not reduce turnout", "change + may not reduce"},
        {"mediation failed to reduce violence", "change + failed ... reduce"},
        {"most predictions fail to pass the tests", " | fail"},
        {"the data call into question the bargaining model", "support - into question"},
        {"the findings are consistent with the bargaining model", "support + consistent with"},
        {"whether aid is effective remains open", ""},
        {"the efficacy of sanctions", ""},
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

  TEST_CASE("an evaluation's subject is the specific terms before it, its object the words after") {
    const std::vector<std::string> terms = {"trade openness",     "democracy",   "civil war",
                                            "civil war onset",    "Japan",       "the",
                                            "blood transfusions", "transfusions"};
    const std::vector<std::pair<std::string, std::string>> table = {
        {"trade openness negatively affects democracy",
         "negatively S:trade openness, O:democracy(end),; affects S:trade openness, O:democracy,"},
        {"in Japan the civil war onset became less likely after trade openness rose",
         "less likely S:civil war,civil war onset,Japan, O:"},
        {"trade openness increases the risk of civil war onset in Japan",
         "increases S:trade openness, O:civil war onset,"},
        {"trade openness increases civil war duration", "increases S:trade openness, O:"},
        {"trade openness reduces red blood transfusions",
         "reduces S:trade openness, O:blood transfusions(end),transfusions(end),"},
        {"the credibility of Japan, not trade openness", "credibility S:Japan, O:"},
        {"democracy is effective; trade openness is not", "effective S: O:"},
        // A "however" between commas is an aside: the subject before it still counts.
        {"trade openness, however, increases civil war onset",
         "increases S:trade openness, O:civil war onset,"},
        {"democracy grew, however trade openness increases civil war onset",
         "increases S:trade openness, O:civil war onset,"},
    };
    for (const auto& [text, shown] : table) {
      CAPTURE(text);
      CHECK(ShowAnchors(text, terms) == shown);
    }
  }

  TEST_CASE("the stance of a pair on its shared terms, with the words that made it") {
    struct Row {
      std::string a, b;
      std::vector<std::string> terms;
      std::string judged;
    };
    const std::vector<Row> table = {
        // 1. one dimension, opposite polarities, about the same terms.
        {"the nuclear deterrent is credible",
         "the nuclear deterrent is not credible",
         {"nuclear deterrent"},
         "contrasts: credible / not credible"},
        {"smart sanctions succeed",
         "smart sanctions fail",
         {"smart sanctions"},
         "contrasts: succeed / fail"},
        {"trade openness raises growth",
         "trade openness lowers growth",
         {"trade openness", "growth"},
         "contrasts: raises / lowers"},
        {"ethnic exclusion affects civil war onset",
         "ethnic exclusion does not affect civil war onset",
         {"ethnic exclusion", "civil war onset"},
         "contrasts: affects / not affect"},
        {"civil war onset is shaped by ethnic exclusion",
         "ethnic exclusion has no effect on civil war onset",
         {"ethnic exclusion", "civil war onset"},
         "contrasts: shaped / no effect on"},
        {"the evidence supports the Kantian peace",
         "the evidence rejects the Kantian peace",
         {"Kantian peace", "evidence"},
         "related"},
        {"the Kantian peace is supported by the evidence",
         "the Kantian peace is rejected by the evidence",
         {"Kantian peace", "evidence"},
         "contrasts: supported / rejected"},
        // 2. evaluations of a shared subject with opposite net polarities.
        {"it is not in Japan's interest to leave the alliance",
         "the alliance strategy of Japan is not credible",
         {"Japan", "alliance"},
         "contrasts: not ... interest ... leave / not credible"},
        // 3. one dimension, the same polarity, about the same terms.
        {"ethnic exclusion increases the risk of civil war",
         "ethnic exclusion may increase civil war",
         {"ethnic exclusion", "civil war"},
         "agrees: increases / may increase"},
        {"trade openness is not associated with democracy",
         "trade openness had no effect on democracy",
         {"trade openness", "democracy"},
         "agrees: not associated with / no effect on"},
        {"epoetin alfa reduced blood transfusions",
         "Epoetin alfa reduces transfusions",
         {"epoetin alfa", "transfusions"},
         "agrees: reduced / reduces"},
        {"collaborative care is feasible",
         "collaborative care appears to be feasible",
         {"collaborative care"},
         "agrees: feasible / appears ... feasible"},
        // The effect row: one common word of both subjects is enough when the
        // objects are the same words on both sides.
        {"plurality rule tends to constrain the number of parties",
         "under plurality the electoral formula is a determinant of the number of parties",
         {"plurality", "number"},
         "agrees: tends ... constrain / determinant of"},
        {"plurality rule affects the number of parties",
         "plurality rule has no effect on the number of parties",
         {"plurality", "number"},
         "contrasts: affects / no effect on"},
        {"plurality rule affects the number of parties",
         "plurality rule has no effect on party unity",
         {"plurality"},
         "related"},
        // The direction rows (change, sign, likelihood, favour) match one another.
        {"trade unions raise the odds of liberalization",
         "trade unions resist liberalization",
         {"trade unions", "liberalization"},
         "contrasts: raise / resist"},
        {"ruling parties are associated with a higher likelihood of democratization",
         "strong ruling parties have not resisted democratization",
         {"ruling", "parties", "democratization"},
         "agrees: higher / not resisted"},
        // Not the same terms: different causes, outcomes or subjects, or a question.
        {"parties raise the odds of democratization",
         "parties resist democratization",
         {"parties", "democratization"},
         "related"},
        {"school reform improved turnout",
         "school reform reduced turnout",
         {"school reform", "turnout"},
         "related"},
        {"external bases increase civil war",
         "ethnicity does not affect civil war",
         {"civil war"},
         "related"},
        {"ethnic exclusion increases civil war onset",
         "ethnic exclusion reduces civil war duration",
         {"ethnic exclusion", "civil war"},
         "related"},
        {"Gefitinib improved overall survival",
         "Gefitinib did not improve progression-free survival",
         {"Gefitinib", "survival"},
         "related"},
        {"the program is effective", "the program is ineffective", {"program"}, "related"},
        {"we ask whether smart sanctions succeed",
         "smart sanctions fail",
         {"smart sanctions"},
         "related"},
        {"node negative patients improved",
         "node negative patients worsened",
         {"node negative", "patients"},
         "related"},
        {"the nuclear deterrent is credible",
         "the nuclear deterrent is not credible",
         {},
         "related"},
    };
    for (const Row& row : table) {
      CAPTURE(row.a);
      CAPTURE(row.b);
      CHECK(JudgeOn(row.a, row.b, row.terms) == row.judged);
    }
  }

  TEST_CASE("the same proposition: a negation on one side only contrasts, no negation agrees") {
    struct Row {
      std::string a, b;
      std::vector<std::string> terms;
      double score;
      std::string judged;
    };
    const std::vector<Row> table = {
        {"the Dayton peace brought order to Bosnia",
         "the Dayton peace did not bring order to Bosnia",
         {"Dayton peace", "Bosnia"},
         0.7,
         "contrasts: - / not"},
        {"the Dayton peace brought order to Bosnia",
         "the Dayton peace brought order to Bosnia",
         {"Dayton peace", "Bosnia"},
         0.9,
         "agrees"},
        {"the Dayton peace does not last in Bosnia",
         "the Dayton peace did not last in Bosnia",
         {"Dayton peace", "Bosnia"},
         0.8,
         "agrees: not / not"},
        // Rule 3 before rule 4: one dimension, one polarity, one subject.
        {"sanctions on Iraq are not effective",
         "sanctions on Iraq are ineffective",
         {"Iraq"},
         0.7,
         "agrees: not effective / ineffective"},
        // Under the score, or one shared phrase and not nearly the same words: related.
        {"the Dayton peace brought order to Bosnia",
         "the Dayton peace did not bring order to Bosnia",
         {"Dayton peace", "Bosnia"},
         0.3,
         "related"},
        {"they draw implications for the study of civil war",
         "ethnicity does not affect the course of civil war",
         {"civil war"},
         0.7,
         "related"},
        {"peace lasts after partition", "peace does not last after partition", {}, 0.7, "related"},
        {"peace lasts after partition",
         "peace does not last after partition",
         {},
         0.9,
         "contrasts: - / not"},
        {"peace lasts after partition", "peace lasts after partition", {}, 0.9, "agrees"},
    };
    for (const Row& row : table) {
      CAPTURE(row.a);
      CAPTURE(row.b);
      StanceJudgement j =
          JudgeStance(ReadStanceSignals(row.a, Anchors(row.terms)),
                      ReadStanceSignals(row.b, Anchors(row.terms)), row.score, 0.65);
      CHECK(std::string(StanceName(j.stance)) + (j.cue.empty() ? "" : ": " + j.cue) == row.judged);
    }
  }

  TEST_CASE("a text its own paper disputes turns agreement into contrast and back") {
    struct Row {
      std::string a, b;
      bool a_disputed, b_disputed;
      double score;
      std::string judged;
    };
    const std::vector<Row> table = {
        {"trade unions raise the odds of liberalization", "trade unions resist liberalization",
         false, true, 0.3, "agrees: raise / resist (disputed)"},
        {"trade unions raise the odds of liberalization", "trade unions resist liberalization",
         true, true, 0.3, "contrasts: raise / resist"},
        {"trade unions favour liberalization", "trade unions favoured liberalization", true, false,
         0.3, "contrasts: favour (disputed) / favoured"},
        {"peace lasts after partition", "peace lasts after partition", false, true, 0.9,
         "contrasts: held / disputed"},
        {"peace lasts after partition", "peace does not last after partition", true, false, 0.9,
         "agrees: disputed / not"},
        {"trade unions favour liberalization", "courts favour liberalization", false, true, 0.3,
         "related"},
    };
    const std::vector<std::string> terms = {"trade unions", "liberalization"};
    for (const Row& row : table) {
      CAPTURE(row.a);
      CAPTURE(row.b);
      StanceSignals a = ReadStanceSignals(row.a, Anchors(terms));
      StanceSignals b = ReadStanceSignals(row.b, Anchors(terms));
      a.disputed = row.a_disputed;
      b.disputed = row.b_disputed;
      StanceJudgement j = JudgeStance(a, b, row.score, 0.65);
      CHECK(std::string(StanceName(j.stance)) + (j.cue.empty() ? "" : ": " + j.cue) == row.judged);
    }
  }
}

}  // namespace argmap
