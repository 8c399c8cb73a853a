// The objects of an argmap JSON graph (schema: docs/graph-model.md), shared by
// the JSON exporters and the AIF exporter, whose "argmap" extension holds the
// same fields so that `argmap convert` can read them back.
//
// Keys come in schema order (nlohmann::ordered_json); spans are code points.
#ifndef ARGMAP_EXPORT_JSON_FIELDS_H_
#define ARGMAP_EXPORT_JSON_FIELDS_H_

#include <nlohmann/json.hpp>

#include "core/document.h"
#include "graph/argument_graph.h"

namespace argmap {

using OrderedJson = nlohmann::ordered_json;

// id, title, authors, year, doi, venue, source, record.
OrderedJson DocumentJson(const Document& doc);
// id, doc, type, text, span, sentence, rule, then qualifier and cue when not empty.
OrderedJson NodeJson(const Node& node);
// id, source, target (node ids), type, rule.
OrderedJson EdgeJson(const ArgumentGraph& graph, const ArgumentGraph::EdgeRef& ref);

}  // namespace argmap

#endif  // ARGMAP_EXPORT_JSON_FIELDS_H_
