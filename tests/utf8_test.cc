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
}

}  // namespace argmap
