// The AIF JSON exporter (conventions: docs/formats.md), in the shape AIFdb
// writes: {"nodes", "edges", "locutions"} with string ids.
//
// Every argmap node becomes an I-node (text = node text), in vertex order, with
// ids "1".."N". Each edge then becomes a scheme node between its two I-nodes, in
// edge order, with the next ids: `supports` a RA node ("Default Inference"),
// `attacks` a CA node ("Default Conflict"), `alternative` one CA node from the
// first option to the second (AIF has no symmetric conflict). Each scheme node
// has one edge in and one edge out; edges are numbered "1".. in that order.
// `part_of` edges have no AIF form: they are kept, as argmap JSON edges, in the
// top-level extension. Extensions, which AIF readers ignore, keep what argmap
// knows: an "argmap" object on each node (the argmap JSON node without its
// text, or the edge's id, type, rule and why on a scheme node) and a top-level
// "argmap" object with the format, version, offsets, documents and part_of edges.
#include "export/doc_groups.h"
#include "export/exporter.h"
#include "export/json_fields.h"

namespace argmap {
namespace {

using Json = OrderedJson;

struct SchemeOf {
  std::string_view type;  // RA or CA
  std::string_view text;
};

SchemeOf Scheme(EdgeType type) {
  if (type == EdgeType::kSupports) return {"RA", "Default Inference"};
  return {"CA", "Default Conflict"};
}

Json AifNode(size_t id, std::string_view text, std::string_view type, Json extension) {
  Json out = Json::object();
  out["nodeID"] = std::to_string(id);
  out["text"] = std::string(text);
  out["type"] = std::string(type);
  out["argmap"] = std::move(extension);
  return out;
}

Json AifEdge(size_t id, size_t from, size_t to) {
  Json out = Json::object();
  out["edgeID"] = std::to_string(id);
  out["fromID"] = std::to_string(from);
  out["toID"] = std::to_string(to);
  out["formEdgeID"] = nullptr;
  return out;
}

Json INode(const Node& node, size_t id) {
  Json extension = NodeJson(node);
  extension.erase("text");
  return AifNode(id, node.text, "I", std::move(extension));
}

Json SchemeNode(const Edge& edge, size_t id) {
  Json extension = Json::object();
  extension["id"] = edge.id;
  extension["type"] = std::string(EdgeTypeName(edge.type));
  extension["rule"] = edge.rule;
  if (!edge.why.empty()) extension["why"] = FormatReasons(edge.why);
  SchemeOf scheme = Scheme(edge.type);
  return AifNode(id, scheme.text, scheme.type, std::move(extension));
}

Json Extension(const ExportInput& input) {
  Json out = Json::object();
  out["format"] = std::string(kJsonFormatName);
  out["version"] = kJsonFormatVersion;
  out["offsets"] = "codepoint";
  out["documents"] = Json::array();
  for (const DocumentGroup& group : GroupByDocument(input.graph, input.documents)) {
    out["documents"].push_back(DocumentJson(group.document));
  }
  out["part_of"] = Json::array();
  return out;
}

}  // namespace

std::string ExportAif(const ExportInput& input) {
  const ArgumentGraph& graph = input.graph;
  Json out = Json::object();
  out["nodes"] = Json::array();
  out["edges"] = Json::array();
  out["locutions"] = Json::array();
  out["argmap"] = Extension(input);
  // I-node ids are vertex index + 1; scheme nodes follow.
  for (NodeIndex v = 0; v < graph.node_count(); ++v) {
    out["nodes"].push_back(INode(graph.node(v), v + 1));
  }
  size_t next_node = graph.node_count() + 1;
  size_t next_edge = 1;
  for (const ArgumentGraph::EdgeRef& ref : graph.Edges()) {
    if (ref.edge->type == EdgeType::kPartOf) {
      out["argmap"]["part_of"].push_back(EdgeJson(graph, ref));
      continue;
    }
    size_t scheme = next_node++;
    out["nodes"].push_back(SchemeNode(*ref.edge, scheme));
    out["edges"].push_back(AifEdge(next_edge++, ref.source + 1, scheme));
    out["edges"].push_back(AifEdge(next_edge++, scheme, ref.target + 1));
  }
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace argmap
