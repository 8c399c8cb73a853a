// Tests of src/eval/words: the words the scorer compares texts by (as the shared
// scorer's NFKC, lower-case, apostrophe-dropping tokenizer gives them) and overlap.
#include "eval/words.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

using Words = std::vector<std::string>;

TEST_SUITE("eval_words") {
  TEST_CASE("words are lower-cased runs of letters and digits, apostrophes joining") {
    struct Case {
      std::string text;
      Words words;
    };
    const Case cases[] = {
        {"The State\u2019s  capacity", {"the", "states", "capacity"}},
        {"Voters don't punish `incumbents'", {"voters", "dont", "punish", "incumbents"}},
        {"rock_and_roll politics", {"rock", "and", "roll", "politics"}},
        {"U.S. policy, 1990-2000", {"u", "s", "policy", "1990", "2000"}},
        {"p < .05", {"p", "05"}},
        {"war\u2014and peace", {"war", "and", "peace"}},
        {"one\u00A0two\u2009three", {"one", "two", "three"}},
        {"\u00C9TAT-NATION", {"\u00E9tat", "nation"}},
        {"Stra\u00DFe \u0141\u00D3D\u0179", {"stra\u00DFe", "\u0142\u00F3d\u017A"}},
        {"\u041C\u043E\u0441\u043A\u0432\u0430", {"\u043C\u043E\u0441\u043A\u0432\u0430"}},
        {"\u0394\u03A3 \u03A3\u03B1", {"\u03B4\u03C2", "\u03C3\u03B1"}},
        {"\uFB01scal \uFB02ows", {"fiscal", "flows"}},
        {"x\u00B2 \u2265 3", {"x2", "3"}},
        {"\uFF21\uFF22\uFF23 \u2122", {"abc", "tm"}},
        {"\u00BD", {"1", "2"}},
        {"\u0130stanbul", {"i", "stanbul"}},
        {"\u00A7 4 \u00B1 \u2192 \u2022", {"4"}},
        {"", {}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(EvalWords(c.text) == c.words);
    }
  }

  TEST_CASE("sorted words are the words in byte order") {
    CHECK(SortedWords("Trade shapes war and war shapes trade") ==
          Words{"and", "shapes", "shapes", "trade", "trade", "war", "war"});
  }

  TEST_CASE("overlap is shared words over the words of the longer text") {
    struct Case {
      std::string a;
      std::string b;
      double overlap;
    };
    const Case cases[] = {
        {"sanctions rarely change regimes", "sanctions rarely change regimes", 1.0},
        {"sanctions change regimes today", "sanctions weaken regimes abroad", 0.5},
        {"sanctions change regimes", "sanctions weaken authoritarian regimes abroad", 0.4},
        {"no no yes", "no yes yes", 2.0 / 3.0},
        {"Parties", "parties matter", 0.5},
        {"", "parties", 0.0},
        {"", "", 0.0},
    };
    for (const Case& c : cases) {
      CAPTURE(c.a);
      CAPTURE(c.b);
      CHECK(WordOverlap(SortedWords(c.a), SortedWords(c.b)) == c.overlap);
      CHECK(WordOverlap(SortedWords(c.b), SortedWords(c.a)) == c.overlap);
    }
  }
}

}  // namespace
}  // namespace argmap
