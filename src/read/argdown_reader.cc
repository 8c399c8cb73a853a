#include "read/argdown_reader.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/limits.h"
#include "core/name_table.h"
#include "read/argmap_json_reader.h"
#include "read/reader.h"
#include "text/scan.h"

namespace argmap {
namespace {

using Json = nlohmann::json;
constexpr size_t kNone = std::string_view::npos;

// A relation symbol: the edge it stands for, and whether it goes from the line
// above to the element after it (outgoing) or the other way.
struct Relation {
  std::string_view name;
  EdgeType type;
  bool outgoing;
  bool undercut;
};

// Two-character symbols first, so that "+>" is not read as "+".
constexpr Relation kRelations[] = {
    {"<+", EdgeType::kSupports, false, false},   {"<-", EdgeType::kAttacks, false, false},
    {"+>", EdgeType::kSupports, true, false},    {"->", EdgeType::kAttacks, true, false},
    {"><", EdgeType::kAlternative, true, false}, {"<_", EdgeType::kAttacks, false, true},
    {"_>", EdgeType::kAttacks, true, true},      {"+", EdgeType::kSupports, false, false},
    {"-", EdgeType::kAttacks, false, false},
};

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

size_t SkipSpaces(std::string_view s, size_t p) {
  while (p < s.size() && IsSpace(s[p])) ++p;
  return p;
}

std::string Trim(std::string_view s) {
  size_t b = SkipSpaces(s, 0);
  size_t e = s.size();
  while (e > b && IsSpace(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

// Removes Argdown's backslash escapes: "\X" is X.
std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) ++i;
    out += s[i];
  }
  return out;
}

// The first `c` at or after `p` that no backslash escapes, or kNone.
size_t FindUnescaped(std::string_view s, size_t p, char c) {
  for (; p < s.size(); ++p) {
    if (s[p] == '\\') {
      ++p;
    } else if (s[p] == c) {
      return p;
    }
  }
  return kNone;
}

// The length of the Argdown tag at s[p] ('#' at the start or after a space,
// then a word of letters, digits, '-', '_' or non-ASCII characters, or
// "(any words)"), or 0 when no tag starts there.
size_t TagLength(std::string_view s, size_t p) {
  if (s[p] != '#' || (p > 0 && !IsSpace(s[p - 1]))) return 0;
  if (p + 1 < s.size() && s[p + 1] == '(') {
    size_t close = s.find(')', p + 2);
    return close == kNone || close == p + 2 ? 0 : close + 1 - p;
  }
  size_t e = p + 1;
  while (e < s.size() && (IsAsciiAlnum(s[e]) || s[e] == '-' || s[e] == '_' ||
                          static_cast<unsigned char>(s[e]) >= 0x80)) {
    ++e;
  }
  return e > p + 1 ? e - p : 0;
}

// `raw` (text as written, escapes kept) without its tags, which go to *tags
// (without '#' and parentheses); a tag takes the spaces before it with it.
std::string StripTags(std::string_view raw, std::vector<std::string>* tags) {
  std::string out;
  for (size_t p = 0; p < raw.size();) {
    if (raw[p] == '\\') {
      out += raw.substr(p, 2);
      p += 2;
      continue;
    }
    size_t len = TagLength(raw, p);
    if (len == 0) {
      out += raw[p++];
      continue;
    }
    std::string_view tag = raw.substr(p + 1, len - 1);
    if (tag.starts_with('(')) tag = tag.substr(1, tag.size() - 2);
    tags->push_back(Trim(tag));
    while (!out.empty() && IsSpace(out.back())) out.pop_back();
    if (!out.empty()) out += ' ';
    p = SkipSpaces(raw, p + len);
  }
  return out;
}

// The node kind the first of `tags` that names one sets ("#premise",
// "#Conclusion"), through the kinds' name table; false when none does.
bool KindOfTags(const std::vector<std::string>& tags, NodeType* kind) {
  for (const std::string& tag : tags) {
    if (ParseNodeType(AsciiLowerCopy(tag), kind)) return true;
  }
  return false;
}

// The relation symbol at the start of `s` (followed by a space or the end), or nullptr.
const Relation* RelationAt(std::string_view s) {
  for (size_t len : {2, 1}) {
    if (s.size() < len || (s.size() > len && !IsSpace(s[len]))) continue;
    if (const Relation* r = RowNamed(kRelations, s.substr(0, len))) return r;
  }
  return nullptr;
}

// Argdown's data: a YAML flow mapping as ExportArgdown writes it. Keys are bare
// words or JSON strings; values are JSON strings, lists, mappings, or bare
// words (numbers, true, false, null, else strings).
class DataParser {
 public:
  DataParser(std::string_view s, size_t pos) : s_(s), p_(pos) {}

