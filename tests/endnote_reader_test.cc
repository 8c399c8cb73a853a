// Tests of the EndNote XML reader (src/read/endnote_reader.cc): the fields
// through EndNote's <style> elements, their alternatives, and the exact messages.
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

ReadResult ReadEndnote(std::string_view content) { return ReadString(content, "My.xml"); }

std::string Styled(std::string_view text) {
  return "<style face=\"normal\" font=\"default\" size=\"100%\">" + std::string(text) + "</style>";
}

TEST_SUITE("endnote_reader") {
  TEST_CASE("a record fills every field through its style elements") {
    ReadResult r = ReadEndnote(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><xml><records>\n<record>"
        "<rec-number>7</rec-number><contributors><authors><author>" +
        Styled("Roe, Jane") + "</author><author>" + Styled("Made-up Trials Group") +
        "</author></authors></contributors><titles><title>" + Styled("Aid <i>and</i> war") +
        "</title><secondary-title>" + Styled("Journal of Aid") +
        "</secondary-title></titles><keywords><keyword>" + Styled("aid") +
        "</keyword></keywords><dates><year>" + Styled("2019") + "</year></dates>" +
        "<accession-num>" + Styled("WOS:1") + "</accession-num><electronic-resource-num>" +
        Styled("doi:10.5555/e") + "</electronic-resource-num><abstract>" +
        Styled("We argue that aid&#xD;prolongs war.") + "</abstract></record>\n</records></xml>");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "WOS:1");
    CHECK(d.title == "Aid and war");
    CHECK(d.authors == std::vector<std::string>{"Jane Roe", "Made-up Trials Group"});
    CHECK(d.year == "2019");
    CHECK(d.doi == "10.5555/e");
    CHECK(d.venue == "Journal of Aid");
    CHECK(d.keywords == std::vector<std::string>{"aid"});
    CHECK(d.text == "We argue that aid prolongs war.");
    CHECK(d.line == 2);
  }

  TEST_CASE("the venue falls back to the periodical, and an id that is no DOI is not one") {
    ReadResult r = ReadEndnote(
        "<xml><records><record><periodical><full-title>J Aid</full-title></periodical>"
        "<electronic-resource-num>PMC123</electronic-resource-num>"
        "<abstract>Text.</abstract></record></records></xml>");
    CHECK(r.ok);
    REQUIRE(r.docs.size() == 1);
    CHECK(r.docs[0].venue == "J Aid");
    CHECK(r.docs[0].doi == "");
    CHECK(r.docs[0].id == "My#1");
  }

  TEST_CASE("a record without an abstract is a warning, a file without records an error") {
    ReadResult r = ReadEndnote(
        "<xml><records>\n<record><titles><title>T</title></titles></record>\n"
        "<record><abstract>Kept.</abstract></record>\n</records></xml>");
    CHECK(r.ok);
    CHECK(DocTexts(r) == std::vector<std::string>{"Kept."});
    CHECK(r.docs[0].record == 2);
    CHECK(r.messages == "My.xml:2: warning: record 1 has no abstract; skipped\n");
    ReadResult empty = ReadEndnote("<xml>\n<records/></xml>");
    CHECK_FALSE(empty.ok);
    CHECK(empty.messages == "My.xml:1: error: EndNote XML without a <records> list of <record>s\n");
  }
}

}  // namespace
}  // namespace argmap
