// JATS XML (the Journal Article Tag Suite: publishers' XML, PubMed Central's
// articles): an <article>, or several in a <pmc-articleset> (what PMC's efetch
// gives) or any other wrapper. Per article, under front/article-meta: the
// abstract (the first <abstract> without an abstract-type, else the first that is
// not a graphical, teaser or table-of-contents one; each <sec> becomes a section
// headed by its <title>), title-group/article-title, the authors
// (contrib[@contrib-type="author"]: "given-names surname", or a collab), the year
// of the first pub-date, article-id[@pub-id-type="doi"], kwd-group/kwd; and
// front/journal-meta's journal-title.
#include <string>
#include <utility>
#include <vector>

#include "read/bib_fields.h"
#include "read/readers_internal.h"
#include "read/xml_tree.h"

namespace argmap::read_internal {
namespace {

bool IsSideAbstract(const std::string& type) {
  return type == "graphical" || type == "teaser" || type == "toc" || type == "short" ||
         type == "web-summary";
}

const xmlNode* MainAbstract(const xmlNode* meta) {
  std::vector<const xmlNode*> all = Children(meta, "abstract");
  for (const xmlNode* a : all) {
    if (Attribute(a, "abstract-type").empty()) return a;
  }
  for (const xmlNode* a : all) {
    if (!IsSideAbstract(Attribute(a, "abstract-type"))) return a;
  }
  return nullptr;
}

// The abstract's text: its paragraphs, or its sections each under its title.
void AppendAbstract(const xmlNode* node, std::string_view heading, std::string* text) {
  std::string body;
  for (const xmlNode* c = node ? node->children : nullptr; c != nullptr; c = c->next) {
    std::string_view name = LocalName(c);
    if (name == "sec") {
      AppendSection(heading, body, text);
      body.clear();
      heading = {};
      AppendAbstract(c, Text(Child(c, "title")), text);
    } else if (name == "p" || name == "list" || name == "disp-quote") {
      body += (body.empty() ? "" : " ") + Text(c);
    }
  }
  AppendSection(heading, body, text);
}

std::string Author(const xmlNode* contrib) {
  const xmlNode* name = Child(contrib, "name");
  if (name == nullptr) name = Child(Child(contrib, "name-alternatives"), "name");
  if (name == nullptr) return Text(Child(contrib, "collab"));
  std::string full = Text(Child(name, "given-names"));
  AppendWord(Text(Child(name, "surname")), &full);
  return full;
}

void AddArticle(const ReadContext& ctx, const xmlNode* article, int number) {
  const xmlNode* front = Child(article, "front");
  const xmlNode* meta = Child(front, "article-meta");
  Document doc;
  for (const xmlNode* id : Children(meta, "article-id")) {
    if (Attribute(id, "pub-id-type") == "doi") doc.doi = NormalizeDoi(Text(id));
  }
  doc.title = Text(Descend(meta, {"title-group", "article-title"}));
  for (const xmlNode* group : Children(meta, "contrib-group")) {
    for (const xmlNode* c : Children(group, "contrib")) {
      std::string type = Attribute(c, "contrib-type");
      if (!type.empty() && type != "author") continue;
      if (std::string name = Author(c); !name.empty()) doc.authors.push_back(std::move(name));
    }
  }
  for (const xmlNode* date : Children(meta, "pub-date")) {
    if (doc.year.empty()) doc.year = YearOf(Text(Child(date, "year")));
  }
  const xmlNode* journal = Child(front, "journal-meta");
  doc.venue = Text(Descend(journal, {"journal-title-group", "journal-title"}));
  if (doc.venue.empty()) doc.venue = Text(Child(journal, "journal-title"));
  for (const xmlNode* group : Children(meta, "kwd-group")) {
    AppendTexts(Children(group, "kwd"), &doc.keywords);
  }
  AppendAbstract(MainAbstract(meta), {}, &doc.text);
  std::string label = RecordLabel(number, doc.doi);
  AddDocument(ctx, std::move(doc), number, LineOf(article), label);
}

// Every <article> at or below `node`, not looking inside an article (a
// sub-article or response is part of its article).
void FindArticles(const xmlNode* node, std::vector<const xmlNode*>* out) {
  for (const xmlNode* c = node; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (LocalName(c) == "article") {
      out->push_back(c);
    } else {
      FindArticles(c->children, out);
    }
  }
}

}  // namespace

void ReadJats(const ReadContext& ctx) {
  XmlTree tree;
  if (!ParseXmlInput(ctx, &tree)) return;
  std::vector<const xmlNode*> articles;
  FindArticles(tree.root(), &articles);
  int number = ctx.record_base;
  for (const xmlNode* a : articles) AddArticle(ctx, a, ++number);
  if (articles.empty()) AddError(ctx, LineOf(tree.root()), "JATS XML without an <article>");
}

}  // namespace argmap::read_internal
