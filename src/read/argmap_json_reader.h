// Reading an argmap JSON graph back: the output of `--format json` (one object)
// or `--format jsonl` (one object per line), schema in docs/graph-model.md.
//
// ReadArgmapJson appends the documents, nodes and edges of `text` to *docs and
// *graph, in file order, so that ExportJson of what it read is byte-identical
// to what ExportJson wrote. The JSON does not hold the abstracts: Document::text
// stays empty, and Node::span (bytes) is set to the code-point span.
//
// Errors become Diagnostics naming `path` (and the line, for JSON Lines):
// invalid JSON (placed where parsing stopped), "format" other than "argmap",
// a version other than 1, a missing or mistyped field, an unknown kind (with
// "did you mean"), a node id used twice, an edge whose end is not a node. A bad
// document, node or edge is reported and skipped; the rest is still read. An
// edge the graph refuses (a duplicate or a self-loop) gets a warning. Returns
// false when any error was reported.
#ifndef ARGMAP_READ_ARGMAP_JSON_READER_H_
#define ARGMAP_READ_ARGMAP_JSON_READER_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "graph/argument_graph.h"

namespace argmap {

bool ReadArgmapJson(const std::string& path, std::string_view text, ArgumentGraph* graph,
                    std::vector<Document>* docs, std::vector<Diagnostic>* diags);

// The objects of the schema, shared with the AIF reader (whose "argmap"
// extension holds the same fields). Each fills its output and returns "", or
// returns what is wrong ("has no \"id\" string", ...).
std::string DocumentFromJson(const nlohmann::json& json, Document* doc);
std::string NodeFromJson(const nlohmann::json& json, Node* node);
// The "type" and "rule" of an edge (ends are resolved by the caller).
std::string EdgeFromJson(const nlohmann::json& json, Edge* edge);

// Parses `text`, found at byte `base` of `content`; on failure adds an
// "invalid JSON: <reason>" error at the byte where parsing stopped.
bool ParseJsonAt(const std::string& path, std::string_view content, size_t base,
                 std::string_view text, nlohmann::json* out, std::vector<Diagnostic>* diags);

// "" when `json` is an object whose "format" is "argmap" and whose "version" is
// 1, else what is wrong.
std::string CheckArgmapEnvelope(const nlohmann::json& json);

}  // namespace argmap

#endif  // ARGMAP_READ_ARGMAP_JSON_READER_H_
