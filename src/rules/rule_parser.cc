#include "rules/rule_parser.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <optional>

#include "core/input_bytes.h"
#include "core/name_table.h"
#include "core/spellcheck.h"
#include "rules/embedded.h"

namespace argmap {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// One line of a rule file, with enough context to point into it.
struct Line {
  std::string_view text;  // without the newline (a trailing '\r' is kept and trimmed later)
  size_t offset = 0;      // of text[0] in the file
  int number = 0;
};

class Parser {
 public:
  Parser(const std::string& path, std::string_view content, RulePack* pack,
         std::vector<Diagnostic>* diags)
      : path_(path), content_(content), pack_(pack), diags_(diags) {}

  bool Parse() {
    size_t start = 0;
    int number = 0;
    while (start <= content_.size()) {
      size_t end = content_.find('\n', start);
      if (end == std::string_view::npos) end = content_.size();
      ParseLine({content_.substr(start, end - start), start, ++number});
      if (end == content_.size()) break;
      start = end + 1;
    }
    FinishRule();
    return ok_;
  }

 private:
  SourceLoc Loc(const Line& line, size_t column_offset) {
    SourceLoc loc;
    loc.path = path_;
    loc.line = line.number;
    loc.column = static_cast<int>(column_offset) + 1;
    std::string_view text = line.text;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    loc.source_line = std::string(text);
    return loc;
  }

  void Error(const SourceLoc& loc, std::string message) {
    diags_->push_back(ErrorAt(loc, std::move(message)));
    ok_ = false;
  }

  void ParseLine(const Line& line) {
    std::string_view body = Trim(line.text);
    if (body.empty() || body.front() == '#') return;
    size_t indent = line.text.find_first_not_of(" \t");
    if (indent > 0) return ParseIndented(line, indent);
    FinishRule();
    in_lexicon_ = false;
    size_t word_end = std::min(body.find_first_of(" \t:"), body.size());
    std::string_view keyword = body.substr(0, word_end);
    if (keyword == "rule") return StartRule(line, word_end);
    if (keyword == "lexicon") return StartLexicon(line, word_end);
    Error(Loc(line, 0), "expected 'rule' or 'lexicon', got '" + std::string(keyword) + "'" +
                            DidYouMean(keyword, {"rule", "lexicon"}));
  }