  bool Parse(Json* out) { return Value(out, 0); }
  size_t pos() const { return p_; }
  size_t error_at() const { return error_at_; }
  const std::string& error() const { return error_; }

 private:
  bool Fail(size_t at, std::string message) {
    error_at_ = at;
    error_ = std::move(message);
    return false;
  }

  bool Value(Json* out, int depth) {
    p_ = SkipSpaces(s_, p_);
    if (depth > kMaxArgdownDataDepth) return Fail(p_, "data nested too deeply");
    if (p_ >= s_.size()) return Fail(p_, "a value expected in the data");
    if (s_[p_] == '{' || s_[p_] == '[') return Collection(out, depth);
    if (s_[p_] == '"') return String(out);
    return Bare(out);
  }

  // A mapping {k: v, ...} or a list [v, ...].
  bool Collection(Json* out, int depth) {
    size_t open = p_++;
    char close = s_[open] == '{' ? '}' : ']';
    *out = close == '}' ? Json::object() : Json::array();
    std::string unclosed =
        std::string("the data '") + s_[open] + "' is not closed by '" + close + "'";
    p_ = SkipSpaces(s_, p_);
    if (p_ < s_.size() && s_[p_] == close) return ++p_, true;
    while (true) {
      std::string key;
      if (close == '}' && !Key(&key)) return false;
      Json v;
      if (!Value(&v, depth + 1)) return p_ >= s_.size() ? Fail(open, unclosed) : false;
      if (close == '}') {
        (*out)[key] = std::move(v);
      } else {
        out->push_back(std::move(v));
      }
      p_ = SkipSpaces(s_, p_);
      if (p_ >= s_.size()) return Fail(open, unclosed);
      if (s_[p_] == close) return ++p_, true;
      if (s_[p_] != ',')
        return Fail(p_, std::string("',' or '") + close + "' expected in the data");
      ++p_;
    }
  }

  bool Key(std::string* key) {
    p_ = SkipSpaces(s_, p_);
    if (p_ < s_.size() && s_[p_] == '"') {
      Json k;
      if (!String(&k)) return false;
      *key = k.get<std::string>();
    } else {
      size_t b = p_;
      while (p_ < s_.size() &&
             (std::isalnum(static_cast<unsigned char>(s_[p_])) || s_[p_] == '_' || s_[p_] == '-')) {
        ++p_;
      }
      *key = std::string(s_.substr(b, p_ - b));
      if (key->empty()) return Fail(p_, "a key expected in the data");
    }
    p_ = SkipSpaces(s_, p_);
    if (p_ >= s_.size() || s_[p_] != ':') {
      return Fail(p_, "':' expected after the data key '" + *key + "'");
    }
    ++p_;
    return true;
  }

  bool String(Json* out) {
    size_t open = p_;
    size_t end = FindUnescaped(s_, open + 1, '"');
    if (end == kNone) return Fail(open, "the string '\"' is not closed by '\"'");
    *out = Json::parse(s_.substr(open, end - open + 1), nullptr, false);
    if (out->is_discarded()) return Fail(open, "an invalid JSON string in the data");
    p_ = end + 1;
    return true;
  }

