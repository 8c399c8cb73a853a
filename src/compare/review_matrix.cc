#include "compare/review_matrix.h"

#include <algorithm>
#include <map>

#include "compare/compare_export.h"
#include "export/doc_groups.h"
#include "export/plain_text.h"

namespace argmap {
namespace {

struct ArgumentColumn {
  std::string_view name;
  NodeType type;
};

constexpr ArgumentColumn kArgumentColumns[] = {
    {"purpose", NodeType::kPurpose}, {"method", NodeType::kMethod},
    {"claims", NodeType::kClaim},    {"premises", NodeType::kPremise},
    {"options", NodeType::kOption},  {"conclusions", NodeType::kConclusion},
};

// Links listed per paper, and the length the other paper's text is cut to.
constexpr size_t kLinksPerPaper = 3;
constexpr size_t kLinkTextWidth = 80;

std::string Joined(const ReviewCell& cell, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < cell.size(); ++i) {
    if (i > 0) out += separator;
    out += cell[i];
  }
  return out;
}

// `related to LABEL: "text"`, `agrees with ...` or `contrasts with ...`: the link
// as the paper whose node is not `other` reads it.
std::string LinkText(const Alignment& a, const Node& other,
                     const std::map<std::string, const Document*>& papers) {
  auto paper = papers.find(other.doc);
  std::string label = paper == papers.end() ? other.doc : DocumentLabel(*paper->second);
  std::string link =
      a.stance == Stance::kRelated ? "related to " : std::string(StanceName(a.stance)) + " with ";
  return link + label + ": \"" + Shorten(other.text, kLinkTextWidth) + "\"";
}

// Each paper's strongest links, strongest first, in one pass over the links.
std::map<std::string, ReviewCell> LinkCells(const ArgumentGraph& graph,
                                            const std::map<std::string, const Document*>& papers,
                                            const std::vector<Alignment>& alignments) {
  std::map<std::string, ReviewCell> cells;
  for (const Alignment& a : alignments) {
    const Node& x = graph.node(a.a);
    const Node& y = graph.node(a.b);
    for (auto [self, other] : {std::pair{&x, &y}, std::pair{&y, &x}}) {
      ReviewCell& cell = cells[self->doc];
      if (cell.size() < kLinksPerPaper) cell.push_back(LinkText(a, *other, papers));
    }
  }
  return cells;
}

}  // namespace

const std::vector<std::string_view>& ReviewColumns() {
  static const std::vector<std::string_view> columns = [] {
    std::vector<std::string_view> out = {"id", "authors", "year", "title", "doi"};
    for (const ArgumentColumn& c : kArgumentColumns) out.push_back(c.name);
    out.push_back("links");
    return out;
  }();
  return columns;
}

std::vector<std::vector<ReviewCell>> ReviewMatrix(const ArgumentGraph& graph,
                                                  const std::vector<Document>& documents,
                                                  const std::vector<Alignment>& alignments) {
  std::vector<std::vector<ReviewCell>> rows;
  std::vector<DocumentGroup> groups = GroupByDocument(graph, documents);
  std::map<std::string, const Document*> papers;
  for (const DocumentGroup& group : groups) papers.emplace(group.document.id, &group.document);
  std::map<std::string, ReviewCell> links = LinkCells(graph, papers, alignments);
  for (const DocumentGroup& group : groups) {
    const Document& d = group.document;
    std::vector<ReviewCell> row = {{d.id}, d.authors, {d.year}, {d.title}, {d.doi}};
    for (const ArgumentColumn& c : kArgumentColumns) {
      ReviewCell cell;
      for (NodeIndex v : group.nodes) {
        const Node& node = graph.node(v);
        if (node.type != c.type) continue;
        if (std::find(cell.begin(), cell.end(), node.text) == cell.end()) cell.push_back(node.text);
      }
      row.push_back(std::move(cell));
    }
    row.push_back(links[d.id]);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string CsvField(const ReviewCell& cell, std::string_view separator) {
  std::string out = "\"";
  for (char c : CleanText(Joined(cell, separator), "\n")) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string MarkdownCell(const ReviewCell& cell, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < cell.size(); ++i) {
    if (i > 0) out += separator;
    for (char c : CleanText(cell[i])) {
      if (c == '|') {
        out += "\\|";
      } else if (c == '<') {
        out += "&lt;";
      } else if (c == '\\') {
        out += "\\\\";
      } else {
        out += c;
      }
    }
  }
  return out;
}

std::string ExportReviewCsv(const CompareInput& input) {
  std::string out = "\xEF\xBB\xBF";
  for (size_t i = 0; i < ReviewColumns().size(); ++i) {
    out += (i > 0 ? "," : "") + CsvField({std::string(ReviewColumns()[i])}, "");
  }
  out += "\r\n";
  for (const auto& row : ReviewMatrix(input.graph, input.documents, input.alignments)) {
    for (size_t i = 0; i < row.size(); ++i) {
      out += (i > 0 ? "," : "") + CsvField(row[i], i == 1 ? "; " : "\n");
    }
    out += "\r\n";
  }
  return out;
}

std::string ExportReviewMarkdown(const CompareInput& input) {
  std::string out = "|";
  std::string rule = "|";
  for (std::string_view c : ReviewColumns()) {
    out += " " + std::string(c) + " |";
    rule += " --- |";
  }
  out += "\n" + rule + "\n";
  for (const auto& row : ReviewMatrix(input.graph, input.documents, input.alignments)) {
    out += "|";
    for (size_t i = 0; i < row.size(); ++i) {
      std::string cell = MarkdownCell(row[i], i == 1 ? "; " : "<br>");
      out += " " + cell + (cell.empty() ? "|" : " |");
    }
    out += "\n";
  }
  return out;
}

}  // namespace argmap
