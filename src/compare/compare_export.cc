#include "compare/compare_export.h"

#include "core/name_table.h"

namespace argmap {

const std::vector<CompareExporter>& CompareExporters() {
  static const std::vector<CompareExporter> table = {
      {"report", "plain text: the strongest links, with their scores, terms and stance words",
       ExportCompareReport, ".txt"},
      {"json", "the argmap JSON graph of every paper plus an \"alignments\" array",
       ExportCompareJson, ".json"},
      {"jsonl", "argmap JSON Lines, one paper per line, each with its \"alignments\"",
       ExportCompareJsonl, ".jsonl"},
      {"dot", "GraphViz DOT, one cluster per paper, links as styled cross edges", ExportCompareDot,
       ".dot .gv"},
      {"explain", "plain text: the argmap explanation, then every link", ExportCompareExplain,
       ".txt"},
      {"summary", "plain text: the argmap summary, then the link counts", ExportCompareSummary,
       ".txt"},
      {"csv", "the review matrix as CSV (UTF-8): one row per paper", ExportReviewCsv, ".csv"},
      {"markdown", "the review matrix as a Markdown table", ExportReviewMarkdown, ".md"},
      {"xlsx", "the review matrix as an Excel workbook: one row per paper", nullptr, ".xlsx",
       ExportReviewXlsx},
  };
  return table;
}

const CompareExporter* FindCompareExporter(std::string_view name) {
  return RowNamed(CompareExporters(), name);
}

std::vector<std::string> CompareExporterNames() { return Names(CompareExporters()); }

bool ExportComparisonBytes(const CompareExporter& exporter, const CompareInput& input,
                           std::string* bytes, std::string* error) {
  if (exporter.write) return exporter.write(input, bytes, error);
  *bytes = exporter.run(input);
  return true;
}

std::string AlignmentId(size_t rank) { return "x" + std::to_string(rank + 1); }

}  // namespace argmap
