// The Mermaid exporter (conventions: docs/formats.md): a `flowchart BT` that
// renders inside Markdown on the major code hosts.
//
// One `subgraph d<k>["title"]` per document (k from 1 in input order) holding
// its nodes and then its edges; a document without nodes holds one node
// `d<k>_empty` saying "no argument found". Nodes are named n<vertex index + 1>,
// labelled "KIND<br/>text" (KIND in capitals, with " (hedged: q)" when hedged),
// with one shape per kind. Edges: supports `-->|supports|`, attacks
// `--x|attacks|`, part_of `-.->|part of|`, alternative `---|alternative|`.
// The end of the chart gives each node kind present a classDef with its fill
// colour and each edge its kind's colour (linkStyle), from export/kind_styles.h.
// Label text is one line; `#`, `"`, `<`, `>` and `&` are written as Mermaid
// entity codes (#35; #quot; #lt; #gt; #amp;), so no text can end a label.
#include <iterator>
#include <map>

#include "export/doc_groups.h"
#include "export/exporter.h"
#include "export/kind_styles.h"
#include "export/plain_text.h"

namespace argmap {
namespace {

struct Shape {
  NodeType type;
  std::string_view open;
  std::string_view close;
};

// One row per NodeType, in enum order (checked below).
constexpr Shape kShapes[] = {
    {NodeType::kClaim, "(", ")"},        {NodeType::kPremise, "[", "]"},
    {NodeType::kConclusion, "([", "])"}, {NodeType::kPurpose, "{{", "}}"},
    {NodeType::kMethod, "[[", "]]"},     {NodeType::kOption, "[/", "/]"},
    {NodeType::kGroup, "[(", ")]"},
};
static_assert(std::size(kShapes) == kAllNodeTypes.size());

constexpr bool ShapesInEnumOrder() {
  for (size_t i = 0; i < std::size(kShapes); ++i) {
    if (static_cast<size_t>(kShapes[i].type) != i) return false;
  }
  return true;
}
static_assert(ShapesInEnumOrder());

const Shape& ShapeOf(NodeType type) { return kShapes[static_cast<int>(type)]; }

std::string_view Arrow(EdgeType type) {
  switch (type) {
    case EdgeType::kSupports:
      return "-->|supports|";
    case EdgeType::kAttacks:
      return "--x|attacks|";
    case EdgeType::kPartOf:
      return "-.->|part of|";
    case EdgeType::kAlternative:
      return "---|alternative|";
  }
  return "-->";
}

// The inside of a quoted Mermaid label.
std::string Escape(std::string_view text) {
  std::string out;
  for (char c : SingleLine(text)) {
    switch (c) {
      case '#':
        out += "#35;";
        break;
      case '"':
        out += "#quot;";
        break;
      case '<':
        out += "#lt;";
        break;
      case '>':
        out += "#gt;";
        break;
      case '&':
        out += "#amp;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string NodeName(NodeIndex v) { return "n" + std::to_string(v + 1); }

std::string NodeLine(const Node& node, NodeIndex v) {
  std::string heading = UpperCase(NodeTypeName(node.type));
  if (!node.qualifier.empty()) heading += " (hedged: " + Escape(node.qualifier) + ")";
  const Shape& shape = ShapeOf(node.type);
  return "    " + NodeName(v) + std::string(shape.open) + "\"" + heading + "<br/>" +
         Escape(node.text) + "\"" + std::string(shape.close) + "\n";
}

// The classDef and class lines of the kinds present, then linkStyle colours
// for every edge kind present, by link number.
std::string Styles(const ArgumentGraph& graph, const std::vector<EdgeType>& link_types) {
  std::map<NodeType, std::string> members;
  for (NodeIndex v = 0; v < graph.node_count(); ++v) {
    std::string& list = members[graph.node(v).type];
    list += (list.empty() ? "" : ",") + NodeName(v);
  }
  std::string out;
  for (const auto& [type, list] : members) {
    std::string name(NodeTypeName(type));
    out += "  classDef " + name + " fill:" + std::string(NodeKindStyle(type).fill) +
           ",stroke:#555555\n";
    out += "  class " + list + " " + name + "\n";
  }
  std::map<EdgeType, std::string> links;
  for (size_t i = 0; i < link_types.size(); ++i) {
    std::string& list = links[link_types[i]];
    list += (list.empty() ? "" : ",") + std::to_string(i);
  }
  for (const auto& [type, list] : links) {
    out += "  linkStyle " + list + " stroke:" + std::string(EdgeKindStyle(type).color) + "\n";
  }
  return out;
}

}  // namespace

std::string ExportMermaid(const ExportInput& input) {
  const ArgumentGraph& graph = input.graph;
  std::string out = "flowchart BT\n";
  std::vector<EdgeType> link_types;  // in the order Mermaid numbers links
  int k = 0;
  for (const DocumentGroup& group : GroupByDocument(graph, input.documents)) {
    const Document& doc = group.document;
    std::string name = "d" + std::to_string(++k);
    out += "  subgraph " + name + "[\"" + Escape(DocumentLabel(doc)) + "\"]\n";
    if (group.nodes.empty()) out += "    " + name + "_empty[\"no argument found\"]\n";
    for (NodeIndex v : group.nodes) out += NodeLine(graph.node(v), v);
    for (const ArgumentGraph::EdgeRef& ref : group.edges) {
      out += "    " + NodeName(ref.source) + " " + std::string(Arrow(ref.edge->type)) + " " +
             NodeName(ref.target) + "\n";
      link_types.push_back(ref.edge->type);
    }
    out += "  end\n";
  }
  return out + Styles(graph, link_types);
}

}  // namespace argmap
