#include "export/html_text.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

TEST_SUITE("html_text") {
  TEST_CASE("escaping covers markup characters, bad UTF-8 and control characters") {
    struct Case {
      std::string in;
      std::string out;
    };
    for (const Case& c : {
             Case{"a < b && c > \"d\" 'e'", "a &lt; b &amp;&amp; c &gt; &quot;d&quot; &#39;e&#39;"},
             Case{"caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xE8\xAB\x96",
                  "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xE8\xAB\x96"},
             Case{"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
             Case{"overlong \xC0\xAF", "overlong \xEF\xBF\xBD\xEF\xBF\xBD"},
             Case{"tab\tline\nbell\x07", "tab\tline\nbell "},
             Case{"</script>", "&lt;/script&gt;"},
         }) {
      CAPTURE(c.in);
      CHECK(EscapeHtml(c.in) == c.out);
    }
  }

  TEST_CASE("URI components keep unreserved characters and slashes and encode the rest") {
    CHECK(EncodeUriComponent("smith2021/n3") == "smith2021/n3");
    CHECK(EncodeUriComponent("seeds#1/n2") == "seeds%231/n2");
    CHECK(EncodeUriComponent("a b&c\"") == "a%20b%26c%22");
    CHECK(EncodeUriComponent("caf\xC3\xA9") == "caf%C3%A9");
  }

  TEST_CASE("sentences get ids and node spans become marks with their keys") {
    std::string text = "We argue that A holds. B follows.";
    std::vector<Span> sentences = {{0, 22}, {23, 33}};
    std::vector<TextMark> marks = {{{14, 21}, "n1", "k-claim"}, {{23, 32}, "n2", "k-premise"}};
    CHECK(MarkText(text, sentences, marks, "s1-") ==
          "<span class=\"sent\" id=\"s1-0\">We argue that <mark class=\"k-claim\" "
          "data-nodes=\"n1\" tabindex=\"0\">A holds</mark>.</span> <span class=\"sent\" "
          "id=\"s1-1\"><mark class=\"k-premise\" data-nodes=\"n2\" tabindex=\"0\">B "
          "follows</mark>.</span>");
  }

  TEST_CASE("nested and crossing spans are cut into pieces listing the innermost node first") {
    std::string text = "abcdefgh";
    std::vector<TextMark> marks = {
        {{0, 6}, "n1", "k-group"}, {{2, 4}, "n2", "k-option"}, {{5, 8}, "n3", "k-claim"}};
    CHECK(MarkText(text, {}, marks, "s-") ==
          "<mark class=\"k-group\" data-nodes=\"n1\" tabindex=\"0\">ab</mark>"
          "<mark class=\"k-option\" data-nodes=\"n2 n1\" tabindex=\"0\">cd</mark>"
          "<mark class=\"k-group\" data-nodes=\"n1\" tabindex=\"0\">e</mark>"
          "<mark class=\"k-claim\" data-nodes=\"n3 n1\" tabindex=\"0\">f</mark>"
          "<mark class=\"k-claim\" data-nodes=\"n3\" tabindex=\"0\">gh</mark>");
  }

  TEST_CASE("text is escaped inside marks and spans are snapped to whole characters") {
    std::string text = "x \xE2\x80\x9C<a&b>\xE2\x80\x9D y";
    // The span starts and ends inside the curly quotes' bytes.
    std::vector<TextMark> marks = {{{3, 11}, "n1", "k-claim"}};
    CHECK(MarkText(text, {}, marks, "s-") ==
          "x <mark class=\"k-claim\" data-nodes=\"n1\" tabindex=\"0\">\xE2\x80\x9C&lt;a&amp;b&gt;"
          "\xE2\x80\x9D</mark> y");
  }

  TEST_CASE("empty spans and spans past the end of the text are left out") {
    std::vector<TextMark> marks = {{{2, 2}, "n1", "k-claim"}, {{3, 99}, "n2", "k-claim"}};
    CHECK(MarkText("abcd", {{0, 4}}, marks, "s-") == "<span class=\"sent\" id=\"s-0\">abcd</span>");
    CHECK(MarkText("", {}, marks, "s-") == "");
  }

  TEST_CASE("the sentence at an offset is found, or -1 between sentences") {
    std::vector<Span> sentences = {{0, 5}, {6, 10}};
    CHECK(SentenceAt(sentences, 0) == 0);
    CHECK(SentenceAt(sentences, 4) == 0);
    CHECK(SentenceAt(sentences, 5) == -1);
    CHECK(SentenceAt(sentences, 9) == 1);
    CHECK(SentenceAt(sentences, 10) == -1);
  }
}

}  // namespace
}  // namespace argmap
