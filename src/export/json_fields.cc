#include "export/json_fields.h"

namespace argmap {

OrderedJson DocumentJson(const Document& doc) {
  OrderedJson out = OrderedJson::object();
  out["id"] = doc.id;
  out["title"] = doc.title;
  out["authors"] = doc.authors;
  out["year"] = doc.year;
  out["doi"] = doc.doi;
  out["venue"] = doc.venue;
  if (!doc.keywords.empty()) out["keywords"] = doc.keywords;
  out["source"] = doc.source;
  out["record"] = doc.record;
  if (!doc.text.empty()) out["text"] = doc.text;
  return out;
}

OrderedJson NodeJson(const Node& node) {
  OrderedJson out = OrderedJson::object();
  out["id"] = node.id;
  out["doc"] = node.doc;
  out["type"] = std::string(NodeTypeName(node.type));
  out["text"] = node.text;
  out["span"] = OrderedJson::array({node.cp_span.begin, node.cp_span.end});
  out["sentence"] = node.sentence;
  out["rule"] = node.rule;
  if (!node.qualifier.empty()) out["qualifier"] = node.qualifier;
  if (!node.cue.empty()) out["cue"] = node.cue;
  if (!node.why.empty()) out["why"] = FormatReasons(node.why);
  return out;
}

OrderedJson EdgeJson(const ArgumentGraph& graph, const ArgumentGraph::EdgeRef& ref) {
  OrderedJson out = OrderedJson::object();
  out["id"] = ref.edge->id;
  out["source"] = graph.node(ref.source).id;
  out["target"] = graph.node(ref.target).id;
  out["type"] = std::string(EdgeTypeName(ref.edge->type));
  out["rule"] = ref.edge->rule;
  if (!ref.edge->why.empty()) out["why"] = FormatReasons(ref.edge->why);
  return out;
}

}  // namespace argmap
