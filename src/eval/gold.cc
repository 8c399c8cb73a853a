// Reading gold files: each line is parsed here for its annotations, and the
// whole content once more by the JSON Lines reader for the Documents, so
// extraction reads exactly what `argmap extract` reads.
#include "eval/gold.h"

#include <map>
#include <nlohmann/json.hpp>

#include "core/input_bytes.h"
#include "core/utf8.h"
#include "read/json_overflow.h"
#include "read/reader.h"

namespace argmap {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr const char* kId = "id";
constexpr const char* kType = "type";

struct LineContext {
  const std::string& path;
  std::string_view content;  // the whole file, for error positions
  size_t offset = 0;         // of the line in `content`
  int number = 0;            // 1-based line number
  std::vector<Diagnostic>* diags;

  void Error(const std::string& message) const {
    Diagnostic d = MakeError(path, message);
    d.line = number;
    diags->push_back(std::move(d));
  }
};

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

bool ParseLine(const LineContext& ctx, std::string_view text, Json* out) {
  try {
    *out = Json::parse(text);
    return true;
  } catch (const Json::parse_error& e) {
    size_t at = e.byte > 0 ? e.byte - 1 : 0;
    if (at >= text.size()) {
      size_t end = text.find_last_not_of(" \t\r\n\f\v");
      at = end == std::string_view::npos ? 0 : end + 1;
    }
    ctx.diags->push_back(
        MakeErrorAt(ctx.path, ctx.content, ctx.offset + at, "invalid JSON: " + JsonParseReason(e)));
    return false;
  } catch (const Json::out_of_range& e) {  // a number too large for a double
    size_t at = 0;
    std::string reason = JsonOverflowReason(e, text, &at);
    ctx.diags->push_back(
        MakeErrorAt(ctx.path, ctx.content, ctx.offset + at, "invalid JSON: " + reason));
    return false;
  }
}

// A scalar id as the shared scorer spells it (Python's str): a string as is,
// anything else as its JSON text.
std::string IdText(const Json& v) {
  return v.is_string() ? v.get<std::string>()
                       : v.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// A string field that may be null ("" then); false when missing or of another type.
bool TextField(const Json& object, const char* key, std::string* out) {
  auto it = object.find(key);
  if (it == object.end()) return false;
  if (it->is_null()) {
    out->clear();
    return true;
  }
  if (!it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}

// The first of `keys` that `object` lacks (or holds with the wrong type), or nullptr.
const char* MissingKey(const Json& object, std::initializer_list<const char*> keys,
                       bool text_fields) {
  for (const char* key : keys) {
    auto it = object.find(key);
    if (it == object.end()) return key;
    if (text_fields && !it->is_string() && !it->is_null()) return key;
  }
  return nullptr;
}

// The array under `key`; nullptr when missing. An error when present but not an array.
const Json* ArrayField(const LineContext& ctx, const Json& record, const char* key) {
  auto it = record.find(key);
  if (it == record.end() || it->is_null()) return nullptr;
  if (!it->is_array()) {
    ctx.Error("\"" + std::string(key) + "\" is not an array");
    return nullptr;
  }
  return &*it;
}

void ReadComponents(const LineContext& ctx, const Json& record, GoldDoc* doc) {
  const Json* list = ArrayField(ctx, record, "components");
  if (list == nullptr) return;
  int n = 0;
  for (const Json& c : *list) {
    std::string prefix = "component " + std::to_string(++n);
    if (!c.is_object()) {
      ctx.Error(prefix + " is not a JSON object");
      continue;
    }
    const char* missing = MissingKey(c, {kId}, false);
    if (!missing) missing = MissingKey(c, {"role", "text"}, true);
    if (missing) {
      ctx.Error(prefix + " has no \"" + missing + "\"" + (missing == kId ? "" : " (a string)"));
      continue;
    }
    GoldComponent component;
    component.id = IdText(c["id"]);
    TextField(c, "role", &component.role);
    TextField(c, "text", &component.text);
    doc->components.push_back(std::move(component));
  }
}

void ReadRelations(const LineContext& ctx, const Json& record, GoldDoc* doc) {
  const Json* list = ArrayField(ctx, record, "relations");
  if (list == nullptr) return;
  int n = 0;
  for (const Json& r : *list) {
    std::string prefix = "relation " + std::to_string(++n);
    if (!r.is_object()) {
      ctx.Error(prefix + " is not a JSON object");
      continue;
    }
    const char* missing = MissingKey(r, {"source", "target"}, false);
    if (!missing) missing = MissingKey(r, {kType}, true);
    if (missing) {
      ctx.Error(prefix + " has no \"" + missing + "\"" + (missing == kType ? " (a string)" : ""));
      continue;
    }
    GoldRelation relation{IdText(r["source"]), IdText(r["target"]), ""};
    TextField(r, "type", &relation.type);
    doc->relations.push_back(std::move(relation));
  }
}

// One record. `documents` holds the reader's Documents by line.
void ReadRecord(const LineContext& ctx, const Json& record,
                const std::map<int, const Document*>& documents, std::vector<GoldDoc>* docs) {
  if (!record.is_object()) return ctx.Error("the line is not a JSON object");
  auto id = record.find("id");
  if (id == record.end() || !(id->is_string() || id->is_number())) {
    return ctx.Error("abstract has no \"id\" (a string or a number)");
  }
  auto text = record.find("text");
  auto document = documents.find(ctx.number);
  if (text == record.end() || !text->is_string() || document == documents.end()) {
    return ctx.Error("abstract has no \"text\" (a non-empty string)");
  }
  GoldDoc doc;
  doc.id = IdText(*id);
  doc.document = *document->second;
  doc.line = ctx.number;
  ReadComponents(ctx, record, &doc);
  ReadRelations(ctx, record, &doc);
  docs->push_back(std::move(doc));
}

}  // namespace

bool ParseGold(const std::string& path, std::string_view content, std::vector<GoldDoc>* docs,
               std::vector<Diagnostic>* diags) {
  // The reader's own messages repeat ours (or, for bad UTF-8, are the only ones).
  std::vector<Document> read;
  std::vector<Diagnostic> reader_diags;
  ReadDocuments(path, content, InputFormat::kJsonl, &read, &reader_diags);
  if (content.starts_with(kBom)) content.remove_prefix(kBom.size());
  size_t bad = 0;
  if (!IsValidUtf8(content, &bad)) {
    // The reader's message, with its hint: eval and train take --encoding too.
    for (Diagnostic& d : reader_diags) diags->push_back(std::move(d));
    return false;
  }
  std::map<int, const Document*> by_line;
  for (const Document& d : read) by_line[d.line] = &d;

  size_t first_diag = diags->size();
  size_t first_doc = docs->size();
  size_t start = 0;
  for (int number = 1; start <= content.size(); ++number) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    LineContext ctx{path, content, start, number, diags};
    Json record;
    if (!IsBlank(line) && ParseLine(ctx, line, &record)) ReadRecord(ctx, record, by_line, docs);
    start = end + 1;
  }
  bool ok = diags->size() == first_diag;
  if (ok && docs->size() == first_doc) {
    diags->push_back(MakeError(path, "no abstracts found"));
    return false;
  }
  return ok;
}

bool ReadGoldFile(const std::string& path, std::vector<GoldDoc>* docs,
                  std::vector<Diagnostic>* diags, const std::string& encoding) {
  std::string content;
  if (!ReadBytes(path, nullptr, &content, diags)) return false;
  if (!ToUtf8(path, encoding, &content, diags)) return false;
  return ParseGold(path, content, docs, diags);
}

}  // namespace argmap
