// Tests of the RIS reader (src/read/ris_reader.cc): tag lines, continued
// values, field alternatives, and the exact messages for bad records.
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

ReadResult ReadRis(std::string_view content) { return ReadString(content, "refs.ris"); }

TEST_SUITE("ris_reader") {
  TEST_CASE("a record fills every field, and a wrapped value is continued") {
    ReadResult r = ReadRis(
        "TY  - JOUR\n"
        "ID  - roe2019\n"
        "TI  - Hedging in Southeast Asia\n"
        "AU  - Roe, Jane\n"
        "A1  - Müller, Jörg\n"
        "AU  - Institute for Peace Research\n"
        "PY  - 2019///\n"
        "DO  - https://doi.org/10.1000/hedge\n"
        "T2  - Journal of Alliance Studies\n"
        "AB  - Small states hedge. We argue that hedging\n"
        "is rational because alignment\n"
        "   is costly.\n"
        "ER  - \n");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "roe2019");
    CHECK(d.title == "Hedging in Southeast Asia");
    CHECK(d.authors ==
          std::vector<std::string>{"Jane Roe", "Jörg Müller", "Institute for Peace Research"});
    CHECK(d.year == "2019");
    CHECK(d.doi == "10.1000/hedge");
    CHECK(d.venue == "Journal of Alliance Studies");
    CHECK(d.text ==
          "Small states hedge. We argue that hedging is rational because alignment is costly.");
    CHECK(d.source == "refs.ris");
    CHECK(d.record == 1);
    CHECK(d.line == 1);
  }

  TEST_CASE("fields come from their alternative tags") {
    ReadResult r = ReadRis(
        "TY  - JOUR\r\nT1  - First\r\nY1  - 2001/05/01/\r\nJO  - Orbis\r\nT2  - Other\r\n"
        "N2  - Abstract in N2.\r\nER  -\r\n\r\n"
        "TY  - CHAP\nTI  - Second\nDA  - May 2003\nJF  - Full Name\nJO  - Abbr\n"
        "AB  - Abstract: first paragraph.\nAB  - Second paragraph.\nN2  - Not used.\n"
        "DO  - 10.3/c\nER  - \n");
    CHECK(r.ok);
    REQUIRE(r.docs.size() == 2);
    CHECK(r.docs[0].id == "refs#1");
    CHECK(r.docs[0].title == "First");
    CHECK(r.docs[0].year == "2001");
    CHECK(r.docs[0].venue == "Orbis");
    CHECK(r.docs[0].text == "Abstract in N2.");
    CHECK(r.docs[1].id == "10.3/c");
    CHECK(r.docs[1].year == "2003");
    CHECK(r.docs[1].venue == "Full Name");
    CHECK(r.docs[1].text == "first paragraph.\nSecond paragraph.");
    CHECK(r.docs[1].line == 9);
  }

  TEST_CASE("bad and unfinished records give exact messages") {
    struct Case {
      std::string content;
      std::vector<std::string> ids;
      bool ok;
      std::string messages;
    };
    const Case cases[] = {
        {"TY  - JOUR\nID  - a\nTI  - No abstract\nER  - \nTY  - JOUR\nID  - b\nAB  - B.\nER  - \n",
         {"b"},
         true,
         "refs.ris:1: warning: record 1 ('a') has no abstract; skipped\n"},
        {"TY  - JOUR\nAB  - A.\nTY  - JOUR\nAB  - B.\n",
         {"refs#1", "refs#2"},
         true,
         "refs.ris:1: warning: record 1 has no 'ER  -' line before the next 'TY'\n"
         "refs.ris:3: warning: record 2 has no 'ER  -' line before the end of the file\n"},
        {"AU  - Roe, Jane\nAB  - Lost.\nER  - \nTY  - JOUR\nAB  - B.\nER  - \n",
         {"refs#1"},
         false,
         "refs.ris:1: error: tag 'AU' outside a record (no 'TY' before it)\n"},
        {"TY  - JOUR\nER  - \n", {}, false, "refs.ris: error: 1 record, without an abstract\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      ReadResult r = ReadRis(c.content);
      CHECK(r.ok == c.ok);
      CHECK(DocIds(r) == c.ids);
      CHECK(r.messages == c.messages);
    }
  }

  TEST_CASE("a line that only looks like a tag continues the value") {
    ReadResult r = ReadRis("TY  - JOUR\nAB  - Two views -\nUS - EU relations differ.\nER  - \n");
    CHECK(DocTexts(r) == std::vector<std::string>{"Two views - US - EU relations differ."});
  }
}

}  // namespace
}  // namespace argmap
