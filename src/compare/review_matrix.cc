#include "compare/review_matrix.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

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

// A text that only says the evidence supports the paper's own theory: in at
// most kSupportWords words, a support word up to three words before a
// determiner and a name of a theory ("support is found for these conjectures",
// "strong evidence in support of their argument"), or the other way round
// ("their hypotheses are confirmed"); not when the theory is then stated ("the
// argument that ...").
constexpr size_t kSupportWords = 15;
// Supported claims named after such a text, at most.
constexpr size_t kSupportedShown = 3;

bool OnlySaysSupported(const std::string& text) {
  static const std::string theory =
      R"(\b(?:their|these|the|our|its|this|his|her)\s+(?:\w+\s+)?(?:theory|theories|)"
      R"(arguments?|propositions?|hypothesis|hypotheses|conjectures?|expectations?|predictions?)\b)";
  static const std::string support =
      R"(\b(?:support(?:s|ed|ing)?|confirm(?:s|ed)?|consistent with|in line with)\b)";
  static const RE2 supported("(?i)" + support + R"(\s+(?:\S+\s+){0,3})" + theory + "|" + theory +
                             R"(\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:supported|confirmed)\b)");
  static const RE2 stated("(?i)" + theory + R"(\s+that\b)");
  size_t words = std::count(text.begin(), text.end(), ' ') + 1;
  return words <= kSupportWords && RE2::PartialMatch(text, supported) &&
         !RE2::PartialMatch(text, stated);
}

// `text [supports: "claim"; "claim"]` for a node that only says its paper's
// theory is supported, naming the claims it supports in the map (the last
// kSupportedShown in text order, the nearest to what it sums up, then "and N
// earlier claims"), else
// `text [main claim: "claim"]`, the paper's first claim that the map does not
// dispute (attacked and unsupported); other texts as they are.
class SupportExpander {
 public:
  explicit SupportExpander(const ArgumentGraph& graph) : graph_(graph) {
    size_t n = graph.node_count();
    attacked_.assign(n, false);
    supported_.assign(n, false);
    supports_.assign(n, {});
    for (const ArgumentGraph::EdgeRef& e : graph.Edges()) {
      if (e.edge->type == EdgeType::kAttacks) attacked_[e.target] = true;
      if (e.edge->type != EdgeType::kSupports) continue;
      supported_[e.target] = true;
      if (IsClaimLike(graph.node(e.target).type)) supports_[e.source].push_back(e.target);
    }
    for (auto& targets : supports_) std::sort(targets.begin(), targets.end());
  }

  std::string Text(NodeIndex v, const std::vector<NodeIndex>& paper) const {
    const std::string& text = graph_.node(v).text;
    if (!OnlySaysSupported(text)) return text;
    const std::vector<NodeIndex>& targets = supports_[v];
    if (targets.size() > kSupportedShown) {
      size_t earlier = targets.size() - kSupportedShown;
      return text + " [supports: " + Quoted({targets.begin() + earlier, targets.end()}) + " and " +
             std::to_string(earlier) + (earlier == 1 ? " earlier claim]" : " earlier claims]");
    }
    if (!targets.empty()) return text + " [supports: " + Quoted(targets) + "]";
    for (NodeIndex u : paper) {
      bool disputed = attacked_[u] && !supported_[u];
      if (u != v && graph_.node(u).type == NodeType::kClaim && !disputed &&
          !OnlySaysSupported(graph_.node(u).text)) {
        return text + " [main claim: " + Quoted({u}) + "]";
      }
    }
    return text;
  }

 private:
  std::string Quoted(const std::vector<NodeIndex>& nodes) const {
    std::string out;
    for (NodeIndex u : nodes) {
      out += (out.empty() ? "\"" : "; \"") + Shorten(graph_.node(u).text, kLinkTextWidth) + "\"";
    }
    return out;
  }

  const ArgumentGraph& graph_;
  std::vector<bool> attacked_, supported_;
  std::vector<std::vector<NodeIndex>> supports_;
};

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

// Each paper's strongest links, strongest first, in one pass over the links; a
// text of another paper linked to several of the paper's nodes is listed once,
// with its strongest link.
std::map<std::string, ReviewCell> LinkCells(const ArgumentGraph& graph,
                                            const std::map<std::string, const Document*>& papers,
                                            const std::vector<Alignment>& alignments) {
  std::map<std::string, ReviewCell> cells;
  std::set<std::array<std::string, 3>> listed;  // paper, other paper, its node's text
  for (const Alignment& a : alignments) {
    for (auto [self, other] : {std::pair{a.a, a.b}, std::pair{a.b, a.a}}) {
      const Node& x = graph.node(self);
      const Node& y = graph.node(other);
      ReviewCell& cell = cells[x.doc];
      if (cell.size() < kLinksPerPaper && listed.insert({x.doc, y.doc, y.text}).second) {
        cell.push_back(LinkText(a, y, papers));
      }
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
  SupportExpander expander(graph);
  for (const DocumentGroup& group : groups) {
    const Document& d = group.document;
    std::vector<ReviewCell> row = {{d.id}, d.authors, {d.year}, {d.title}, {d.doi}};
    for (const ArgumentColumn& c : kArgumentColumns) {
      ReviewCell cell;
      for (NodeIndex v : group.nodes) {
        const Node& node = graph.node(v);
        if (node.type != c.type) continue;
        std::string text = IsClaimLike(c.type) ? expander.Text(v, group.nodes) : node.text;
        if (std::find(cell.begin(), cell.end(), text) == cell.end()) cell.push_back(text);
      }
      row.push_back(std::move(cell));
    }
    row.push_back(links[d.id]);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string Joined(const ReviewCell& cell, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < cell.size(); ++i) {
    if (i > 0) out += separator;
    out += cell[i];
  }
  return out;
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
