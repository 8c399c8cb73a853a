// BibTeX and BibLaTeX, as Zotero, Better BibTeX and JabRef export them.
//
// An entry is @type{key, field = value, ...} (or with parentheses). A value is
// {braced} (nested braces kept for the LaTeX decoder), "quoted", a number or an
// @string macro (the month abbreviations are predefined), joined by '#'.
// @comment and @preamble are skipped; text between entries and lines starting
// with '%' are comments. Fields and types are case-insensitive; the first of a
// repeated field wins. Mapping: the citation key is the id; abstract, title,
// author (split on "and" outside braces, "Last, First" to "First Last",
// "others" dropped), year (else the year of date), doi, and journal,
// journaltitle or booktitle as the venue, each decoded by latex.h (doi
// verbatim). A syntax error is reported at its line and column and the entry is
// skipped up to the next line that starts with '@'; a field just after an
// entry's close (an extra '}' ended it early) is such an error, so that its
// field is never silently lost. An unknown macro is a warning and reads as empty.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "read/bib_fields.h"
#include "read/latex.h"
#include "read/readers_internal.h"
#include "text/scan.h"

namespace argmap::read_internal {
namespace {

struct Entry {
  std::string key;
  int line = 0;
  std::vector<std::pair<std::string, std::string>> fields;  // lower-case name, raw value

  std::string_view Get(std::string_view name) const {
    for (const auto& [n, v] : fields) {
      if (n == name) return v;
    }
    return {};
  }
};

// The raw author list cut at each "and" outside braces.
std::vector<std::string_view> SplitAuthorList(std::string_view raw) {
  std::vector<std::string_view> names;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '\\') {
      ++i;
    } else if (c == '{' || c == '}') {
      depth += c == '{' ? 1 : (depth > 0 ? -1 : 0);
    } else if (depth == 0 && IsAsciiSpace(c) && i + 4 < raw.size() &&
               EqualsIgnoreCase(raw.substr(i + 1, 3), "and") && IsAsciiSpace(raw[i + 4])) {
      names.push_back(Trim(raw.substr(start, i - start)));
      start = i + 4;
      i += 3;
    }
  }
  names.push_back(Trim(raw.substr(start)));
  return names;
}

Document ToDocument(const Entry& entry) {
  Document doc;
  doc.id = entry.key;
  doc.title = DecodeLatex(entry.Get("title"));
  for (std::string_view name : SplitAuthorList(entry.Get("author"))) {
    if (name.empty() || EqualsIgnoreCase(name, "others")) continue;
    doc.authors.push_back(DecodeLatex(NaturalName(name)));
  }
  doc.year = YearOf(DecodeLatex(entry.Get("year")));
  if (doc.year.empty()) doc.year = YearOf(DecodeLatex(entry.Get("date")));
  doc.doi = NormalizeDoi(DecodeLatexVerbatim(entry.Get("doi")));
  for (std::string_view field : {"journal", "journaltitle", "booktitle"}) {
    if (doc.venue.empty()) doc.venue = DecodeLatex(entry.Get(field));
  }
  doc.text = DecodeLatex(entry.Get("abstract"));
  return doc;
}

