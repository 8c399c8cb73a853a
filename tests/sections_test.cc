// Tests for structured-abstract headings and the section in force at a position.
#include "text/sections.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/normalize.h"

namespace argmap {
namespace {

using Strings = std::vector<std::string>;

// Each heading as "<section>=<span text>".
Strings Headings(std::string_view original) {
  std::string text = Normalize(original).text;
  Strings out;
  for (const Heading& h : FindHeadings(text)) {
    out.push_back(std::string(SectionName(h.section)) + "=" +
                  text.substr(h.span.begin, h.span.size()));
  }
  return out;
}

}  // namespace

TEST_SUITE("sections") {
  TEST_CASE("upper-case headings with a colon mark every section") {
    CHECK(Headings("BACKGROUND: Aid rose. OBJECTIVE: To test it. METHODS: We ran a trial. "
                   "RESULTS: Rates fell. CONCLUSIONS: Aid works.") ==
          Strings{"background=BACKGROUND: ", "objective=OBJECTIVE: ", "methods=METHODS: ",
                  "results=RESULTS: ", "conclusions=CONCLUSIONS: "});
  }

  TEST_CASE("every heading name maps to its section") {
    struct Case {
      const char* name;
      const char* section;
    };
    const Case cases[] = {
        {"Background", "background"},
        {"Introduction", "background"},
        {"Context", "background"},
        {"Purpose", "objective"},
        {"Objective", "objective"},
        {"Objectives", "objective"},
        {"Aim", "objective"},
        {"Aims", "objective"},
        {"Goal", "objective"},
        {"Goals", "objective"},
        {"Methods", "methods"},
        {"Method", "methods"},
        {"Design", "methods"},
        {"Setting", "methods"},
        {"Patients", "methods"},
        {"Participants", "methods"},
        {"Patients and methods", "methods"},
        {"Materials and Methods", "methods"},
        {"Interventions", "methods"},
        {"Measurements", "methods"},
        {"Main outcome measures", "methods"},
        {"Results", "results"},
        {"Findings", "results"},
        {"Conclusion", "conclusions"},
        {"Conclusions", "conclusions"},
        {"Interpretation", "conclusions"},
        {"Discussion", "conclusions"},
        {"Implications", "conclusions"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      std::string text = std::string(c.name) + ": the trial enrolled 40 villages.";
      CHECK(Headings(text) == Strings{std::string(c.section) + "=" + c.name + ": "});
    }
  }

  TEST_CASE("a heading may stand alone before a period or a capitalised word") {
    CHECK(Headings("BACKGROUND. Coups are rare. METHODS We coded all coups. Results The rate "
                   "fell.") ==
          Strings{"background=BACKGROUND. ", "methods=METHODS ", "results=Results "});
  }

  TEST_CASE("joined headings count as one, with the first name's section") {
    CHECK(Headings("Design, Setting, and Participants: A survey of 900 mayors. Conclusions and "
                   "Relevance: Mayors matter.") ==
          Strings{"methods=Design, Setting, and Participants: ",
                  "conclusions=Conclusions and Relevance: "});
  }

  TEST_CASE("an upper-case heading with a colon counts after a section without a period") {
    CHECK(Headings("We enrolled 120 patients RESULTS: Pain fell.") == Strings{"results=RESULTS: "});
  }

  TEST_CASE("heading words in mid-sentence or in running text are not headings") {
    const char* cases[] = {
        "We report the results: pain fell in both arms.",
        "We report our Results: pain fell in both arms.",
        "Results from three surveys show that trust fell.",
        "Findings suggest that trust fell.",
        "Methods of repression differ across regimes.",
        "The Background of the war matters.",
        "Design matters: institutions shape outcomes.",
        "RESULTS",
        "Resultsx: none.",
        "",
    };
    for (const char* text : cases) {
      CAPTURE(text);
      CHECK(Headings(text).empty());
    }
  }

  TEST_CASE("a heading alone on its line counts when the line breaks are seen") {
    struct Case {
      std::string original;
      Strings headings;
    };
    const Case cases[] = {
        {"Background\nScreening uptake is low.\nResults\nUptake rose.",
         {"background=Background ", "results=Results "}},
        {"Background\r\nScreening uptake is low.\r\n  Results \r\nUptake rose.",
         {"background=Background  ", "results=Results   "}},
        {"Design, Setting, and Participants\nA survey of mayors.",
         {"methods=Design, Setting, and Participants "}},
        {"Aid is low in the\nResults\nUptake rose.", {"results=Results "}},
        // Not alone on its line: running text, or the end of the text.
        {"Results from three surveys\nshow that trust fell.", {}},
        {"We report the\nResults of a trial.", {}},
        {"Trust fell in all\nResults", {}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.original);
      NormalizedText norm = Normalize(c.original);
      Strings out;
      for (const Heading& h : FindHeadings(norm, c.original)) {
        out.push_back(std::string(SectionName(h.section)) + "=" +
                      norm.text.substr(h.span.begin, h.span.size()));
      }
      CHECK(out == c.headings);
      // Without the line breaks only the old rules apply: "Screening" is no sentence starter.
      CHECK(Headings(c.original).size() <= c.headings.size());
    }
  }

  TEST_CASE("the section at a position is that of the last heading before it") {
    std::string text = "Aid is contested. METHODS: We ran a trial. RESULTS: Rates fell.";
    std::vector<Heading> headings = FindHeadings(text);
    REQUIRE(headings.size() == 2);
    CHECK(SectionAt(headings, 0) == Section::kNone);
    CHECK(SectionAt(headings, text.find("METHODS")) == Section::kMethods);
    CHECK(SectionAt(headings, text.find("We ran")) == Section::kMethods);
    CHECK(SectionAt(headings, text.find("Rates")) == Section::kResults);
    CHECK(SectionAt(headings, text.size()) == Section::kResults);
    CHECK(SectionAt({}, 5) == Section::kNone);
  }

  TEST_CASE("heading spans cover the heading, its punctuation and the space after it") {
    std::string text = "OBJECTIVE:   To test aid.";
    std::vector<Heading> headings = FindHeadings(text);
    REQUIRE(headings.size() == 1);
    CHECK(headings[0] == Heading{Span{0, 13}, Section::kObjective});
  }

  TEST_CASE("section names") {
    CHECK(SectionName(Section::kNone) == "none");
    CHECK(SectionName(Section::kBackground) == "background");
    CHECK(SectionName(Section::kObjective) == "objective");
    CHECK(SectionName(Section::kMethods) == "methods");
    CHECK(SectionName(Section::kResults) == "results");
    CHECK(SectionName(Section::kConclusions) == "conclusions");
  }

  TEST_CASE("non-ASCII text around headings") {
    CHECK(Headings("Über die Wahl. RÉSULTATS: rien. Results: Die Wähler blieben zu Hause.") ==
          Strings{"results=Results: "});
    CHECK(Headings("Straße RESULTS: Zölle fielen.") == Strings{"results=RESULTS: "});
  }

  TEST_CASE("a megabyte of headings is found in linear time") {
    std::string text;
    size_t repeats = 0;
    for (; text.size() < (1u << 20); ++repeats) text += "METHODS: We ran it. ";
    CHECK(FindHeadings(text).size() == repeats);
    std::string spaces(1u << 20, ' ');
    CHECK(FindHeadings(spaces + "Results: x" + spaces).size() == 1);
  }
}

}  // namespace argmap
