// CSL-JSON (what Zotero, Mendeley and citeproc tools export): an array of
// items, or one item. Fields: id, title (CSL's rich text: markup and entities
// stripped, markup.h), author [{family, given, literal,
// particles, suffix}], issued {date-parts}, DOI, container-title (stripped as
// the title is), abstract.
#include "read/bib_fields.h"
#include "read/json_records.h"
#include "read/markup.h"

namespace argmap::read_internal {
namespace {

const Json& Records(const Json& value) { return value; }

std::string Map(const Json& item, Document* doc) {
  doc->id = ScalarText(Field(item, "id"));
  doc->title = StripMarkup(FirstString(Field(item, "title")));  // CSL's rich text: <i>, &amp;
  if (const Json* authors = Field(item, "author"); authors != nullptr && authors->is_array()) {
    for (const Json& person : *authors) {
      std::string name = PersonName(person);
      if (!name.empty()) doc->authors.push_back(name);
    }
  }
  doc->year = DatePartsYear(Field(item, "issued"));
  doc->doi = NormalizeDoi(StringField(item, "DOI"));
  doc->venue = StripMarkup(FirstString(Field(item, "container-title")));
  doc->text = StringField(item, "abstract");
  return "";
}

}  // namespace

void ReadCslJson(const ReadContext& ctx) { ReadJsonRecords(ctx, JsonFormat{Records, Map}); }

}  // namespace argmap::read_internal
