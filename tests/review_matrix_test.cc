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
  return s;
}

}  // namespace

TEST_SUITE("review_matrix") {
  TEST_CASE("one row per paper, one cell per column, texts in order without repeats") {
    Sample s = MakeSample();
    auto rows = ReviewMatrix(s.graph, s.documents);
    REQUIRE(rows.size() == 2);
    CHECK(ReviewColumns() == std::vector<std::string_view>{"id", "authors", "year", "title", "doi",
                                                           "purpose", "method", "premises",
                                                           "options", "conclusions"});
    REQUIRE(rows[0].size() == ReviewColumns().size());
    CHECK(rows[0][1] == ReviewCell{"Ann Lee", "Bo Kim"});
    CHECK(rows[0][7] == ReviewCell{"aid builds trust", "donors stay,\nlonger"});
    CHECK(rows[0][9] == ReviewCell{"aid \"works\" | sometimes"});
    CHECK(rows[1][0] == ReviewCell{"ito"});
    CHECK(rows[1][9].empty());
  }

  TEST_CASE("CSV: a byte order mark, every field quoted, quotes doubled, CRLF records") {
    Sample s = MakeSample();
    std::vector<Alignment> none;
    CompareInput input{s.graph, s.documents, none, {}, {}, 20};
    CHECK(ExportReviewCsv(input) ==
          "\xEF\xBB\xBF\"id\",\"authors\",\"year\",\"title\",\"doi\",\"purpose\",\"method\","
          "\"premises\",\"options\",\"conclusions\"\r\n"
          "\"lee2020\",\"Ann Lee; Bo Kim\",\"2020\",\"Aid, \"\"trust\"\" | peace\",\"10.1/x\","
          "\"why aid <works>\",\"\",\"aid builds trust\ndonors stay,\nlonger\",\"\","
          "\"aid \"\"works\"\" | sometimes\"\r\n"
          "\"ito\",\"\",\"\",\"Ports\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n");
  }

  TEST_CASE("Markdown: a pipe table with escaped pipes and <br> between texts") {
    Sample s = MakeSample();
    std::vector<Alignment> none;
    CompareInput input{s.graph, s.documents, none, {}, {}, 20};
    CHECK(ExportReviewMarkdown(input) ==
          "| id | authors | year | title | doi | purpose | method | premises | options | "
          "conclusions |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
          "| lee2020 | Ann Lee; Bo Kim | 2020 | Aid, \"trust\" \\| peace | 10.1/x | why aid "
          "&lt;works> | | aid builds trust<br>donors stay, longer | | aid \"works\" \\| "
          "sometimes |\n"
          "| ito | | | Ports | | | | | | |\n");
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
