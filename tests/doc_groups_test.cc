#include "export/doc_groups.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "export_sample.h"

namespace argmap {
namespace {

std::vector<std::string> NodeIds(const ArgumentGraph& graph, const DocumentGroup& group) {
  std::vector<std::string> out;
  for (NodeIndex v : group.nodes) out.push_back(graph.node(v).id);
  return out;
}

std::vector<std::string> EdgeIds(const DocumentGroup& group) {
  std::vector<std::string> out;
  for (const auto& ref : group.edges) out.push_back(ref.edge->id);
  return out;
}

TEST_SUITE("doc_groups") {
  TEST_CASE("each input document gets a group in input order with its nodes and edges") {
    testing::Sample s = testing::SampleGraph();
    std::vector<DocumentGroup> groups = GroupByDocument(s.graph, s.documents);
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].document.id == "smith2021");
    CHECK(groups[0].document.title == s.documents[0].title);
    CHECK(NodeIds(s.graph, groups[0]) == std::vector<std::string>{"smith2021/n1", "smith2021/n2",
                                                                  "smith2021/n3", "smith2021/n4",
                                                                  "smith2021/n5"});
    CHECK(EdgeIds(groups[0]) ==
          std::vector<std::string>{"smith2021/e1", "smith2021/e2", "smith2021/e3", "smith2021/e4"});
    CHECK(NodeIds(s.graph, groups[1]) ==
          std::vector<std::string>{"lee2019/n1", "lee2019/n2", "lee2019/n3", "lee2019/n4"});
    CHECK(EdgeIds(groups[1]) == std::vector<std::string>{"lee2019/e1", "lee2019/e2"});
    CHECK(groups[2].document.id == "empty2020");
    CHECK(groups[2].nodes.empty());
    CHECK(groups[2].edges.empty());
  }

  TEST_CASE("nodes of a document that is not in the input get a stand-in group at the end") {
    testing::Sample s = testing::SampleGraph();
    std::vector<Document> only_second = {s.documents[1]};
    std::vector<DocumentGroup> groups = GroupByDocument(s.graph, only_second);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].document.id == "lee2019");
    CHECK(groups[1].document.id == "smith2021");
    CHECK(groups[1].document.title == "");
    CHECK(groups[1].nodes.size() == 5);
    CHECK(groups[1].edges.size() == 4);
  }

  TEST_CASE("no documents and no nodes give no groups") {
    ArgumentGraph graph;
    CHECK(GroupByDocument(graph, {}).empty());
  }
}

TEST_SUITE("document_label") {
  Document Doc(std::string title, std::vector<std::string> authors, std::string year) {
    Document d;
    d.id = "paper#2";
    d.title = std::move(title);
    d.authors = std::move(authors);
    d.year = std::move(year);
    d.source = "notes/paper.txt";
    d.record = 2;
    return d;
  }

  TEST_CASE(
      "a paper is labelled by its title, else its authors and year, else its file and number") {
    struct Row {
      Document doc;
      std::string label;
    };
    const std::string long_title =
        "Hedging bets in alliance politics: how small states balance between rival great powers "
        "over decades";
    std::vector<Row> rows = {
        {Doc("Sanctions and their dilemmas", {"Jane Roe"}, "2021"), "Sanctions and their dilemmas"},
        {Doc(long_title, {}, ""), "Hedging bets in alliance politics: how small states..."},
        {Doc("Two\nlines", {}, ""), "Two lines"},
        {Doc("", {"Jane Roe", "Ann Lee"}, "2019"), "Roe et al. 2019"},
        {Doc("", {"Jane Roe"}, "2019"), "Roe 2019"},
        {Doc("", {"Roe, Jane"}, ""), "Roe"},
        {Doc("", {"Jane Roe Jr."}, ""), "Roe"},
        {Doc("", {}, "2019"), "2019"},
        {Doc("", {}, ""), "paper.txt #2"},
    };
    for (const Row& row : rows) {
      CAPTURE(row.label);
      CHECK(DocumentLabel(row.doc) == row.label);
    }
  }

  TEST_CASE(
      "a file named by a hash labels the paper by its opening words, a human name by itself") {
    Document d = Doc("", {}, "");
    d.text = "The purpose of this article is to\nelucidate a dilemma of nuclear strategy.";
    CHECK(DocumentLabel(d) == "paper.txt #2");
    d.source = "seeds/000_43ff421e1196b072.txt";
    CHECK(DocumentLabel(d) == "\"The purpose of this article is to...\"");
    d.text = "Short abstract.";
    CHECK(DocumentLabel(d) == "\"Short abstract.\"");
    d.text = "";  // a saved map holds no abstract
    CHECK(DocumentLabel(d) == "000_43ff421e1196b072.txt #2");
    d.text = "Aid works.";
    d.source = "report-2021-final-v3.txt";  // digits, but no run of 12 hex digits
    CHECK(DocumentLabel(d) == "report-2021-final-v3.txt #2");
    d.source = "0123456789ab.txt";
    CHECK(DocumentLabel(d) == "\"Aid works.\"");
  }

  TEST_CASE("a width of 0 keeps the whole title") {
    Document d = Doc(std::string(100, 'a'), {}, "");
    CHECK(DocumentLabel(d, 0) == std::string(100, 'a'));
  }

  TEST_CASE(
      "standard input is named stdin, a record's own id and a stand-in document's id are kept") {
    Document d = Doc("", {}, "");
    d.source = "-";
    CHECK(DocumentLabel(d) == "stdin #2");
    Document own_id = Doc("", {}, "");
    own_id.id = "smith2021";
    CHECK(DocumentLabel(own_id) == "smith2021");
    Document stand_in;
    stand_in.id = "paper#2";
    CHECK(DocumentLabel(stand_in) == "paper#2");
  }
}

}  // namespace
}  // namespace argmap