  bool Bare(Json* out) {
    size_t b = p_;
    while (p_ < s_.size() && s_[p_] != ',' && s_[p_] != '}' && s_[p_] != ']') ++p_;
    std::string word = Trim(s_.substr(b, p_ - b));
    if (word.empty()) return Fail(b, "a value expected in the data");
    bool number = word.find_first_not_of("0123456789") == std::string::npos ||
                  (word[0] == '-' && word.size() > 1 &&
                   word.find_first_not_of("0123456789", 1) == std::string::npos);
    if (number || word == "true" || word == "false" || word == "null") {
      *out = Json::parse(word, nullptr, false);
      if (!out->is_discarded()) return true;
    }
    *out = word;
    return true;
  }

  std::string_view s_;
  size_t p_;
  size_t error_at_ = 0;
  std::string error_;
};

// A titled statement or argument, or an untitled statement.
struct Statement {
  std::string key;  // "[title" or "<title", "" when untitled
  std::string title;
  bool defined = false;
  std::string text;
  std::vector<std::string> tags;  // "#tag" words of its definition, in order
  Json data;                      // an object, or null
  size_t where = 0;    // byte of its definition, else of its first mention
  size_t data_at = 0;  // byte of its data's '{'
  size_t section = 0;  // index in sections_
};

struct Link {
  size_t parent;  // the statement of the line above
  size_t child;   // the statement after the symbol
  const Relation* relation;
  size_t at;
};

struct Section {
  std::string label;
  Json data;
  size_t at = 0;
};

// What the text part of a line holds: text, then data, then a comment.
struct TextPart {
  std::string text;               // without its tags
  std::vector<std::string> tags;  // without '#'
  Json data;
  size_t data_at = 0;
};

class ArgdownReader {
 public:
  ArgdownReader(const std::string& path, std::string_view content, ArgumentGraph* graph,
                std::vector<Document>* docs, std::vector<Diagnostic>* diags)
      : path_(path), content_(content), graph_(graph), docs_(docs), diags_(diags) {
    sections_.push_back({FileStem(path), nullptr, 0});  // before the first heading
  }

