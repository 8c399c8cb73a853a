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

}  // namespace
}  // namespace argmap