class Parser {
 public:
  explicit Parser(const ReadContext& ctx) : ctx_(ctx), s_(ctx.content) {
    const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                            "July",    "August",   "September", "October", "November", "December"};
    for (const char* month : months) macros_[AsciiLowerCopy(std::string(month, 3))] = month;
  }

  void Run() {
    while (FindEntry()) {
      size_t at = pos_;
      if (!ParseEntry()) {
        if (error_.empty()) {  // an '@' that opens no entry: comment text
          pos_ = at + 1;
          continue;
        }
        ctx_.diags->push_back(MakeErrorAt(ctx_.path, s_, error_at_, error_));
        error_.clear();
        // From the line the error is on: an error at the '@' of the next entry
        // (a brace left open before it) keeps that entry.
        pos_ = NextLineStartingWithAt((error_at_ > at ? error_at_ : at + 1) - 1);
      }
    }
  }

 private:
  bool AtEnd() const { return pos_ >= s_.size(); }
  bool At(char c) const { return pos_ < s_.size() && s_[pos_] == c; }
  void SkipSpace() {
    while (!AtEnd() && IsAsciiSpace(s_[pos_])) ++pos_;
  }

  bool Fail(size_t offset, std::string message) {
    error_at_ = offset;
    error_ = std::move(message);
    return false;
  }

  // Moves to the next '@' outside '%' comment lines; false at the end.
  bool FindEntry() {
    while (!AtEnd()) {
      bool line_start = pos_ == 0 || s_[pos_ - 1] == '\n';
      if (line_start) SkipSpaceOnLine();
      if (At('%') && line_start) {
        size_t eol = s_.find('\n', pos_);
        pos_ = eol == std::string_view::npos ? s_.size() : eol + 1;
      } else if (At('@')) {
        return true;
      } else if (!AtEnd()) {
        ++pos_;
      }
    }
    return false;
  }

  void SkipSpaceOnLine() {
    while (!AtEnd() && (s_[pos_] == ' ' || s_[pos_] == '\t')) ++pos_;
  }

  // The offset of the first '@' that starts a line (after blanks) after the
  // first '\n' at or after `from`.
  size_t NextLineStartingWithAt(size_t from) const {
    for (size_t i = s_.find('\n', from); i != std::string_view::npos; i = s_.find('\n', i + 1)) {
      size_t j = i + 1;
      while (j < s_.size() && (s_[j] == ' ' || s_[j] == '\t')) ++j;
      if (j < s_.size() && s_[j] == '@') return j;
    }
    return s_.size();
  }

  // True when only blanks stand before `i` on its line.
  bool AtLineStart(size_t i) const {
    while (i > 0 && (s_[i - 1] == ' ' || s_[i - 1] == '\t')) --i;
    return i == 0 || s_[i - 1] == '\n';
  }

  // True when a line starting with "@word{" or "@word(" begins at `i`.
  bool EntryLineAt(size_t i) const {
    while (i < s_.size() && (s_[i] == ' ' || s_[i] == '\t')) ++i;
    if (i >= s_.size() || s_[i] != '@') return false;
    size_t j = i + 1;
    while (j < s_.size() && IsAsciiLetter(s_[j])) ++j;
    return j > i + 1 && j < s_.size() && (s_[j] == '{' || s_[j] == '(');
  }

  std::string_view Name() {
    size_t start = pos_;
    while (!AtEnd() && (IsAsciiAlnum(s_[pos_]) ||
                        std::string_view("_-:.+").find(s_[pos_]) != std::string_view::npos)) {
      ++pos_;
    }
    return s_.substr(start, pos_ - start);
  }

  int LineOf(size_t offset) {
    for (; line_offset_ < offset; ++line_offset_) line_ += s_[line_offset_] == '\n';
    return line_;
  }

  std::string Label() const {
    if (in_macros_) return "@string";
    return key_.empty() ? "entry " + std::to_string(count_) : "entry '" + key_ + "'";
  }

  // At '@'. False with error_ empty when the '@' opens nothing.
  bool ParseEntry() {
    size_t at = pos_++;
    entry_at_ = at;
    SkipSpace();
    std::string type = AsciiLowerCopy(Name());
    SkipSpace();
    if (type.empty() || !(At('{') || At('('))) return false;
    char close = At('{') ? '}' : ')';
    ++pos_;
    if (type == "comment" || type == "preamble") return SkipBody(at, type, close);
    if (type == "string") return ParseMacros(close);
    Entry entry;
    entry.line = LineOf(at);
    ++count_;
    SkipSpace();  // "@article{ WOS:000318742400083," as Web of Science writes it
    size_t start = pos_;
    while (!AtEnd() && s_[pos_] != ',' && s_[pos_] != close && !IsAsciiSpace(s_[pos_])) ++pos_;
    key_ = std::string(Trim(s_.substr(start, pos_ - start)));
    entry.key = key_;
    SkipSpace();
    if (At(',')) {
      ++pos_;
      if (!ParseFields(close, &entry.fields) || !NoFieldAfterClose(close)) return false;
    } else if (At(close)) {
      ++pos_;
    } else {
      return Fail(pos_, "expected ',' after the key of " + Label());
    }
    AddDocument(ctx_, ToDocument(entry), count_, entry.line, Label());
    return true;
  }

  // Just after an entry's close: a field there ("title = {T}},\n abstract = {A}")
  // means one close too many ended the entry early, and the fields after it
  // would be lost as text between entries; that is an error at the field.
  bool NoFieldAfterClose(char close) {
    size_t after = pos_;
    int close_line = LineOf(after - 1);
    SkipSpace();
    if (At(',')) ++pos_;
    SkipSpace();
    size_t name_at = pos_;
    std::string name = AsciiLowerCopy(Name());
    SkipSpace();
    bool field = !name.empty() && At('=');
    if (field) {
      ++pos_;
      SkipSpace();
      field = At('{') || At('"');
    }
    pos_ = after;
    if (!field) return true;
    return Fail(name_at, "field '" + name + "' after the end of " + Label() + ", which the '" +
                             std::string(1, close) + "' on line " + std::to_string(close_line) +
                             " closed: is that '" + std::string(1, close) + "' one too many?");
  }

  bool SkipBody(size_t at, const std::string& type, char close) {
    char open = close == '}' ? '{' : '(';
    for (int depth = 1; !AtEnd(); ++pos_) {
      depth += s_[pos_] == open ? 1 : s_[pos_] == close ? -1 : 0;
      if (depth == 0) {
        ++pos_;
        return true;
      }
    }
    return Fail(at, "'@" + type + "' is not closed");
  }

  bool ParseMacros(char close) {
    in_macros_ = true;
    std::vector<std::pair<std::string, std::string>> fields;
    bool ok = ParseFields(close, &fields);
    in_macros_ = false;
    if (!ok) return false;
    for (auto& [name, value] : fields) macros_[name] = std::move(value);
    return true;
  }

  bool ParseFields(char close, std::vector<std::pair<std::string, std::string>>* fields) {
    while (true) {
      SkipSpace();
      if (At(close)) {
        ++pos_;
        return true;
      }
      if (AtEnd()) {
        return Fail(entry_at_, Label() + " is not closed by '" + std::string(1, close) +
                                   "' by the end of the file");
      }
      std::string name = AsciiLowerCopy(Name());
      if (name.empty()) return Fail(pos_, "expected a field name in " + Label());
      SkipSpace();
      if (!At('=')) return Fail(pos_, "expected '=' after field '" + name + "' in " + Label());
      ++pos_;
      std::string value;
      SkipSpace();
      size_t value_at = pos_;
      if (!ParseValue(name, &value)) return false;
      bool seen = false;
      for (const auto& field : *fields) seen = seen || field.first == name;
      if (!seen) fields->emplace_back(name, std::move(value));
      SkipSpace();
      if (At(',')) {
        ++pos_;
      } else if (AtLineStart(pos_) && EntryLineAt(pos_)) {
        return NotClosed(name, value_at, close);
      } else if (!At(close)) {
        return Fail(pos_, "expected ',' or '" + std::string(1, close) + "' after field '" + name +
                              "' in " + Label());
      }
    }
  }

  // At the next "@type{" line, still inside the entry: a value that ran on over
  // the fields after it (an unbalanced '{') is the likelier cause, else the
  // entry lost its close.
  bool NotClosed(const std::string& field, size_t value_at, char close) {
    size_t value_end = pos_;
    int next_line = LineOf(pos_);
    for (size_t i = s_.find('\n', value_at); i < value_end; i = s_.find('\n', i + 1)) {
      size_t j = i + 1;
      while (j < value_end && (s_[j] == ' ' || s_[j] == '\t')) ++j;
      size_t name = j;
      while (j < value_end && IsAsciiLetter(s_[j])) ++j;
      while (j < value_end && (s_[j] == ' ' || s_[j] == '\t')) ++j;
      if (j > name && j < value_end && s_[j] == '=') {
        return Fail(value_at, "the value of field '" + field + "' in " + Label() +
                                  " runs on over the fields after it to line " +
                                  std::to_string(next_line) + ": is a '{' in it unbalanced?");
      }
    }
    return Fail(entry_at_, Label() + " is not closed by '" + std::string(1, close) +
                               "' before the next entry, on line " + std::to_string(next_line));
  }

  // Pieces joined by '#'.
  bool ParseValue(const std::string& field, std::string* value) {
    while (true) {
      SkipSpace();
      size_t start = pos_;
      if (At('{') || At('"')) {
        if (!Delimited(value)) {
          return Fail(start, "unterminated value of field '" + field + "' in " + Label());
        }
      } else if (!AtEnd() && IsAsciiDigit(s_[pos_])) {
        while (!AtEnd() && IsAsciiDigit(s_[pos_])) *value += s_[pos_++];
      } else if (!AtEnd() && IsAsciiLetter(s_[pos_])) {
        Macro(value);
      } else {
        return Fail(pos_, "expected a value for field '" + field + "' in " + Label());
      }
      SkipSpace();
      if (!At('#')) return true;
      ++pos_;
    }
  }

  // A {braced} or "quoted" piece, without its delimiters. False when it runs
  // to the end of the input or into a line that starts another entry.
  bool Delimited(std::string* value) {
    bool quoted = At('"');
    size_t start = ++pos_;
    int depth = quoted ? 0 : 1;
    for (; !AtEnd(); ++pos_) {
      char c = s_[pos_];
      if (c == '\\') {
        ++pos_;
      } else if (c == '{') {
        ++depth;
      } else if (c == '}' && depth > 0) {
        --depth;
      } else if (c == '\n' && EntryLineAt(pos_ + 1)) {
        return false;
      }
      bool closed = quoted ? (c == '"' && depth == 0) : (c == '}' && depth == 0);
      if (closed) {
        *value += s_.substr(start, pos_ - start);
        ++pos_;
        return true;
      }
    }
    return false;
  }

  void Macro(std::string* value) {
    size_t start = pos_;
    std::string name = AsciiLowerCopy(Name());
    auto it = macros_.find(name);
    if (it != macros_.end()) {
      *value += it->second;
      return;
    }
    Diagnostic d =
        MakeErrorAt(ctx_.path, s_, start,
                    "unknown @string macro '" + name + "' in " + Label() + "; read as empty");
    d.severity = Severity::kWarning;
    ctx_.diags->push_back(std::move(d));
  }

  const ReadContext& ctx_;
  std::string_view s_;
  size_t pos_ = 0;
  size_t line_offset_ = 0;  // LineOf has counted the lines of s_[0, line_offset_)
  int line_ = 1;
  std::map<std::string, std::string> macros_;
  int count_ = 0;           // entries so far
  std::string key_;         // of the entry being read
  size_t entry_at_ = 0;     // where its '@' is
  bool in_macros_ = false;  // reading an @string
  std::string error_;
  size_t error_at_ = 0;
};

}  // namespace

void ReadBibtex(const ReadContext& ctx) { Parser(ctx).Run(); }

}  // namespace argmap::read_internal
