#include <doctest/doctest.h>

#include <string>

#include "export/exporter.h"
#include "export_sample.h"

namespace argmap {
namespace {

using testing::Sample;

std::string Outline(const Sample& s) { return ExportOutline({s.graph, s.documents, {}}); }

// The Thesis bullet of a one-claim graph whose text is `text`.
std::string BulletOf(const std::string& text) {
  Sample s;
  s.documents = {testing::SampleDocument("d", "", text)};
  testing::AddSampleNode(s.documents[0], 1, {NodeType::kClaim, text, 0, "r", "", ""}, &s.graph);
  std::string out = Outline(s);
  size_t begin = out.find("\n- ") + 1;
  return out.substr(begin, out.find('\n', begin) - begin);
}

TEST_SUITE("outline") {
  TEST_CASE("a tiny graph gives exactly the documented outline") {
    CHECK(Outline(testing::TinyGraph()) == R"(# Aid

Ann Lee · 2020

## Thesis

- it may help *(hedged: may)*

## Reasons

- **it may help** *(hedged: may)*
  - “Aid” works
)");
  }

  TEST_CASE(
      "each paper lists its thesis, reasons, objections, options, method, purpose and conclusion") {
    CHECK(Outline(testing::SampleGraph()) == R"(# Coalitions and “compromise”

Ann Smith, Bo Jones · 2021 · *Journal of Sample Politics* · doi:10\.1000/argmap.1

## Thesis

- coalition governments delay reform

## Reasons

- **coalition governments delay reform**
  - veto players multiply

## Options

- two options
  - “grand coalitions”
  - minority cabinets — a "hard\\soft" choice

# lee2019

## Thesis

- scandals may reduce turnout *(hedged: may)*

## Reasons

- **scandals may reduce turnout** *(hedged: may)*
  - panel data *(method)*

## Objections

- earlier work disputes this *(against: scandals may reduce turnout)*

## Method

- panel data

## Purpose

- examines turnout in local elections

## Conclusion

- scandals may reduce turnout *(hedged: may)*

# A paper without an argument

*No argument found.*
)");
  }

  TEST_CASE(
      "the thesis is the first conclusion, else claim, that the paper neither disputes nor "
      "leaves to further research, and the other claims follow it") {
    Sample s;
    s.documents = {testing::SampleDocument("d", "", "text")};
    const Document& d = s.documents[0];
    auto add = [&](int n, NodeType type, const char* text) {
      return testing::AddSampleNode(d, n, {type, text, 0, "r", "", ""}, &s.graph);
    };
    NodeIndex view = add(1, NodeType::kClaim, "scholars hold that aid fails");
    NodeIndex later = add(2, NodeType::kClaim, "further research should test this in Asia");
    add(3, NodeType::kClaim, "aid works where donors coordinate");
    NodeIndex own = add(4, NodeType::kConclusion, "aid works");
    testing::AddSampleEdge(d, 1, own, view, EdgeType::kAttacks, "r", &s.graph);
    (void)later;
    std::string out = Outline(s);
    CHECK(out.starts_with(
        "# d\n\n## Thesis\n\n- aid works\n\n## Claims\n\n- scholars hold that aid fails\n"
        "- further research should test this in Asia\n- aid works where donors coordinate\n"));
    // Without the conclusion, the first claim neither disputed nor a call for more work.
    Sample claims;
    claims.documents = {testing::SampleDocument("d", "", "text")};
    const Document& c = claims.documents[0];
    NodeIndex disputed = testing::AddSampleNode(
        c, 1, {NodeType::kClaim, "aid fails", 0, "r", "", ""}, &claims.graph);
    testing::AddSampleNode(
        c, 2,
        {NodeType::kClaim, "a further deductive study of small states is reasonable", 0, "r", "",
         ""},
        &claims.graph);
    NodeIndex main = testing::AddSampleNode(c, 3, {NodeType::kClaim, "aid works", 0, "r", "", ""},
                                            &claims.graph);
    testing::AddSampleEdge(c, 1, main, disputed, EdgeType::kAttacks, "r", &claims.graph);
    CHECK(Outline(claims).starts_with(
        "# d\n\n## Thesis\n\n- aid works\n\n## Claims\n\n- aid fails\n"));
  }

  TEST_CASE("premises of one group are nested under the group, below what they support") {
    Sample s;
    s.documents = {
        testing::SampleDocument("d", "", "We find x because of three factors: a, b and c.")};
    const Document& d = s.documents[0];
    NodeIndex x =
        testing::AddSampleNode(d, 1, {NodeType::kConclusion, "x", 0, "r", "", ""}, &s.graph);
    NodeIndex g =
        testing::AddSampleNode(d, 2, {NodeType::kGroup, "three factors", 0, "r", "", ""}, &s.graph);
    NodeIndex a = testing::AddSampleNode(d, 3, {NodeType::kPremise, "a", 0, "r", "", ""}, &s.graph);
    NodeIndex b = testing::AddSampleNode(d, 4, {NodeType::kPremise, "b", 0, "r", "", ""}, &s.graph);
    NodeIndex c = testing::AddSampleNode(d, 5, {NodeType::kPremise, "c", 0, "r", "", ""}, &s.graph);
    int k = 0;
    for (NodeIndex p : {a, b, c}) {
      testing::AddSampleEdge(d, ++k, p, g, EdgeType::kPartOf, "r", &s.graph);
      testing::AddSampleEdge(d, ++k, p, x, EdgeType::kSupports, "r", &s.graph);
    }
    CHECK(Outline(s) ==
          "# d\n"
          "\n"
          "## Thesis\n"
          "\n"
          "- x\n"
          "\n"
          "## Reasons\n"
          "\n"
          "- **x**\n"
          "  - three factors\n"
          "    - a\n"
          "    - b\n"
          "    - c\n"
          "\n"
          "## Conclusion\n"
          "\n"
          "- x\n");
  }

  TEST_CASE("a chain of supports nests, and a cycle stops where it repeats") {
    Sample s;
    s.documents = {testing::SampleDocument("d", "", "p q r")};
    const Document& d = s.documents[0];
    NodeIndex p = testing::AddSampleNode(d, 1, {NodeType::kPremise, "p", 0, "r", "", ""}, &s.graph);
    NodeIndex q = testing::AddSampleNode(d, 2, {NodeType::kPremise, "q", 0, "r", "", ""}, &s.graph);
    NodeIndex r = testing::AddSampleNode(d, 3, {NodeType::kClaim, "r", 0, "r", "", ""}, &s.graph);
    testing::AddSampleEdge(d, 1, p, q, EdgeType::kSupports, "r", &s.graph);
    testing::AddSampleEdge(d, 2, q, r, EdgeType::kSupports, "r", &s.graph);
    testing::AddSampleEdge(d, 3, q, p, EdgeType::kSupports, "r", &s.graph);
    CHECK(Outline(s) ==
          "# d\n"
          "\n"
          "## Thesis\n"
          "\n"
          "- r\n"
          "\n"
          "## Reasons\n"
          "\n"
          "- **r**\n"
          "  - q\n"
          "    - p\n"
          "      - q\n");
  }

  TEST_CASE("Markdown punctuation in texts is escaped") {
    struct Case {
      std::string text;
      std::string bullet;
    };
    const Case cases[] = {
        {"a *b* _c_ `d`", "- a \\*b\\* \\_c\\_ \\`d\\`"},
        {"[x](y) <i> C#", "- \\[x\\](y) \\<i\\> C#"},
        {"#1 of 2", "- \\#1 of 2"},
        {"- not a list", "- \\- not a list"},
        {"12. not a list", "- 12\\. not a list"},
        {"one\nline", "- one line"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(BulletOf(c.text) == c.bullet);
    }
  }
}

}  // namespace
}  // namespace argmap
