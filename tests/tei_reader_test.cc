// Tests of the TEI reader (src/read/tei_reader.cc): GROBID's header fields, the
// abstract's divisions and sentences, corpora, and skipped documents.
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

ReadResult ReadTei(std::string_view content) { return ReadString(content, "paper.tei.xml"); }

std::string Tei(std::string_view profile) {
  return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc/><profileDesc>" +
         std::string(profile) + "</profileDesc></teiHeader></TEI>";
}

TEST_SUITE("tei_reader") {
  TEST_CASE("a GROBID header fills every field") {
    ReadResult r = ReadTei(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<TEI xml:space=\"preserve\" xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>"
        "<fileDesc><titleStmt><title level=\"a\" type=\"main\">Courts and Trust</title>"
        "</titleStmt><publicationStmt><date when=\"2015-01-01\"/></publicationStmt>"
        "<sourceDesc><biblStruct><analytic>"
        "<author><persName><forename type=\"first\">Sun</forename>"
        "<forename type=\"middle\">Hee</forename><surname>Park</surname></persName>"
        "<affiliation>Somewhere</affiliation></author>"
        "<author><orgName>No person</orgName></author></analytic>"
        "<monogr><title level=\"j\">Journal of Institutions</title>"
        "<imprint><date type=\"published\" when=\"2016-09\"/></imprint></monogr>"
        "<idno type=\"MD5\">abc</idno><idno type=\"DOI\">10.1000/t</idno>"
        "</biblStruct></sourceDesc></fileDesc><profileDesc>"
        "<textClass><keywords><term>courts</term><term>trust</term></keywords></textClass>"
        "<abstract><div><p><s>Courts settle disputes.</s><s>We argue that they build "
        "trust.</s></p></div></abstract></profileDesc></teiHeader>\n"
        "<text><body><p>Body.</p></body></text></TEI>\n");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "10.1000/t");
    CHECK(d.title == "Courts and Trust");
    CHECK(d.authors == std::vector<std::string>{"Sun Hee Park"});
    CHECK(d.year == "2016");
    CHECK(d.venue == "Journal of Institutions");
    CHECK(d.keywords == std::vector<std::string>{"courts", "trust"});
    CHECK(d.text == "Courts settle disputes. We argue that they build trust.");
    CHECK(d.line == 2);
  }

  TEST_CASE("divisions with a head become sections, the publication date is the fallback year") {
    ReadResult r = ReadTei(
        "<TEI><teiHeader><fileDesc><publicationStmt><date>March 2011</date></publicationStmt>"
        "</fileDesc><profileDesc><abstract><div><head>Background</head><p>A.</p></div>"
        "<div><head>Results</head><p>B.</p><p>C.</p></div></abstract></profileDesc>"
        "</teiHeader></TEI>");
    CHECK(DocTexts(r) == std::vector<std::string>{"Background: A.\nResults: B. C."});
    CHECK(r.docs[0].year == "2011");
  }

  TEST_CASE("a corpus gives each document, and one without an abstract is skipped") {
    ReadResult r =
        ReadTei("<teiCorpus>\n" + Tei("<abstract><p>One.</p></abstract>") + "\n" + Tei("") + "\n" +
                Tei("<abstract><div><p>Three.</p></div></abstract>") + "\n</teiCorpus>\n");
    CHECK(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"paper.tei#1", "paper.tei#3"});
    CHECK(r.messages == "paper.tei.xml:3: warning: record 2 has no abstract; skipped\n");
  }
}

}  // namespace
}  // namespace argmap
