// Tests for plain coordination ("A, B and C") and list lead-ins.
#include "text/coordination.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

using Strings = std::vector<std::string>;

// The raw pieces of a coordination over the whole text.
Strings Pieces(std::string_view text, bool allow_pair = false) {
  Strings out;
  for (const Span& s : SplitCoordination(text, Span{0, text.size()}, allow_pair)) {
    out.emplace_back(text.substr(s.begin, s.size()));
  }
  return out;
}

std::string AfterLeadIn(std::string_view text) {
  return std::string(text.substr(ListStart(text, Span{0, text.size()})));
}

}  // namespace

TEST_SUITE("coordination") {
  TEST_CASE("pieces come back untrimmed") {
    CHECK(Pieces("courts, parties and the press") == Strings{"courts", " parties ", " the press"});
    CHECK(Pieces("courts, parties, and the press") ==
          Strings{"courts", " parties", " and the press"});
    CHECK(Pieces("courts, parties as well as the press") ==
          Strings{"courts", " parties ", " the press"});
  }

  TEST_CASE("a pair needs allow_pair") {
    CHECK(Pieces("courts and parties").empty());
    CHECK(Pieces("courts and parties", true) == Strings{"courts ", " parties"});
    CHECK(Pieces("courts or parties", true) == Strings{"courts ", " parties"});
  }

  TEST_CASE("the conjunction of a correlative is skipped") {
    CHECK(Pieces("both courts and parties", true).empty());
    CHECK(Pieces("a choice between courts and parties", true).empty());
    CHECK(Pieces("whether courts or parties", true).empty());
    CHECK(Pieces("both courts and parties and the press", true) ==
          Strings{"both courts and parties ", " the press"});
  }

  TEST_CASE("commas in numbers, brackets and quotations do not split") {
    CHECK(Pieces("1,200 events, 45 countries and 30 years") ==
          Strings{"1,200 events", " 45 countries ", " 30 years"});
    CHECK(Pieces("the coalition (army, clergy and bazaar)").empty());
    CHECK(Pieces("the \"guns, gold and glory\" thesis").empty());
  }

  TEST_CASE("a lead-in is left out of the first piece") {
    CHECK(Pieces("three sources: manifestos, votes and interviews") ==
          Strings{" manifestos", " votes ", " interviews"});
    CHECK(Pieces("we find that trade, aid and migration matter") ==
          Strings{"that trade", " aid ", " migration matter"});
    CHECK(Pieces("Using surveys, we find that trade, aid and migration matter") ==
          Strings{"that trade", " aid ", " migration matter"});
    CHECK(Pieces("we argue that rents rise, that jobs vanish and that wages fall") ==
          Strings{"that rents rise", " that jobs vanish ", " that wages fall"});
  }

  TEST_CASE("a predicate only the last piece has is cut off") {
    CHECK(Pieces("weak states, rival neighbors and diasporas are expected to matter") ==
          Strings{"weak states", " rival neighbors ", " diasporas "});
    CHECK(Pieces("states are weak, rivals are strong and diasporas are rich") ==
          Strings{"states are weak", " rivals are strong ", " diasporas are rich"});
  }

  TEST_CASE("two that-clauses with commas inside the first are a pair") {
    const char* text = "that aid, with conditions, works and that loans fail";
    CHECK(Pieces(text).empty());
    CHECK(Pieces(text, true) == Strings{"that aid, with conditions, works ", " that loans fail"});
  }

  TEST_CASE("clauses that do not read as a list are rejected") {
    const char* cases[] = {
        "In this paper, we trace militias and their decline",
        "These effects are robust across samples, estimators and periods",
        "Repression backfires, lengthening wars and lowering settlement rates",
        "although aid helps, donors leave and rebels gain",
        "Regimes fall, which emboldens rivals and unsettles allies",
        "rates fell by 50% and 3%, respectively, in both arms",
        "a very long first member that goes on and on for many more words than any list item "
        "would, rivals and allies",
        "trade, aid",
        ", and",
    };
    for (const char* text : cases) {
      CAPTURE(text);
      CHECK(Pieces(text).empty());
    }
  }

  TEST_CASE("members that share an intro word are a list") {
    CHECK(Pieces("in Asia, in Europe and in Africa") ==
          Strings{"in Asia", " in Europe ", " in Africa"});
    CHECK(Pieces("to deter, to reassure and to compel") ==
          Strings{"to deter", " to reassure ", " to compel"});
  }

  TEST_CASE("ListStart skips a lead-in before a colon or a dash") {
    CHECK(AfterLeadIn("three sources: manifestos") == " manifestos");
    CHECK(AfterLeadIn("in two respects--they steal") == "they steal");
    CHECK(AfterLeadIn("the post--cold war order") == "the post--cold war order");
    CHECK(AfterLeadIn("ratios (a:b) differ") == "ratios (a:b) differ");
    CHECK(AfterLeadIn("") == "");
  }
}

}  // namespace argmap
