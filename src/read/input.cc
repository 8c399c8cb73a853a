#include "read/input.h"

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

InputKind ClassifyInput(std::string_view content, std::string_view path) {
  if (path.ends_with(".argdown") || path.ends_with(".ad")) return InputKind::kArgdown;
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
