// The record offsets of a JSON text: find the path of keys and indexes from
// the root to the records node in the parsed value, then walk the text along
// that path with a scanner that knows only strings, nesting and white space
// (enough for text that is known to be valid JSON).
#include "read/json_positions.h"

#include <algorithm>
#include <optional>
#include <string>

#include "core/diagnostic.h"

namespace argmap::read_internal {
namespace {

using Json = nlohmann::json;

// One step down: a key of an object, or an index of an array.
struct Step {
  std::optional<std::string> key;
  size_t index = 0;
};

constexpr size_t kMaxPathDepth = 8;

// True when `target` is `node` or below it; the steps from `node` to it in *path.
bool FindPath(const Json& node, const Json* target, std::vector<Step>* path) {
  if (&node == target) return true;
  if (path->size() >= kMaxPathDepth) return false;
  if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      path->push_back({it.key(), 0});
      if (FindPath(*it, target, path)) return true;
      path->pop_back();
    }
  } else if (node.is_array()) {
    for (size_t i = 0; i < node.size(); ++i) {
      path->push_back({std::nullopt, i});
      if (FindPath(node[i], target, path)) return true;
      path->pop_back();
    }
  }
  return false;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  size_t pos() const { return pos_; }
  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek() const { return AtEnd() ? '\0' : text_[pos_]; }

  void SkipSpace() {
    while (!AtEnd() && (Peek() == ' ' || Peek() == '\t' || Peek() == '\n' || Peek() == '\r')) {
      ++pos_;
    }
  }
  // Consumes `c` (after white space); false when it is not there.
  bool Take(char c) {
    SkipSpace();
    if (Peek() != c) return false;
    ++pos_;
    return true;
  }
  // The raw text of a string, its quotes included, or nullopt.
  std::optional<std::string_view> String() {
    SkipSpace();
    if (Peek() != '"') return std::nullopt;
    size_t start = pos_++;
    while (!AtEnd() && Peek() != '"')
      pos_ = std::min(pos_ + (Peek() == '\\' ? 2 : 1), text_.size());
    if (AtEnd()) return std::nullopt;
    ++pos_;
    return text_.substr(start, pos_ - start);
  }
  // Skips one value of any kind; false on text that is not JSON.
  bool SkipValue() {
    SkipSpace();
    if (Peek() == '"') return String().has_value();
    if (Peek() != '{' && Peek() != '[') {
      size_t start = pos_;
      while (!AtEnd() && std::string_view(",]} \t\r\n").find(Peek()) == std::string_view::npos) {
        ++pos_;
      }
      return pos_ > start;
    }
    int depth = 0;
    while (!AtEnd()) {
      char c = Peek();
      if (c == '"') {
        if (!String()) return false;
        continue;
      }
      ++pos_;
      if (c == '{' || c == '[') ++depth;
      if ((c == '}' || c == ']') && --depth == 0) return true;
    }
    return false;
  }
  void Seek(size_t pos) { pos_ = pos; }
  // Moves to the next ',' or ']' outside strings and nesting, or to the end;
  // for text that need not be valid JSON (a stray closer does not nest).
  void ToSeparator() {
    int depth = 0;
    while (!AtEnd()) {
      char c = Peek();
      if (c == '"') {
        ++pos_;
        // An escape's backslash takes the next byte, if there is one: a text
        // ending in a backslash ends the string, not past its end.
        while (!AtEnd() && Peek() != '"')
          pos_ = std::min(pos_ + (Peek() == '\\' ? 2 : 1), text_.size());
        if (!AtEnd()) ++pos_;
        continue;
      }
      if (depth == 0 && (c == ',' || c == ']')) return;
      if (c == '{' || c == '[') ++depth;
      if ((c == '}' || c == ']') && depth > 0) --depth;
      ++pos_;
    }
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

// The key a raw string token spells ("a\u0062" is "ab"), or nullopt.
std::optional<std::string> KeyOf(std::string_view token) {
  Json key = Json::parse(token, nullptr, false);
  if (!key.is_string()) return std::nullopt;
  return key.get<std::string>();
}

// Moves `s` (at an object) to the value of the last member named `key`.
bool EnterMember(Scanner* s, const std::string& key) {
  if (!s->Take('{')) return false;
  std::optional<size_t> found;
  if (s->Take('}')) return false;
  do {
    std::optional<std::string_view> token = s->String();
    if (!token || !s->Take(':')) return false;
    s->SkipSpace();
    if (KeyOf(*token) == key) found = s->pos();
    if (!s->SkipValue()) return false;
  } while (s->Take(','));
  if (!found) return false;
  s->Seek(*found);
  return true;
}

// Moves `s` (at an array) to its element `index`.
bool EnterElement(Scanner* s, size_t index) {
  if (!s->Take('[')) return false;
  for (size_t i = 0; i < index; ++i) {
    if (!s->SkipValue() || !s->Take(',')) return false;
  }
  s->SkipSpace();
  return true;
}

// The start of each element of the array `s` is at.
std::vector<size_t> ElementStarts(Scanner* s) {
  std::vector<size_t> starts;
  if (!s->Take('[')) return {};
  if (s->Take(']')) return starts;
  do {
    s->SkipSpace();
    starts.push_back(s->pos());
    if (!s->SkipValue()) return {};
  } while (s->Take(','));
  return starts;
}

}  // namespace

std::vector<size_t> RecordOffsets(std::string_view text, const Json& root, const Json& records) {
  std::vector<Step> path;
  if (!FindPath(root, &records, &path)) return {};
  Scanner s(text);
  for (const Step& step : path) {
    bool ok = step.key ? EnterMember(&s, *step.key) : EnterElement(&s, step.index);
    if (!ok) return {};
  }
  s.SkipSpace();
  std::vector<size_t> starts =
      records.is_array() ? ElementStarts(&s) : std::vector<size_t>{s.pos()};
  if (records.is_array() && starts.size() != records.size()) return {};
  return starts;
}

std::vector<ElementSpan> ArrayElementSpans(std::string_view text) {
  Scanner s(text);
  std::vector<ElementSpan> spans;
  if (!s.Take('[') || s.Take(']')) return spans;
  while (true) {
    s.SkipSpace();
    size_t begin = s.pos();
    s.ToSeparator();
    size_t end = s.pos();
    while (end > begin &&
           std::string_view(" \t\r\n").find(text[end - 1]) != std::string_view::npos) {
      --end;
    }
    spans.push_back({begin, end});
    if (s.AtEnd() || s.Peek() == ']') return spans;
    s.Take(',');
  }
}

std::vector<int> RecordLines(std::string_view text, const Json& root, const Json& records) {
  std::vector<int> lines;
  for (size_t offset : RecordOffsets(text, root, records)) {
    int line = 0;
    int column = 0;
    std::string source_line;
    LocateOffset(text, offset, &line, &column, &source_line);
    lines.push_back(line);
  }
  return lines;
}

}  // namespace argmap::read_internal
