// Tests for sentence splitting over normalized text.
#include "text/sentences.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/normalize.h"

namespace argmap {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text)) out.emplace_back(text.substr(s.begin, s.size()));
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_SUITE("sentences") {
  TEST_CASE("a period followed by a capitalized word ends a sentence") {
    CHECK(Sentences("Coups are rare. Juntas rarely survive. Civilians return.") ==
          Strings{"Coups are rare.", "Juntas rarely survive.", "Civilians return."});
  }

  TEST_CASE("question and exclamation marks end sentences") {
    CHECK(Sentences("Why do generals defect? Looking at West Africa, we find three paths!") ==
          Strings{"Why do generals defect?", "Looking at West Africa, we find three paths!"});
  }

  TEST_CASE("sentences may begin with a digit, a quote or a bracket") {
    CHECK(Sentences("We code all cases. 142 of them are civil wars. \"Greed\" matters less. "
                    "(Ethnic ties matter more.)") ==
          Strings{"We code all cases.", "142 of them are civil wars.", "\"Greed\" matters less.",
                  "(Ethnic ties matter more.)"});
  }

  TEST_CASE("a lower-case word after a period does not start a sentence") {
    CHECK(Sentences("The vote was held in Jan. and the result was close.") ==
          Strings{"The vote was held in Jan. and the result was close."});
  }

  TEST_CASE("abbreviations do not end a sentence") {
    const char* cases[] = {
        "Small states (e.g. Baltic republics such as Latvia) hedge against Moscow.",
        "Small states, e.g. Latvia, hedge against Moscow.",
        "Over a short window (i.e., between May and July) the regime stalled.",
        "As Smith et al. Argue, the regime stalled.",
        "This follows Smith et al. (2019) closely.",
        "Resolution No. 5 was adopted in 1999.",
        "The treaty was signed on Feb. 24 by both parties.",
        "The model of Dr. Okafor and Prof. Lindqvist fails.",
        "Democracies vs. autocracies differ in how they fight.",
        "The memoir of George W. Bush reveals little.",
        "Growth fell by 3.5 percent in 2009.",
        "Russia attacked on February 24th 2022 after months of build-up.",
        "See Fig. 3 for the trend.",
    };
    for (const char* text : cases) {
      CAPTURE(text);
      CHECK(Sentences(text) == Strings{text});
    }
  }

  TEST_CASE("U.S. inside a sentence does not end it") {
    CHECK(Sentences("Seoul remains under the United States' (the U.S.) extended nuclear "
                    "umbrella. Its critics disagree.") ==
          Strings{"Seoul remains under the United States' (the U.S.) extended nuclear umbrella.",
                  "Its critics disagree."});
    CHECK(Sentences("We compare South Korean and U.S. defense doctrines.") ==
          Strings{"We compare South Korean and U.S. defense doctrines."});
    CHECK(Sentences("The bill stalled in the U.S. Congress for a year.") ==
          Strings{"The bill stalled in the U.S. Congress for a year."});
  }

  TEST_CASE("U.S. at the end of a sentence ends it when a sentence starter follows") {
    CHECK(Sentences("Seoul hedges between China and the U.S. The hedge is costly.") ==
          Strings{"Seoul hedges between China and the U.S.", "The hedge is costly."});
  }

  TEST_CASE("a period inside a quotation ends the sentence after the closing quote") {
    CHECK(Sentences("Analysts called the sanctions \"smart.\" The next round was broader.") ==
          Strings{"Analysts called the sanctions \"smart.\"", "The next round was broader."});
  }

  TEST_CASE("sentences do not end inside brackets") {
    CHECK(Sentences("Turnout rose (see Table 2. Two regions lag.) in most districts. It fell "
                    "elsewhere.") ==
          Strings{"Turnout rose (see Table 2. Two regions lag.) in most districts.",
                  "It fell elsewhere."});
  }

  TEST_CASE("unmatched brackets do not stop sentence breaks") {
    CHECK(Sentences("We test two paths: 1) bargaining. 2) Coercion follows.") ==
          Strings{"We test two paths: 1) bargaining.", "2) Coercion follows."});
  }

  TEST_CASE("a paragraph without a final period is one sentence") {
    CHECK(Sentences("  Sanctions and the politics of regime survival in Central Asia  ") ==
          Strings{"Sanctions and the politics of regime survival in Central Asia"});
  }

  TEST_CASE("blank text has no sentences") {
    CHECK(Sentences("").empty());
    CHECK(Sentences("   ").empty());
  }

  TEST_CASE("sentences of a normalized text keep the original's typography out") {
    NormalizedText n = Normalize(
        "The junta\u2019s \u201Cpact\u201D held.\u00A0Then\u2014abruptly\u2014it collapsed.");
    CHECK(Sentences(n.text) ==
          Strings{"The junta's \"pact\" held.", "Then--abruptly--it collapsed."});
  }

  TEST_CASE("spans are trimmed, ordered, disjoint and cover every non-blank byte") {
    const std::string text =
        "  Elites defect.  Why? Because rents shrink!\"Quoted.\" Next (a. b. c.) ends.   ";
    std::vector<Span> spans = SplitSentences(text);
    REQUIRE(!spans.empty());
    size_t covered = 0;
    for (size_t i = 0; i < spans.size(); ++i) {
      CHECK(!spans[i].empty());
      CHECK(text[spans[i].begin] != ' ');
      CHECK(text[spans[i].end - 1] != ' ');
      if (i > 0) CHECK(spans[i - 1].end <= spans[i].begin);
      for (size_t p = covered; p < spans[i].begin; ++p) CHECK(text[p] == ' ');
      covered = spans[i].end;
    }
    for (size_t p = covered; p < text.size(); ++p) CHECK(text[p] == ' ');
  }

  TEST_CASE("a megabyte of text splits without trouble") {
    std::string text;
    while (text.size() < (1u << 20)) text += "Rebels (and states) bargain over rents. ";
    std::vector<Span> spans = SplitSentences(text);
    CHECK(spans.size() == text.size() / 40);
    std::string one(1u << 20, 'a');
    for (size_t i = 0; i < one.size(); i += 7) one[i] = (i % 3 == 0) ? '.' : ' ';
    CHECK(SplitSentences(one).size() == 1);
  }
}

}  // namespace argmap
