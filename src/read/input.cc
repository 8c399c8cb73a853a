#include "read/input.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/name_table.h"

namespace argmap {
namespace {

constexpr NamedValue<InputKind> kKindNames[] = {
    {InputKind::kAbstracts, "abstracts"},
    {InputKind::kArgmapMap, "an argmap map"},
    {InputKind::kAif, "an AIF map"},
    {InputKind::kArgdown, "an Argdown map"},
};

// The first JSON value of `content`: all of it, else its first non-blank line
// (discarded when neither parses).
nlohmann::json FirstValue(std::string_view content) {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  size_t start = content.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || content[start] != '{') {
    return nlohmann::json::value_t::discarded;  // no object (text, an array of records): no parse
  }
  nlohmann::json whole = nlohmann::json::parse(content, nullptr, false);
  if (!whole.is_discarded()) return whole;
  size_t end = content.find('\n', start);
  return nlohmann::json::parse(content.substr(start, end == content.npos ? end : end - start),
                               nullptr, false);
}

// One past the end of the "===" line that opens `content` (after a byte order
// mark and blank lines), or npos when it does not open with one.
size_t FrontMatterOpeningEnd(std::string_view content) {
  size_t bom = content.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  size_t start = content.find_first_not_of(" \t\r\n", bom);
  if (start == std::string_view::npos || content.compare(start, 3, "===") != 0) {
    return std::string_view::npos;
  }
  size_t end = content.find('\n', start);
  if (end == std::string_view::npos) return std::string_view::npos;
  std::string_view first = content.substr(start, end - start);
  if (first.ends_with('\r')) first.remove_suffix(1);
  return first == "===" ? end + 1 : std::string_view::npos;
}

// True when the first non-blank line is "===" and a later line is "===" too:
// Argdown's front matter, which `extract --format argdown` always writes.
bool StartsWithFrontMatter(std::string_view content) {
  size_t end = FrontMatterOpeningEnd(content);
  if (end == std::string_view::npos) return false;
  for (size_t pos = end; pos < content.size();) {
    size_t next = std::min(content.find('\n', pos), content.size());
    std::string_view line = content.substr(pos, next - pos);
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line == "===") return true;
    pos = next + 1;
  }
  return false;
}

bool HasArray(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_array();
}

}  // namespace

std::string_view InputKindName(InputKind kind) { return NameOf(kKindNames, kind); }

Diagnostic MapGivenForAbstracts(const std::string& path, InputKind kind) {
  return MakeError(path, std::string(InputKindName(kind)) +
                             ", not abstracts: draw it with 'argmap render' or change its "
                             "format with 'argmap convert'");
}

bool OpensFrontMatter(std::string_view content) {
  return FrontMatterOpeningEnd(content) != std::string_view::npos;
}

InputKind ClassifyInput(std::string_view content, std::string_view path) {
  if (path.ends_with(".argdown") || path.ends_with(".ad") || StartsWithFrontMatter(content)) {
    return InputKind::kArgdown;
  }
  nlohmann::json first = FirstValue(content);
  if (!first.is_object()) return InputKind::kAbstracts;
  auto format = first.find("format");
  if (format != first.end() && *format == "argmap") return InputKind::kArgmapMap;
  auto aif = first.find("AIF");
  if ((aif != first.end() && aif->is_object()) ||
      (HasArray(first, "nodes") && HasArray(first, "edges"))) {
    return InputKind::kAif;
  }
  return InputKind::kAbstracts;
}

}  // namespace argmap
