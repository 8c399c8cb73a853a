// JSON shape detection: a SAX pass that keeps a small sketch of the value
// (the first element of each array, the first bytes of each string, nothing
// below a few levels), then a look at the keys of the first record.
#include "read/json_shape.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace argmap {
namespace {

using Json = nlohmann::json;

constexpr size_t kMaxDepth = 6;
constexpr size_t kMaxString = 64;

class SketchSax {
 public:
  explicit SketchSax(Json* root) : root_(root) {}

  bool null() { return Put(nullptr); }
  bool boolean(bool b) { return Put(b); }
  bool number_integer(Json::number_integer_t n) { return Put(n); }
  bool number_unsigned(Json::number_unsigned_t n) { return Put(n); }
  bool number_float(Json::number_float_t d, const Json::string_t&) { return Put(d); }
  bool string(Json::string_t& s) { return Put(s.substr(0, kMaxString)); }
  bool binary(Json::binary_t&) { return Put(nullptr); }
  bool start_object(std::size_t) { return Open(Json::object()); }
  bool start_array(std::size_t) { return Open(Json::array()); }
  bool key(Json::string_t& k) {
    key_ = k;
    return true;
  }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
    return false;
  }

 private:
  // Where the next value goes, or nullptr when it is left out of the sketch.
  Json* Slot() {
    if (stack_.empty()) {
      if (root_used_) return nullptr;
      root_used_ = true;
      return root_;
    }
    Json* parent = stack_.back();
    if (parent == nullptr || stack_.size() > kMaxDepth) return nullptr;
    if (parent->is_array()) return parent->empty() ? &parent->emplace_back() : nullptr;
    return &(*parent)[key_];
  }
  bool Put(Json value) {
    if (Json* slot = Slot(); slot != nullptr) *slot = std::move(value);
    return true;
  }
  bool Open(Json empty) {
    Json* slot = Slot();
    if (slot != nullptr) *slot = std::move(empty);
    stack_.push_back(slot);
    return true;
  }
  bool Close() {
    stack_.pop_back();
    return true;
  }

  Json* root_;
  bool root_used_ = false;
  std::vector<Json*> stack_;  // the open containers; nullptr for one left out
  std::string key_;
};

bool Has(const Json& record, const char* key) { return record.find(key) != record.end(); }

bool IsArrayAt(const Json& record, const char* key) {
  auto it = record.find(key);
  return it != record.end() && it->is_array();
}

const Json* FirstRecord(const Json& value) {
  if (value.is_array()) return value.empty() ? nullptr : &value[0];
  for (const char* key : {"results", "data", "items"}) {
    if (IsArrayAt(value, key)) return value[key].empty() ? nullptr : &value[key][0];
  }
  return &value;
}

InputFormat ShapeOfRecord(const Json& record) {
  if (Has(record, "paperId")) return InputFormat::kS2;
  auto id = record.find("id");
  bool openalex_id = id != record.end() && id->is_string() &&
                     id->get_ref<const std::string&>().starts_with("https://openalex.org/");
  if (openalex_id || Has(record, "abstract_inverted_index") || Has(record, "authorships") ||
      Has(record, "publication_year")) {
    return InputFormat::kOpenAlex;
  }
  if (IsArrayAt(record, "title") || IsArrayAt(record, "container-title")) {
    return InputFormat::kCrossref;
  }
  for (const char* key :
       {"indexed", "deposited", "member", "reference-count", "is-referenced-by-count"}) {
    if (Has(record, key)) return InputFormat::kCrossref;
  }
  for (const char* key : {"author", "issued", "container-title", "DOI"}) {
    if (Has(record, key)) return InputFormat::kCslJson;
  }
  return InputFormat::kAuto;
}

InputFormat Shape(const Json& value) {
  if (value.is_object()) {
    if (Has(value, "message") || Has(value, "message-type")) return InputFormat::kCrossref;
    if (Has(value, "meta") && IsArrayAt(value, "results")) return InputFormat::kOpenAlex;
    if (Has(value, "authorId") && IsArrayAt(value, "papers")) return InputFormat::kS2;
  }
  const Json* record = FirstRecord(value);
  if (record == nullptr || !record->is_object()) return InputFormat::kAuto;
  return ShapeOfRecord(*record);
}

}  // namespace

JsonProbe ProbeJson(std::string_view text) {
  Json sketch;
  SketchSax sax(&sketch);
  JsonProbe probe;
  probe.complete = Json::sax_parse(text.begin(), text.end(), &sax);
  probe.shape = Shape(sketch);
  return probe;
}

}  // namespace argmap
