// The review matrix: the table scholars fill by hand when they review a
// literature, one row per paper and one column per part of its argument.
//
// Columns, in order: id, authors, year, title, doi, purpose, method, claims,
// premises, options, conclusions, links. A cell of an argument column holds the
// texts of that paper's nodes of that kind, in text order, without repeats. The
// links cell holds the paper's three strongest cross-paper links, strongest
// first, each as `agrees with LABEL: "text"`, `contrasts with LABEL: "text"` or
// `related to LABEL: "text"`, where LABEL is the other paper's DocumentLabel
// (export/doc_groups.h) and text its node's, cut to 80 characters; a text of
// another paper is listed once, with its strongest link to the paper.
// In the claims and conclusions cells, a text that only says the evidence
// supports the paper's theory (at most 15 words: "support is found for these
// conjectures", "the authors find considerable support for their propositions",
// "their hypotheses are confirmed") is followed by what it supports:
// `TEXT [supports: "claim"; "claim"]` naming the claim-like nodes its supports
// edges reach (at most the last three in text order, then "and N earlier
// claims"), else `TEXT [main claim: "claim"]` naming the paper's first claim
// that its map does not dispute (attacked and unsupported); each named text cut
// to 80 characters. Papers come in input order (export/doc_groups.h), one row
// each, even when nothing was found.
//
// What a caller may rely on: ReviewMatrix gives the rows as plain strings; the
// formats (ExportReviewCsv, ExportReviewMarkdown, ExportReviewXlsx in
// compare_export.h; the workbook in review_xlsx.cc) write:
// - CSV: UTF-8 with a byte order mark (so spreadsheets read it as UTF-8), a
//   header row, records ending in CRLF, every field in double quotes with
//   inner quotes doubled (RFC 4180); several texts in one cell are separated by
//   a line break (LF); authors by "; ". Bytes that are not UTF-8 become U+FFFD
//   and control characters other than that line break become spaces.
// - Markdown: a pipe table with a header and a separator row; `|` is written
//   `\|`, `<` is `&lt;`, a backslash is doubled, several texts in one cell
//   are separated by `<br>`, and line breaks inside a text become spaces.
#ifndef ARGMAP_COMPARE_REVIEW_MATRIX_H_
#define ARGMAP_COMPARE_REVIEW_MATRIX_H_

#include <string>
#include <string_view>
#include <vector>

#include "compare/align.h"
#include "core/document.h"
#include "graph/argument_graph.h"

namespace argmap {

// The column names, in order.
const std::vector<std::string_view>& ReviewColumns();

// One row per paper; each row holds one cell per column, each cell a list of texts.
using ReviewCell = std::vector<std::string>;
std::vector<std::vector<ReviewCell>> ReviewMatrix(const ArgumentGraph& graph,
                                                  const std::vector<Document>& documents,
                                                  const std::vector<Alignment>& alignments);

// The texts of a cell joined by `separator`.
std::string Joined(const ReviewCell& cell, std::string_view separator);
// One CSV field, quoted (RFC 4180), from the texts of a cell.
std::string CsvField(const ReviewCell& cell, std::string_view separator);
// One Markdown table cell from the texts of a cell.
std::string MarkdownCell(const ReviewCell& cell, std::string_view separator);

}  // namespace argmap

#endif  // ARGMAP_COMPARE_REVIEW_MATRIX_H_
