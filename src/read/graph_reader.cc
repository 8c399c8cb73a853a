#include "read/graph_reader.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "read/aif_reader.h"
#include "read/argmap_json_reader.h"
#include "read/reader.h"

namespace argmap {
namespace {

constexpr std::pair<GraphFormat, std::string_view> kFormats[] = {
    {GraphFormat::kAuto, "auto"}, {GraphFormat::kArgmap, "argmap"}, {GraphFormat::kAif, "aif"}};

// The first JSON value of `content`: all of it, else its first non-blank line.
nlohmann::json FirstValue(std::string_view content) {
  nlohmann::json whole = nlohmann::json::parse(content, nullptr, false);
  if (!whole.is_discarded()) return whole;
  size_t start = content.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return whole;
  size_t end = content.find('\n', start);
  return nlohmann::json::parse(content.substr(start, end == content.npos ? end : end - start),
                               nullptr, false);
}

}  // namespace

std::string_view GraphFormatName(GraphFormat format) {
  for (const auto& [f, name] : kFormats) {
    if (f == format) return name;
  }
  return "auto";
}

bool ParseGraphFormat(std::string_view name, GraphFormat* format) {
  for (const auto& [f, n] : kFormats) {
    if (n == name) {
      *format = f;
      return true;
    }
  }
  return false;
}

std::vector<std::string> GraphFormatNames() {
  std::vector<std::string> names;
  for (const auto& entry : kFormats) names.emplace_back(entry.second);
  return names;
}

GraphFormat DetectGraphFormat(std::string_view content) {
  nlohmann::json first = FirstValue(content);
  if (!first.is_object() || first.contains("format")) return GraphFormat::kArgmap;
  return first.contains("AIF") || first.contains("nodes") ? GraphFormat::kAif
                                                          : GraphFormat::kArgmap;
}

bool ReadGraphFile(const std::string& path, GraphFormat format, ArgumentGraph* graph,
                   std::vector<Document>* docs, std::vector<Diagnostic>* diags) {
  std::string content;
  std::string error;
  if (!ReadFileContent(path, &content, &error)) {
    diags->push_back(MakeError(path, "cannot read file: " + error));
    return false;
  }
  if (format == GraphFormat::kAuto) format = DetectGraphFormat(content);
  if (format == GraphFormat::kAif) return ReadAifJson(path, content, graph, docs, diags);
  return ReadArgmapJson(path, content, graph, docs, diags);
}

}  // namespace argmap
