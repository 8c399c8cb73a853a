// Reading an argument graph back from a map, for `argmap convert`, `render`
// and `compare`: argmap JSON or JSON Lines (read/argmap_json_reader.h), AIF
// JSON (read/aif_reader.h) or Argdown (read/argdown_reader.h).
//
// With GraphFormat::kAuto the gate's ClassifyInput (read/input.h) decides: AIF
// when it says AIF, Argdown when it says Argdown, else argmap, whose reader
// then says what is wrong.
#ifndef ARGMAP_READ_GRAPH_READER_H_
#define ARGMAP_READ_GRAPH_READER_H_

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "graph/argument_graph.h"

namespace argmap {

enum class GraphFormat { kAuto, kArgmap, kAif, kArgdown };

// "auto", "argmap", "aif", "argdown".
std::string_view GraphFormatName(GraphFormat format);
bool ParseGraphFormat(std::string_view name, GraphFormat* format);
std::vector<std::string> GraphFormatNames();

// Appends the graph of `content`, read from `path`. Returns false when any
// error was reported. Content that is not text (core/input_bytes.h: CheckText,
// ill-formed UTF-8 or a NUL byte) is that one error, as for abstracts.
bool ReadGraph(const std::string& path, std::string_view content, GraphFormat format,
               ArgumentGraph* graph, std::vector<Document>* docs, std::vector<Diagnostic>* diags);

// ReadGraph on the file at `path` ("-": `standard_input`), read with ReadText
// (UTF-16 with its byte order mark too); an unreadable file is one error.
bool ReadGraphFile(const std::string& path, std::istream* standard_input, GraphFormat format,
                   ArgumentGraph* graph, std::vector<Document>* docs,
                   std::vector<Diagnostic>* diags);

}  // namespace argmap

#endif  // ARGMAP_READ_GRAPH_READER_H_
