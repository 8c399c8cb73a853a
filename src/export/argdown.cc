// The Argdown exporter (conventions: docs/formats.md), for @argdown/cli 1.7.
//
// Front matter (=== YAML ===) with a title and the loose model mode (+ and -
// between statements mean support and attack). One `# <title or id> {data}`
// section per paper, in input order, with the paper's metadata as data. Each
// node is one top-level statement `[Title]: text {data}` in vertex order; its
// data holds the node's id, type, rule, sentence, span and, when present,
// qualifier, cue and the titles of the groups it is part of. Under a statement
// come its incoming relations, in edge order: `+ [Source]` for supports,
// `- [Source]` for attacks; under the first option of an alternative edge,
// `>< [Other]` (a contradiction). part_of is not a relation: it is the
// `part_of` data of the member.
//
// Titles are unique and stable: a kind prefix (C claim, P premise, Con
// conclusion, Pur purpose, M method, O option, G group), the number of that
// kind counting from 1 over the whole graph in vertex order, and the first
// words of the text (letters and digits only). Texts are one line, with
// Argdown's special characters escaped by a backslash; data values are JSON
// strings with braces written as \u007b and \u007d.
#include <algorithm>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

#include "export/doc_groups.h"
#include "export/exporter.h"
#include "export/plain_text.h"