  // A rule with a bad id is still read (so its fields raise no further errors) but not kept.
  void StartRule(const Line& line, size_t word_end) {
    rule_ = Rule();
    in_rule_ = true;
    discard_rule_ = true;
    has_pattern_ = has_emits_ = false;
    std::string_view rest = Trim(line.text.substr(word_end));
    if (rest.empty()) return Error(Loc(line, word_end), "a rule needs an id after 'rule'");
    size_t id_col = line.text.find(rest, word_end);
    for (char c : rest) {
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '/' ||
            c == '.')) {
        return Error(Loc(line, id_col),
                     "a rule id may hold letters, digits, '-', '_', '/' and '.' only");
      }
    }
    rule_.id = std::string(rest);
    rule_.loc = Loc(line, id_col);
    rule_.order = static_cast<int>(pack_->rules.size());
    discard_rule_ = false;
  }

  void StartLexicon(const Line& line, size_t word_end) {
    std::string_view rest = line.text.substr(word_end);
    size_t colon = rest.find(':');
    std::string_view name = Trim(rest.substr(0, colon));
    size_t name_col = line.text.find_first_not_of(" \t", word_end);
    if (name.empty() || colon == std::string_view::npos) {
      return Error(Loc(line, std::min(name_col, line.text.size())),
                   "expected 'lexicon NAME: entry | entry ...'");
    }
    for (char c : name) {
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) {
        return Error(Loc(line, name_col), "a lexicon name may hold letters, digits and '_' only");
      }
    }
    Lexicon lex;
    lex.name = std::string(name);
    lex.loc = Loc(line, name_col);
    pack_->lexicons.push_back(lex);
    in_lexicon_ = true;
    AddEntries(line, word_end + colon + 1);
  }

  // The next '|' at or after `pos` that separates entries: outside any group
  // or class of the entry and not escaped; rest.size() when there is none.
  static size_t EntryEnd(std::string_view rest, size_t pos) {
    int depth = 0;
    bool in_class = false;
    for (size_t i = pos; i < rest.size(); ++i) {
      char c = rest[i];
      if (c == '\\') {
        ++i;
      } else if (in_class) {
        in_class = c != ']';
      } else if (c == '[') {
        in_class = true;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')') {
        depth = std::max(0, depth - 1);
      } else if (c == '|' && depth == 0) {
        return i;
      }
    }
    return rest.size();
  }

  void AddEntries(const Line& line, size_t from) {
    std::string_view rest = line.text.substr(from);
    size_t pos = 0;
    while (pos <= rest.size()) {
      size_t bar = EntryEnd(rest, pos);
      std::string_view entry = Trim(rest.substr(pos, bar - pos));
      if (!entry.empty()) pack_->lexicons.back().entries.emplace_back(entry);
      pos = bar + 1;
    }
  }

  void ParseIndented(const Line& line, size_t indent) {
    if (in_lexicon_) return AddEntries(line, indent);
    std::string_view rest = line.text.substr(indent);
    size_t colon = rest.find(':');
    std::string_view field = Trim(rest.substr(0, colon));
    if (!in_rule_) {
      return Error(Loc(line, indent), "field '" + std::string(field) + "' outside a rule");
    }
    if (colon == std::string_view::npos) {
      return Error(Loc(line, indent), "expected 'field: value' inside rule '" + rule_.id + "'");
    }
    size_t value_col = indent + colon + 1;
    while (value_col < line.text.size() && IsSpace(line.text[value_col])) ++value_col;
    std::string_view value = Trim(line.text.substr(std::min(value_col, line.text.size())));
    SetField(line, indent, std::string(field), std::string(value), value_col);
  }

  void SetField(const Line& line, size_t field_col, const std::string& field,
                const std::string& value, size_t value_col) {
    SourceLoc at = Loc(line, value_col);
    if (field == "pattern") {
      if (has_pattern_)
        return Error(Loc(line, field_col), "rule '" + rule_.id + "' has two patterns");
      if (value.empty()) return Error(at, "empty pattern");
      rule_.pattern = value;
      rule_.pattern_loc = at;
      has_pattern_ = true;
    } else if (field == "requires") {
      if (!rule_.requires_pattern.empty())
        return Error(Loc(line, field_col), "rule '" + rule_.id + "' has two requires");
      if (value.empty()) return Error(at, "empty requires pattern");
      rule_.requires_pattern = value;
      rule_.requires_loc = at;
    } else if (field == "emits") {
      has_emits_ = true;
      ParseEmits(line, value, value_col);
    } else if (field == "priority") {
      ParsePriority(at, value);
    } else if (field == "split") {
      for (std::string_view name : SplitCommas(value)) rule_.split.emplace_back(name);
    } else if (field == "pairs") {
      if (value != "yes" && value != "no") return Error(at, "pairs must be 'yes' or 'no'");
      rule_.split_pairs = value == "yes";
    } else if (field == "pack") {
      for (std::string_view name : SplitCommas(value)) {
        bool ok = std::all_of(name.begin(), name.end(), [](char c) {
          return std::islower(static_cast<unsigned char>(c)) || c == '-';
        });
        if (!ok) return Error(at, "a pack name may hold lower-case letters and '-' only");
        rule_.packs.emplace_back(name);
      }
      if (rule_.packs.empty()) return Error(at, "pack needs at least one name");
    } else if (field == "follows") {
      if (!ParseNodeType(value, &rule_.follows)) {
        return Error(at, "unknown role '" + value + "'" + DidYouMean(value, NodeTypeNames()));
      }
      rule_.has_follows = true;
    } else if (field == "sentence") {
      ParsePosition(at, value);
    } else if (field == "match") {
      rule_.examples.push_back(value);
      rule_.example_locs.push_back(at);
    } else if (field == "no-match") {
      rule_.counterexamples.push_back(value);
      rule_.counterexample_locs.push_back(at);
    } else {
      Error(Loc(line, field_col),
            "unknown field '" + field + "'" + DidYouMean(field, RuleFieldNames()));
    }
  }

  static std::vector<std::string_view> SplitCommas(std::string_view value) {
    std::vector<std::string_view> out;
    size_t pos = 0;
    while (pos <= value.size()) {
      size_t comma = value.find(',', pos);
      if (comma == std::string_view::npos) comma = value.size();
      std::string_view item = Trim(value.substr(pos, comma - pos));
      if (!item.empty()) out.push_back(item);
      pos = comma + 1;
    }
    return out;
  }

  void ParseEmits(const Line& line, std::string_view value, size_t value_col) {
    for (std::string_view item : SplitCommas(value)) {
      size_t col = line.text.find(item, value_col);
      std::vector<std::string_view> words;
      size_t pos = 0;
      while (pos < item.size()) {
        size_t sp = item.find_first_of(" \t", pos);
        if (sp == std::string_view::npos) sp = item.size();
        if (sp > pos) words.push_back(item.substr(pos, sp - pos));
        pos = sp + 1;
      }
      if (words.size() == 1) {
        rule_.node_captures.emplace_back(words[0]);
      } else if (words.size() == 3) {
        EdgeType type;
        if (!ParseEdgeType(words[1], &type)) {
          size_t at = line.text.find(words[1], col);
          return Error(Loc(line, at), "unknown relation '" + std::string(words[1]) + "'" +
                                          DidYouMean(words[1], EdgeTypeNames()));
        }
        rule_.relations.push_back({std::string(words[0]), type, std::string(words[2]),
                                   AnchorOf(words[0]), AnchorOf(words[2])});
      } else {
        return Error(Loc(line, col),
                     "expected a role ('premise') or a relation "
                     "('premise supports conclusion'), got '" +
                         std::string(item) + "'");
      }
    }
  }

  void ParsePriority(const SourceLoc& at, const std::string& value) {
    bool digits =
        !value.empty() && value.size() <= 4 &&
        std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || std::stoi(value) > 1000) {
      return Error(at, "priority must be a whole number from 0 to 1000");
    }
    rule_.priority = std::stoi(value);
  }

  void ParsePosition(const SourceLoc& at, const std::string& value) {
    static constexpr NamedValue<SentencePosition> kPositions[] = {
        {SentencePosition::kAny, "any"},
        {SentencePosition::kFirst, "first"},
        {SentencePosition::kLast, "last"},
        {SentencePosition::kNotFirst, "not-first"}};
    if (FindName(kPositions, value, &rule_.position)) return;
    for (const auto& [prefix, position] :
         {std::pair{"first-", SentencePosition::kFirstN}, {"last-", SentencePosition::kLastN}}) {
      std::string_view v = value;
      if (v.size() == std::strlen(prefix) + 1 && v.starts_with(prefix) && v.back() >= '2' &&
          v.back() <= '9') {
        rule_.position = position;
        rule_.position_n = v.back() - '0';
        return;
      }
    }
    Error(at,
          "sentence must be any, first, last, not-first, first-N or last-N (N from 2 to 9), "
          "got '" +
              value + "'" + DidYouMean(value, {"any", "first", "last", "not-first"}));
  }

  void FinishRule() {
    if (!in_rule_) return;
    in_rule_ = false;
    if (discard_rule_) return;
    if (!has_pattern_) return Error(rule_.loc, "rule '" + rule_.id + "' has no pattern");
    if (!has_emits_) return Error(rule_.loc, "rule '" + rule_.id + "' has no emits");
    pack_->rules.push_back(std::move(rule_));
  }

  const std::string& path_;
  std::string_view content_;
  RulePack* pack_;
  std::vector<Diagnostic>* diags_;
  Rule rule_;
  bool in_rule_ = false;
  bool discard_rule_ = false;
  bool in_lexicon_ = false;
  bool has_pattern_ = false;
  bool has_emits_ = false;
  bool ok_ = true;
};

}  // namespace

