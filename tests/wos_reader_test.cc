// Tests of the Web of Science plain-text reader (src/read/wos_reader.cc): field
// lines, continuation lines, the field alternatives, records left open, and the
// exact messages.
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

ReadResult ReadWos(std::string_view content) {
  return ReadString(content, "savedrecs.txt", InputFormat::kWos);
}

TEST_SUITE("wos_reader") {
  TEST_CASE("a record fills every field, and values continue over lines") {
    ReadResult r = ReadWos(
        "FN Clarivate Analytics Web of Science\n"
        "VR 1.0\n"
        "PT J\n"
        "AU Okafor, C\n"
        "   Lee, M\n"
        "AF Okafor, Chidi\n"
        "   Lee, Min-ji\n"
        "TI Mediation and the duration of\n"
        "   civil wars\n"
        "SO JOURNAL OF MADE-UP STUDIES\n"
        "DE mediation; civil war;\n"
        "   duration\n"
        "AB We argue that mediation shortens wars. Using new data, we find\n"
        "   that mediated wars end sooner.\n"
        "PY 2020\n"
        "DI 10.5555/argmap.wos.1\n"
        "UT WOS:000000000000001\n"
        "ER\n"
        "\n"
        "EF\n");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "WOS:000000000000001");
    CHECK(d.title == "Mediation and the duration of civil wars");
    CHECK(d.authors == std::vector<std::string>{"Chidi Okafor", "Min-ji Lee"});
    CHECK(d.year == "2020");
    CHECK(d.doi == "10.5555/argmap.wos.1");
    CHECK(d.venue == "JOURNAL OF MADE-UP STUDIES");
    CHECK(d.keywords == std::vector<std::string>{"mediation", "civil war", "duration"});
    CHECK(d.text ==
          "We argue that mediation shortens wars. Using new data, we find that mediated wars "
          "end sooner.");
    CHECK(d.line == 3);
    CHECK(d.record == 1);
  }

  TEST_CASE("fields come from their alternatives, and CRLF lines are read") {
    ReadResult r = ReadWos(
        "PT J\r\nAU Roe, J\r\n   Doe, K\r\nEA JUN 2021\r\nAB Text one.\r\nER\r\n\r\n"
        "PT J\r\nDI 10.5555/two\r\nAB Text two.\r\nER\r\n");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 2);
    CHECK(r.docs[0].authors == std::vector<std::string>{"J Roe", "K Doe"});
    CHECK(r.docs[0].year == "2021");
    CHECK(r.docs[0].id == "savedrecs#1");
    CHECK(r.docs[1].id == "10.5555/two");
    CHECK(r.docs[1].line == 8);
    CHECK(DocTexts(r) == std::vector<std::string>{"Text one.", "Text two."});
  }

  TEST_CASE("a record without an abstract is skipped with a warning") {
    ReadResult r = ReadWos("PT J\nTI Editorial.\nUT WOS:1\nER\n\nPT J\nAB Kept.\nUT WOS:2\nER\n");
    CHECK(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"WOS:2"});
    CHECK(r.docs[0].record == 2);
    CHECK(r.messages == "savedrecs.txt:1: warning: record 1 ('WOS:1') has no abstract; skipped\n");
  }

  TEST_CASE("a record left open is read with a warning at its own line") {
    ReadResult r = ReadWos("PT J\nAB First.\n\nPT J\nAB Second.\n");
    CHECK(r.ok);
    CHECK(DocTexts(r) == std::vector<std::string>{"First.", "Second."});
    CHECK(r.messages ==
          "savedrecs.txt:1: warning: record 1 has no 'ER' line before the next 'PT'\n"
          "savedrecs.txt:4: warning: record 2 has no 'ER' line before the end of the file\n");
  }

  TEST_CASE("fields outside a record are one error, and the records after them are kept") {
    ReadResult r = ReadWos("FN Web of Science\nAB Orphan.\nTI Orphan.\nPT J\nAB Kept.\nER\n");
    CHECK_FALSE(r.ok);
    CHECK(DocTexts(r) == std::vector<std::string>{"Kept."});
    CHECK(r.messages ==
          "savedrecs.txt:2: error: field 'AB' outside a record (no 'PT' line before it)\n");
  }

  TEST_CASE("a file found by its content is read as Web of Science") {
    ReadResult r = ReadString(
        "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAB Text.\nER\nEF\n", "savedrecs.txt");
    CHECK(r.ok);
    CHECK(DocTexts(r) == std::vector<std::string>{"Text."});
  }
}

}  // namespace
}  // namespace argmap
