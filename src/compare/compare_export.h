// Writing a comparison: the combined graph of the papers with their cross-paper
// links, a ranked plain-text report, and the review matrix.
//
// Like the exporters of export/exporter.h, a compare exporter returns its output
// and never writes where it goes, and the same input gives byte-identical
// output (xlsx, the one binary format, is made in a scratch directory of its
// own: review_xlsx.cc). They are
// one table (CompareExporters()) that drives `argmap compare --format`, its
// help and "did you mean". The graph formats reuse the argmap exporters for
// the papers and add the links (see docs/graph-model.md, "Cross-paper links"):
//   json     the argmap JSON graph plus an "alignments" array
//   jsonl    the argmap JSON Lines, each line with the "alignments" whose
//            first node (`source`) is in that line's paper
//   dot      the argmap DOT (one cluster per paper) plus one styled, undirected
//            edge per link and a legend of link kinds
//   explain  the argmap explanation, then one paragraph per link
//   summary  the argmap summary, then a line of link counts
// and the review matrix (review_matrix.h) as csv, markdown and xlsx, the one
// binary format: its exporter gives bytes, or an error (ExportComparisonBytes).
// Links are numbered "x1", "x2", ... in rank order (strongest first) in the
// graph formats; the report numbers them 1, 2, ... and says once that link N
// is "xN" there (compare_report.cc).
#ifndef ARGMAP_COMPARE_COMPARE_EXPORT_H_
#define ARGMAP_COMPARE_COMPARE_EXPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "compare/align.h"
#include "export/exporter.h"

namespace argmap {

struct CompareInput {
  const ArgumentGraph& graph;
  const std::vector<Document>& documents;
  const std::vector<Alignment>& alignments;  // strongest first (AlignPapers)
  ExportOptions options;
  CompareOptions compare;  // the options the links were made with (the report names them)
  size_t top = 20;         // links in the report; 0 lists all
};

struct CompareExporter {
  std::string_view name;
  std::string_view description;
  std::string (*run)(const CompareInput& input);  // a text format; nullptr for a binary one
  std::string_view extensions;  // the output file extensions it is written to (".csv")
  // A binary format that may fail (xlsx): bytes, or false and the error.
  bool (*write)(const CompareInput& input, std::string* bytes, std::string* error) = nullptr;
};

// The bytes of `exporter` for `input` (run or write); false, with the error, when
// a format that may fail failed.
bool ExportComparisonBytes(const CompareExporter& exporter, const CompareInput& input,
                           std::string* bytes, std::string* error);

const std::vector<CompareExporter>& CompareExporters();
// nullptr when unknown.
const CompareExporter* FindCompareExporter(std::string_view name);
std::vector<std::string> CompareExporterNames();

// "x1", "x2", ...: the id of the link at 0-based rank `rank`.
std::string AlignmentId(size_t rank);

// The exporters (compare/compare_report.cc, compare_graph.cc, review_matrix.cc).
std::string ExportCompareReport(const CompareInput& input);
std::string ExportCompareJson(const CompareInput& input);
std::string ExportCompareJsonl(const CompareInput& input);
std::string ExportCompareDot(const CompareInput& input);
std::string ExportCompareExplain(const CompareInput& input);
bool ExportReviewXlsx(const CompareInput& input, std::string* bytes, std::string* error);
std::string ExportCompareSummary(const CompareInput& input);
std::string ExportReviewCsv(const CompareInput& input);
std::string ExportReviewMarkdown(const CompareInput& input);

}  // namespace argmap

#endif  // ARGMAP_COMPARE_COMPARE_EXPORT_H_