Diagnostic ErrorAt(const SourceLoc& loc, std::string message) {
  Diagnostic d;
  d.path = loc.path;
  d.line = loc.line;
  d.column = loc.column;
  d.source_line = loc.source_line;
  d.message = std::move(message);
  return d;
}

const std::vector<std::string>& RuleFieldNames() {
  static const std::vector<std::string> names = {"pattern", "requires", "emits",   "priority",
                                                 "split",   "pairs",    "pack",    "sentence",
                                                 "follows", "match",    "no-match"};
  return names;
}

bool ParseRuleFile(const std::string& path, std::string_view content, RulePack* pack,
                   std::vector<Diagnostic>* diags) {
  pack->files.push_back(path);
  if (std::optional<Diagnostic> not_text = CheckText(path, content)) {
    diags->push_back(std::move(*not_text));
    return false;
  }
  return Parser(path, content, pack, diags).Parse();
}

bool LoadRuleFile(const std::string& path, RulePack* pack, std::vector<Diagnostic>* diags) {
  std::string content;
  if (!ReadBytes(path, nullptr, &content, diags)) return false;
  return ParseRuleFile(path, content, pack, diags);
}

bool LoadRuleDir(const std::string& dir, RulePack* pack, std::vector<Diagnostic>* diags) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    diags->push_back(MakeError(dir, std::filesystem::exists(dir, ec)
                                        ? "not a directory of rule files"
                                        : "cannot read rule directory: No such file or directory"));
    return false;
  }
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".rules") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    diags->push_back(MakeError(dir, "no .rules files in this directory"));
    return false;
  }
  bool ok = true;
  for (const std::string& f : files) ok = LoadRuleFile(f, pack, diags) && ok;
  return ok;
}

bool LoadEmbeddedRules(RulePack* pack, std::vector<Diagnostic>* diags) {
  bool ok = true;
  for (const EmbeddedFile& f : EmbeddedRuleFiles()) {
    ok = ParseRuleFile(std::string(f.path), f.content, pack, diags) && ok;
  }
  return ok;
}

}  // namespace argmap