  bool Read() {
    LineIndexScope index(content_);
    size_t first_diag = diags_->size();
    size_t pos = content_.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (pos < content_.size()) {
      size_t end = std::min(content_.find('\n', pos), content_.size());
      std::string_view line = content_.substr(pos, end - pos);
      if (line.ends_with('\r')) line.remove_suffix(1);
      ParseLine(pos, line);
      pos = end + 1;
    }
    if (front_matter_at_ != kNone) Error(front_matter_at_, "the front matter '===' is not closed");
    if (comment_at_ != kNone) Error(comment_at_, "the comment '/*' is not closed by '*/'");
    AddDocuments();
    AddNodes();
    AddEdges();
    // Reported while parsing, then while building: told in line order.
    std::stable_sort(diags_->begin() + first_diag, diags_->end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    return ok_;
  }

 private:
  void Report(Severity severity, size_t at, std::string message) {
    Diagnostic d = MakeErrorAt(path_, content_, at, std::move(message));
    d.severity = severity;
    diags_->push_back(std::move(d));
    ok_ = ok_ && severity != Severity::kError;
  }
  void Error(size_t at, std::string message) { Report(Severity::kError, at, std::move(message)); }

  int LineOf(size_t at) const {
    int line = 0, column = 0;
    std::string text;
    LocateOffset(content_, at, &line, &column, &text);
    return line;
  }

  void ParseLine(size_t base, std::string_view line) {
    size_t indent = SkipSpaces(line, 0);
    std::string_view rest = line.substr(indent);
    if (front_matter_at_ != kNone) {
      if (Trim(line) == "===") front_matter_at_ = kNone;
      return;
    }
    if (comment_at_ != kNone) {
      if (line.find("*/") != kNone) comment_at_ = kNone;
      return;
    }
    if (rest.empty()) return;
    bool first = !seen_content_;
    seen_content_ = true;
    if (first && Trim(rest) == "===") {
      front_matter_at_ = base + indent;
      return;
    }
    if (rest.starts_with("//")) return;
    if (rest.starts_with("/*")) {
      if (rest.find("*/", 2) == kNone) comment_at_ = base + indent;
      return;
    }
    size_t hashes = rest.find_first_not_of('#');
    if (hashes > 0 && (hashes == kNone || IsSpace(rest[hashes]))) {
      if (hashes == 1) Heading(base, line, indent + 1);
      return;  // ## and deeper: no paper of their own
    }
    const Relation* relation = RelationAt(rest);
    if (relation == nullptr) {
      stack_.clear();
      size_t s = Element(base, line, indent);
      if (s != kNone) stack_.push_back({indent, s});
      return;
    }
    RelationLine(base, line, indent, relation);
  }

  void RelationLine(size_t base, std::string_view line, size_t indent, const Relation* relation) {
    while (!stack_.empty() && stack_.back().first >= indent) stack_.pop_back();
    std::string symbol(relation->name);
    size_t after = SkipSpaces(line, indent + symbol.size());
    if (after >= line.size() || line.substr(after).starts_with("//")) {
      return Error(base + after, "the relation '" + symbol + "' has no statement after it");
    }
    if (indent == 0 || stack_.empty()) {
      return Error(base + indent, "the relation '" + symbol +
                                      "' is not indented under a statement it could relate to");
    }
    if (relation->undercut) {
      return Error(base + indent, "an undercut ('" + symbol +
                                      "'): argmap has no relation to an inference; use '-' "
                                      "to attack the statement");
    }
    size_t child = Element(base, line, after);
    if (child == kNone) return;
    links_.push_back({stack_.back().second, child, relation, base + indent});
    stack_.push_back({indent, child});
  }

  void Heading(size_t base, std::string_view line, size_t p) {
    TextPart part;
    if (!ReadText(base, line, SkipSpaces(line, p), &part)) return;
    sections_.push_back({part.text, part.data, base + p - 1});
    section_ = sections_.size() - 1;
  }

  // The statement that starts at line[p], or kNone after an error.
  size_t Element(size_t base, std::string_view line, size_t p) {
    char open = line[p];
    if (open != '[' && open != '<') {
      TextPart part;
      if (!ReadText(base, line, p, &part)) return kNone;
      return Define("", "", base + p, &part);
    }
    char close = open == '[' ? ']' : '>';
    size_t end = FindUnescaped(line, p + 1, close);
    if (end == kNone) {
      Error(base + p, std::string("'") + open + "' is not closed by '" + close + "'");
      return kNone;
    }
    std::string title = Trim(Unescape(line.substr(p + 1, end - p - 1)));
    std::string shown = open + title + close;
    if (title.empty()) {
      Error(base + p, std::string("an empty title '") + open + close + "'");
      return kNone;
    }
    size_t r = SkipSpaces(line, end + 1);
    TextPart part;
    if (r < line.size() && line[r] == ':') {
      if (!ReadText(base, line, r + 1, &part)) return kNone;
      return Define(open + title, title, base + p, &part);
    }
    if (r < line.size() && line[r] != '{' && !line.substr(r).starts_with("//")) {
      Error(base + r,
            "text after the title " + shown + ": write '" + shown + ": text' to give it a text");
      return kNone;
    }
    if (!ReadText(base, line, r, &part)) return kNone;
    return Define(open + title, title, base + p, &part, /*mention=*/true);
  }

  // Reads "text {data} // comment" from line[p]; false after an error.
  bool ReadText(size_t base, std::string_view line, size_t p, TextPart* part) {
    size_t end = p;
    while (end < line.size() && line[end] != '{' &&
           !(line.substr(end).starts_with("//") && (end == p || IsSpace(line[end - 1])))) {
      end += line[end] == '\\' ? 2 : 1;
    }
    end = std::min(end, line.size());
    part->text = Trim(Unescape(StripTags(line.substr(p, end - p), &part->tags)));
    if (end >= line.size() || line[end] != '{') return true;
    DataParser parser(line, end);
    if (!parser.Parse(&part->data)) {
      Error(base + parser.error_at(), parser.error());
      return false;
    }
    part->data_at = base + end;
    size_t after = SkipSpaces(line, parser.pos());
    if (after < line.size() && !line.substr(after).starts_with("//")) {
      Error(base + after, "text after the data");
      return false;
    }
    return true;
  }

  // Defines (or, for a mention, names) the statement `key`; its index.
  size_t Define(const std::string& key, const std::string& title, size_t at, TextPart* part,
                bool mention = false) {
    auto it = key.empty() ? by_key_.end() : by_key_.find(key);
    if (it == by_key_.end()) {
      Statement s{key, title, !mention, part->text, {}, nullptr, at, part->data_at, section_};
      if (!mention) s.tags = part->tags;
      statements_.push_back(std::move(s));
      if (!key.empty()) by_key_[key] = statements_.size() - 1;
      it = by_key_.end();
    }
    size_t index = it == by_key_.end() ? statements_.size() - 1 : it->second;
    Statement& s = statements_[index];
    if (!mention && it != by_key_.end()) {
      if (s.defined && s.text != part->text) {
        Error(at, Shown(s) + " is defined twice with two texts (first at line " +
                      std::to_string(LineOf(s.where)) + ")");
      } else if (!s.defined) {
        s.defined = true;
        s.text = part->text;
        s.tags = part->tags;
        s.where = at;
        s.section = section_;
      }
    }
    if (s.data.is_null() && part->data.is_object()) {
      s.data = std::move(part->data);
      s.data_at = part->data_at;
    }
    return index;
  }

  std::string Shown(const Statement& s) const {
    if (s.key.empty()) return "the untitled statement";
    return s.key + (s.key[0] == '[' ? "]" : ">");
  }

  void AddDocuments() {
    std::set<std::string> ids;
    for (const Document& d : *docs_) ids.insert(d.id);
    bool default_used = sections_.size() == 1;
    for (const Statement& s : statements_) default_used = default_used || s.section == 0;
    for (size_t i = 0; i < sections_.size(); ++i) {
      const Section& sec = sections_[i];
      doc_ids_.push_back(sec.label);
      if (i == 0 && !default_used) continue;
      Json j = {{"id", sec.label},
                {"title", i == 0 ? "" : sec.label},
                {"authors", Json::array()},
                {"year", ""},
                {"doi", ""},
                {"venue", ""},
                {"source", path_},
                {"record", std::max<size_t>(i, 1)}};
      if (sec.data.is_object()) j.update(sec.data);
      Document doc;
      std::string err = DocumentFromJson(j, &doc);
      if (err.empty() && !ids.insert(doc.id).second) err = "has an id already used: " + doc.id;
      if (!err.empty()) {
        Error(sec.at, "the paper '" + sec.label + "' " + err);
        continue;
      }
      doc_ids_.back() = doc.id;
      docs_->push_back(std::move(doc));
    }
  }

  // "<doc>/<letter><k>", the first k from 1 that is not in *taken (which gets it).
  static std::string NewId(const std::string& doc, char letter, std::set<std::string>* taken,
                           std::map<std::string, int>* last) {
    std::string id;
    do {
      id = doc + "/" + letter + std::to_string(++(*last)[doc]);
    } while (taken->count(id));
    taken->insert(id);
    return id;
  }

  void AddNodes() {
    std::set<std::string> taken;
    for (NodeIndex v = 0; v < graph_->node_count(); ++v) taken.insert(graph_->node(v).id);
    std::set<std::string> existing = taken;
    for (const Statement& s : statements_) {
      auto id = s.data.is_object() ? s.data.find("id") : s.data.end();
      if (id != s.data.end() && id->is_string()) taken.insert(id->get<std::string>());
    }
    std::vector<size_t> order(statements_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return statements_[a].where < statements_[b].where;
    });
    std::map<std::string, int> last;
    vertex_.assign(statements_.size(), kNone);
    for (size_t i : order) {
      const Statement& s = statements_[i];
      const std::string& doc = doc_ids_[s.section];
      std::string text = !s.defined ? s.title : s.text == "(no text)" ? "" : s.text;
      Json j = {{"doc", doc},    {"type", "claim"},
                {"text", text},  {"span", Json::array({0u, 0u})},
                {"sentence", 0}, {"rule", "argdown"}};
      if (s.data.is_object()) j.update(s.data);
      // A kind tag is a teacher's edit: it wins over the data's type (argmap
      // writes the kind as data and escapes '#', so its own maps have no tags).
      NodeType kind;
      if (KindOfTags(s.tags, &kind)) j["type"] = NodeTypeName(kind);
      if (!j.contains("id")) j["id"] = NewId(doc, 'n', &taken, &last);
      j["doc"] = doc;
      j["text"] = text;
      Node node;
      std::string err = NodeFromJson(j, &node);
      if (err.empty() && !existing.insert(node.id).second)
        err = "has an id already used: " + node.id;
      if (!err.empty()) {
        Error(s.data.is_object() ? s.data_at : s.where, Shown(s) + " " + err);
        continue;
      }
      vertex_[i] = graph_->AddNode(std::move(node));
    }
  }

