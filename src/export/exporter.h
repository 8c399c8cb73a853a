// Exporters: an ArgumentGraph (plus its documents) to text.
//
// Exporters return text and never touch files; the command line decides where
// the text goes. They are listed in one table (Exporters()), which drives
// `--format`, `--help` and "did you mean". Output is deterministic: the same
// graph gives byte-identical text.
#ifndef ARGMAP_EXPORT_EXPORTER_H_
#define ARGMAP_EXPORT_EXPORTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/name_table.h"
#include "graph/argument_graph.h"

namespace argmap {

// The DOT legend: a cluster with one sample per node and edge kind (full), one
// row of kinds in human words under the map (compact), or none.
enum class LegendStyle { kFull, kCompact, kNone };
inline constexpr NamedValue<LegendStyle> kLegendStyles[] = {
    {LegendStyle::kFull, "full"}, {LegendStyle::kCompact, "compact"}, {LegendStyle::kNone, "none"}};

struct ExportOptions {
  std::string rankdir = "BT";               // DOT layout direction: conclusions on top
  int wrap_width = 32;                      // DOT label wrap width, in characters
  LegendStyle legend = LegendStyle::kFull;  // DOT legend
  // DOT: draw only the paper of this index in GroupByDocument's order
  // (export/doc_groups.h), with its nodes and the edges between them; -1: all.
  int only_paper = -1;
};

struct ExportInput {
  const ArgumentGraph& graph;
  const std::vector<Document>& documents;
  ExportOptions options;
  // html: the map already drawn as SVG by Graphviz (render/graphviz.h), or "" to
  // leave the map out. The other exporters ignore it.
  std::string_view svg = {};
  // html: one drawing per paper instead (in GroupByDocument order, "" for a paper
  // not drawn); when given, the page shows one paper's map at a time and `svg`
  // is not used.
  std::vector<std::string> paper_svgs = {};
};

// html: a paper with more nodes than this is not drawn (its drawing would be
// unreadable and slow); the page says so and keeps its text and explanations.
inline constexpr size_t kMaxDrawnPaperNodes = 150;

struct Exporter {
  std::string_view name;
  std::string_view description;
  std::string (*run)(const ExportInput& input);
};

const std::vector<Exporter>& Exporters();
// nullptr when unknown.
const Exporter* FindExporter(std::string_view name);
std::vector<std::string> ExporterNames();

// The exporters themselves (export/dot.cc, json.cc, explain.cc, summary.cc).
std::string ExportDot(const ExportInput& input);
std::string ExportJson(const ExportInput& input);
std::string ExportJsonl(const ExportInput& input);
std::string ExportExplain(const ExportInput& input);
std::string ExportSummary(const ExportInput& input);
// Interchange formats (export/graphml.cc, aif.cc, argdown.cc, mermaid.cc,
// outline.cc; conventions in docs/formats.md).
std::string ExportGraphml(const ExportInput& input);
std::string ExportAif(const ExportInput& input);
std::string ExportArgdown(const ExportInput& input);
std::string ExportMermaid(const ExportInput& input);
std::string ExportOutline(const ExportInput& input);
// The teaching viewer: one self-contained HTML page (export/html.cc, docs/rendering.md).
std::string ExportHtml(const ExportInput& input);

// The JSON "format" and "version" fields.
inline constexpr std::string_view kJsonFormatName = "argmap";
inline constexpr int kJsonFormatVersion = 1;

}  // namespace argmap

#endif  // ARGMAP_EXPORT_EXPORTER_H_
