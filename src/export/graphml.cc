// The GraphML exporter (conventions: docs/formats.md), written by Boost's
// write_graphml from one dynamic_properties table over the ArgumentGraph's
// BoostGraph.
//
// Node keys: id, doc, type, text, span_begin, span_end (code points), sentence
// (0-based), rule, qualifier, cue; edge keys: edge_id, type, rule. (The edge key
// is not "id": NetworkX stores the GraphML edge's own id attribute under "id".)
// Boost names the GraphML nodes n<vertex index> and the edges e<k> in its own
// edge order (by source vertex, then insertion), declares the keys in name
// order, and escapes XML; strings are made well-formed UTF-8 first (ValidUtf8),
// so the output is valid XML. Documents without nodes do not appear.
#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <sstream>

#include "export/exporter.h"
#include "export/plain_text.h"

namespace argmap {
namespace {

using EdgeDescriptor = BoostGraph::edge_descriptor;

// A read-only property map giving ValidUtf8 of one string field of a node.
template <typename Field>
auto NodeText(const BoostGraph& g, Field field) {
  return boost::make_function_property_map<NodeIndex, std::string>(
      [&g, field](NodeIndex v) { return ValidUtf8(field(g[v])); });
}

template <typename Field>
auto EdgeText(const BoostGraph& g, Field field) {
  return boost::make_function_property_map<EdgeDescriptor, std::string>(
      [&g, field](const EdgeDescriptor& e) { return ValidUtf8(field(g[e])); });
}

template <typename Field>
auto NodeNumber(const BoostGraph& g, Field field) {
  return boost::make_function_property_map<NodeIndex, long>(
      [&g, field](NodeIndex v) { return static_cast<long>(field(g[v])); });
}

void AddNodeProperties(const BoostGraph& g, boost::dynamic_properties* dp) {
  dp->property("id", NodeText(g, [](const Node& n) { return n.id; }));
  dp->property("doc", NodeText(g, [](const Node& n) { return n.doc; }));
  dp->property("type",
               NodeText(g, [](const Node& n) { return std::string(NodeTypeName(n.type)); }));
  dp->property("text", NodeText(g, [](const Node& n) { return n.text; }));
  dp->property("span_begin", NodeNumber(g, [](const Node& n) { return n.cp_span.begin; }));
  dp->property("span_end", NodeNumber(g, [](const Node& n) { return n.cp_span.end; }));
  dp->property("sentence", NodeNumber(g, [](const Node& n) { return n.sentence; }));
  dp->property("rule", NodeText(g, [](const Node& n) { return n.rule; }));
  dp->property("qualifier", NodeText(g, [](const Node& n) { return n.qualifier; }));
  dp->property("cue", NodeText(g, [](const Node& n) { return n.cue; }));
}

void AddEdgeProperties(const BoostGraph& g, boost::dynamic_properties* dp) {
  dp->property("edge_id", EdgeText(g, [](const Edge& e) { return e.id; }));
  dp->property("type",
               EdgeText(g, [](const Edge& e) { return std::string(EdgeTypeName(e.type)); }));
  dp->property("rule", EdgeText(g, [](const Edge& e) { return e.rule; }));
}

}  // namespace

std::string ExportGraphml(const ExportInput& input) {
  const BoostGraph& g = input.graph.boost_graph();
  boost::dynamic_properties dp;
  AddNodeProperties(g, &dp);
  AddEdgeProperties(g, &dp);
  std::ostringstream out;
  boost::write_graphml(out, g, dp, true);
  return out.str();
}

}  // namespace argmap
