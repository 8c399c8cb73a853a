// The JSON and JSON Lines exporters (schema: docs/graph-model.md).
//
// Objects are built by hand as nlohmann::ordered_json so keys keep the order
// of the schema; spans are code points, end exclusive. Invalid UTF-8 in any
// string is written as U+FFFD instead of throwing.
#include <nlohmann/json.hpp>

#include "export/doc_groups.h"
#include "export/exporter.h"
#include "export/json_fields.h"
#include "export/json_writer.h"

namespace argmap {
namespace {

using Json = OrderedJson;

Json Envelope() {
  Json out = Json::object();
  out["format"] = std::string(kJsonFormatName);
  out["version"] = kJsonFormatVersion;
  out["offsets"] = "codepoint";
  out["documents"] = Json::array();
  out["nodes"] = Json::array();
  out["edges"] = Json::array();
  return out;
}

void AppendGroup(const ArgumentGraph& graph, const DocumentGroup& group, Json* out) {
  (*out)["documents"].push_back(DocumentJson(group.document));
  for (NodeIndex v : group.nodes) (*out)["nodes"].push_back(NodeJson(graph.node(v)));
  for (const auto& ref : group.edges) (*out)["edges"].push_back(EdgeJson(graph, ref));
}

std::string Dump(const Json& json, int indent) {
  return json.dump(indent, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string ExportJson(const ExportInput& input) {
  Json out = Envelope();
  for (const DocumentGroup& group : GroupByDocument(input.graph, input.documents)) {
    out["documents"].push_back(DocumentJson(group.document));
  }
  // Nodes and edges in graph order, whatever their documents.
  for (NodeIndex v = 0; v < input.graph.node_count(); ++v) {
    out["nodes"].push_back(NodeJson(input.graph.node(v)));
  }
  for (const auto& ref : input.graph.Edges()) out["edges"].push_back(EdgeJson(input.graph, ref));
  return Dump(out, 2);
}

std::string ExportJsonl(const ExportInput& input) {
  std::string text;
  for (const DocumentGroup& group : GroupByDocument(input.graph, input.documents)) {
    if (AppendJsonLine(input.graph, group, &text)) continue;
    Json line = Envelope();  // a string that is not UTF-8: nlohmann replaces its bytes
    AppendGroup(input.graph, group, &line);
    text += Dump(line, -1);
  }
  return text;
}

}  // namespace argmap
