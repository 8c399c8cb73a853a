// Tests of core/utf8: decoding, validation and code-point offsets.
#include "core/utf8.h"

#include <doctest/doctest.h>

namespace argmap {

TEST_SUITE("utf8") {
  TEST_CASE("code-point offsets count a multi-byte character once and a bad byte once") {
    std::string text =
        "a\xC3\xA9"
        "b\xE2\x80\x94"
        "c\xFF"
        "d";  // a é b — c <bad> d
    CHECK(CodePointOffset(text, 0) == 0);
    CHECK(CodePointOffset(text, 1) == 1);
    CHECK(CodePointOffset(text, 3) == 2);
    CHECK(CodePointOffset(text, 4) == 3);
    CHECK(CodePointOffset(text, 7) == 4);
    CHECK(CodePointOffset(text, 9) == 6);
    CHECK(CodePointOffset(text, text.size()) == 7);
    CHECK(CodePointOffset(text, 100) == 7);
  }

  TEST_CASE("the counter gives CodePointOffset's answers in any order") {
    std::string text = "\xC3\xA9t\xC3\xA9 \xE2\x80\x94 hiver \xF0\x9F\x99\x82!";
    CodePointCounter counter(text);
    for (size_t offset : {0, 2, 3, 5, 1, 6, 9, 9, 4, 14, 19, 20, 0, 20}) {
      CAPTURE(offset);
      CHECK(counter.Offset(offset) == CodePointOffset(text, offset));
    }
  }

  TEST_CASE("validation points at the first bad byte") {
    size_t bad = 0;
    CHECK(IsValidUtf8("ok \xC3\xA9", &bad));
    CHECK_FALSE(IsValidUtf8("ok \xC3", &bad));
    CHECK(bad == 3);
    CHECK_FALSE(IsValidUtf8("ab\xFF", &bad));
    CHECK(bad == 2);
  }

  // Well-formed sequences at the edges of Unicode's Table 3-7.
  TEST_CASE("the edges of every well-formed range decode to their code points") {
    struct Case {
      std::string bytes;
      char32_t cp;
    };
    const Case cases[] = {
        {"\x7F", 0x7F},           {"\xC2\x80", 0x80},          {"\xDF\xBF", 0x7FF},
        {"\xE0\xA0\x80", 0x800},  {"\xED\x9F\xBF", 0xD7FF},     {"\xEE\x80\x80", 0xE000},
        {"\xEF\xBF\xBD", 0xFFFD}, {"\xEF\xBF\xBF", 0xFFFF},     {"\xF0\x90\x80\x80", 0x10000},
        {"\xF4\x8F\xBF\xBF", 0x10FFFF},
    };
    for (const Case& c : cases) {
      CAPTURE(c.cp);
      size_t len = 0;
      CHECK(DecodeUtf8(c.bytes, 0, &len) == c.cp);
      CHECK(len == c.bytes.size());
      CHECK(IsValidUtf8(c.bytes, nullptr));
    }
  }

  // Ill-formed sequences (after Markus Kuhn's UTF-8 decoder stress test): each
  // is rejected at its first byte, and decodes as U+FFFD per maximal subpart.
  TEST_CASE("ill-formed sequences are rejected and decode as one U+FFFD per maximal subpart") {
    struct Case {
      std::string what;
      std::string bytes;
      size_t replacements;
    };
    const Case cases[] = {
        {"a stray continuation byte", "\x80", 1},
        {"two stray continuation bytes", "\x80\xBF", 2},
        {"a lead byte at the end", "\xC3", 1},
        {"a three-byte sequence cut after two", "\xE2\x80", 1},
        {"a four-byte sequence cut after three", "\xF0\x9F\x99", 1},
        {"a lead byte before ASCII", "\xC3 ", 1},
        {"overlong '/' in two bytes", "\xC0\xAF", 2},
        {"overlong NUL in two bytes", "\xC1\x80", 2},
        {"overlong '/' in three bytes", "\xE0\x80\xAF", 3},
        {"overlong U+07FF in three bytes", "\xE0\x9F\xBF", 3},
        {"overlong '/' in four bytes", "\xF0\x80\x80\xAF", 4},
        {"overlong U+FFFF in four bytes", "\xF0\x8F\xBF\xBF", 4},
        {"the first high surrogate", "\xED\xA0\x80", 3},
        {"the last low surrogate", "\xED\xBF\xBF", 3},
        {"a surrogate pair in CESU-8", "\xED\xA0\xBD\xED\xB8\x80", 6},
        {"U+110000", "\xF4\x90\x80\x80", 4},
        {"a five-byte form", "\xF8\x88\x80\x80\x80", 5},
        {"a six-byte form", "\xFC\x84\x80\x80\x80\x80", 6},
        {"the bytes FE and FF", "\xFE\xFF", 2},
    };
    for (const Case& c : cases) {
      CAPTURE(c.what);
      size_t bad = 99;
      CHECK_FALSE(IsValidUtf8("ok" + c.bytes, &bad));
      CHECK(bad == 2);
      size_t fffd = 0, other = 0;
      ForEachCodePoint(c.bytes, [&](char32_t cp) { (cp == 0xFFFD ? fffd : other) += 1; });
      CHECK(fffd == c.replacements);
      CHECK(other == (c.bytes.ends_with(' ') ? 1 : 0));
    }
  }
}

}  // namespace argmap
