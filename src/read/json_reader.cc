// JSON input: one record or an array of records (kJson), one record per line
// (kJsonl), or a record on the first line followed by page text (kScraped).
// Parse errors are caught here and become "invalid JSON" diagnostics placed at
// nlohmann's byte position.
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "read/readers_internal.h"

namespace argmap::read_internal {
namespace {

using Json = nlohmann::json;

// nlohmann's message without its "[json.exception.parse_error.101] parse error
// at line 1, column 5: " prefix.
std::string ShortReason(const Json::parse_error& e) {
  std::string_view what = e.what();
  size_t at = what.find("parse error");
  size_t colon = at == std::string_view::npos ? at : what.find(": ", at);
  if (colon == std::string_view::npos) return std::string(what);
  return std::string(what.substr(colon + 2));
}

// Parses `text`, found at byte `base` of the content. On failure adds an
// "invalid JSON" error at the byte where parsing stopped (the end of the last
// non-blank character when the input ended early).
bool Parse(const ReadContext& ctx, std::string_view text, size_t base, Json* out) {
  try {
    *out = Json::parse(text);
    return true;
  } catch (const Json::parse_error& e) {
    size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    if (offset >= text.size()) {
      std::string_view head = text;
      while (!head.empty() && IsSpace(head.back())) head.remove_suffix(1);
      offset = head.size();
    }
    ctx.diags->push_back(
        MakeErrorAt(ctx.path, ctx.content, base + offset, "invalid JSON: " + ShortReason(e)));
    return false;
  }
}

const Json* Field(const Json& record, const char* key) {
  auto it = record.find(key);
  return it == record.end() ? nullptr : &*it;
}

std::string StringField(const Json& record, const char* key) {
  const Json* v = Field(record, key);
  if (v == nullptr || !v->is_string()) return "";
  return std::string(Trim(v->get_ref<const std::string&>()));
}

// A string or number as text ("2021" for 2021 and 2021.0); "" for anything else.
std::string ScalarText(const Json* v) {
  if (v == nullptr) return "";
  if (v->is_string()) return std::string(Trim(v->get_ref<const std::string&>()));
  if (v->is_number_float()) {
    double d = v->get<double>();
    if (std::abs(d) < 1e15 && d == static_cast<double>(static_cast<long long>(d))) {
      return std::to_string(static_cast<long long>(d));
    }
  }
  if (v->is_number()) return v->dump();
  return "";
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t end = s.find(sep, start);
    parts.push_back(Trim(s.substr(start, end == std::string_view::npos ? end : end - start)));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

// "A. Smith; B. Jones" and "A. Smith, B. Jones" give two names; "Smith, A."
// stays one (a piece without a space is part of an inverted name).
void SplitAuthors(std::string_view s, std::vector<std::string>* out) {
  for (std::string_view group : Split(s, ';')) {
    std::vector<std::string_view> pieces = Split(group, ',');
    bool names = true;
    for (std::string_view p : pieces) names = names && p.find(' ') != std::string_view::npos;
    if (!names) pieces = {group};
    for (std::string_view p : pieces) {
      if (!p.empty()) out->emplace_back(p);
    }
  }
}

std::vector<std::string> Authors(const Json* v) {
  std::vector<std::string> out;
  if (v == nullptr) return out;
  if (v->is_string()) SplitAuthors(v->get_ref<const std::string&>(), &out);
  if (!v->is_array()) return out;
  for (const Json& item : *v) {
    std::string name = item.is_string()   ? ScalarText(&item)
                       : item.is_object() ? StringField(item, "name")
                                          : "";
    if (!name.empty()) out.push_back(name);
  }
  return out;
}

std::string Year(const Json& record) {
  std::string year = ScalarText(Field(record, "year"));
  if (!year.empty()) return year;
  std::string date = StringField(record, "publicationDate");
  bool digits = date.size() >= 4 && std::all_of(date.begin(), date.begin() + 4,
                                                [](char c) { return c >= '0' && c <= '9'; });
  return digits ? date.substr(0, 4) : "";
}

std::string Venue(const Json& record) {
  for (const char* key : {"journal", "venue"}) {
    const Json* v = Field(record, key);
    if (v == nullptr) continue;
    std::string name = v->is_object()   ? StringField(*v, "name")
                       : v->is_string() ? ScalarText(v)
                                        : "";
    if (!name.empty()) return name;
  }
  return "";
}

std::string_view AbstractText(const Json& record) {
  for (const char* key : {"abstract", "text"}) {
    const Json* v = Field(record, key);
    if (v == nullptr || !v->is_string()) continue;
    std::string_view text = StripAbstractLabel(v->get_ref<const std::string&>());
    if (!text.empty()) return text;
  }
  return {};
}

void AddError(const ReadContext& ctx, int line, std::string message) {
  Diagnostic d = MakeError(ctx.path, std::move(message));
  d.line = line;
  ctx.diags->push_back(std::move(d));
}

// Adds record number `n`; `line` is where it starts (0 if unknown) and
// `message_line` the line its errors name (0 inside one JSON document).
void AddRecord(const ReadContext& ctx, const Json& record, int n, int line, int message_line) {
  std::string prefix = "record " + std::to_string(n);
  if (!record.is_object()) return AddError(ctx, message_line, prefix + " is not a JSON object");
  std::string_view text = AbstractText(record);
  if (text.empty()) {
    return AddError(ctx, message_line, prefix + " has no \"abstract\" or \"text\" field");
  }
  Document doc;
  doc.doi = StringField(record, "doi");
  doc.id = ScalarText(Field(record, "id"));
  if (doc.id.empty()) doc.id = doc.doi.empty() ? DefaultId(ctx, n) : doc.doi;
  doc.title = StringField(record, "title");
  doc.authors = Authors(Field(record, "authors"));
  doc.year = Year(record);
  doc.venue = Venue(record);
  doc.text = std::string(text);
  doc.source = ctx.path;
  doc.record = n;
  doc.line = line;
  ctx.docs->push_back(std::move(doc));
}

}  // namespace

bool ParsesAsJson(std::string_view text) { return Json::accept(text); }

bool ParsesAsJsonObject(std::string_view text) {
  text = Trim(text);
  return !text.empty() && text.front() == '{' && Json::accept(text);
}

void ReadJson(const ReadContext& ctx) {
  Json value;
  if (!Parse(ctx, ctx.content, 0, &value)) return;
  if (!value.is_array()) {
    size_t start = 0;
    while (start < ctx.content.size() && IsSpace(ctx.content[start])) ++start;
    int line = 0;
    int column = 0;
    std::string source_line;
    LocateOffset(ctx.content, start, &line, &column, &source_line);
    return AddRecord(ctx, value, 1, line, 0);
  }
  int n = 0;
  for (const Json& record : value) AddRecord(ctx, record, ++n, 0, 0);
}

void ReadJsonl(const ReadContext& ctx) {
  int n = 0;
  for (const Line& line : SplitLines(ctx.content)) {
    if (IsBlank(line.text)) continue;
    ++n;
    Json value;
    if (Parse(ctx, line.text, line.offset, &value)) {
      AddRecord(ctx, value, n, line.number, line.number);
    }
  }
}

void ReadScraped(const ReadContext& ctx) {
  for (const Line& line : SplitLines(ctx.content)) {
    if (IsBlank(line.text)) continue;
    Json value;
    if (Parse(ctx, line.text, line.offset, &value)) {
      AddRecord(ctx, value, 1, line.number, line.number);
    }
    return;  // the rest is page text
  }
}

}  // namespace argmap::read_internal
