// JSON input: one record or an array of records (kJson), one record per line
// (kJsonl), or a record on the first line followed by page text (kScraped).
// Parse errors become "invalid JSON" diagnostics placed at nlohmann's byte
// position (ParseJson, json_records.h). An array that is not valid JSON is read
// element by element, so a syntax error loses one record, not the file.
#include <algorithm>
#include <string>

#include "read/bib_fields.h"
#include "read/json_positions.h"
#include "read/json_records.h"

namespace argmap::read_internal {
namespace {

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
    std::string_view text = AbstractBody(v->get_ref<const std::string&>());
    if (!text.empty()) return text;
  }
  return {};
}

// Adds record number `n`; `line` is where it starts (0 if unknown), which its
// errors name.
void AddRecord(const ReadContext& ctx, const Json& record, int n, int line) {
  std::string prefix = "record " + std::to_string(n);
  if (!record.is_object()) return AddError(ctx, line, prefix + " is not a JSON object");
  std::string_view text = AbstractText(record);
  if (text.empty()) {
    for (const char* key : {"abstract", "text"}) {
      const Json* v = Field(record, key);
      if (v == nullptr || v->is_string() || v->is_null()) continue;
      return AddError(ctx, line, prefix + " has a \"" + key + "\" field that is not a string");
    }
    for (const char* key : {"abstract", "text"}) {
      const Json* v = Field(record, key);
      if (v != nullptr && v->is_string()) {
        return AddError(ctx, line, prefix + " has an empty \"" + key + "\" field");
      }
    }
    return AddError(ctx, line, prefix + " has no \"abstract\" or \"text\" field");
  }
  Document doc;
  doc.doi = StringField(record, "doi");
  doc.id = ScalarText(Field(record, "id"));
  if (doc.id.empty()) doc.id = doc.doi.empty() ? DefaultId(ctx, n) : doc.doi;
  doc.title = StringField(record, "title");
  doc.authors = Authors(Field(record, "authors"));
  doc.year = Year(record);
  doc.venue = Venue(record);
  doc.text = Unwrapped(text);
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
  Json value = Json::parse(ctx.content, nullptr, false);
  if (value.is_discarded()) {
    int n = 0;
    auto add = [&](const Json& record, int line, int k) { AddRecord(ctx, record, k, line); };
    if (!ReadArrayElements(ctx, &n, add)) ParseJson(ctx, ctx.content, 0, &value);  // the error
    return;
  }
  std::vector<int> lines = RecordLines(ctx.content, value, value);
  auto line = [&](size_t i) { return i < lines.size() ? lines[i] : 0; };
  if (!value.is_array()) return AddRecord(ctx, value, 1, line(0));
  int n = 0;
  for (const Json& record : value) {
    AddRecord(ctx, record, n + 1, line(n));
    ++n;
  }
}

void ReadJsonl(const ReadContext& ctx) {
  int n = ctx.record_base;
  for (const Line& line : SplitLines(ctx.content)) {
    if (IsBlank(line.text)) continue;
    ++n;
    Json value;
    if (ParseJson(ctx, line.text, line.offset, &value)) {
      AddRecord(ctx, value, n, line.number);
    }
  }
}

void ReadScraped(const ReadContext& ctx) {
  for (const Line& line : SplitLines(ctx.content)) {
    if (IsBlank(line.text)) continue;
    Json value;
    if (ParseJson(ctx, line.text, line.offset, &value)) {
      AddRecord(ctx, value, 1, line.number);
    }
    return;  // the rest is page text
  }
}

}  // namespace argmap::read_internal