  void AddEdge(size_t source, size_t target, EdgeType type, size_t at) {
    if (vertex_[source] == kNone || vertex_[target] == kNone) return;
    Edge edge;
    edge.id = NewId(graph_->node(vertex_[source]).doc, 'e', &edge_ids_, &edge_numbers_);
    edge.type = type;
    edge.rule = "argdown";
    if (!graph_->AddEdge(vertex_[source], vertex_[target], edge)) {
      edge_ids_.erase(edge.id);
      --edge_numbers_[graph_->node(vertex_[source]).doc];
      Report(Severity::kWarning, at,
             "a relation that repeats another or relates a statement to itself; dropped");
    }
  }

  void AddEdges() {
    for (const ArgumentGraph::EdgeRef& e : graph_->Edges()) edge_ids_.insert(e.edge->id);
    for (const Link& l : links_) {
      bool out = l.relation->outgoing;
      AddEdge(out ? l.parent : l.child, out ? l.child : l.parent, l.relation->type, l.at);
    }
    for (size_t i = 0; i < statements_.size(); ++i) {
      const Statement& s = statements_[i];
      auto groups = s.data.is_object() ? s.data.find("part_of") : s.data.end();
      if (groups == s.data.end()) continue;
      if (!groups->is_array()) {
        Error(s.data_at, Shown(s) + " has a \"part_of\" that is not a list of titles");
        continue;
      }
      for (const Json& g : *groups) {
        std::string title = g.is_string() ? g.get<std::string>() : g.dump();
        auto it = by_key_.find("[" + title);
        if (it == by_key_.end()) {
          Error(s.data_at, Shown(s) + " is part_of [" + title + "], which is no statement");
          continue;
        }
        AddEdge(i, it->second, EdgeType::kPartOf, s.data_at);
      }
    }
  }

  const std::string& path_;
  std::string_view content_;
  ArgumentGraph* graph_;
  std::vector<Document>* docs_;
  std::vector<Diagnostic>* diags_;
  bool ok_ = true;
  bool seen_content_ = false;
  size_t front_matter_at_ = kNone;
  size_t comment_at_ = kNone;
  std::vector<Section> sections_;
  size_t section_ = 0;
  std::vector<Statement> statements_;
  std::map<std::string, size_t> by_key_;
  std::vector<Link> links_;
  std::vector<std::pair<size_t, size_t>> stack_;  // (indent, statement) of the lines above
  std::vector<std::string> doc_ids_;              // by section
  std::vector<size_t> vertex_;                    // by statement
  std::set<std::string> edge_ids_;
  std::map<std::string, int> edge_numbers_;
};

}  // namespace

bool ReadArgdown(const std::string& path, std::string_view text, ArgumentGraph* graph,
                 std::vector<Document>* docs, std::vector<Diagnostic>* diags) {
  return ArgdownReader(path, text, graph, docs, diags).Read();
}

}  // namespace argmap
