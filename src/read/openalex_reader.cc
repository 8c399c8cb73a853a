// OpenAlex works: a work, an array of works, or an API page {"meta": ...,
// "results": [work, ...]}; JSON Lines snapshots read line by line. Fields: id
// ("https://openalex.org/W123" gives the id "W123"), doi (without its resolver
// prefix), title or display_name (entities and inline markup stripped, markup.h),
// authorships[].author.display_name (stripped as the title is),
// publication_year, primary_location.source.display_name (else
// host_venue.display_name; stripped as the title is), and abstract_inverted_index, from which the
// abstract is rebuilt: each word is placed at each of its positions and the
// words are joined by single spaces in position order (a position given twice
// keeps the word that comes first in key order; gaps are skipped), and its
// entities and inline markup are stripped as the title's are.
#include <algorithm>
#include <utility>
#include <vector>

#include "read/bib_fields.h"
#include "read/json_records.h"
#include "read/markup.h"

namespace argmap::read_internal {
namespace {

constexpr std::string_view kIdPrefix = "https://openalex.org/";

const Json& Records(const Json& value) {
  const Json* results = Field(value, "results");
  return results != nullptr && results->is_array() ? *results : value;
}

// The abstract from its inverted index; false when the index is malformed.
bool RebuildAbstract(const Json& index, std::string* text) {
  if (index.is_null()) return true;
  if (!index.is_object()) return false;
  std::vector<std::pair<uint64_t, const std::string*>> words;
  for (auto it = index.begin(); it != index.end(); ++it) {
    const std::string& word = it.key();
    if (!it->is_array()) return false;
    for (const Json& p : *it) {
      if (!p.is_number_unsigned() && !(p.is_number_integer() && p.get<int64_t>() >= 0)) {
        return false;
      }
      words.emplace_back(p.get<uint64_t>(), &word);
    }
  }
  std::stable_sort(words.begin(), words.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && words[i].first == words[i - 1].first) continue;
    if (!text->empty()) *text += ' ';
    *text += *words[i].second;
  }
  return true;
}

std::string Venue(const Json& work) {
  if (const Json* location = Field(work, "primary_location"); location != nullptr) {
    if (const Json* source = Field(*location, "source"); source != nullptr) {
      std::string name = StringField(*source, "display_name");
      if (!name.empty()) return name;
    }
  }
  const Json* venue = Field(work, "host_venue");
  return venue == nullptr ? "" : StringField(*venue, "display_name");
}

std::string Map(const Json& work, Document* doc) {
  doc->id = StringField(work, "id");
  if (doc->id.starts_with(kIdPrefix)) doc->id.erase(0, kIdPrefix.size());
  doc->doi = NormalizeDoi(StringField(work, "doi"));
  doc->title = StripMarkup(StringField(work, "title"));  // "&amp;", "<i>EGFR</i>"
  if (doc->title.empty()) doc->title = StripMarkup(StringField(work, "display_name"));
  if (const Json* list = Field(work, "authorships"); list != nullptr && list->is_array()) {
    for (const Json& authorship : *list) {
      const Json* author = Field(authorship, "author");
      std::string name = author == nullptr ? "" : StripMarkup(StringField(*author, "display_name"));
      if (!name.empty()) doc->authors.push_back(name);
    }
  }
  doc->year = YearOf(ScalarText(Field(work, "publication_year")));
  doc->venue = StripMarkup(Venue(work));  // "Journal of <i>Cell</i> &amp; Tissue"
  const Json* index = Field(work, "abstract_inverted_index");
  if (index != nullptr && !RebuildAbstract(*index, &doc->text)) {
    return "abstract_inverted_index is not an object of word positions";
  }
  doc->text = StripMarkup(doc->text);  // words such as "<jats:p>Background" and "&amp;"
  return "";
}

}  // namespace

void ReadOpenAlex(const ReadContext& ctx) { ReadJsonRecords(ctx, JsonFormat{Records, Map}); }

}  // namespace argmap::read_internal
