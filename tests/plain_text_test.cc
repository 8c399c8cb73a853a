#include "export/plain_text.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

TEST_SUITE("plain_text") {
  TEST_CASE("ValidUtf8 keeps good text, tabs and line feeds, and replaces the rest") {
    struct Case {
      std::string in;
      std::string out;
    };
    const std::vector<Case> cases = {
        {"“Aid” — ok", "“Aid” — ok"},
        {"tab\tand\nline", "tab\tand\nline"},
        {"cr\r bell\x07 del\x7F", "cr  bell  del "},
        {"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
        {"cut \xE2\x80", "cut \xEF\xBF\xBD"},
        {"surrogate \xED\xA0\x80", "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"overlong \xC0\xAF", "overlong \xEF\xBF\xBD\xEF\xBF\xBD"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.in);
      CHECK(ValidUtf8(c.in) == c.out);
    }
  }

  TEST_CASE("SingleLine folds white space and control characters into single spaces") {
    CHECK(SingleLine("  two\n\tlines \r\n here  ") == "two lines here");
    CHECK(SingleLine("a\x01\x02"
                     "b") == "a b");
    CHECK(SingleLine("\xFF") == "\xEF\xBF\xBD");
    CHECK(SingleLine(" \n ") == "");
  }

  TEST_CASE("UpperCase changes ASCII letters only") {
    CHECK(UpperCase("part_of claim") == "PART_OF CLAIM");
    CHECK(UpperCase("é") == "é");
  }
}

}  // namespace
}  // namespace argmap
