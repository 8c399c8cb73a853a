// Tests of the MEDLINE reader (src/read/medline_reader.cc): field lines, continued
// values, the field alternatives, and the exact messages.
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

ReadResult ReadMedline(std::string_view content) { return ReadString(content, "refs.nbib"); }

TEST_SUITE("medline_reader") {
  TEST_CASE("a record fills every field, and a value continues over lines") {
    ReadResult r = ReadMedline(
        "PMID- 111\n"
        "OWN - NLM\n"
        "DP  - 2020 Jun 3\n"
        "TI  - Reminders and screening: a cluster\n"
        "      randomised trial.\n"
        "LID - S0000 [pii]\n"
        "LID - 10.1000/m [doi]\n"
        "AB  - BACKGROUND: Uptake is low. RESULTS: Uptake\n"
        "      rose.\n"
        "FAU - Okoye, Ngozi\n"
        "AU  - Okoye N\n"
        "FAU - Lindqvist, Per\n"
        "JT  - Journal of Screening\n"
        "TA  - J Screen\n"
        "OT  - screening\n"
        "OT  - reminders\n");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "111");
    CHECK(d.title == "Reminders and screening: a cluster randomised trial.");
    CHECK(d.authors == std::vector<std::string>{"Ngozi Okoye", "Per Lindqvist"});
    CHECK(d.year == "2020");
    CHECK(d.doi == "10.1000/m");
    CHECK(d.venue == "Journal of Screening");
    CHECK(d.keywords == std::vector<std::string>{"screening", "reminders"});
    CHECK(d.text == "BACKGROUND: Uptake is low. RESULTS: Uptake rose.");
    CHECK(d.line == 1);
  }

  TEST_CASE("fields come from their alternatives, and CRLF lines are read") {
    ReadResult r = ReadMedline(
        "PMID- 1\r\nBTI - A book chapter.\r\nAB  - Text one.\r\nAU  - Roe J\r\nAU  - Doe K\r\n"
        "TA  - J Abbr\r\nAID - 10.1000/a [doi]\r\n\r\n"
        "PMID- 2\nAB  - Text two.\n");
    CHECK(r.ok);
    REQUIRE(r.docs.size() == 2);
    CHECK(r.docs[0].title == "A book chapter.");
    CHECK(r.docs[0].authors == std::vector<std::string>{"Roe J", "Doe K"});
    CHECK(r.docs[0].venue == "J Abbr");
    CHECK(r.docs[0].doi == "10.1000/a");
    CHECK(r.docs[1].line == 9);
    CHECK(DocTexts(r) == std::vector<std::string>{"Text one.", "Text two."});
  }

  TEST_CASE("a record without an abstract is skipped with a warning") {
    ReadResult r = ReadMedline("PMID- 1\nTI  - Comment.\n\nPMID- 2\nAB  - Kept.\n");
    CHECK(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"2"});
    CHECK(r.docs[0].record == 2);
    CHECK(r.messages == "refs.nbib:1: warning: record 1 ('1') has no abstract; skipped\n");
  }

  TEST_CASE("fields before the first PMID line are one error") {
    ReadResult r = ReadMedline("TI  - Orphan.\nAB  - Orphan text.\nPMID- 3\nAB  - Kept.\n");
    CHECK_FALSE(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"3"});
    CHECK(r.messages ==
          "refs.nbib:1: error: field 'TI' outside a record (no 'PMID-' line before it)\n");
  }
}

}  // namespace
}  // namespace argmap
