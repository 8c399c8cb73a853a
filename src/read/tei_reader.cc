// TEI XML as GROBID writes it from a PDF (processHeaderDocument or
// processFulltextDocument): one <TEI>, or several in a <teiCorpus>. Per document,
// under teiHeader: profileDesc/abstract (its <div>s each under their <head>, their
// <p>s and GROBID's <s> sentences), fileDesc/titleStmt/title, and from
// fileDesc/sourceDesc/biblStruct: the authors of analytic ("forename surname" of
// each persName), the DOI (idno type="DOI"), the journal (monogr/title) and the
// year (imprint/date's when, else its text, else publicationStmt/date);
// profileDesc/textClass/keywords/term as keywords. Only the header is read: the
// body of a full-text TEI is not the abstract.
#include <string>
#include <utility>
#include <vector>

#include "read/bib_fields.h"
#include "read/readers_internal.h"
#include "read/xml_tree.h"

namespace argmap::read_internal {
namespace {

// The paragraphs of an abstract <div> (or of the abstract itself), in order.
std::string Paragraphs(const xmlNode* node) {
  std::string body;
  for (const xmlNode* c = node ? node->children : nullptr; c != nullptr; c = c->next) {
    std::string_view name = LocalName(c);
    if (name == "p" || name == "s" || name == "list") body += (body.empty() ? "" : " ") + Text(c);
  }
  return body;
}

std::string Abstract(const xmlNode* abstract) {
  std::string text;
  AppendSection({}, Paragraphs(abstract), &text);
  for (const xmlNode* div : Children(abstract, "div")) {
    AppendSection(Text(Child(div, "head")), Paragraphs(div), &text);
  }
  return text;
}

std::string Person(const xmlNode* pers) {
  std::string name;
  for (const xmlNode* c = pers ? pers->children : nullptr; c != nullptr; c = c->next) {
    std::string_view part = LocalName(c);
    if (part != "forename" && part != "surname") continue;
    AppendWord(Text(c), &name);
  }
  return name;
}

std::string Year(const xmlNode* date) {
  std::string year = YearOf(Attribute(date, "when"));
  return year.empty() ? YearOf(Text(date)) : year;
}

void AddTei(const ReadContext& ctx, const xmlNode* tei, int number) {
  const xmlNode* header = Child(tei, "teiHeader");
  const xmlNode* file = Child(header, "fileDesc");
  const xmlNode* bibl = Descend(file, {"sourceDesc", "biblStruct"});
  const xmlNode* profile = Child(header, "profileDesc");
  Document doc;
  doc.title = Text(Descend(file, {"titleStmt", "title"}));
  for (const xmlNode* a : Children(Child(bibl, "analytic"), "author")) {
    if (std::string name = Person(Child(a, "persName")); !name.empty()) {
      doc.authors.push_back(std::move(name));
    }
  }
  for (const xmlNode* id : Children(bibl, "idno")) {
    if (Attribute(id, "type") == "DOI") doc.doi = NormalizeDoi(Text(id));
  }
  const xmlNode* monogr = Child(bibl, "monogr");
  doc.venue = Text(Child(monogr, "title"));
  doc.year = Year(Descend(monogr, {"imprint", "date"}));
  if (doc.year.empty()) doc.year = Year(Descend(file, {"publicationStmt", "date"}));
  AppendTexts(Children(Descend(profile, {"textClass", "keywords"}), "term"), &doc.keywords);
  doc.text = Abstract(Child(profile, "abstract"));
  std::string label = RecordLabel(number, doc.doi);
  AddDocument(ctx, std::move(doc), number, LineOf(tei), label);
}

}  // namespace

void ReadTei(const ReadContext& ctx) {
  XmlTree tree;
  if (!ParseXmlInput(ctx, &tree)) return;
  const xmlNode* root = tree.root();
  std::vector<const xmlNode*> docs =
      LocalName(root) == "teiCorpus" ? Children(root, "TEI") : std::vector{root};
  int number = ctx.record_base;
  for (const xmlNode* tei : docs) AddTei(ctx, tei, ++number);
  if (docs.empty()) AddError(ctx, LineOf(root), "TEI corpus without a <TEI> document");
}

}  // namespace argmap::read_internal
