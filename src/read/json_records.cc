// The JSON helpers shared by the JSON readers: parsing with located errors,
// field access, CSL names and dates, and the one-value-or-lines record loop.
#include "read/json_records.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "read/bib_fields.h"
#include "read/json_overflow.h"
#include "read/json_positions.h"
#include "read/markup.h"

namespace argmap::read_internal {
namespace {

// Calls the format's map on each record of `value` and adds the documents.
// `line` is that of a JSON Lines line; 0 for one document, whose records are
// given the lines they start on.
void AddRecords(const ReadContext& ctx, const JsonFormat& format, const Json& value, int line,
                int* number) {
  const Json& records = format.records(value);
  std::vector<int> lines =
      line == 0 ? RecordLines(ctx.content, value, records) : std::vector<int>();
  size_t index = 0;
  auto add = [&](const Json& record) {
    int n = ++*number;
    if (index < lines.size()) line = lines[index];
    ++index;
    if (!record.is_object()) {
      return AddError(ctx, line, "record " + std::to_string(n) + " is not a JSON object");
    }
    Document doc;
    std::string error = format.map(record, &doc);
    std::string label = RecordLabel(n, doc.id);
    if (!error.empty()) return AddError(ctx, line, label + ": " + error);
    doc.text = Unwrapped(doc.text);
    AddDocument(ctx, std::move(doc), n, line, label);
  };
  if (!records.is_array()) return add(records);
  for (const Json& record : records) add(record);
}

}  // namespace

bool ReadArrayElements(const ReadContext& ctx, int* number,
                       const std::function<void(const Json& element, int line, int n)>& add) {
  std::vector<ElementSpan> spans = ArrayElementSpans(ctx.content);
  if (spans.empty()) return false;
  size_t diags = ctx.diags->size();
  for (const ElementSpan& span : spans) {
    int n = ++*number;
    Json element;
    if (!ParseJson(ctx, ctx.content.substr(span.begin, span.end - span.begin), span.begin,
                   &element)) {
      continue;
    }
    int line = 0, column = 0;
    std::string source_line;
    LocateOffset(ctx.content, span.begin, &line, &column, &source_line);
    add(element, line, n);
  }
  Json whole;
  if (ctx.diags->size() == diags) ParseJson(ctx, ctx.content, 0, &whole);
  return true;
}

bool LooksLikeJsonLines(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // as Json::accept skips it
  std::string_view lines[2];
  size_t found = 0;
  for (size_t start = 0; start < text.size() && found < 2;) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (!IsBlank(line)) lines[found++] = line;
    start = end + 1;
  }
  if (found < 2) return false;
  std::string_view next =
      lines[1].substr(std::min(lines[1].find_first_not_of(" \t"), lines[1].size()));
  auto opens = [](std::string_view s) { return s.starts_with('{') || s.starts_with('['); };
  return opens(next) && opens(Trim(lines[0])) && Json::accept(lines[0]);
}

bool ParseJson(const ReadContext& ctx, std::string_view text, size_t base, Json* out) {
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
        MakeErrorAt(ctx.path, ctx.content, base + offset, "invalid JSON: " + JsonParseReason(e)));
    return false;
  } catch (const Json::out_of_range& e) {  // a number too large for a double
    size_t offset = 0;
    std::string reason = JsonOverflowReason(e, text, &offset);
    ctx.diags->push_back(
        MakeErrorAt(ctx.path, ctx.content, base + offset, "invalid JSON: " + reason));
    return false;
  }
}

const Json* Field(const Json& value, const char* key) {
  if (!value.is_object()) return nullptr;
  auto it = value.find(key);
  return it == value.end() ? nullptr : &*it;
}

std::string StringField(const Json& value, const char* key) {
  const Json* v = Field(value, key);
  if (v == nullptr || !v->is_string()) return "";
  return std::string(Trim(v->get_ref<const std::string&>()));
}

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

std::string FirstString(const Json* v) {
  if (v == nullptr) return "";
  if (v->is_string()) return ScalarText(v);
  if (!v->is_array()) return "";
  for (const Json& item : *v) {
    std::string text = item.is_string() ? ScalarText(&item) : "";
    if (!text.empty()) return text;
  }
  return "";
}

std::string DatePartsYear(const Json* date) {
  if (date == nullptr) return "";
  const Json* parts = Field(*date, "date-parts");
  if (parts != nullptr && parts->is_array() && !parts->empty() && (*parts)[0].is_array() &&
      !(*parts)[0].empty()) {
    std::string year = YearOf(ScalarText(&(*parts)[0][0]));
    if (!year.empty()) return year;
  }
  for (const char* key : {"raw", "literal"}) {
    std::string year = YearOf(StringField(*date, key));
    if (!year.empty()) return year;
  }
  return "";
}

std::string PersonName(const Json& person) {
  for (const char* key : {"literal", "name"}) {
    std::string name = StringField(person, key);
    if (!name.empty()) return StripMarkup(name);
  }
  std::string out;
  for (const char* key :
       {"given", "dropping-particle", "non-dropping-particle", "family", "suffix"}) {
    AppendWord(StringField(person, key), &out);
  }
  return StripMarkup(out);
}

void ReadJsonRecords(const ReadContext& ctx, const JsonFormat& format) {
  int number = ctx.record_base;
  Json value;
  if (!ctx.lines) {  // one JSON value, else JSON Lines
    value = Json::parse(ctx.content, nullptr, false);
    if (!value.is_discarded()) return AddRecords(ctx, format, value, 0, &number);
  }
  if (!ctx.lines && !LooksLikeJsonLines(ctx.content)) {
    auto add = [&](const Json& element, int line, int n) {
      int before = n - 1;
      AddRecords(ctx, format, element, line, &before);
    };
    bool read = ReadArrayElements(ctx, &number, add);
    if (!read) ParseJson(ctx, ctx.content, 0, &value);  // reports the error
    if (ctx.last_record != nullptr) *ctx.last_record = number;
    return;
  }
  for (const Line& line : SplitLines(ctx.content)) {
    if (IsBlank(line.text)) continue;
    if (ParseJson(ctx, line.text, line.offset, &value)) {
      AddRecords(ctx, format, value, line.number, &number);
    } else {
      ++number;
    }
  }
  if (ctx.last_record != nullptr) *ctx.last_record = number;
}

}  // namespace argmap::read_internal
