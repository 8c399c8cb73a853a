// Diagnostic formatting and placing (core/diagnostic.h): the window of a long
// source line, and the line index that keeps many errors in a large input cheap.
#include "core/diagnostic.h"

#include <doctest/doctest.h>

#include <string>

namespace argmap {
namespace {

TEST_SUITE("diagnostic") {
  TEST_CASE("a short source line is shown whole with the caret under the column") {
    Diagnostic d = MakeErrorAt("in.txt", "ab\ncd\tef\n", 7, "bad");
    CHECK(d.Format() == "in.txt:2:5: error: bad\ncd\tef\n  \t ^\n");
  }

  TEST_CASE("a long source line is cut around the column, at character boundaries") {
    std::string line = std::string(200, 'a') + "\xC3\xA9" + std::string(200, 'b');
    Diagnostic d = MakeErrorAt("in.txt", line, 300, "bad");
    std::string shown = "..." + line.substr(228, 144) + "...";
    CHECK(d.Format() == "in.txt:1:301: error: bad\n" + shown + "\n" + std::string(75, ' ') + "^\n");
    Diagnostic e = MakeErrorAt("in.txt", line, 273, "bad");  // the window starts inside "é"
    CHECK(e.Format() == "in.txt:1:274: error: bad\n..." + line.substr(200, 145) + "...\n" +
                            std::string(76, ' ') + "^\n");
  }

  TEST_CASE("the line index places errors as the plain scan does") {
    std::string content = "one\n\ntwo three\r\nfour\nlast";
    for (size_t offset = 0; offset <= content.size(); ++offset) {
      CAPTURE(offset);
      int line = 0, column = 0, indexed_line = 0, indexed_column = 0;
      std::string source, indexed_source;
      LocateOffset(content, offset, &line, &column, &source);
      LineIndexScope scope(content);
      LocateOffset(content, offset, &indexed_line, &indexed_column, &indexed_source);
      CHECK(indexed_line == line);
      CHECK(indexed_column == column);
      CHECK(indexed_source == source);
    }
  }

  TEST_CASE("the line index serves only the content it was made for") {
    std::string content = "a\nb\nc";
    std::string other = "a\nb\nc";
    LineIndexScope scope(content);
    int line = 0, column = 0;
    std::string source;
    LocateOffset(other, 4, &line, &column, &source);
    CHECK(line == 3);
    CHECK(source == "c");
    int l = 0;
    size_t begin = 0, end = 0;
    CHECK_FALSE(LineIndexScope::Find(other, 4, &l, &begin, &end));
    CHECK(LineIndexScope::Find(content, 4, &l, &begin, &end));
    CHECK(l == 3);
  }
}

}  // namespace
}  // namespace argmap
