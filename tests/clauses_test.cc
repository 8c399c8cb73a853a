// Tests for clause units: where a sentence is cut and which cues each unit loses.
#include "text/clauses.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/normalize.h"
#include "text/sentences.h"

namespace argmap {
namespace {

using Strings = std::vector<std::string>;

// The units of every sentence of `original`, as text.
Strings Units(std::string_view original) {
  std::string text = Normalize(original).text;
  Strings out;
  for (const Span& sentence : SplitSentences(text)) {
    for (const Span& u : SplitClauses(text, sentence))
      out.emplace_back(text.substr(u.begin, u.size()));
  }
  return out;
}

struct Case {
  const char* text;
  Strings expected;
};

void CheckCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(Units(c.text) == c.expected);
  }
}

}  // namespace

TEST_SUITE("clauses") {
  TEST_CASE("subordinators cut a sentence and leave the unit they open") {
    CheckCases({
        {"The military junta survives because it pays the army and controls the ports.",
         {"The military junta survives", "it pays the army and controls the ports"}},
        {"Western sanctions rarely work since the targeted regimes have diversified their trade.",
         {"Western sanctions rarely work", "the targeted regimes have diversified their trade"}},
        {"Turnout in national elections rose while trust in parliament kept falling.",
         {"Turnout in national elections rose", "trust in parliament kept falling"}},
        {"Democracies fight fewer wars with each other, whereas autocracies fight each other "
         "often.",
         {"Democracies fight fewer wars with each other", "autocracies fight each other often"}},
        {"Even though the opposition won the vote, the incumbent refused to leave office.",
         {"the opposition won the vote", "the incumbent refused to leave office"}},
        {"Because the courts were captured by the ruling party, opposition leaders turned to the "
         "streets.",
         {"the courts were captured by the ruling party",
          "opposition leaders turned to the streets"}},
    });
  }

  TEST_CASE("a temporal since and a preposition because of do not cut") {
    CheckCases({
        {"The ruling party has governed the country since 1990 without a serious challenger.",
         {"The ruling party has governed the country since 1990 without a serious challenger"}},
        {"Since the end of the war, the two states have traded freely.",
         {"Since the end of the war, the two states have traded freely"}},
        {"The cabinet fell because of a dispute over the budget for the army.",
         {"The cabinet fell because of a dispute over the budget for the army"}},
    });
  }

  TEST_CASE("semicolons and a colon before a clause cut") {
    CheckCases({
        {"Rebels recruit more easily where land is scarce; governments respond with harsh "
         "repression.",
         {"Rebels recruit more easily where land is scarce",
          "governments respond with harsh repression"}},
        {"The lesson is plain: parties that ignore their members lose their voters.",
         {"The lesson is plain", "parties that ignore their members lose their voters"}},
    });
  }

  TEST_CASE("but cuts, and or yet cut only between two clauses") {
    CheckCases({
        {"Voters punish incumbents for inflation, but they forgive unemployment in election years.",
         {"Voters punish incumbents for inflation", "they forgive unemployment in election years"}},
        {"The old regime collapsed in 1991, and its successors were unable to rebuild the state.",
         {"The old regime collapsed in 1991", "its successors were unable to rebuild the state"}},
        {"The authors argue that ethnic parties moderate when they enter government, but that "
         "this effect fades over time.",
         {"ethnic parties moderate when they enter government", "this effect fades over time"}},
    });
  }

  TEST_CASE("and between noun phrases does not cut") {
    CheckCases({
        {"We compare trade, aid, and migration across forty countries.",
         {"We compare trade, aid, and migration across forty countries"}},
        {"The coalition cabinets of Belgium and the Netherlands lasted longer than expected.",
         {"The coalition cabinets of Belgium and the Netherlands lasted longer than expected"}},
        {"Rural voters, and especially farmers, supported the incumbent.",
         {"Rural voters, and especially farmers, supported the incumbent"}},
    });
  }

  TEST_CASE("separators inside brackets or quotes do not cut") {
    CheckCases({
        {"The treaty (signed in 1998; ratified because of pressure) changed little, and the "
         "border was closed again.",
         {"The treaty (signed in 1998; ratified because of pressure) changed little",
          "the border was closed again"}},
        {"Reforms stalled in the provinces (where governors, who owed their posts to Moscow, "
         "resisted them).",
         {"Reforms stalled in the provinces (where governors, who owed their posts to Moscow, "
          "resisted them)"}},
        {"The president promised \"stability; order, because order is freedom\" to the army.",
         {"The president promised \"stability; order, because order is freedom\" to the army"}},
    });
  }

  TEST_CASE("enumerations give one unit per member") {
    CheckCases({
        {"Insurgents mobilize (1) when they lose patronage, (2) when their diaspora grows, and "
         "(3) when the state is weak.",
         {"when they lose patronage", "when their diaspora grows", "when the state is weak"}},
        {"We identify three causes of reform: fiscal crisis at home; pressure from lenders "
         "abroad; and the rise of technocrats.",
         {"We identify three causes of reform", "fiscal crisis at home",
          "pressure from lenders abroad", "the rise of technocrats"}},
        {"Three factors explain the outcome: the weakness of the unions, the unity of employers, "
         "and the openness of the economy.",
         {"Three factors explain the outcome", "the weakness of the unions",
          "the unity of employers", "the openness of the economy"}},
    });
  }

  TEST_CASE("a list that is the subject or holds statistics stays whole") {
    CheckCases({
        {"Fatigue, nausea, and hair loss were less frequent in the second arm of the trial.",
         {"Fatigue, nausea, and hair loss were less frequent in the second arm of the trial"}},
        {"Patients reported better sleep (p = 0.04), less pain (p = 0.01), and more energy (p = "
         "0.03).",
         {"Patients reported better sleep (p = 0.04), less pain (p = 0.01), and more energy (p = "
          "0.03)"}},
    });
  }

  TEST_CASE("leading connectives and reporting frames are left out") {
    CheckCases({
        {"However, coalition cabinets last longer than single-party cabinets in our data.",
         {"coalition cabinets last longer than single-party cabinets in our data"}},
        {"We argue that federalism reduces ethnic conflict in divided societies.",
         {"federalism reduces ethnic conflict in divided societies"}},
        {"Moreover, the evidence indicates that courts constrain executives only when parties are "
         "strong.",
         {"courts constrain executives only when parties are strong"}},
        {"It is argued that clientelism persists in poor districts.",
         {"clientelism persists in poor districts"}},
        {"In addition, this article shows that local elections increase turnout among young "
         "voters.",
         {"local elections increase turnout among young voters"}},
        {"Many scholars hold that electoral rules shape the number of parties.",
         {"electoral rules shape the number of parties"}},
        {"Thus, in particular, we find strong evidence that wars make states.",
         {"wars make states"}},
        {"Finally, the parties adapt their programs to the median voter.",
         {"the parties adapt their programs to the median voter"}},
    });
  }

  TEST_CASE("a reporting frame that negates its clause stays with it") {
    CheckCases({
        {"We do not find that alliances deter attacks on their members.",
         {"We do not find that alliances deter attacks on their members"}},
        {"Our theory does not suggest that trade lowers the risk of war everywhere.",
         {"Our theory does not suggest that trade lowers the risk of war everywhere"}},
        {"There is no evidence that sanctions change the target's policy.",
         {"There is no evidence that sanctions change the target's policy"}},
        {"The authors never claim that courts act alone.",
         {"The authors never claim that courts act alone"}},
        {"We don't argue that coalitions last longer.",
         {"We don't argue that coalitions last longer"}},
    });
  }

  TEST_CASE("a that which is not a reporting frame stays") {
    CheckCases({
        {"The claim that democracies never fight each other is too strong.",
         {"The claim that democracies never fight each other is too strong"}},
        {"We propose a model that explains why cabinets fall early.",
         {"We propose a model that explains why cabinets fall early"}},
    });
  }

  TEST_CASE("an introductory phrase before the subject is a unit of its own") {
    CheckCases({
        {"Using survey data from twelve countries, the authors show that petty corruption erodes "
         "trust in courts.",
         {"Using survey data from twelve countries", "petty corruption erodes trust in courts"}},
    });
  }

  TEST_CASE("short fragments stay with their neighbour") {
    CheckCases({
        {"Although small, the effect is robust.", {"Although small, the effect is robust"}},
        {"The junta survives because it pays the army.",
         {"The junta survives because it pays the army"}},
        {"However, it fails.", {"it fails"}},
        {"The regime fell.", {"The regime fell"}},
    });
  }

  TEST_CASE("stripping never empties a unit") {
    CheckCases({
        {"However.", {"However"}},
        {"We argue that.", {"We argue that"}},
        {"Because;", {"Because"}},
    });
  }

  TEST_CASE("blank input gives no units") {
    CHECK(Units("").empty());
    CHECK(Units("   ").empty());
    CHECK(SplitClauses("abc", Span{2, 2}).empty());
    CHECK(SplitClauses("abc", Span{5, 9}).empty());
    CHECK(SplitClauses(" ;, ", Span{0, 4}).empty());
  }

  TEST_CASE("non-ASCII text is cut on character boundaries") {
    CheckCases({
        {"The Koalitionsvertrag of 2005 was signed quickly, and the new Große Koalition passed its "
         "first budget within weeks.",
         {"The Koalitionsvertrag of 2005 was signed quickly",
          "the new Große Koalition passed its first budget within weeks"}},
        {"Die Regierung zerfiel nach der Wahl, weil die Koalition zerbrach.",
         {"Die Regierung zerfiel nach der Wahl, weil die Koalition zerbrach"}},
        {"The “grand bargain” failed in parliament, and it was never revived by the successor "
         "cabinet.",
         {"The \"grand bargain\" failed in parliament",
          "it was never revived by the successor cabinet"}},
    });
  }

  TEST_CASE("units are ordered, disjoint, trimmed and inside the sentence") {
    const std::string text =
        "Preamble. However, we argue that sanctions fail because targets adapt their trade "
        "routes; and the senders, who lose exports, give up within two years. Coda.";
    size_t begin = text.find("However");
    size_t end = text.find(" Coda");
    std::vector<Span> units = SplitClauses(text, Span{begin, end});
    REQUIRE(units.size() == 2);
    size_t last = begin;
    for (const Span& u : units) {
      CHECK(u.begin >= last);
      CHECK(u.end <= end);
      CHECK(!u.empty());
      CHECK(text[u.begin] != ' ');
      CHECK(text[u.end - 1] != '.');
      last = u.end;
    }
    CHECK(text.substr(units[0].begin, units[0].size()) ==
          "sanctions fail because targets adapt their trade routes");
  }

  TEST_CASE("a megabyte-long sentence splits in linear time") {
    std::string text;
    size_t repeats = 0;
    for (; text.size() < (1u << 20); ++repeats) {
      text += "the state taxes land because it needs more revenue; ";
    }
    std::vector<Span> units = SplitClauses(text, Span{0, text.size()});
    CHECK(units.size() == 2 * repeats);
    CHECK(text.substr(units[1].begin, units[1].size()) == "it needs more revenue");

    std::string commas(1u << 20, ',');
    commas.insert(0, "The regime fell ");
    CHECK(SplitClauses(commas, Span{0, commas.size()}).size() == 1);
    std::string words;
    while (words.size() < (1u << 20)) words += "a-";
    CHECK(SplitClauses(words, Span{0, words.size()}).size() == 1);
  }
}

}  // namespace argmap
