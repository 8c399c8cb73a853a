// Tests of src/read: format names and detection, the text, JSON, JSON Lines and
// scraped-page readers, their error messages, and the shared seed files.
#include "read/reader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "argmap_run.h"

namespace argmap {
namespace {

struct Result {
  bool ok = false;
  std::vector<Document> docs;
  std::string messages;  // FormatAll of the diagnostics
};

Result Read(std::string_view content, const std::string& path = "papers.txt",
            InputFormat format = InputFormat::kAuto) {
  Result r;
  std::vector<Diagnostic> diags;
  r.ok = ReadDocuments(path, content, format, &r.docs, &diags);
  r.messages = FormatAll(diags);
  return r;
}

std::vector<std::string> Ids(const Result& r) {
  std::vector<std::string> ids;
  for (const Document& d : r.docs) ids.push_back(d.id);
  return ids;
}

std::vector<std::string> Texts(const Result& r) {
  std::vector<std::string> texts;
  for (const Document& d : r.docs) texts.push_back(d.text);
  return texts;
}

struct TextCase {
  std::string what;
  std::string content;
  std::vector<std::string> texts;  // the abstracts, hard wraps undone
  std::vector<std::string> titles;
  std::vector<std::string> keywords;  // per abstract, joined by "|"
};

const std::vector<TextCase>& TextCases() {
  static const std::vector<TextCase> cases = {
      {"one abstract per line",
       "We argue that aid works.\nWe find that trade helps.\n",
       {"We argue that aid works.", "We find that trade helps."},
       {"", ""},
       {"", ""}},
      {"a hard-wrapped abstract is one abstract",
       "We argue that aid works because\ndonors learn. We find that trade\nhelps as "
       "well, and that\nboth matter.\n",
       {"We argue that aid works because donors learn. We find that trade helps as well, and "
        "that both matter."},
       {""},
       {""}},
      {"a line without final punctuation joins the next",
       "We argue that aid works\nbecause donors learn.\nWe find that trade helps.\n",
       {"We argue that aid works because donors learn.", "We find that trade helps."},
       {"", ""},
       {"", ""}},
      {"a line-end hyphen is kept and its line break dropped",
       "We argue that ground-\nwater depletion follows water-\nintensive farming, and that\n"
       "dams -- not wells --\ndrain rivers.\n",
       {"We argue that ground-water depletion follows water-intensive farming, and that dams -- "
        "not wells -- drain rivers."},
       {""},
       {""}},
      {"headings alone on their lines keep their line breaks, the wraps between them do not",
       "Background\nScreening uptake for bowel cancer is\nlow in rural practices.\nResults\n"
       "Uptake rose by nine percent.\nMethods: We sent letters.\n",
       {"Background\nScreening uptake for bowel cancer is low in rural practices.\nResults\n"
        "Uptake rose by nine percent.\nMethods: We sent letters."},
       {""},
       {""}},
      {"a pasted title, label and keywords",
       "Aid and war\nAbstract:\nWe argue that aid prolongs war.\nKeywords: aid; civil war\n",
       {"We argue that aid prolongs war."},
       {"Aid and war"},
       {"aid|civil war"}},
      {"labels in paragraphs of their own",
       "Title: Aid and war\n\nABSTRACT\n\nWe argue that aid prolongs war.\n\nKey words: aid, "
       "war.\n",
       {"We argue that aid prolongs war."},
       {"Aid and war"},
       {"aid|war"}},
      {"a short unpunctuated paragraph right before an abstract is its title",
       "Irrigation Subsidies and Groundwater Depletion\n\nWe argue that subsidies drain "
       "aquifers.\n\nTrade and peace\n\nWe find that trade helps.\n\nA last abstract with "
       "no title.\n",
       {"We argue that subsidies drain aquifers.", "We find that trade helps.",
        "A last abstract with no title."},
       {"Irrigation Subsidies and Groundwater Depletion", "Trade and peace", ""},
       {"", "", ""}},
      {"an unpunctuated paragraph is no title when another such paragraph follows it",
       "Aid works\n\nTrade helps\n",
       {"Aid works", "Trade helps"},
       {"", ""},
       {"", ""}},
      {"an unpunctuated paragraph before an Abstract label is the title",
       "We find that trade helps.\n\nAid and war\n\nAbstract\n\nWe argue that aid prolongs "
       "war.\n",
       {"We find that trade helps.", "We argue that aid prolongs war."},
       {"", "Aid and war"},
       {"", ""}},
      {"structured headings on lines of their own make one abstract",
       "BACKGROUND\n\nAid may help.\n\nMethods\n\nWe ran a trial.\n\nRESULTS: Aid helped.\n",
       {"BACKGROUND\nAid may help.\nMethods\nWe ran a trial.\nRESULTS: Aid helped."},
       {""},
       {""}},
      {"an abstract may open with the word Keywords",
       "Keywords in titles predict citations because readers search. We argue so.\n",
       {"Keywords in titles predict citations because readers search. We argue so."},
       {""},
       {""}},
      {"long lines are whole abstracts however they end",
       "We argue that aid prolongs civil war because rebels loot it, as shown in earlier work on "
       "many countries and decades of conflict data across every region of the world (Smith "
       "2020)\nWe find that trade helps "
       "because firms compete across borders and governments learn from each other over many "
       "years of data from many regions of the world [12]\n",
       {"We argue that aid prolongs civil war because rebels loot it, as shown in earlier work on "
        "many countries and decades of conflict data across every region of the world (Smith 2020)",
        "We find that trade helps because firms compete across borders and governments learn from "
        "each other over many years of data from many regions of the world [12]"},
       {"", ""},
       {"", ""}},
      {"keywords with a title belong to the next abstract, and a title is never merged away",
       "Background: Aid is common. Results: It prolongs war.\n\nTitle: Second paper\nKeywords: "
       "alpha; beta\n\nMethods: We argue that sanctions fail.\n",
       {"Background: Aid is common. Results: It prolongs war.",
        "Methods: We argue that sanctions fail."},
       {"", "Second paper"},
       {"", "alpha|beta"}},
      {"bare labels on lines of their own, without a colon",
       "Title\nAid and war\nAbstract\nWe argue that aid prolongs war.\nKeywords\naid; civil "
       "war\n",
       {"We argue that aid prolongs war."},
       {"Aid and war"},
       {"aid|civil war"}},
      {"bare labels in paragraphs of their own take the next paragraph",
       "TITLE\n\nAid and war in\nthe Sahel\n\nAbstract\n\nWe argue that aid prolongs "
       "war.\n\nKey words\n\naid, war\n",
       {"We argue that aid prolongs war."},
       {"Aid and war in the Sahel"},
       {"aid|war"}},
      {"labels with a colon alone on their line take the next line",
       "Title:\nHarbours and trade\nAbstract:\nWe argue that deep harbours drew merchants.\n"
       "Keywords:\nports; trade\n",
       {"We argue that deep harbours drew merchants."},
       {"Harbours and trade"},
       {"ports|trade"}},
      {"labels with a colon alone in their paragraph take the next paragraph",
       "Title:\n\nHarbours and trade\n\nWe argue that deep harbours drew merchants.\n\n"
       "Keywords:\n\nports; trade\n",
       {"We argue that deep harbours drew merchants."},
       {"Harbours and trade"},
       {"ports|trade"}},
      {"a keyword list that ends with a separator continues on the next line",
       "We argue that deep harbours drew merchants.\nKeywords: ports; trade; early modern;\n"
       "Baltic; merchants\n\nWe find that fairs declined.\nKeywords\nfairs, inland trade,\n"
       "Leipzig\n",
       {"We argue that deep harbours drew merchants.", "We find that fairs declined."},
       {"", ""},
       {"ports|trade|early modern|Baltic|merchants", "fairs|inland trade|Leipzig"}},
      {"a sentence after a keyword list that ends with a separator is no keyword",
       "Title: Fairs\nKeywords: fairs; trade;\nWe argue that deep harbours drew merchants to the "
       "coast.\n",
       {"We argue that deep harbours drew merchants to the coast."},
       {"Fairs"},
       {"fairs|trade"}},
      {"a bare Title label after an abstract starts the next",
       "We find that trade helps.\n\nTitle\nAid and war\n\nWe argue that aid prolongs "
       "war.\n",
       {"We find that trade helps.", "We argue that aid prolongs war."},
       {"", "Aid and war"},
       {"", ""}},
      {"inline keywords without a colon go to the abstract before them",
       "We argue that aid prolongs war.\nKeywords aid; civil war; rebel groups\n\nWe find that "
       "trade helps.\n\nKEY WORDS trade, peace.\n",
       {"We argue that aid prolongs war.", "We find that trade helps."},
       {"", ""},
       {"aid|civil war|rebel groups", "trade|peace"}},
      {"sentences that open with Keywords or Abstract stay abstracts",
       "Keywords aid, trade and war matter little to readers.\nKeywords in titles, abstracts "
       "and tables predict citations.\nAbstract thinking helps children because they "
       "generalise.\n",
       {"Keywords aid, trade and war matter little to readers.",
        "Keywords in titles, abstracts and tables predict citations.",
        "Abstract thinking helps children because they generalise."},
       {"", "", ""},
       {"", "", ""}},
      {"a new opening heading starts the next abstract",
       "Background: Aid may help.\n\nResults: It did.\n\nObjective: Test trade.\n",
       {"Background: Aid may help.\nResults: It did.", "Objective: Test trade."},
       {"", ""},
       {"", ""}},
  };
  return cases;
}

// Titles hard-wrapped over lines after a Title label, with or without a
// colon, ended by an Abstract label (own line or inline), a Keywords label, a
// heading or a blank line; and the pastes where an abstract follows without a
// label, whose title stays one line.
const std::vector<TextCase>& WrappedTitleCases() {
  static const std::vector<TextCase> cases = {
      {"a bare label, a title of one line, Abstract on its own line, Keywords after",
       "Title\nHarbours and trade\nAbstract\nWe argue that deep harbours drew\nmerchants "
       "because ships grew.\nKeywords: ports; trade\n",
       {"We argue that deep harbours drew merchants because ships grew."},
       {"Harbours and trade"},
       {"ports|trade"}},
      {"a bare label, a title of two lines, Abstract on its own line, Keywords after",
       "Title\nWhy harbours drew merchants in\nthe early modern Baltic\nAbstract\nWe argue "
       "that deep harbours drew\nmerchants because ships grew.\nKeywords: ports; trade\n",
       {"We argue that deep harbours drew merchants because ships grew."},
       {"Why harbours drew merchants in the early modern Baltic"},
       {"ports|trade"}},
      {"a bare label, a title of three lines, Abstract inline, Keywords after",
       "Title\nWhy harbours drew merchants\nand why inland fairs lost\nthem after 1600\n"
       "Abstract: We argue that deep harbours drew\nmerchants because ships grew.\nKeywords "
       "ports; trade\n",
       {"We argue that deep harbours drew merchants because ships grew."},
       {"Why harbours drew merchants and why inland fairs lost them after 1600"},
       {"ports|trade"}},
      {"a bare label, a title of two lines ending in a question, Abstract inline",
       "Title\nDid deep harbours draw\nmerchants away from fairs?\nAbstract: We argue that "
       "they did.\n",
       {"We argue that they did."},
       {"Did deep harbours draw merchants away from fairs?"},
       {""}},
      {"a colon, a title of one line, Abstract inline, Keywords after",
       "Title: Harbours and trade\nAbstract: We argue that deep harbours drew\nmerchants "
       "because ships grew.\nKeywords: ports; trade\n",
       {"We argue that deep harbours drew merchants because ships grew."},
       {"Harbours and trade"},
       {"ports|trade"}},
      {"a colon, a title of two lines, Abstract on its own line, Keywords after",
       "Title: Why harbours drew merchants in\nthe early modern Baltic\nAbstract\nWe argue "
       "that deep harbours drew\nmerchants because ships grew.\nKeywords: ports; trade\n",
       {"We argue that deep harbours drew merchants because ships grew."},
       {"Why harbours drew merchants in the early modern Baltic"},
       {"ports|trade"}},
      {"a colon, a title of three lines, Abstract inline",
       "TITLE: Why harbours drew merchants\nand why inland fairs lost\nthem after 1600\n"
       "ABSTRACT: We argue that deep harbours drew merchants.\n",
       {"We argue that deep harbours drew merchants."},
       {"Why harbours drew merchants and why inland fairs lost them after 1600"},
       {""}},
      {"a title of two lines ended by a blank line",
       "Title\nWhy harbours drew merchants in\nthe early modern Baltic\n\nWe argue that deep "
       "harbours drew\nmerchants because ships grew.\n",
       {"We argue that deep harbours drew merchants because ships grew."},
       {"Why harbours drew merchants in the early modern Baltic"},
       {""}},
      {"a title of two lines ended by keywords before the Abstract label",
       "Title: Why harbours drew merchants in\nthe early modern Baltic\nKeywords: ports; "
       "trade\nAbstract\nWe argue that deep harbours drew\nmerchants because ships grew.\n",
       {"We argue that deep harbours drew merchants because ships grew."},
       {"Why harbours drew merchants in the early modern Baltic"},
       {"ports|trade"}},
      {"a title of two lines ended by a structured heading",
       "Title\nWhy harbours drew merchants in\nthe early modern Baltic\nBackground: Fairs "
       "declined.\nResults: Harbours grew.\n",
       {"Background: Fairs declined.\nResults: Harbours grew."},
       {"Why harbours drew merchants in the early modern Baltic"},
       {""}},
      {"a bare label and an abstract without a label: the title is one line",
       "Title\nHarbours and trade\nWe argue that deep harbours drew\nmerchants because ships "
       "grew.\nKeywords: ports; trade\n",
       {"We argue that deep harbours drew merchants because ships grew."},
       {"Harbours and trade"},
       {"ports|trade"}},
      {"a colon and an abstract without a label: the title is its line",
       "Title: Harbours and trade\nWe argue that deep harbours drew\nmerchants because ships "
       "grew.\n",
       {"We argue that deep harbours drew merchants because ships grew."},
       {"Harbours and trade"},
       {""}},
  };
  return cases;
}

// Reads each case and compares its abstracts, titles and keywords.
void CheckTextCases(const std::vector<TextCase>& cases) {
  for (const TextCase& c : cases) {
    CAPTURE(c.what);
    Result r = Read(c.content);
    CHECK(r.messages == "");
    std::vector<std::string> texts, titles, keywords;
    for (const Document& d : r.docs) {
      texts.push_back(d.text);
      titles.push_back(d.title);
      std::string joined;
      for (const std::string& k : d.keywords) joined += (joined.empty() ? "" : "|") + k;
      keywords.push_back(joined);
    }
    CHECK(texts == c.texts);
    CHECK(titles == c.titles);
    CHECK(keywords == c.keywords);
  }
}

TEST_SUITE("reader") {
  TEST_CASE("plain text is read the way people paste it: wrapped lines, labels, headings") {
    CheckTextCases(TextCases());
  }

  TEST_CASE("a title hard-wrapped after a Title label runs to the label that ends it") {
    CheckTextCases(WrappedTitleCases());
  }

  TEST_CASE("labels at the end with no abstract after them are named, not given to the last") {
    struct Case {
      std::string content;
      std::string messages;
    };
    const Case cases[] = {
        {"We argue that aid prolongs war.\n\nTitle: Orphan title\n\nKeywords: lost; words\n",
         "papers.txt:3: warning: title 'Orphan title' with its keywords has no abstract; "
         "skipped\n"},
        {"We argue that aid prolongs war.\nTitle\nOrphan title\n",
         "papers.txt:2: warning: title 'Orphan title' has no abstract; skipped\n"},
        {"We argue that aid prolongs war.\n\nAbstract:\n\nKeywords: lost; words\n",
         "papers.txt:3: warning: label 'Abstract:' with its keywords has no abstract; skipped\n"},
        {"We argue that aid prolongs war.\n\nMethods\n",
         "papers.txt:3: warning: label 'Methods' has no abstract after it; ignored\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      Result r = Read(c.content);
      CHECK(r.ok);
      CHECK(r.messages == c.messages);
      REQUIRE(r.docs.size() == 1);
      CHECK(r.docs[0].text == "We argue that aid prolongs war.");
      CHECK(r.docs[0].title == "");
      CHECK(r.docs[0].keywords.empty());
    }
    Result twice = Read(
        "Title: Orphan title\nKeywords: lost\n\nTitle: Second paper\n\nWe argue that aid prolongs "
        "war.\n");
    CHECK(twice.ok);
    CHECK(twice.messages ==
          "papers.txt:1: warning: title 'Orphan title' with its keywords has no abstract; "
          "skipped\n");
    REQUIRE(twice.docs.size() == 1);
    CHECK(twice.docs[0].title == "Second paper");
    CHECK(twice.docs[0].keywords.empty());
    Result alone = Read("Title: Orphan title\nKeywords: lost; words\n");
    CHECK_FALSE(alone.ok);
    CHECK(alone.messages == "papers.txt: error: 1 record, without an abstract\n");
  }

  TEST_CASE(
      "an Authors label or a line of names gives the authors, and the unpunctuated lines before "
      "it the title") {
    struct Case {
      std::string what;
      std::string content;
      std::string title;
      std::vector<std::string> authors;
    };
    const std::vector<Case> cases = {
        {"labels in one paragraph",
         "Title: Harbours and trade\nAuthors: Ann Lee, Bo Chen\nAbstract: We argue that ports "
         "grew.\n",
         "Harbours and trade",
         {"Ann Lee", "Bo Chen"}},
        {"an unlabelled title, then the authors, hard-wrapped",
         "Harbours and trade in\nthe Baltic\nAuthor: Lee, Ann; Chen, Bo\nWe argue that ports "
         "grew\nbecause ships grew.\n",
         "Harbours and trade in the Baltic",
         {"Lee, Ann", "Chen, Bo"}},
        {"paragraphs: a title, the authors, the abstract",
         "Harbours and trade\n\nAUTHORS: Ann Lee and Bo Chen\n\nWe argue that ports grew.\n",
         "Harbours and trade",
         {"Ann Lee", "Bo Chen"}},
        {"a Title label's title ends at the Authors label",
         "Title\nHarbours and trade in\nthe Baltic\nAuthors: Ann Lee\nAbstract\nWe argue that "
         "ports grew.\n",
         "Harbours and trade in the Baltic",
         {"Ann Lee"}},
        // Unlabelled, as a journal's page pastes it.
        {"title and names as a paragraph of their own",
         "Harbours and trade\nAnn Lee, Bo Chen\n\nWe argue that ports grew.\n",
         "Harbours and trade",
         {"Ann Lee", "Bo Chen"}},
        {"names after \"By\" under a Title label",
         "Title: Harbours and trade\nBy Ann Lee and Bo Chen\n\nWe argue that ports grew.\n",
         "Harbours and trade",
         {"Ann Lee", "Bo Chen"}},
        {"one name with an initial, in the abstract's paragraph",
         "Harbours and trade\nA. Lee\nWe argue that ports grew.\n",
         "Harbours and trade",
         {"A. Lee"}},
        {"particles, accents, hyphens and affiliation marks",
         "Harbours and trade\nJosé de la Cruz1, Anne-Marie van Dijk*, B. Chen\n\n"
         "We argue that ports grew.\n",
         "Harbours and trade",
         {"José de la Cruz1", "Anne-Marie van Dijk*", "B. Chen"}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.what);
      Result r = Read(c.content);
      CHECK(r.messages == "");
      REQUIRE(r.docs.size() == 1);
      CHECK(r.docs[0].title == c.title);
      CHECK(r.docs[0].authors == c.authors);
      CHECK(r.docs[0].text.starts_with("We argue that ports grew"));
    }
    Result left = Read("We argue that aid prolongs war.\n\nAuthors: Ann Lee\n");
    CHECK(left.messages ==
          "papers.txt:3: warning: author list 'Authors: Ann Lee' has no abstract; skipped\n");
    REQUIRE(left.docs.size() == 1);
    CHECK(left.docs[0].authors.empty());
  }

  TEST_CASE("lines that only look like an author line under a title give no authors") {
    const std::vector<std::pair<std::string, std::string>> not_names = {
        {"places under a title",
         "Harbours in\nAfrica, Asia and Latin America\n\nWe argue that ports grew.\n"},
        {"one name without an initial",
         "Harbours and trade\nAnn Lee\n\nWe argue that ports grew.\n"},
        {"names after a sentence", "We argue that ports grew.\nAnn Lee, Bo Chen\n"},
        {"a title in title case that runs on",
         "The Politics of\nCivil War and Ethnic Conflict\n\nWe argue that ports grew.\n"},
    };
    for (const auto& [what, content] : not_names) {
      CAPTURE(what);
      Result r = Read(content);
      REQUIRE_FALSE(r.docs.empty());
      for (const auto& d : r.docs) CHECK(d.authors.empty());
    }
    // Only "By ..." ends a title or keyword list that runs over several lines.
    Result title = Read(
        "Title: The Politics of\nCivil War and Ethnic Conflict\n\nWe argue that ports grew.\n");
    REQUIRE(title.docs.size() == 1);
    CHECK(title.docs[0].title == "The Politics of Civil War and Ethnic Conflict");
    CHECK(title.docs[0].authors.empty());
    Result keywords = Read(
        "Keywords: Civil War; Ethnic Conflict;\nPeace Building; State Capacity\n\nWe argue "
        "that ports grew.\n");
    REQUIRE(keywords.docs.size() == 1);
    CHECK(keywords.docs[0].keywords == std::vector<std::string>{"Civil War", "Ethnic Conflict",
                                                                "Peace Building",
                                                                "State Capacity"});
    CHECK(keywords.docs[0].authors.empty());
  }

  TEST_CASE("--input-format forces one abstract per line, or one per paragraph") {
    std::string wrapped = "We argue that aid works because\ndonors learn and\nrebels do not.\n";
    CHECK(Read(wrapped).docs.size() == 1);
    CHECK(Read(wrapped, "papers.txt", InputFormat::kTextLines).docs.size() == 3);
    std::string lines = "We argue that aid works.\nWe find that trade helps.\n";
    CHECK(Read(lines).docs.size() == 2);
    CHECK(Read(lines, "papers.txt", InputFormat::kTextParagraphs).docs.size() == 1);
  }

  TEST_CASE("format names round-trip through one table") {
    CHECK(InputFormatNames() ==
          std::vector<std::string>{"auto",       "text",     "lines",  "paragraphs", "json",
                                   "jsonl",      "scraped",  "bibtex", "ris",        "csl-json",
                                   "openalex",   "crossref", "s2",     "medline",    "xml",
                                   "pubmed-xml", "jats",     "tei",    "wos",        "csv",
                                   "endnote-xml"});
    for (const std::string& name : InputFormatNames()) {
      InputFormat f = InputFormat::kAuto;
      REQUIRE(ParseInputFormat(name, &f));
      CHECK(InputFormatName(f) == name);
    }
    InputFormat f = InputFormat::kJson;
    CHECK_FALSE(ParseInputFormat("pubmed", &f));
    CHECK(f == InputFormat::kJson);
  }

  TEST_CASE("the format is detected from the content") {
    struct Case {
      std::string content;
      InputFormat format;
    };
    const Case cases[] = {
        {"", InputFormat::kText},
        {"  Sanctions rarely change regimes.\n", InputFormat::kText},
        {"\xEF\xBB\xBF {\"abstract\": \"Text.\"}", InputFormat::kJson},
        {"[{\"abstract\": \"One.\"},\n {\"abstract\": \"Two.\"}]", InputFormat::kJson},
        {"{\n  \"abstract\": \"Pretty printed.\"\n}\n", InputFormat::kJson},
        {"{\"abstract\": \"One.\"}\n\n{\"abstract\": \"Two.\"}\n", InputFormat::kJsonl},
        {"{\"abstract\": \"One.\"}\n{\"abstract\": broken\n", InputFormat::kJsonl},
        {"{\"abstract\": \"One.\"}\nCited by: 4\nAbstract\nOne.\n", InputFormat::kScraped},
        {"{\"abstract\": }", InputFormat::kJson},
        {"[Title]: a statement", InputFormat::kJson},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      CHECK(DetectFormat(c.content) == c.format);
    }
  }

  TEST_CASE("bibliographic exports are detected by extension and by content") {
    struct Case {
      std::string path;
      std::string content;
      InputFormat format;
    };
    const Case cases[] = {
        {"refs.bib", "Anything at all.", InputFormat::kBibtex},
        {"dir.v2/REFS.BibTeX", "", InputFormat::kBibtex},
        {"refs.RIS", "{\"abstract\": \"x\"}", InputFormat::kRis},
        {"refs.txt", "\xEF\xBB\xBF\n@article{a, abstract = {x}}", InputFormat::kBibtex},
        {"-", "% Encoding: UTF-8\n\n@Comment (x)", InputFormat::kBibtex},
        {"-", "@ article{a}", InputFormat::kText},
        // A note before the entries: a keyed entry within the first lines.
        {"notes.txt", "My reading list\nweek 3\n\n@article{roe2021,\n  abstract = {x}\n}",
         InputFormat::kBibtex},
        {"notes.txt", "My list\n@article{roe2021, abstract = {x}}", InputFormat::kBibtex},
        {"notes.txt", "We argue that X.\n@article{ no key here }", InputFormat::kText},
        {"notes.txt", "1\n2\n3\n4\n5\n6\n@article{roe2021,\n}", InputFormat::kText},
        {"notes.txt", "We argue that X.\nMail me @ work{, please.", InputFormat::kText},
        {"-", "@article", InputFormat::kText},
        {"refs.txt", "\nTY  - JOUR\r\nAB  - x\r\nER  - \r\n", InputFormat::kRis},
        {"-", "TY  -", InputFormat::kRis},
        {"-", "TY - JOUR", InputFormat::kText},
        {"w.json", "[{\"id\": \"https://openalex.org/W1\"}]", InputFormat::kOpenAlex},
        {"w.jsonl", "{\"paperId\": \"p\"}\n{\"paperId\": \"q\"}", InputFormat::kS2},
        {"w.json", "{\"message\": {}}", InputFormat::kCrossref},
        {"w.json", "[{\"author\": [], \"abstract\": \"x\"}]", InputFormat::kCslJson},
        {"w.json", "[{\"authors\": [], \"abstract\": \"x\"}]", InputFormat::kJson},
        {"w.bib.json", "{\"abstract\": \"x\"}\n{\"abstract\": \"y\"}", InputFormat::kJsonl},
        {"pubmed.nbib", "Anything.", InputFormat::kMedline},
        {"pubmed-x.txt", "\nPMID- 123\nAB  - x\n", InputFormat::kMedline},
        {"-", "PMID-123", InputFormat::kText},
        {"a.xml", "<?xml version=\"1.0\"?>\n<PubmedArticleSet>", InputFormat::kPubmedXml},
        {"a.xml", "<PubmedArticle><MedlineCitation>", InputFormat::kPubmedXml},
        {"-", "<!-- PMC -->\n<pmc-articleset><article>", InputFormat::kJats},
        {"a.xml", "<!DOCTYPE article SYSTEM \"x.dtd\">\n<article><front>", InputFormat::kJats},
        {"a.xml", "<j:article xmlns:j=\"urn:x\">", InputFormat::kJats},
        {"a.tei.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">", InputFormat::kTei},
        {"-", "<teiCorpus>", InputFormat::kTei},
        {"My.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><xml><records>",
         InputFormat::kEndnoteXml},
        {"-", "<?xml version=\"1.0\"?><rss/>", InputFormat::kXml},
        {"-", "<b>Background</b> Pasted from a web page.", InputFormat::kText},
        {"-", "<PubmedArticleSet><PubmedArticle><Broken", InputFormat::kPubmedXml},
        {"savedrecs.txt", "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n",
         InputFormat::kWos},
        {"-",
         "\xEF\xBB\xBF"
         "FN Thomson Reuters Web of Science\n\nPT J\nAU Roe, J\n",
         InputFormat::kWos},
        {"-", "PT J\nAU Roe, J\nAB x\nER\n", InputFormat::kWos},
        {"-", "FN is a note.\nWe argue that X.\n", InputFormat::kText},
        {"-", "PT J\nWe argue that X.\n", InputFormat::kText},
        {"scopus.csv", "Anything.", InputFormat::kCsv},
        {"refs.TSV", "", InputFormat::kCsv},
        {"export.txt", "\"Authors\",\"Title\",\"Year\",\"Abstract\"\n", InputFormat::kCsv},
        {"savedrecs.txt", "PT\tAU\tTI\tAB\tPY\tUT\n", InputFormat::kCsv},
        {"-", "Title;Abstract;DOI\n", InputFormat::kCsv},
        {"-", "Abstract, we argue, matters, and so on.\n", InputFormat::kText},
        {"-", "Title,Abstract\n", InputFormat::kText},
    };
    for (const Case& c : cases) {
      CAPTURE(c.path);
      CAPTURE(c.content);
      CHECK(DetectFormat(c.content, c.path) == c.format);
    }
  }

  TEST_CASE("a text file gives one abstract per blank-line separated paragraph") {
    Result r = Read(
        "\n  Alliances deter attacks.\nThey also entrap members.  \n\n \t\n"
        "Small states hedge between powers.\n",
        "dir/papers.txt");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 2);
    CHECK(r.docs[0].id == "papers#1");
    CHECK(r.docs[0].text == "Alliances deter attacks. They also entrap members.");
    CHECK(r.docs[0].line == 2);
    CHECK(r.docs[0].record == 1);
    CHECK(r.docs[0].source == "dir/papers.txt");
    CHECK(r.docs[1].id == "papers#2");
    CHECK(r.docs[1].text == "Small states hedge between powers.");
    CHECK(r.docs[1].line == 6);
    CHECK(r.docs[1].record == 2);
  }

  TEST_CASE("a text file without blank lines gives one abstract per line") {
    Result r = Read("\n\nNeutrality is costly.\nMediation builds trust.\n\n", "notes.md");
    CHECK(r.ok);
    CHECK(Ids(r) == std::vector<std::string>{"notes#1", "notes#2"});
    CHECK(Texts(r) == std::vector<std::string>{"Neutrality is costly.", "Mediation builds trust."});
    CHECK(r.docs[0].line == 3);
    CHECK(r.docs[1].line == 4);
  }

  TEST_CASE("a CRLF file with a byte order mark reads like its LF twin") {
    Result crlf = Read(
        "\xEF\xBB\xBF"
        "First claim.\r\nSecond line.\r\n\r\nOther claim.\r\n");
    Result lf = Read("First claim.\nSecond line.\n\nOther claim.\n");
    CHECK(crlf.ok);
    CHECK(Texts(crlf) == Texts(lf));
    CHECK(Texts(crlf) == std::vector<std::string>{"First claim. Second line.", "Other claim."});
    CHECK(crlf.docs[1].line == 4);
  }

  TEST_CASE("a leading abstract label is dropped") {
    struct Case {
      std::string input;
      std::string text;
    };
    const Case cases[] = {
        {"ABSTRACT The treaty failed.", "The treaty failed."},
        {"Abstract: The treaty failed.", "The treaty failed."},
        {"ABSTRACT. The treaty failed.", "The treaty failed."},
        {"Abstract The treaty failed.", "The treaty failed."},
        {"Abstract\nThe treaty failed.", "The treaty failed."},
        {"Abstract: the treaty failed.", "the treaty failed."},
        {"Abstract norms shape behaviour.", "Abstract norms shape behaviour."},
        {"Abstracts rarely say so.", "Abstracts rarely say so."},
        {"ABSTRACTION is a tool.", "ABSTRACTION is a tool."},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      CHECK(Texts(Read(c.input)) == std::vector<std::string>{c.text});
      if (c.input.find('\n') != std::string::npos) continue;
      std::string record = "{\"abstract\": \"" + c.input + "\"}";
      CHECK(Texts(Read(record, "r.json")) == std::vector<std::string>{c.text});
    }
  }

  TEST_CASE("a publisher's notice at the end of an abstract is dropped") {
    struct Case {
      std::string input;
      std::string text;
    };
    const Case cases[] = {
        {"Aid works. \xC2\xA9 2010 Trustees of a University.", "Aid works."},
        {"Aid works. Copyright \xC2\xA9 2015 A Publisher Ltd. All rights reserved.", "Aid works."},
        {"Aid works.\n(c) 2015 A Society.", "Aid works."},
        {"Aid works. COPYRIGHT 2015 A Publisher.", "Aid works."},
        {"Aid works. All rights reserved.", "Aid works."},
        {"Aid works (\xC2\xA9 2010 them).", "Aid works (\xC2\xA9 2010 them)."},
        {"Aid works. Copyright law protects it.", "Aid works. Copyright law protects it."},
        {"Aid works. (c) 2015 is a year we study, but we argue much more than a publisher's "
         "notice could hold: this sentence runs on and on past the length that a notice has, "
         "so that nothing of the abstract is lost when a sentence happens to open like one, "
         "which a real abstract may do, and every word of it must stay where the author put it "
         "in the text.",
         "Aid works. (c) 2015 is a year we study, but we argue much more than a publisher's "
         "notice could hold: this sentence runs on and on past the length that a notice has, "
         "so that nothing of the abstract is lost when a sentence happens to open like one, "
         "which a real abstract may do, and every word of it must stay where the author put it "
         "in the text."},
    };
    for (const Case& c : cases) {
      CAPTURE(c.input);
      CHECK(Texts(Read(c.input)) == std::vector<std::string>{c.text});
      std::string record = "{\"abstract\": \"" + c.input + "\"}";
      for (size_t at = record.find('\n'); at != std::string::npos; at = record.find('\n'))
        record.replace(at, 1, "\\n");
      CHECK(Texts(Read(record, "r.json")) == std::vector<std::string>{c.text});
    }
    // A record that is nothing but a notice has no abstract.
    Result r = Read(
        "TY  - JOUR\nAB  - \xC2\xA9 2010 A Publisher.\nER  - \n"
        "TY  - JOUR\nAB  - Aid works.\nER  - \n",
        "refs.ris");
    CHECK(Texts(r) == std::vector<std::string>{"Aid works."});
    CHECK(r.messages == "refs.ris:1: warning: record 1 has no abstract; skipped\n");
  }

  TEST_CASE(
      "a JSON abstract pasted with hard wraps is unwrapped, its headings kept on their lines") {
    struct Case {
      std::string path;
      std::string content;
      std::string text;
    };
    const Case cases[] = {
        {"r.json", R"({"abstract": "We argue that aid\nprolongs war. Ground-\nwater matters."})",
         "We argue that aid prolongs war. Ground-water matters."},
        {"r.json", R"({"abstract": "BACKGROUND: Aid is\nlarge.\nMETHODS: We ran a trial."})",
         "BACKGROUND: Aid is large.\nMETHODS: We ran a trial."},
        {"r.json", R"({"abstract": "One paragraph.\n\nAnother one."})",
         "One paragraph.\n\nAnother one."},
        {"w.json", R"([{"author": [], "abstract": "We argue that aid\nprolongs war."}])",
         "We argue that aid prolongs war."},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      CHECK(Texts(Read(c.content, c.path)) == std::vector<std::string>{c.text});
    }
  }

  TEST_CASE("a JSON record fills every field") {
    Result r = Read(R"(
      {"id": 17, "title": " Hedging in Asia ", "authors": "A. Smith, B. Jones",
       "publicationDate": "2019-05-01", "doi": "10.1000/xyz", "venue": {"name": "Security Review"},
       "abstract": "ABSTRACT Hedging is rational.", "components": [], "relations": []})",
                    "r.json");
    CHECK(r.ok);
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "17");
    CHECK(d.title == "Hedging in Asia");
    CHECK(d.authors == std::vector<std::string>{"A. Smith", "B. Jones"});
    CHECK(d.year == "2019");
    CHECK(d.doi == "10.1000/xyz");
    CHECK(d.venue == "Security Review");
    CHECK(d.text == "Hedging is rational.");
    CHECK(d.source == "r.json");
    CHECK(d.record == 1);
    CHECK(d.line == 2);
  }

