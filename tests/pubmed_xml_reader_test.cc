// Tests of the PubMed XML reader (src/read/pubmed_xml_reader.cc): every field of
// a record, structured abstracts as sections, the records that are skipped, and
// the exact message for XML that is not well-formed.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read_result.h"

namespace argmap {
namespace {

using testing::DocIds;
using testing::DocTexts;
using testing::ReadResult;
using testing::ReadString;

ReadResult ReadPubmed(std::string_view content) { return ReadString(content, "pubmed.xml"); }

std::string Article(std::string_view pmid, std::string_view inside) {
  return "<PubmedArticle><MedlineCitation><PMID>" + std::string(pmid) + "</PMID><Article>" +
         std::string(inside) + "</Article></MedlineCitation></PubmedArticle>\n";
}

std::string Set(std::string_view records) {
  return "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + std::string(records) +
         "</PubmedArticleSet>\n";
}

TEST_SUITE("pubmed_xml_reader") {
  TEST_CASE("a record fills every field, inline markup dropped") {
    ReadResult r = ReadPubmed(
        Set("<PubmedArticle>\n<MedlineCitation><PMID Version=\"1\">123</PMID>\n"
            "<Article><Journal><JournalIssue><PubDate><Year>2021</Year></PubDate></JournalIssue>"
            "<Title>Journal of Trials</Title></Journal>"
            "<ArticleTitle>Drug <i>X</i> in H<sub>2</sub>O.</ArticleTitle>"
            "<ELocationID EIdType=\"pii\">S1</ELocationID>"
            "<ELocationID EIdType=\"doi\">10.1000/x</ELocationID>"
            "<Abstract><AbstractText>Drug X\n    worked &amp; was safe.</AbstractText></Abstract>"
            "<AuthorList><Author><LastName>Núñez</LastName><ForeName>Ana</ForeName></Author>"
            "<Author><LastName>Berg</LastName><Initials>TK</Initials></Author>"
            "<Author><CollectiveName>Trial Group</CollectiveName></Author></AuthorList>"
            "</Article><KeywordList><Keyword>drugs</Keyword><Keyword>water</Keyword></KeywordList>"
            "</MedlineCitation></PubmedArticle>\n"));
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "123");
    CHECK(d.title == "Drug X in H2O.");
    CHECK(d.authors == std::vector<std::string>{"Ana Núñez", "TK Berg", "Trial Group"});
    CHECK(d.year == "2021");
    CHECK(d.doi == "10.1000/x");
    CHECK(d.venue == "Journal of Trials");
    CHECK(d.keywords == std::vector<std::string>{"drugs", "water"});
    CHECK(d.text == "Drug X worked & was safe.");
    CHECK(d.record == 1);
    CHECK(d.line == 3);
  }

  TEST_CASE("a structured abstract's parts become sections under their category") {
    ReadResult r = ReadPubmed(Set(Article(
        "1",
        "<Abstract><AbstractText Label=\"AIMS\" NlmCategory=\"OBJECTIVE\">To test X.</AbstractText>"
        "<AbstractText Label=\"PATIENTS\" NlmCategory=\"METHODS\">We gave X.</AbstractText>"
        "<AbstractText Label=\"FINDINGS\" NlmCategory=\"UNASSIGNED\">X helped.</AbstractText>"
        "<AbstractText>Untitled part.</AbstractText><AbstractText Label=\"EMPTY\"/>"
        "</Abstract>")));
    CHECK(r.ok);
    CHECK(DocTexts(r) == std::vector<std::string>{
                             "OBJECTIVE: To test X.\nMETHODS: We gave X.\nFINDINGS: X helped.\n"
                             "Untitled part."});
  }

  TEST_CASE("the year and the DOI come from their fallbacks") {
    ReadResult r = ReadPubmed(Set(
        "<PubmedArticle><MedlineCitation><PMID>7</PMID><Article><Journal><JournalIssue><PubDate>"
        "<MedlineDate>1998 Dec-1999 Jan</MedlineDate></PubDate></JournalIssue></Journal>"
        "<Abstract><AbstractText>A.</AbstractText></Abstract></Article></MedlineCitation>"
        "<PubmedData><ArticleIdList><ArticleId IdType=\"pubmed\">7</ArticleId>"
        "<ArticleId IdType=\"doi\">https://doi.org/10.1000/y</ArticleId></ArticleIdList>"
        "</PubmedData></PubmedArticle>\n" +
        Article("8",
                "<Abstract><AbstractText>B.</AbstractText></Abstract>"
                "<ArticleDate><Year>2003</Year></ArticleDate>")));
    REQUIRE(r.docs.size() == 2);
    CHECK(r.docs[0].year == "1998");
    CHECK(r.docs[0].doi == "10.1000/y");
    CHECK(r.docs[1].year == "2003");
  }

  TEST_CASE("records without an abstract, books and deleted citations are skipped") {
    ReadResult r = ReadPubmed(
        Set(Article("1", "<ArticleTitle>Letter.</ArticleTitle>") +
            "<PubmedBookArticle><BookDocument><PMID>2</PMID></BookDocument></PubmedBookArticle>\n"
            "<DeleteCitation><PMID>3</PMID></DeleteCitation>\n" +
            Article("4", "<Abstract><AbstractText>Kept.</AbstractText></Abstract>")));
    CHECK(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"4"});
    CHECK(r.docs[0].record == 3);
    CHECK(r.messages ==
          "pubmed.xml:3: warning: record 1 ('1') has no abstract; skipped\n"
          "pubmed.xml:4: warning: record 2 is a <PubmedBookArticle>, not a journal article "
          "(<PubmedArticle>); skipped\n");
  }

  TEST_CASE("a file of one PubmedArticle is read") {
    ReadResult r =
        ReadPubmed(Article("5", "<Abstract><AbstractText>One.</AbstractText></Abstract>"));
    CHECK(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"5"});
  }

  TEST_CASE("XML that is not well-formed is one error with its line, column and caret") {
    ReadResult r = ReadPubmed(
        "<PubmedArticleSet>\n<PubmedArticle><MedlineCitation><PMID>1</PMID>\n"
        "<Article><Abstract><AbstractText>Cut.</Abstract></Article>\n");
    CHECK_FALSE(r.ok);
    CHECK(r.docs.empty());
    CHECK(r.messages ==
          "pubmed.xml:3:49: error: not well-formed XML: Opening and ending tag mismatch: "
          "AbstractText line 3 and Abstract\n"
          "<Article><Abstract><AbstractText>Cut.</Abstract></Article>\n"
          "                                                ^\n");
  }

  TEST_CASE("no network and no external entity is ever loaded") {
    ReadResult r = ReadPubmed(
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE PubmedArticleSet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
        "<PubmedArticleSet>" +
        Article("1", "<Abstract><AbstractText>Text &secret; here.</AbstractText></Abstract>") +
        "</PubmedArticleSet>\n");
    REQUIRE(r.docs.size() == 1);
    CHECK(r.docs[0].text == "Text here.");
  }
}

}  // namespace
}  // namespace argmap
