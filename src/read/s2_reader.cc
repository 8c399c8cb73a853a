// Semantic Scholar papers, as the Graph API and its datasets give them: a
// paper, an array of papers, a page or a search answer {"total", "data": [paper,
// ...]}, or an author with their papers {"authorId", "name", "papers": [...]}. Fields: paperId
// (the id), title, abstract, authors [{name}] (stripped of markup), year, externalIds.DOI, venue or
// journal.name or publicationVenue.name (title and venue stripped of markup,
// markup.h). A null entry (the batch endpoint's
// answer for an unknown id) is reported as a record that is not an object.
#include "read/bib_fields.h"
#include "read/json_records.h"
#include "read/markup.h"

namespace argmap::read_internal {
namespace {

const Json& Records(const Json& value) {
  for (const char* key : {"data", "papers"}) {
    const Json* list = Field(value, key);
    if (list != nullptr && list->is_array()) return *list;
  }
  return value;
}

std::string Venue(const Json& paper) {
  std::string venue = StringField(paper, "venue");
  for (const char* key : {"journal", "publicationVenue"}) {
    if (!venue.empty()) return venue;
    if (const Json* v = Field(paper, key); v != nullptr) venue = StringField(*v, "name");
  }
  return venue;
}

std::string Map(const Json& paper, Document* doc) {
  doc->id = StringField(paper, "paperId");
  doc->title = StripMarkup(StringField(paper, "title"));
  if (const Json* authors = Field(paper, "authors"); authors != nullptr && authors->is_array()) {
    for (const Json& author : *authors) {
      std::string name = StripMarkup(StringField(author, "name"));
      if (!name.empty()) doc->authors.push_back(name);
    }
  }
  doc->year = YearOf(ScalarText(Field(paper, "year")));
  if (const Json* ids = Field(paper, "externalIds"); ids != nullptr) {
    doc->doi = NormalizeDoi(StringField(*ids, "DOI"));
  }
  doc->venue = StripMarkup(Venue(paper));
  doc->text = StringField(paper, "abstract");
  return "";
}

}  // namespace

void ReadS2(const ReadContext& ctx) { ReadJsonRecords(ctx, JsonFormat{Records, Map}); }

}  // namespace argmap::read_internal
