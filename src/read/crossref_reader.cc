// Crossref works, as the REST API gives them: a work, {"message": work},
// {"message": {"items": [work, ...]}}, or an array of works. Fields: DOI (also
// the id), title [..], author [{given, family, name}], issued / published /
// published-print / published-online / created {date-parts}, container-title
// [..], and abstract in JATS markup. Markup and entities are stripped from the
// abstract, the title and the venue (markup.h).
#include "read/bib_fields.h"
#include "read/json_records.h"
#include "read/markup.h"

namespace argmap::read_internal {
namespace {

const Json& Records(const Json& value) {
  const Json* message = Field(value, "message");
  if (message == nullptr) return value;
  const Json* items = Field(*message, "items");
  return items != nullptr && items->is_array() ? *items : *message;
}

std::string Year(const Json& work) {
  for (const char* key :
       {"issued", "published", "published-print", "published-online", "created"}) {
    std::string year = DatePartsYear(Field(work, key));
    if (!year.empty()) return year;
  }
  return "";
}

std::string Map(const Json& work, Document* doc) {
  doc->doi = NormalizeDoi(StringField(work, "DOI"));
  doc->id = doc->doi;
  doc->title = StripMarkup(FirstString(Field(work, "title")));
  if (const Json* authors = Field(work, "author"); authors != nullptr && authors->is_array()) {
    for (const Json& person : *authors) {
      std::string name = PersonName(person);
      if (!name.empty()) doc->authors.push_back(name);
    }
  }
  doc->year = Year(work);
  doc->venue = StripMarkup(FirstString(Field(work, "container-title")));
  doc->text = StripMarkup(StringField(work, "abstract"));
  return "";
}

}  // namespace

void ReadCrossref(const ReadContext& ctx) { ReadJsonRecords(ctx, JsonFormat{Records, Map}); }

}  // namespace argmap::read_internal