  TEST_CASE("year, venue and abstract come from their alternative fields") {
    Result r = Read(
        R"([{"year": 2020, "journal": "Arms Control Today", "abstract": null, "text": "Text wins."},
            {"year": "1999", "journal": {"name": "Orbis"}, "venue": "Other", "abstract": "A.",
             "text": "Not used."},
            {"year": null, "publicationDate": "n.d.", "title": null, "abstract": "B."}])",
        "r.json");
    CHECK(r.ok);
    REQUIRE(r.docs.size() == 3);
    CHECK(r.docs[0].year == "2020");
    CHECK(r.docs[0].venue == "Arms Control Today");
    CHECK(r.docs[0].text == "Text wins.");
    CHECK(r.docs[1].year == "1999");
    CHECK(r.docs[1].venue == "Orbis");
    CHECK(r.docs[1].text == "A.");
    CHECK(r.docs[2].year == "");
    CHECK(r.docs[2].title == "");
    CHECK(r.docs[2].line == 4);  // where its object opens
  }

  TEST_CASE("authors are read from a string, a list of strings or a list of objects") {
    struct Case {
      std::string authors;
      std::vector<std::string> names;
    };
    const Case cases[] = {
        {R"("Jane Roe")", {"Jane Roe"}},
        {R"("A. Smith, B. Jones")", {"A. Smith", "B. Jones"}},
        {R"("Smith, A.")", {"Smith, A."}},
        {R"("Smith, A.; Jones, B.")", {"Smith, A.", "Jones, B."}},
        {R"("A. Smith; ")", {"A. Smith"}},
        {R"("A. Smith, B. Jones and C. Doe")", {"A. Smith", "B. Jones", "C. Doe"}},
        {R"(["A. Smith", " B. Jones ", 3])", {"A. Smith", "B. Jones"}},
        {R"([{"name": "A. Smith"}, {"id": 4}, {"name": "B. Jones"}])", {"A. Smith", "B. Jones"}},
        {R"(7)", {}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.authors);
      Result r = Read("{\"authors\": " + c.authors + ", \"abstract\": \"X.\"}", "r.json");
      REQUIRE(r.docs.size() == 1);
      CHECK(r.docs[0].authors == c.names);
    }
  }

  TEST_CASE("a record without id takes its DOI, else the file stem and record number") {
    Result r = Read(
        "{\"doi\": \"10.1/a\", \"abstract\": \"One.\"}\n"
        "{\"id\": \"\", \"abstract\": \"Two.\"}\n"
        "{\"id\": \"own\", \"doi\": \"10.1/c\", \"abstract\": \"Three.\"}\n",
        "data/batch.v2.jsonl");
    CHECK(Ids(r) == std::vector<std::string>{"10.1/a", "batch.v2#2", "own"});
    CHECK(Ids(Read("Stdin text.", "-")) == std::vector<std::string>{"stdin#1"});
  }

  TEST_CASE("JSON Lines records carry their line and record numbers") {
    Result r = Read("\n{\"abstract\": \"One.\"}\n\n{\"abstract\": \"Two.\"}\r\n", "r.jsonl");
    CHECK(r.ok);
    REQUIRE(r.docs.size() == 2);
    CHECK(r.docs[0].line == 2);
    CHECK(r.docs[0].record == 1);
    CHECK(r.docs[1].line == 4);
    CHECK(r.docs[1].record == 2);
    CHECK(r.docs[1].id == "r#2");
  }

  TEST_CASE("a scraped page gives only the record on its first line") {
    Result r = Read(
        "{\"doi\": \"10.9/p\", \"abstract\": \"ABSTRACT Deterrence needs diplomacy.\"}\n"
        "Cited by: 0\nAbstract\nABSTRACT Deterrence needs diplomacy.\n",
        "page.txt");
    CHECK(r.ok);
    CHECK(Ids(r) == std::vector<std::string>{"10.9/p"});
    CHECK(Texts(r) == std::vector<std::string>{"Deterrence needs diplomacy."});
    CHECK(r.docs[0].line == 1);
  }

  TEST_CASE("a forced format overrides detection") {
    Result text = Read("{\"abstract\": \"A.\"}", "r.json", InputFormat::kText);
    CHECK(Texts(text) == std::vector<std::string>{"{\"abstract\": \"A.\"}"});
    Result scraped =
        Read("{\"abstract\": \"A.\"}\n{\"abstract\": \"B.\"}", "r", InputFormat::kScraped);
    CHECK(Texts(scraped) == std::vector<std::string>{"A."});
  }

  TEST_CASE("bad input gives exact messages and skips only the bad record") {
    struct Case {
      std::string path;
      std::string content;
      size_t docs;
      std::string messages;
    };
    const Case cases[] = {
        {"a.json", "{\"abstract\": }", 0,
         "a.json:1:14: error: invalid JSON: syntax error while parsing value - unexpected '}'; "
         "expected '[', '{', or a literal\n"
         "{\"abstract\": }\n"
         "             ^\n"},
        // An array that is not valid JSON is read element by element: a missing ']'
        // keeps the record, a bad element loses only itself.
        {"a.json", "[\n  {\"abstract\": \"A.\"}\n\n", 1,
         "a.json:2:21: error: invalid JSON: syntax error while parsing array - unexpected end of "
         "input; expected ']'\n"
         "  {\"abstract\": \"A.\"}\n"
         "                    ^\n"},
        {"a.json",
         "[{\"abstract\": \"One.\"},\n {\"abstract\": \"Two.\" \"x\"},\n {\"abstract\": "
         "\"Three, with a ], and a }.\"}]",
         2,
         "a.json:2:24: error: invalid JSON: syntax error while parsing object - unexpected string "
         "literal; expected '}'\n"
         " {\"abstract\": \"Two.\" \"x\"},\n"
         "                       ^\n"},
        {"a.json", "[{\"abstract\": \"One.\"},\n {\"abstract\": \"Two.\"\n", 1,
         "a.json:2:21: error: invalid JSON: syntax error while parsing object - unexpected end of "
         "input; expected '}'\n"
         " {\"abstract\": \"Two.\"\n"
         "                    ^\n"},
        {"a.jsonl", "{\"abstract\": \"One.\"}\n{\"abstract\": tru}\n{\"abstract\": \"Three.\"}\n",
         2,
         "a.jsonl:2:17: error: invalid JSON: syntax error while parsing value - invalid literal; "
         "last read: '\"abstract\": tru}'\n"
         "{\"abstract\": tru}\n"
         "                ^\n"},
        {"a.jsonl", "{\"abstract\": \"One.\"}\n\n{\"title\": \"T\"}\n{\"abstract\": \" \\n \"}\n",
         1,
         "a.jsonl:3: error: record 2 has no \"abstract\" or \"text\" field\n"
         "a.jsonl:4: error: record 3 has an empty \"abstract\" field\n"},
        {"a.json", "[{\"abstract\": \"One.\"}, 3, {\"text\": 5}]", 1,
         "a.json:1: error: record 2 is not a JSON object\n"
         "a.json:1: error: record 3 has a \"text\" field that is not a string\n"},
        {"a.jsonl", "{\"abstract\": \"One.\"}\n[\"Two.\"]\n", 1,
         "a.jsonl:2: error: record 2 is not a JSON object\n"},
        {"a.txt", "", 0, "a.txt: error: no abstracts found\n"},
        {"a.txt", " \n\t\r\n", 0, "a.txt: error: no abstracts found\n"},
        {"a.json", "[]", 0, "a.json: error: no abstracts found\n"},
        {"a.txt", "Abstract\n", 0, "a.txt: error: no abstracts found\n"},
        {"a.txt", "Good line.\nBad \xC3( here.\n", 0,
         "a.txt:2:5: error: invalid UTF-8 (byte 0xC3): for Latin-1 or Windows-1252 text, give "
         "--encoding windows-1252\nBad ?( here.\n    ^\n"},
        {"a.json", "{\"abstract\": \"\xFF\"}", 0,
         "a.json:1:15: error: invalid UTF-8 (byte 0xFF): for Latin-1 or Windows-1252 text, give "
         "--encoding windows-1252\n{\"abstract\": \"?\"}\n              ^\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      Result r = Read(c.content, c.path);
      CHECK_FALSE(r.ok);
      CHECK(r.docs.size() == c.docs);
      CHECK(r.messages == c.messages);
    }
  }

  TEST_CASE("a missing file or a directory cannot be read") {
    std::vector<Document> docs;
    std::vector<Diagnostic> diags;
    CHECK_FALSE(ReadInputFile("no/such/file.txt", nullptr, InputFormat::kAuto, &docs, &diags));
    std::string dir = std::filesystem::temp_directory_path().string();
    CHECK_FALSE(ReadInputFile(dir, nullptr, InputFormat::kAuto, &docs, &diags));
    CHECK(docs.empty());
    CHECK(FormatAll(diags) ==
          "no/such/file.txt: error: cannot read file: No such file or directory\n" + dir +
              ": error: cannot read file: Is a directory\n");
  }

  TEST_CASE("a file is read whole, in binary") {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / "argmap_reader_test_input.txt";
    {
      std::ofstream out(path, std::ios::binary);
      out << "First claim.\r\n\r\nSecond claim.\r\n";
    }
    std::vector<Document> docs;
    std::vector<Diagnostic> diags;
    CHECK(ReadInputFile(path.string(), nullptr, InputFormat::kAuto, &docs, &diags));
    std::filesystem::remove(path);
    CHECK(diags.empty());
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id == "argmap_reader_test_input#1");
    CHECK(docs[1].text == "Second claim.");
    CHECK(docs[1].source == path.string());
  }

  TEST_CASE("the shared seed and gold files are read") {
    const std::filesystem::path shared = ARGMAP_SHARED_DIR;
    if (!testing::Needs(std::filesystem::is_directory(shared / "seeds"),
                        "no " + (shared / "seeds").string()))
      return;
    std::vector<Document> docs;
    std::vector<Diagnostic> diags;
    std::string lines = (shared / "seeds" / "000_43ff421e1196b072.txt").string();
    CHECK(ReadInputFile(lines, nullptr, InputFormat::kAuto, &docs, &diags));
    CHECK(FormatAll(diags) == "");
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id == "000_43ff421e1196b072#1");
    CHECK(docs[1].id == "000_43ff421e1196b072#2");
    CHECK(docs[1].line == 2);

    docs.clear();
    std::string page = (shared / "seeds" / "001_4effffe76dd68391.txt").string();
    CHECK(ReadInputFile(page, nullptr, InputFormat::kAuto, &docs, &diags));
    CHECK(FormatAll(diags) == "");
    REQUIRE(docs.size() == 1);
    const Document& d = docs[0];
    CHECK(d.id == "10.1080/25751654.2021.1994744");
    CHECK(d.doi == "10.1080/25751654.2021.1994744");
    CHECK(d.title ==
          "The Nuclear Deterrence Strategy of the US-Japan Alliance is Failing but Can Be Fixed");
    CHECK(d.authors == std::vector<std::string>{"Gregory Kulacki"});
    CHECK(d.year == "2021");
    CHECK(d.venue == "Journal for Peace and Nuclear Disarmament");
    CHECK(d.text.starts_with("The current nuclear"));
    CHECK(d.text.find("ABSTRACT") == std::string::npos);

    docs.clear();
    std::string gold = (shared / "gold" / "seeds.jsonl").string();
    CHECK(ReadInputFile(gold, nullptr, InputFormat::kAuto, &docs, &diags));
    CHECK(FormatAll(diags) == "");
    CHECK(docs.size() == 3);
    std::vector<std::string> ids;
    for (const Document& doc : docs) ids.push_back(doc.id);
    CHECK(ids == std::vector<std::string>{"japan-deterrence", "china-neutrality", "kulacki-2021"});
  }
}

}  // namespace
}  // namespace argmap
