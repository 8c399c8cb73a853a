// Reading an argument graph back from a file, for `argmap convert`: argmap
// JSON or JSON Lines (read/argmap_json_reader.h) or AIF JSON
// (read/aif_reader.h).
//
// DetectGraphFormat looks at the content only: the first JSON object (of the
// whole content, else of its first non-blank line) is argmap when it has a
// "format" field, AIF when it has an "AIF" or a "nodes" field; anything else is
// taken as argmap, whose reader then says what is wrong.
#ifndef ARGMAP_READ_GRAPH_READER_H_
#define ARGMAP_READ_GRAPH_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "graph/argument_graph.h"

namespace argmap {

enum class GraphFormat { kAuto, kArgmap, kAif };

// "auto", "argmap", "aif".
std::string_view GraphFormatName(GraphFormat format);
bool ParseGraphFormat(std::string_view name, GraphFormat* format);
std::vector<std::string> GraphFormatNames();

GraphFormat DetectGraphFormat(std::string_view content);

// Reads the file at `path` ("-" is standard input) and appends its graph; an
// unreadable file is one error. Returns false when any error was reported.
bool ReadGraphFile(const std::string& path, GraphFormat format, ArgumentGraph* graph,
                   std::vector<Document>* docs, std::vector<Diagnostic>* diags);

}  // namespace argmap

#endif  // ARGMAP_READ_GRAPH_READER_H_
