// The plain-text "explain" exporter: why each node and edge is there.
//
// Per document (input order), a header, then its nodes and edges in graph order:
//   == <doc id>: <title>
//   <node id> <type> [rule <rule>] sentence <s+1>, chars <b>-<e>
//     "<text>"
//     hedged: <qualifier>        (only when there is one)
//     cue: <cue>                 (only when there is one)
//     why: <feature> <+weight>, ...   (the model's weightiest features, when it scored the node)
//   <edge id> <source id> --<type>--> <target id> [rule <rule>]
//     why: <feature> <+weight>, ...   (likewise, for an edge the relation model made)
// chars are code points, end exclusive. Documents are separated by a blank line;
// a document without nodes gets the line "  (no argument found)". Line breaks,
// tabs and other control characters inside texts are written as spaces.
#include <string>
#include <string_view>

#include "export/doc_groups.h"
#include "export/exporter.h"

namespace argmap {
namespace {

std::string OneLine(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return out;
}

std::string WhyLine(const std::vector<Reason>& why) {
  if (why.empty()) return "";
  std::string out = "  why:";
  for (size_t i = 0; i < why.size(); ++i) out += (i ? ", " : " ") + OneLine(FormatReason(why[i]));
  return out + "\n";
}

std::string RuleTag(std::string_view rule) {
  return "[rule " + (rule.empty() ? std::string("-") : OneLine(rule)) + "]";
}

void WriteNode(const Node& node, std::string* out) {
  *out += OneLine(node.id) + " " + std::string(NodeTypeName(node.type)) + " " + RuleTag(node.rule) +
          " sentence " + std::to_string(node.sentence + 1) + ", chars " +
          std::to_string(node.cp_span.begin) + "-" + std::to_string(node.cp_span.end) + "\n";
  *out += "  \"" + OneLine(node.text) + "\"\n";
  if (!node.qualifier.empty()) *out += "  hedged: " + OneLine(node.qualifier) + "\n";
  if (!node.cue.empty()) *out += "  cue: " + OneLine(node.cue) + "\n";
  *out += WhyLine(node.why);
}

void WriteEdge(const ArgumentGraph& graph, const ArgumentGraph::EdgeRef& ref, std::string* out) {
  *out += OneLine(ref.edge->id) + " " + OneLine(graph.node(ref.source).id) + " --" +
          std::string(EdgeTypeName(ref.edge->type)) + "--> " + OneLine(graph.node(ref.target).id) +
          " " + RuleTag(ref.edge->rule) + "\n";
  *out += WhyLine(ref.edge->why);
}

}  // namespace

std::string ExportExplain(const ExportInput& input) {
  std::string out;
  bool first = true;
  for (const DocumentGroup& group : GroupByDocument(input.graph, input.documents)) {
    if (!first) out += "\n";
    first = false;
    const Document& doc = group.document;
    out += "== " + OneLine(doc.id);
    if (!doc.title.empty()) out += ": " + OneLine(doc.title);
    out += "\n";
    if (group.nodes.empty()) out += "  (no argument found)\n";
    for (NodeIndex v : group.nodes) WriteNode(input.graph.node(v), &out);
    for (const auto& ref : group.edges) WriteEdge(input.graph, ref, &out);
  }
  return out;
}

}  // namespace argmap
