// Tests for the byte-level scanning helpers of the text stages.
#include "text/scan.h"

#include <doctest/doctest.h>

#include <string>

namespace argmap {
namespace {

// The InsideBrackets mask of text[span] as a string of '0' and '1'.
std::string Mask(std::string_view text, Span span, const NestingOptions& options = {}) {
  std::string out;
  for (bool inside : InsideBrackets(text, span, options)) out.push_back(inside ? '1' : '0');
  return out;
}

}  // namespace

TEST_SUITE("scan") {
  TEST_CASE("non-ASCII bytes count as word bytes") {
    CHECK(IsWordByte('a'));
    CHECK(IsWordByte('7'));
    CHECK(IsWordByte('\xC3'));
    CHECK_FALSE(IsWordByte('-'));
    CHECK_FALSE(IsWordByte(' '));
    CHECK(AsciiLowerCopy("NATO-Led \xC3\x89tat") == "nato-led \xC3\x89tat");
  }

  TEST_CASE("EqualsIgnoreCase compares against a lower-case word") {
    CHECK(EqualsIgnoreCase("Namely", "namely"));
    CHECK_FALSE(EqualsIgnoreCase("Namely", "name"));
    CHECK_FALSE(EqualsIgnoreCase("namely", "NAMELY"));
  }

  TEST_CASE("negation words are the plain ones and contractions in n't") {
    for (const char* w : {"not", "no", "never", "neither", "nor", "cannot", "don't", "isn't"}) {
      CHECK_MESSAGE(IsNegationWord(w), w);
    }
    for (const char* w : {"", "note", "know", "nothing", "n't", "none", "Not"}) {
      CHECK_MESSAGE(!IsNegationWord(w), w);
    }
  }

  TEST_CASE("WordAt matches whole words ignoring case") {
    struct Case {
      const char* text;
      size_t pos;
      const char* word;
      bool expected;
    };
    const Case cases[] = {
        {"Such as Latvia", 0, "such as", true}, {"suchas Latvia", 0, "such as", false},
        {"standard rules", 5, "and", false},    {"rules and norms", 6, "and", true},
        {"rules andnorms", 6, "and", false},    {"and/or", 0, "and", true},
        {"i.e., the army", 0, "i.e.", true},    {"i.e.g", 0, "i.e.", true},
        {"the \xC3\xA9lite", 5, "lite", false}, {"x", 0, "", false},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(WordAt(c.text, c.pos, std::string_view(c.text).size(), c.word) == c.expected);
    }
  }

  TEST_CASE("WordAt does not match past the limit") {
    CHECK_FALSE(WordAt("rules and norms", 6, 8, "and"));
    CHECK(WordAt("rules and norms", 6, 9, "and"));
  }

  TEST_CASE("bytes inside matched brackets are marked") {
    CHECK(Mask("a (b [c] d) e", {0, 13}) == "0001111111000");
    CHECK(Mask("{x}", {0, 3}) == "010");
  }

  TEST_CASE("unmatched and mismatched brackets are ignored") {
    CHECK(Mask("1) a (b", {0, 7}) == "0000000");
    CHECK(Mask("(a]", {0, 3}) == "000");
  }

  TEST_CASE("bracket pairs longer than the limit are ignored") {
    NestingOptions options;
    options.max_bracket_bytes = 4;
    CHECK(Mask("(ab) (abc)", {0, 10}, options) == "0110000000");
  }

  TEST_CASE("double quotes pair up only when asked") {
    CHECK(Mask("say \"a, b\" now", {0, 14}) == "00000000000000");
    NestingOptions options;
    options.max_quote_bytes = 10;
    CHECK(Mask("say \"a, b\" now", {0, 14}, options) == "00000111100000");
    options.max_quote_bytes = 3;
    CHECK(Mask("say \"a, b\" now", {0, 14}, options) == "00000000000000");
  }

  TEST_CASE("the mask covers only the span") {
    CHECK(Mask("x (a) y", {2, 5}) == "010");
    CHECK(Mask("x (a) y", {2, 99}) == "01000");
    CHECK(Mask("x (a) y", {6, 2}).empty());
  }
}

}  // namespace argmap
