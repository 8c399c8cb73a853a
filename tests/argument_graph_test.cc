#include "graph/argument_graph.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "export_sample.h"

namespace argmap {
namespace {

// "source -type-> target id" per edge, in Edges() order.
std::vector<std::string> EdgeList(const ArgumentGraph& g) {
  std::vector<std::string> out;
  for (const ArgumentGraph::EdgeRef& e : g.Edges()) {
    out.push_back(g.node(e.source).id + " -" + std::string(EdgeTypeName(e.edge->type)) + "-> " +
                  g.node(e.target).id + " " + e.edge->id);
  }
  return out;
}

TEST_SUITE("argument_graph") {
  TEST_CASE("a copied, assigned or moved graph lists its own edges in insertion order") {
    testing::Sample original = testing::SampleGraph();
    const std::vector<std::string> expected = EdgeList(original.graph);
    REQUIRE(expected.size() == 6);
    ArgumentGraph copy(original.graph);
    ArgumentGraph assigned;
    assigned = original.graph;
    ArgumentGraph moved(std::move(copy));
    std::vector<testing::Sample> grown;
    for (int i = 0; i < 5; ++i) grown.push_back(testing::SampleGraph());  // reallocates
    original.graph = testing::TinyGraph().graph;  // the source changes afterwards
    CHECK(EdgeList(assigned) == expected);
    CHECK(EdgeList(moved) == expected);
    for (const testing::Sample& s : grown) CHECK(EdgeList(s.graph) == expected);
    CHECK(EdgeList(original.graph) == std::vector<std::string>{"d1/n1 -supports-> d1/n2 d1/e1"});
  }
}

}  // namespace
}  // namespace argmap
