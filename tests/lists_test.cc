// Tests for list and clause segmentation.
#include "text/lists.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

using Strings = std::vector<std::string>;

Strings Texts(std::string_view text, const std::vector<Span>& spans) {
  Strings out;
  for (const Span& s : spans) out.emplace_back(text.substr(s.begin, s.size()));
  return out;
}

Strings Members(std::string_view text, bool allow_pair = false) {
  ListOptions options;
  options.allow_pair = allow_pair;
  return Texts(text, SplitList(text, Span{0, text.size()}, options));
}

std::string Trimmed(std::string_view text) {
  Span s = TrimSpan(text, Span{0, text.size()});
  return std::string(text.substr(s.begin, s.size()));
}

}  // namespace

TEST_SUITE("lists") {
  TEST_CASE("numbered items lose their appositive tails") {
    CHECK(Members("1) to restore the regional balance by backing the partner--namely, to alter "
                  "the alignment of the great powers; 2) to lock in relative gains by deserting "
                  "the partner, thereby winning time for a rapprochement--namely, to shift the "
                  "distribution of capabilities") ==
          Strings{"to restore the regional balance by backing the partner",
                  "to lock in relative gains by deserting the partner"});
  }

  TEST_CASE("parenthesized numbers give one member per item") {
    CHECK(Members("insurgents mobilize (1) the more they are cut off from patronage, (2) the "
                  "larger their diaspora, and (3) the longer they have fought") ==
          Strings{"the more they are cut off from patronage", "the larger their diaspora",
                  "the longer they have fought"});
  }

  TEST_CASE("lettered items give one member per item") {
    CHECK(Members("(a) courts constrain the executive; (b) parties discipline legislators") ==
          Strings{"courts constrain the executive", "parties discipline legislators"});
    CHECK(Members("A) trade openness B) capital mobility C) migration") ==
          Strings{"trade openness", "capital mobility", "migration"});
  }

  TEST_CASE("roman numerals give one member per item") {
    CHECK(Members("i) elites defect ii) the army splits iii) protests spread") ==
          Strings{"elites defect", "the army splits", "protests spread"});
    CHECK(Members("(i) rents, (ii) repression and (iii) cooptation") ==
          Strings{"rents", "repression", "cooptation"});
  }

  TEST_CASE("a lone numbered marker is not a list") {
    CHECK(Members("the first wave (1) of protests spread quickly") ==
          Strings{"the first wave (1) of protests spread quickly"});
  }

  TEST_CASE("numbers inside brackets are not list markers") {
    CHECK(Members("aid plus loans (arm 1) versus aid alone (arm 2) in poor states") ==
          Strings{"aid plus loans (arm 1) versus aid alone (arm 2) in poor states"});
  }

  TEST_CASE("two that-clauses are a pair even with commas inside") {
    CHECK(Members("we conclude that aid, with conditions, works and that loans fail.", true) ==
          Strings{"aid, with conditions, works", "loans fail"});
  }

  TEST_CASE("ordinal words give one member per item") {
    CHECK(Members("first, sanctions raise the cost of repression; second, they split the elite") ==
          Strings{"sanctions raise the cost of repression", "they split the elite"});
    CHECK(Members("First, voters punish incumbents. Secondly, parties adapt. Finally, turnout "
                  "falls.") ==
          Strings{"voters punish incumbents", "parties adapt", "turnout falls"});
  }

  TEST_CASE("ordinal adjectives are not list markers") {
    CHECK(Members("the first and second waves of democratization differ") ==
          Strings{"the first and second waves of democratization differ"});
    CHECK(Members("At first, the second chamber resisted") ==
          Strings{"At first, the second chamber resisted"});
  }

  TEST_CASE("semicolons separate clauses") {
    CHECK(Members("wars are driven by looting; the factions lack a social base; and terror is "
                  "aimed at villagers.") == Strings{"wars are driven by looting",
                                                    "the factions lack a social base",
                                                    "terror is aimed at villagers"});
  }

  TEST_CASE("a lead-in before a colon or dash is not part of the first member") {
    CHECK(Members("we draw on three sources: party manifestos; roll-call votes; and interviews") ==
          Strings{"party manifestos", "roll-call votes", "interviews"});
    CHECK(Members("the new wars differ in two respects--they are financed by crime; they target "
                  "civilians") == Strings{"they are financed by crime", "they target civilians"});
  }

  TEST_CASE("semicolons inside brackets do not split") {
    CHECK(Members("the effect holds (p < .05; n = 120) across regions") ==
          Strings{"the effect holds (p < .05; n = 120) across regions"});
  }

  TEST_CASE("a dash-delimited list gives one member per item") {
    CHECK(Members("three conditions -- the nearness of a hostile power, the small size of the "
                  "country and lack of combat experience -- explain why it hedges") ==
          Strings{"the nearness of a hostile power", "the small size of the country",
                  "lack of combat experience"});
    CHECK(Members("two pressures--namely, inflation and unemployment--weakened the cabinet",
                  true) == Strings{"inflation", "unemployment"});
  }

  TEST_CASE("a dash inside a word is not a list delimiter") {
    CHECK(Members("the post--cold war order rests on alliances, markets and norms") ==
          Strings{"the post--cold war order rests on alliances", "markets", "norms"});
  }

  TEST_CASE("namely and such as introduce lists") {
    CHECK(Members("the regime relies on three pillars, namely the army, the ruling party and "
                  "the clergy") == Strings{"the army", "the ruling party", "the clergy"});
    CHECK(Members("frontline states such as Estonia, Latvia, and Lithuania rearm quickly") ==
          Strings{"Estonia", "Latvia", "Lithuania rearm quickly"});
  }

  TEST_CASE("a plain coordination of three or more members is a list") {
    struct Case {
      const char* text;
      Strings expected;
    };
    const Case cases[] = {
        {"the nearness of a hostile power, the small size of the country and lack of combat "
         "experience",
         {"the nearness of a hostile power", "the small size of the country",
          "lack of combat experience"}},
        {"trade, aid, and migration", {"trade", "aid", "migration"}},
        {"courts, parties, legislatures or the press",
         {"courts", "parties", "legislatures", "the press"}},
        {"that cities grow, that villages shrink and that rents rise",
         {"cities grow", "villages shrink", "rents rise"}},
        {"weak neighbors, rival neighbors, and refugee networks are expected to prolong wars",
         {"weak neighbors", "rival neighbors", "refugee networks"}},
        {"we find that trade, aid and migration shape attitudes",
         {"trade", "aid", "migration shape attitudes"}},
        {"the parties that won, the unions and the churches",
         {"the parties that won", "the unions", "the churches"}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(Members(c.text) == c.expected);
    }
  }

  TEST_CASE("clauses joined by commas are not a plain coordination") {
    const char* cases[] = {
        "In this paper, we trace the rise of militias and their decline.",
        "These effects are robust across samples, estimators and periods.",
        "Repression is expected to backfire, lengthening insurgencies and lowering settlement "
        "rates.",
        "We show that although aid helps, once fighting starts, donors leave and rebels gain.",
        "The key factor is \"patronage,\" a system that rewards loyalty and punishes dissent.",
        "Regimes fall, which emboldens rivals and unsettles allies.",
    };
    for (const char* text : cases) {
      CAPTURE(text);
      Strings members = Members(text);
      CHECK(members.size() == 1);
    }
  }

  TEST_CASE("a pair is split only when allowed") {
    CHECK(Members("deterrence and reassurance") == Strings{"deterrence and reassurance"});
    CHECK(Members("deterrence and reassurance", true) == Strings{"deterrence", "reassurance"});
    CHECK(Members("either accommodation or confrontation", true) ==
          Strings{"accommodation", "confrontation"});
  }

  TEST_CASE("correlatives and contrasts are not lists") {
    CHECK(Members("both Korean and Japanese leaders", true) ==
          Strings{"both Korean and Japanese leaders"});
    CHECK(Members("a choice between Beijing and Washington", true) ==
          Strings{"a choice between Beijing and Washington"});
    CHECK(Members("diplomacy rather than threats", true) ==
          Strings{"diplomacy rather than threats"});
  }

  TEST_CASE("commas inside parentheses do not split") {
    CHECK(Members("the ruling coalition (army, clergy and bazaar) holds") ==
          Strings{"the ruling coalition (army, clergy and bazaar) holds"});
  }

  TEST_CASE("a sentence with a single member returns it trimmed") {
    CHECK(Members("  the junta survives because it pays the army.  ") ==
          Strings{"the junta survives because it pays the army"});
    CHECK(Members("   ").empty());
  }

  TEST_CASE("members are found within the span and in its coordinates") {
    const std::string text = "We find that: trade, aid and migration matter. Nothing else does.";
    size_t begin = text.find("trade");
    size_t end = text.find('.') + 1;
    std::vector<Span> spans = SplitList(text, Span{begin, end});
    CHECK(Texts(text, spans) == Strings{"trade", "aid", "migration matter"});
    CHECK(spans[0] == Span{begin, begin + 5});
  }

  TEST_CASE("members are trimmed of markers, conjunctions and punctuation") {
    CHECK(Members("(1) rents; (2) and repression, (3) or, finally, cooptation.") ==
          Strings{"rents", "repression", "finally, cooptation"});
  }

  TEST_CASE("TrimSpan removes white space, a leading that and trailing punctuation") {
    CHECK(Trimmed("  that the regime survives.  ") == "the regime survives");
    CHECK(Trimmed("the regime survives;:, ") == "the regime survives");
    CHECK(Trimmed("That regime survives.") == "That regime survives");
    CHECK(Trimmed("aid from the U.S.") == "aid from the U.S.");
    CHECK(Trimmed("thatcherism endures") == "thatcherism endures");
    CHECK(Trimmed(" .,; ").empty());
    CHECK(TrimSpan("abc", Span{2, 10}) == Span{2, 3});
  }

  TEST_CASE("a megabyte-long list splits without trouble") {
    std::string text;
    while (text.size() < (1u << 20)) text += "the army, ";
    text += "and the party";
    Strings members = Members(text);
    CHECK(members.size() == (text.size() - 13) / 10 + 1);
    CHECK(members.front() == "the army");
    CHECK(members.back() == "the party");

    std::string clauses;
    while (clauses.size() < (1u << 20)) clauses += "rents (and jobs) buy (1) loyalty; ";
    CHECK(Members(clauses).size() == clauses.size() / 34);
  }
}

}  // namespace argmap
