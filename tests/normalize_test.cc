// Tests for the normalized view and its mapping back to the original text.
#include "text/normalize.h"

#include <doctest/doctest.h>

#include <random>
#include <string>

#include "core/utf8.h"

namespace argmap {
namespace {

// The original text that normalized bytes [begin, end) came from.
std::string Original(const std::string& original, const NormalizedText& n, size_t begin,
                     size_t end) {
  Span s = n.ToOriginal(begin, end);
  return original.substr(s.begin, s.size());
}

// Start of the UTF-8 character holding byte `pos`.
size_t CharStart(const std::string& text, size_t pos) {
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
    --pos;
  }
  return pos;
}

}  // namespace

TEST_SUITE("normalize") {
  TEST_CASE("typographic variants fold to their ASCII forms") {
    struct Case {
      const char* input;
      const char* expected;
    };
    const Case cases[] = {
        {"Moscow\u2019s \u2018red lines\u2019", "Moscow's 'red lines'"},
        {"the \u201Cpivot\u201D and the \u201Ehedge\u201D", "the \"pivot\" and the \"hedge\""},
        {"modi\u02BCs and 5\u2032 and 5\u2033", "modi's and 5' and 5\""},
        {"the bloc\u2014namely, its core", "the bloc--namely, its core"},
        {"post\u2014cold war order", "post--cold war order"},
        {"the treaty \u2013 and its critics \u2015 failed",
         "the treaty -- and its critics -- failed"},
        {"between 1990\u20132010", "between 1990-2010"},
        {"a \u22120.4 effect", "a -0.4 effect"},
        {"x \u2212 y", "x -- y"},
        {"US-Japan and EU\u2010Turkey ties", "US-Japan and EU-Turkey ties"},
        {"non\u2011state actors", "non-state actors"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      CHECK(Normalize(c.input).text == c.expected);
    }
  }

  TEST_CASE("spaces, tabs and line breaks become plain spaces") {
    CHECK(Normalize("a\u00A0b\tc\r\nd\u2009e\u202Ff\u3000g").text == "a b c  d e f g");
  }

  TEST_CASE("stray backticks inside words and invisible characters are dropped") {
    CHECK(Normalize("relat`ive gains").text == "relative gains");
    CHECK(Normalize("`quoted' text").text == "`quoted' text");
    CHECK(Normalize("non\u00ADaligned \u200Bstates\uFEFF").text == "nonaligned states");
  }

  TEST_CASE("other characters keep their bytes") {
    const std::string text = "d\u00E9tente in S\u00E3o Paulo \u00A7 3 \xFF end";
    NormalizedText n = Normalize(text);
    CHECK(n.text == text);
    CHECK(n.original_size == text.size());
  }

  TEST_CASE("ASCII text maps onto itself byte for byte") {
    const std::string text = "Rebel groups fragment; states consolidate.";
    NormalizedText n = Normalize(text);
    REQUIRE(n.text == text);
    for (size_t b = 0; b < text.size(); ++b) {
      for (size_t e = b + 1; e <= text.size(); ++e) {
        CHECK(n.ToOriginal(b, e) == Span{b, e});
      }
    }
  }

  TEST_CASE("every byte of a folded character maps to the whole original character") {
    const std::string text = "coalition\u2014namely";
    NormalizedText n = Normalize(text);
    REQUIRE(n.text == "coalition--namely");
    CHECK(n.ToOriginal(9, 10) == Span{9, 12});
    CHECK(n.ToOriginal(10, 11) == Span{9, 12});
    CHECK(n.ToOriginal(9, 11) == Span{9, 12});
    CHECK(Original(text, n, 11, 17) == "namely");
    CHECK(Original(text, n, 0, 9) == "coalition");
    CHECK(Original(text, n, 8, 12) == "n\u2014n");
  }

  TEST_CASE("a span over a dropped character covers it in the original") {
    const std::string text = "relat`ive gains";
    NormalizedText n = Normalize(text);
    REQUIRE(n.text == "relative gains");
    CHECK(Original(text, n, 0, 8) == "relat`ive");
    CHECK(Original(text, n, 9, 14) == "gains");
  }

  TEST_CASE("an empty range maps to an empty span at the corresponding position") {
    const std::string text = "Kyiv\u2019s allies";
    NormalizedText n = Normalize(text);
    REQUIRE(n.text == "Kyiv's allies");
    CHECK(n.ToOriginal(5, 5) == Span{7, 7});
    CHECK(n.ToOriginal(4, 4) == Span{4, 4});
    CHECK(n.ToOriginal(n.text.size(), n.text.size()) == Span{text.size(), text.size()});
    CHECK(n.ToOriginal(99, 120) == Span{text.size(), text.size()});
  }

  TEST_CASE("empty input gives an empty view") {
    NormalizedText n = Normalize("");
    CHECK(n.text.empty());
    CHECK(n.ToOriginal(0, 0) == Span{0, 0});
  }

  TEST_CASE("random substrings of the view map back to the matching original text") {
    const std::string text =
        "The junta\u2019s \u201Cred lines\u201D\u00A0held\u2014namely, the army\u2019s veto "
        "over S\u00E3o Tom\u00E9\u2019s\tcabinet \u2013 until the \u201Cpact\u201D collapsed.\r\n"
        "Parties\u2014not voters\u2014decided.";
    NormalizedText n = Normalize(text);
    REQUIRE(n.text.size() == n.orig_begin.size());
    REQUIRE(n.text.size() == n.orig_end.size());
    std::mt19937 rng(20240611);
    std::uniform_int_distribution<size_t> pick(0, n.text.size());
    for (int i = 0; i < 2000; ++i) {
      size_t b = CharStart(n.text, pick(rng));
      size_t e = CharStart(n.text, pick(rng));
      if (b > e) std::swap(b, e);
      if (b == e) continue;
      Span s = n.ToOriginal(b, e);
      std::string original = text.substr(s.begin, s.size());
      CAPTURE(original);
      REQUIRE(IsValidUtf8(original, nullptr));
      // Widen [b, e) to whole folded characters, then compare the folds.
      size_t wb = b;
      while (wb > 0 && n.orig_begin[wb - 1] == s.begin) --wb;
      size_t we = e;
      while (we < n.text.size() && n.orig_end[we] == s.end) ++we;
      CHECK(Normalize(original).text == n.text.substr(wb, we - wb));
    }
  }
}

}  // namespace argmap
