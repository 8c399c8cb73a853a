// EndNote XML (EndNote's "Export: XML"): <xml><records><record>... Per record:
// titles/title, titles/secondary-title (else periodical/full-title) the venue,
// contributors/authors/author ("Roe, Jane" gives "Jane Roe"), dates/year,
// electronic-resource-num the DOI (when it holds one), keywords/keyword,
// accession-num the id (a PubMed or Web of Science id, when EndNote has one),
// and abstract. EndNote wraps every value in <style> elements, which Text()
// reads through.
#include <string>
#include <utility>
#include <vector>

#include "read/bib_fields.h"
#include "read/readers_internal.h"
#include "read/xml_tree.h"

namespace argmap::read_internal {
namespace {

// electronic-resource-num holds a DOI, a URL of one, or another kind of id.
std::string Doi(const xmlNode* record) {
  std::string doi = NormalizeDoi(Text(Child(record, "electronic-resource-num")));
  return doi.starts_with("10.") ? doi : "";
}

void AddRecord(const ReadContext& ctx, const xmlNode* record, int number) {
  Document doc;
  doc.id = Text(Child(record, "accession-num"));
  const xmlNode* titles = Child(record, "titles");
  doc.title = Text(Child(titles, "title"));
  doc.venue = Text(Child(titles, "secondary-title"));
  if (doc.venue.empty()) doc.venue = Text(Descend(record, {"periodical", "full-title"}));
  for (const xmlNode* a : Children(Descend(record, {"contributors", "authors"}), "author")) {
    if (std::string name = NaturalName(Text(a)); !name.empty()) doc.authors.push_back(name);
  }
  doc.year = YearOf(Text(Descend(record, {"dates", "year"})));
  doc.doi = Doi(record);
  AppendTexts(Children(Child(record, "keywords"), "keyword"), &doc.keywords);
  doc.text = Text(Child(record, "abstract"));
  std::string label = RecordLabel(number, doc.id);
  AddDocument(ctx, std::move(doc), number, LineOf(record), label);
}

}  // namespace

void ReadEndnoteXml(const ReadContext& ctx) {
  XmlTree tree;
  if (!ParseXmlInput(ctx, &tree)) return;
  std::vector<const xmlNode*> records = Children(Child(tree.root(), "records"), "record");
  int number = ctx.record_base;
  for (const xmlNode* record : records) AddRecord(ctx, record, ++number);
  if (records.empty()) {
    AddError(ctx, LineOf(tree.root()), "EndNote XML without a <records> list of <record>s");
  }
}

}  // namespace argmap::read_internal
