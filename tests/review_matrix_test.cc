#include "compare/review_matrix.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compare/compare_export.h"

namespace argmap {
namespace {

struct Sample {
  ArgumentGraph graph;
  std::vector<Document> documents;
};

Node MakeNode(const std::string& doc, int k, NodeType type, const std::string& text) {
  Node n;
  n.id = doc + "/n" + std::to_string(k);
  n.doc = doc;
  n.type = type;
  n.text = text;
  return n;
}

// Two papers: one with quotes, commas, a pipe and a line break in its texts,
// one with nothing found.
Sample MakeSample() {
  Sample s;
  Document a;
  a.id = "lee2020";
  a.title = "Aid, \"trust\" | peace";
  a.authors = {"Ann Lee", "Bo Kim"};
  a.year = "2020";
  a.doi = "10.1/x";
  Document b;
  b.id = "ito";
  b.title = "Ports";
  s.documents = {a, b};
  s.graph.AddNode(MakeNode("lee2020", 1, NodeType::kPurpose, "why aid <works>"));
  s.graph.AddNode(MakeNode("lee2020", 2, NodeType::kPremise, "aid builds trust"));
  s.graph.AddNode(MakeNode("lee2020", 3, NodeType::kPremise, "donors stay,\nlonger"));
  s.graph.AddNode(MakeNode("lee2020", 4, NodeType::kConclusion, "aid \"works\" | sometimes"));
  s.graph.AddNode(MakeNode("lee2020", 5, NodeType::kPremise, "aid builds trust"));
  s.graph.AddNode(MakeNode("lee2020", 6, NodeType::kClaim, "aid is political"));
  return s;
}

// Sample's papers with a third that two links join to the first, strongest first.
Sample LinkedSample(std::vector<Alignment>* links) {
  Sample s = MakeSample();
  Document c;
  c.id = "ruiz";
  c.authors = {"Eva Ruiz"};
  c.year = "2019";
  s.documents.push_back(c);
  NodeIndex n7 = s.graph.AddNode(MakeNode("ruiz", 1, NodeType::kClaim, "aid never builds trust"));
  NodeIndex n8 = s.graph.AddNode(MakeNode("ruiz", 2, NodeType::kConclusion, "aid is political"));
  Alignment contrast{5, n7, Stance::kContrasts, 0.5, 0, 0, {}, ""};
  Alignment agree{n8, 5, Stance::kAgrees, 0.4, 0, 0, {}, ""};
  Alignment related{2, n7, Stance::kRelated, 0.3, 0, 0, {}, ""};
  *links = {contrast, agree, related};
  return s;
}

}  // namespace

TEST_SUITE("review_matrix") {
  TEST_CASE("one row per paper, one cell per column, texts in order without repeats") {
    Sample s = MakeSample();
    auto rows = ReviewMatrix(s.graph, s.documents, {});
    REQUIRE(rows.size() == 2);
    CHECK(ReviewColumns() == std::vector<std::string_view>{
                                 "id", "authors", "year", "title", "doi", "purpose", "method",
                                 "claims", "premises", "options", "conclusions", "links"});
    REQUIRE(rows[0].size() == ReviewColumns().size());
    CHECK(rows[0][1] == ReviewCell{"Ann Lee", "Bo Kim"});
    CHECK(rows[0][7] == ReviewCell{"aid is political"});
    CHECK(rows[0][8] == ReviewCell{"aid builds trust", "donors stay,\nlonger"});
    CHECK(rows[0][10] == ReviewCell{"aid \"works\" | sometimes"});
    CHECK(rows[0][11].empty());
    CHECK(rows[1][0] == ReviewCell{"ito"});
    CHECK(rows[1][10].empty());
  }

  TEST_CASE(
      "the links cell names each link's stance, the other paper and its text, strongest first, "
      "each text once") {
    std::vector<Alignment> links;
    Sample s = LinkedSample(&links);
    auto rows = ReviewMatrix(s.graph, s.documents, links);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][11] == ReviewCell{"contrasts with Ruiz 2019: \"aid never builds trust\"",
                                    "agrees with Ruiz 2019: \"aid is political\""});
    CHECK(rows[1][11].empty());
    CHECK(rows[2][11] == ReviewCell{"contrasts with Aid, \"trust\" | peace: \"aid is political\"",
                                    "related to Aid, \"trust\" | peace: \"donors stay,\nlonger\""});
  }

  TEST_CASE("a text that only says the theory is supported names the claims it supports") {
    Sample s;
    Document d;
    d.id = "p";
    s.documents = {d};
    auto add = [&](int k, NodeType type, const std::string& text) {
      return s.graph.AddNode(MakeNode("p", k, type, text));
    };
    auto edge = [&](NodeIndex from, NodeIndex to, EdgeType type) {
      Edge e;
      e.type = type;
      e.id = "p/e" + std::to_string(s.graph.edge_count() + 1);
      s.graph.AddEdge(from, to, e);
    };
    NodeIndex held = add(1, NodeType::kClaim, "repression lengthens terrorist campaigns");
    NodeIndex other = add(2, NodeType::kClaim, "coercion deters groups in autocracies");
    NodeIndex found = add(3, NodeType::kConclusion, "support is found for these conjectures");
    add(4, NodeType::kConclusion, "their hypotheses are broadly confirmed");
    add(5, NodeType::kConclusion, "the data support the argument that aid works");
    add(6, NodeType::kConclusion,
        "support for their theory comes from a survey of donors in twelve countries over three "
        "decades of aid");  // more than 15 words: it says more
    edge(found, other, EdgeType::kSupports);
    auto rows = ReviewMatrix(s.graph, s.documents, {});
    CHECK(
        rows[0][10] ==
        ReviewCell{"support is found for these conjectures [supports: \"coercion deters groups in "
                   "autocracies\"]",
                   "their hypotheses are broadly confirmed [main claim: \"repression lengthens "
                   "terrorist campaigns\"]",
                   "the data support the argument that aid works",
                   "support for their theory comes from a survey of donors in twelve countries "
                   "over three decades of aid"});
    // Without edges, the first claim the paper does not dispute.
    NodeIndex rival = add(7, NodeType::kClaim, "rivals disagree");
    edge(rival, held, EdgeType::kAttacks);
    rows = ReviewMatrix(s.graph, s.documents, {});
    CHECK(rows[0][10][1] ==
          "their hypotheses are broadly confirmed [main claim: \"coercion deters groups in "
          "autocracies\"]");
    CHECK(rows[0][7] == ReviewCell{"repression lengthens terrorist campaigns",
                                   "coercion deters groups in autocracies", "rivals disagree"});
    // At most the last three supported claims, nearest to what the text sums up.
    NodeIndex more = add(8, NodeType::kClaim, "donors follow");
    NodeIndex found_more =
        add(9, NodeType::kConclusion, "strong evidence in support of their argument");
    for (NodeIndex to : {held, other, rival, more}) edge(found_more, to, EdgeType::kSupports);
    rows = ReviewMatrix(s.graph, s.documents, {});
    CHECK(rows[0][10].back() ==
          "strong evidence in support of their argument [supports: \"coercion deters groups in "
          "autocracies\"; \"rivals disagree\"; \"donors follow\" and 1 earlier claim]");
  }

  TEST_CASE("CSV: a byte order mark, every field quoted, quotes doubled, CRLF records") {
    Sample s = MakeSample();
    std::vector<Alignment> none;
    CompareInput input{s.graph, s.documents, none, {}, {}, 20};
    CHECK(
        ExportReviewCsv(input) ==
        "\xEF\xBB\xBF\"id\",\"authors\",\"year\",\"title\",\"doi\",\"purpose\",\"method\","
        "\"claims\",\"premises\",\"options\",\"conclusions\",\"links\"\r\n"
        "\"lee2020\",\"Ann Lee; Bo Kim\",\"2020\",\"Aid, \"\"trust\"\" | peace\",\"10.1/x\","
        "\"why aid <works>\",\"\",\"aid is political\",\"aid builds trust\ndonors stay,\nlonger\","
        "\"\",\"aid \"\"works\"\" | sometimes\",\"\"\r\n"
        "\"ito\",\"\",\"\",\"Ports\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n");
  }

  TEST_CASE("Markdown: a pipe table with escaped pipes and <br> between texts") {
    Sample s = MakeSample();
    std::vector<Alignment> none;
    CompareInput input{s.graph, s.documents, none, {}, {}, 20};
    CHECK(ExportReviewMarkdown(input) ==
          "| id | authors | year | title | doi | purpose | method | claims | premises | options | "
          "conclusions | links |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
          "| lee2020 | Ann Lee; Bo Kim | 2020 | Aid, \"trust\" \\| peace | 10.1/x | why aid "
          "&lt;works> | | aid is political | aid builds trust<br>donors stay, longer | | aid "
          "\"works\" \\| sometimes | |\n"
          "| ito | | | Ports | | | | | | | | |\n");
  }

  TEST_CASE("fields are valid UTF-8 without control characters") {
    const std::vector<std::pair<std::string, std::string>> table = {
        {"caf\xC3\xA9", "\"caf\xC3\xA9\""},
        {"bad \xFF byte", "\"bad \xEF\xBF\xBD byte\""},
        {"tab\there", "\"tab here\""},
        {"cut \xE2\x80", "\"cut \xEF\xBF\xBD\""},
    };
    for (const auto& [text, field] : table) {
      CAPTURE(text);
      CHECK(CsvField({text}, "\n") == field);
    }
    CHECK(MarkdownCell({"a\\b", "c\nd"}, "<br>") == "a\\\\b<br>c d");
  }
}

}  // namespace argmap