namespace argmap {
namespace {

constexpr size_t kTitleWords = 4;

// One row per NodeType, in enum order (checked below).
constexpr std::pair<NodeType, std::string_view> kTitlePrefixes[] = {
    {NodeType::kClaim, "C"},     {NodeType::kPremise, "P"}, {NodeType::kConclusion, "Con"},
    {NodeType::kPurpose, "Pur"}, {NodeType::kMethod, "M"},  {NodeType::kOption, "O"},
    {NodeType::kGroup, "G"},
};
static_assert(std::size(kTitlePrefixes) == kAllNodeTypes.size());

constexpr bool PrefixesInEnumOrder() {
  for (size_t i = 0; i < std::size(kTitlePrefixes); ++i) {
    if (static_cast<size_t>(kTitlePrefixes[i].first) != i) return false;
  }
  return true;
}
static_assert(PrefixesInEnumOrder());

bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// The first kTitleWords words of `text`: runs of ASCII letters and digits and
// of non-ASCII characters other than punctuation (U+2000-U+2BFF, U+00A0-U+00BF).
std::string FirstWords(std::string_view text) {
  std::string clean = SingleLine(text);
  std::string out;
  size_t words = 0;
  bool in_word = false;
  for (size_t pos = 0; pos < clean.size() && words < kTitleWords;) {
    unsigned char c = static_cast<unsigned char>(clean[pos]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::string_view ch(clean.data() + pos, std::min(len, clean.size() - pos));
    bool punct =
        (ch >= "\xC2\xA0" && ch <= "\xC2\xBF") || (ch >= "\xE2\x80\x80" && ch < "\xE2\xB0\x80");
    bool word = IsWordByte(c) && !punct;
    if (word && !in_word && !out.empty()) out += ' ';
    if (word) out += ch;
    if (!word && in_word) ++words;
    in_word = word;
    pos += len;
  }
  return out;
}

// Escapes Argdown's special characters in a one-line text.
std::string Escape(std::string_view text) {
  std::string clean = SingleLine(text);
  std::string out;
  for (size_t i = 0; i < clean.size(); ++i) {
    char c = clean[i];
    char next = i + 1 < clean.size() ? clean[i + 1] : ' ';
    bool special = std::string_view("\\@#*_[]<>/{}=").find(c) != std::string_view::npos;
    // ".x." and ":x:" are shortcodes; a dot or colon followed by a space is plain.
    if (special || ((c == '.' || c == ':') && next != ' ')) out += '\\';
    out += c;
  }
  return out;
}

// A JSON string literal that Argdown's data reader cannot end early.
std::string Quoted(std::string_view text) {
  std::string json = nlohmann::json(ValidUtf8(text)).dump(-1, ' ', false);
  std::string out;
  for (char c : json) {
    if (c == '{') {
      out += "\\u007b";
    } else if (c == '}') {
      out += "\\u007d";
    } else {
      out += c;
    }
  }
  return out;
}

class ArgdownWriter {
 public:
  explicit ArgdownWriter(const ExportInput& input) : input_(input), graph_(input.graph) {
    std::map<NodeType, int> counts;
    for (NodeIndex v = 0; v < graph_.node_count(); ++v) {
      NodeType type = graph_.node(v).type;
      std::string title = std::string(kTitlePrefixes[static_cast<int>(type)].second) +
                          std::to_string(++counts[type]);
      std::string words = FirstWords(graph_.node(v).text);
      titles_.push_back(words.empty() ? title : title + " " + words);
    }
    for (const ArgumentGraph::EdgeRef& e : graph_.Edges()) {
      if (e.edge->type == EdgeType::kPartOf) {
        groups_[e.source].push_back(e.target);
      } else if (e.edge->type == EdgeType::kAlternative) {
        relations_[e.source].push_back("    >< [" + titles_[e.target] + "]\n");
      } else {
        std::string sign = e.edge->type == EdgeType::kSupports ? "+" : "-";
        relations_[e.target].push_back("    " + sign + " [" + titles_[e.source] + "]\n");
      }
    }
  }

  std::string Write() {
    std::string out = "===\ntitle: argmap\nmodel:\n    mode: loose\n===\n";
    for (const DocumentGroup& group : GroupByDocument(graph_, input_.documents)) {
      out += "\n" + Heading(group.document);
      if (group.nodes.empty()) out += "\n// no argument found\n";
      for (NodeIndex v : group.nodes) out += "\n" + Statement(v);
    }
    return out;
  }

 private:
  static std::string Heading(const Document& doc) {
    std::string authors;
    for (const std::string& a : doc.authors) authors += (authors.empty() ? "" : ", ") + Quoted(a);
    return "# " + Escape(DocumentLabel(doc, 0)) + " {id: " + Quoted(doc.id) +
           ", title: " + Quoted(doc.title) + ", authors: [" + authors +
           "], year: " + Quoted(doc.year) + ", doi: " + Quoted(doc.doi) +
           ", venue: " + Quoted(doc.venue) + ", source: " + Quoted(doc.source) +
           ", record: " + std::to_string(doc.record) + "}\n";
  }

  std::string Data(NodeIndex v) const {
    const Node& node = graph_.node(v);
    std::string out = "{id: " + Quoted(node.id) + ", type: " + Quoted(NodeTypeName(node.type)) +
                      ", rule: " + Quoted(node.rule) +
                      ", sentence: " + std::to_string(node.sentence) + ", span: [" +
                      std::to_string(node.cp_span.begin) + ", " + std::to_string(node.cp_span.end) +
                      "]";
    if (!node.qualifier.empty()) out += ", qualifier: " + Quoted(node.qualifier);
    if (!node.cue.empty()) out += ", cue: " + Quoted(node.cue);
    auto it = groups_.find(v);
    if (it != groups_.end()) {
      std::string list;
      for (NodeIndex g : it->second) list += (list.empty() ? "" : ", ") + Quoted(titles_[g]);
      out += ", part_of: [" + list + "]";
    }
    return out + "}";
  }

  std::string Statement(NodeIndex v) const {
    std::string text = Escape(graph_.node(v).text);
    std::string out =
        "[" + titles_[v] + "]: " + (text.empty() ? "(no text)" : text) + " " + Data(v) + "\n";
    auto it = relations_.find(v);
    if (it != relations_.end()) {
      for (const std::string& line : it->second) out += line;
    }
    return out;
  }

  const ExportInput& input_;
  const ArgumentGraph& graph_;
  std::vector<std::string> titles_;  // by vertex index
  std::map<NodeIndex, std::vector<NodeIndex>> groups_;
  std::map<NodeIndex, std::vector<std::string>> relations_;  // lines under each statement
};

}  // namespace

std::string ExportArgdown(const ExportInput& input) { return ArgdownWriter(input).Write(); }

}  // namespace argmap
