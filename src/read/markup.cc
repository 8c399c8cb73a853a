// Markup stripping: one pass over the text, collecting lines.
#include "read/markup.h"

#include <libxml/HTMLparser.h>

#include <charconv>
#include <vector>

#include "core/utf8.h"
#include "text/scan.h"

namespace argmap {
namespace {

constexpr std::string_view kBlockElements[] = {"p",  "title", "sec", "list", "list-item",
                                               "li", "div",   "br",  "h1",   "h2",
                                               "h3", "h4",    "h5",  "h6",   "abstract"};

// The local name of the tag `tag` (the text between '<' and '>'), lower-cased.
std::string TagName(std::string_view tag) {
  if (!tag.empty() && tag.front() == '/') tag.remove_prefix(1);
  size_t end = 0;
  while (end < tag.size() && !IsAsciiSpace(tag[end]) && tag[end] != '/') ++end;
  std::string_view name = tag.substr(0, end);
  size_t colon = name.rfind(':');
  if (colon != std::string_view::npos) name.remove_prefix(colon + 1);
  return AsciiLowerCopy(name);
}

bool IsBlock(std::string_view tag) {
  std::string name = TagName(tag);
  for (std::string_view block : kBlockElements) {
    if (name == block) return true;
  }
  return false;
}

// The text of the entity `name` (between '&' and ';'), or false when unknown.
// Named entities are HTML 4's set, libxml2's table (htmlEntityLookup): the five
// of XML, Greek letters, accented letters, dashes, math signs, ...; &nbsp; is a
// plain space, so that it collapses with the white space around it.
bool DecodeEntity(std::string_view name, std::string* out) {
  if (name == "nbsp") {
    *out += ' ';
    return true;
  }
  if (!name.empty() && name[0] != '#') {
    std::string key(name);
    const htmlEntityDesc* entity = htmlEntityLookup(reinterpret_cast<const xmlChar*>(key.c_str()));
    if (entity == nullptr) return false;
    AppendUtf8(static_cast<char32_t>(entity->value), out);
    return true;
  }
  if (name.size() < 2) return false;
  bool hex = name[1] == 'x' || name[1] == 'X';
  std::string_view digits = name.substr(hex ? 2 : 1);
  unsigned value = 0;
  auto [end, ec] =
      std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
  if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty()) return false;
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return false;
  AppendUtf8(static_cast<char32_t>(value), out);
  return true;
}

bool IsNameStart(char c) { return IsAsciiLetter(c) || c == '_'; }
bool IsNameByte(char c) { return IsAsciiAlnum(c) || c == '_' || c == ':' || c == '.' || c == '-'; }

// The index after the name at s[i...], or i when no name starts there.
size_t SkipName(std::string_view s, size_t i) {
  if (i >= s.size() || !IsNameStart(s[i])) return i;
  while (i < s.size() && IsNameByte(s[i])) ++i;
  return i;
}

size_t SkipSpace(std::string_view s, size_t i) {
  while (i < s.size() && IsAsciiSpace(s[i])) ++i;
  return i;
}

// The index after the attribute value at s[i...] ("v", 'v' or v), or npos.
size_t SkipValue(std::string_view s, size_t i) {
  if (i >= s.size()) return std::string_view::npos;
  if (s[i] == '"' || s[i] == '\'') {
    size_t close = s.find(s[i], i + 1);
    return close == std::string_view::npos ? close : close + 1;
  }
  size_t start = i;
  while (i < s.size() && !IsAsciiSpace(s[i]) && s[i] != '>' && s[i] != '"' && s[i] != '\'') ++i;
  return i == start ? std::string_view::npos : i;
}

// The index of the '>' that closes a well-formed tag opening at s[i] ('<'):
// "</name>", or "<name", attributes name="v" (or 'v', or an unquoted v), and
// ">" or "/>"; npos when s[i...] is no such tag ("a <b and", "<LLOQ predict
// survival. ... </p>": a bare word is no attribute), so the '<' is text.
size_t TagEnd(std::string_view s, size_t i) {
  constexpr size_t npos = std::string_view::npos;
  bool closing = i + 1 < s.size() && s[i + 1] == '/';
  size_t start = i + (closing ? 2 : 1);
  size_t j = SkipName(s, start);
  if (j == start) return npos;
  while (true) {
    size_t k = SkipSpace(s, j);
    if (k < s.size() && s[k] == '>') return k;
    if (!closing && k + 1 < s.size() && s[k] == '/' && s[k + 1] == '>') return k + 1;
    if (closing || k == j) return npos;  // an attribute needs white space before it
    size_t name_end = SkipName(s, k);
    if (name_end == k) return npos;
    size_t eq = SkipSpace(s, name_end);
    if (eq >= s.size() || s[eq] != '=') return npos;
    j = SkipValue(s, SkipSpace(s, eq + 1));
    if (j == npos) return npos;
  }
}

class Stripper {
 public:
  std::string Run(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) i = Step(s, i);
    EndLine();
    std::string out;
    for (const std::string& line : lines_) out += (out.empty() ? "" : "\n") + line;
    return out;
  }

 private:
  // Handles s[i...] and returns the next index.
  size_t Step(std::string_view s, size_t i) {
    std::string_view rest = s.substr(i);
    if (rest.starts_with("<!--")) {
      size_t end = s.find("-->", i + 4);
      return end == std::string_view::npos ? s.size() : end + 3;
    }
    if (rest.starts_with("<![CDATA[")) {
      size_t end = s.find("]]>", i + 9);
      size_t stop = end == std::string_view::npos ? s.size() : end;
      Text(s.substr(i + 9, stop - i - 9));
      return end == std::string_view::npos ? s.size() : end + 3;
    }
    if (s[i] == '<') {
      size_t end = TagEnd(s, i);
      if (end != std::string_view::npos) {
        if (IsBlock(s.substr(i + 1, end - i - 1))) EndLine();
        return end + 1;
      }
    }
    if (s[i] == '&') {
      size_t semi = s.find(';', i);
      std::string decoded;
      if (semi != std::string_view::npos && semi - i <= 10 &&
          DecodeEntity(s.substr(i + 1, semi - i - 1), &decoded)) {
        Text(decoded);
        return semi + 1;
      }
    }
    Text(s.substr(i, 1));
    return i + 1;
  }

  void Text(std::string_view text) {
    for (char c : text) {
      if (IsAsciiSpace(c)) {
        space_ = !line_.empty();
        continue;
      }
      if (space_) line_ += ' ';
      space_ = false;
      line_ += c;
    }
  }

  void EndLine() {
    if (!line_.empty()) lines_.push_back(line_);
    line_.clear();
    space_ = false;
  }

  std::vector<std::string> lines_;
  std::string line_;
  bool space_ = false;  // white space seen since the last character of line_
};

}  // namespace

std::string StripMarkup(std::string_view markup) { return Stripper().Run(markup); }

}  // namespace argmap
