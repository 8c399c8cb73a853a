// PubMed XML, as E-utilities' efetch (db=pubmed, retmode=xml) and PubMed's
// "Save as XML" write it: a PubmedArticleSet of PubmedArticle records (a file of
// one PubmedArticle is read too). Per record, under MedlineCitation: PMID (the
// id), Article/ArticleTitle, Article/Abstract/AbstractText (several for a
// structured abstract: each becomes a section headed by its NlmCategory, else its
// Label, so "BACKGROUND", "METHODS" ... are sections, not text), the authors
// ("ForeName LastName", or CollectiveName), Journal/Title, the year of
// Journal/JournalIssue/PubDate (Year, else MedlineDate) or of ArticleDate, the DOI
// (ELocationID, else PubmedData's ArticleIdList) and KeywordList/Keyword. Book
// records (PubmedBookArticle) and deleted citations are not abstracts of
// articles: they are skipped with a warning. A chunk of a streamed file
// (record_stream.h) is parsed between the file's opening and its root end tag
// (ReadContext.xml_open, xml_close); its records are numbered on from
// ReadContext.record_base, and the number of its last one is stored in
// ReadContext.last_record.
#include <string>
#include <utility>

#include "read/bib_fields.h"
#include "read/readers_internal.h"
#include "read/xml_tree.h"

namespace argmap::read_internal {
namespace {

std::string Abstract(const xmlNode* abstract) {
  std::string text;
  for (const xmlNode* part : Children(abstract, "AbstractText")) {
    std::string heading = Attribute(part, "NlmCategory");
    if (heading.empty() || heading == "UNASSIGNED") heading = Attribute(part, "Label");
    AppendSection(heading, Text(part), &text);
  }
  return text;
}

std::string Author(const xmlNode* author) {
  std::string collective = Text(Child(author, "CollectiveName"));
  if (!collective.empty()) return collective;
  std::string name = Text(Child(author, "ForeName"));
  if (name.empty()) name = Text(Child(author, "Initials"));
  AppendWord(Text(Child(author, "LastName")), &name);
  return name;
}

std::string Doi(const xmlNode* article, const xmlNode* pubmed_data) {
  for (const xmlNode* e : Children(article, "ELocationID")) {
    if (Attribute(e, "EIdType") == "doi") return NormalizeDoi(Text(e));
  }
  for (const xmlNode* e : Children(Child(pubmed_data, "ArticleIdList"), "ArticleId")) {
    if (Attribute(e, "IdType") == "doi") return NormalizeDoi(Text(e));
  }
  return "";
}

std::string Year(const xmlNode* article) {
  const xmlNode* date = Descend(article, {"Journal", "JournalIssue", "PubDate"});
  std::string year = YearOf(Text(Child(date, "Year")));
  if (year.empty()) year = YearOf(Text(Child(date, "MedlineDate")));
  if (year.empty()) year = YearOf(Text(Descend(article, {"ArticleDate", "Year"})));
  return year;
}

void AddArticle(const ReadContext& ctx, const xmlNode* record, int number) {
  const xmlNode* citation = Child(record, "MedlineCitation");
  const xmlNode* article = Child(citation, "Article");
  Document doc;
  doc.id = Text(Child(citation, "PMID"));
  doc.title = Text(Child(article, "ArticleTitle"));
  for (const xmlNode* a : Children(Child(article, "AuthorList"), "Author")) {
    if (std::string name = Author(a); !name.empty()) doc.authors.push_back(std::move(name));
  }
  doc.year = Year(article);
  doc.doi = Doi(article, Child(record, "PubmedData"));
  doc.venue = Text(Descend(article, {"Journal", "Title"}));
  for (const xmlNode* list : Children(citation, "KeywordList")) {
    AppendTexts(Children(list, "Keyword"), &doc.keywords);
  }
  doc.text = Abstract(Child(article, "Abstract"));
  std::string label = RecordLabel(number, doc.id);
  AddDocument(ctx, std::move(doc), number, LineIn(ctx, record), label);
}

}  // namespace

void ReadPubmedXml(const ReadContext& ctx) {
  XmlTree tree;
  if (!ParseXmlInput(ctx, &tree)) return;
  const xmlNode* root = tree.root();
  std::vector<const xmlNode*> records;
  if (LocalName(root) == "PubmedArticle") {
    records.push_back(root);
  } else {
    for (const xmlNode* c = root ? root->children : nullptr; c != nullptr; c = c->next) {
      if (c->type == XML_ELEMENT_NODE) records.push_back(c);
    }
  }
  int number = ctx.record_base;
  for (const xmlNode* record : records) {
    std::string_view name = LocalName(record);
    if (name == "DeleteCitation") continue;  // a list of PMIDs PubMed withdrew, no record
    ++number;
    if (name == "PubmedArticle") {
      AddArticle(ctx, record, number);
    } else {
      AddWarning(ctx, LineIn(ctx, record),
                 RecordLabel(number, "") + " is a <" + std::string(name) +
                     ">, not a journal article (<PubmedArticle>); skipped");
    }
  }
  if (ctx.last_record != nullptr) *ctx.last_record = number;
}

}  // namespace argmap::read_internal
