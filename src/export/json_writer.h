// Writing one line of argmap's JSON Lines directly, without building a JSON
// document first: the JSON Lines exporter is on the hot path of streamed runs.
//
// What a caller may rely on: the bytes are exactly those nlohmann's
// dump(-1) writes for the same ordered_json (json_fields.h): keys in schema
// order, no spaces, '"', '\\', \b \f \n \r \t escaped, other control
// characters as \u00xx, everything else as UTF-8. A string that is not valid
// UTF-8 makes AppendJsonLine return false (nlohmann would replace bytes; the
// caller then uses it), leaving *out as it was.
#ifndef ARGMAP_EXPORT_JSON_WRITER_H_
#define ARGMAP_EXPORT_JSON_WRITER_H_

#include <string>

#include "export/doc_groups.h"
#include "graph/argument_graph.h"

namespace argmap {

bool AppendJsonLine(const ArgumentGraph& graph, const DocumentGroup& group, std::string* out);

}  // namespace argmap

#endif  // ARGMAP_EXPORT_JSON_WRITER_H_
