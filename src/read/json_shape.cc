// JSON shape detection: a SAX pass that keeps a small sketch of the value
// (the first few records, the first element of each deeper array, the first
// bytes of each string, nothing below a few levels), then a look at the keys of
// the first record and, for CSL-JSON, of the first few.
#include "read/json_shape.h"

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

namespace argmap {
namespace {

using Json = nlohmann::json;

constexpr size_t kMaxDepth = 6;
constexpr size_t kMaxString = 64;
// Arrays this near the root (a top-level array, or "results"/"data"/"items"
// of a page) keep this many elements in the sketch; deeper ones keep one.
constexpr size_t kRecordDepth = 2;
constexpr size_t kMaxRecords = 16;

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
    if (parent->is_array()) {
      size_t keep = stack_.size() <= kRecordDepth ? kMaxRecords : 1;
      return parent->size() < keep ? &parent->emplace_back() : nullptr;
    }
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

// The records of a value: the value itself when it is an array, the array
// under "results", "data" or "items", else the value as its one record.
const Json& Records(const Json& value) {
  if (value.is_array()) return value;
  for (const char* key : {"results", "data", "items"}) {
    if (IsArrayAt(value, key)) return value[key];
  }
  return value;
}

// The item types of CSL 1.0.2 (what Zotero, Better BibTeX and citeproc write).
// clang-format off
constexpr std::string_view kCslTypes[] = {
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
    "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
    "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
    "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score",
    "pamphlet", "paper-conference", "patent", "performance", "periodical",
    "personal_communication", "post", "post-weblog", "regulation", "report", "review",
    "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage"};
// clang-format on

// True when `record` is a CSL item by marks no other format uses: a
// "citation-key", or a CSL "type" in a record without argmap's own keys.
bool HasCslMark(const Json& record) {
  if (!record.is_object()) return false;
  if (Has(record, "citation-key")) return true;
  for (const char* key : {"authors", "doi", "year", "venue"}) {
    if (Has(record, key)) return false;
  }
  auto type = record.find("type");
  if (type == record.end() || !type->is_string()) return false;
  const std::string& name = type->get_ref<const std::string&>();
  return std::find(std::begin(kCslTypes), std::end(kCslTypes), name) != std::end(kCslTypes);
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
  const Json& records = Records(value);
  const Json* first = records.is_array() ? (records.empty() ? nullptr : &records[0]) : &records;
  if (first == nullptr || !first->is_object()) return InputFormat::kAuto;
  if (InputFormat shape = ShapeOfRecord(*first); shape != InputFormat::kAuto) return shape;
  // A CSL library may open with items that carry none of the keys above (a
  // web page {id, type, title, URL}): any of the first few records tells.
  auto csl = [](const Json& record) {
    return HasCslMark(record) ||
           (record.is_object() && ShapeOfRecord(record) == InputFormat::kCslJson);
  };
  bool any = records.is_array() ? std::any_of(records.begin(), records.end(), csl) : csl(records);
  return any ? InputFormat::kCslJson : InputFormat::kAuto;
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
