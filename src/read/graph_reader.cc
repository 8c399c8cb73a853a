#include "read/graph_reader.h"

#include <utility>

#include "core/input_bytes.h"
#include "core/name_table.h"
#include "read/aif_reader.h"
#include "read/argdown_reader.h"
#include "read/argmap_json_reader.h"
#include "read/input.h"

namespace argmap {
namespace {

constexpr NamedValue<GraphFormat> kFormats[] = {
    {GraphFormat::kAuto, "auto"},
    {GraphFormat::kArgmap, "argmap"},
    {GraphFormat::kAif, "aif"},
    {GraphFormat::kArgdown, "argdown"},
};

}  // namespace

std::string_view GraphFormatName(GraphFormat format) { return NameOf(kFormats, format); }

bool ParseGraphFormat(std::string_view name, GraphFormat* format) {
  return FindName(kFormats, name, format);
}

std::vector<std::string> GraphFormatNames() { return Names(kFormats); }

bool ReadGraph(const std::string& path, std::string_view content, GraphFormat format,
               ArgumentGraph* graph, std::vector<Document>* docs, std::vector<Diagnostic>* diags) {
  if (std::optional<Diagnostic> not_text = CheckText(path, content)) {
    diags->push_back(std::move(*not_text));
    return false;
  }
  if (format == GraphFormat::kAuto) {
    InputKind kind = ClassifyInput(content, path);
    format = kind == InputKind::kAif       ? GraphFormat::kAif
             : kind == InputKind::kArgdown ? GraphFormat::kArgdown
                                           : GraphFormat::kArgmap;
  }
  if (format == GraphFormat::kAif) return ReadAifJson(path, content, graph, docs, diags);
  if (format == GraphFormat::kArgdown) return ReadArgdown(path, content, graph, docs, diags);
  return ReadArgmapJson(path, content, graph, docs, diags);
}

bool ReadGraphFile(const std::string& path, std::istream* standard_input, GraphFormat format,
                   ArgumentGraph* graph, std::vector<Document>* docs,
                   std::vector<Diagnostic>* diags) {
  std::string content;
  // A map saved as UTF-16 is read; no --encoding applies.
  if (!ReadText(path, standard_input, "", &content, diags)) return false;
  return ReadGraph(path, content, format, graph, docs, diags);
}

}  // namespace argmap
