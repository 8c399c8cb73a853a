// Tests of the CSL-JSON reader (src/read/csl_json_reader.cc).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read_result.h"

namespace argmap {
namespace {

using testing::DocIds;
using testing::ReadResult;
using testing::ReadString;

TEST_SUITE("csl_json_reader") {
  TEST_CASE("CSL items fill every field") {
    ReadResult r = ReadString(R"([
  {"id": "http://zotero.org/users/1/items/ABCD", "type": "article-journal",
   "title": "Hedging in Southeast Asia", "container-title": "Journal of Alliance Studies",
   "DOI": "10.1000/hedge",
   "author": [{"family": "Roe", "given": "Jane"},
              {"family": "Berg", "given": "Anna", "non-dropping-particle": "van der"},
              {"family": "King", "given": "Martin", "suffix": "Jr."},
              {"literal": "Institute for Peace Research"}, {"given": ""}],
   "issued": {"date-parts": [[2019, 5, 1]]},
   "abstract": "Small states hedge because alignment is costly."},
  {"id": 7, "title": "Second", "issued": {"date-parts": [["2003"]]}, "abstract": "Two."},
  {"id": "c", "issued": {"raw": "Spring 2011"}, "container-title": ["Orbis", "Other"],
   "abstract": "Three."}
])",
                              "items.json");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 3);
    const Document& d = r.docs[0];
    CHECK(d.id == "http://zotero.org/users/1/items/ABCD");
    CHECK(d.title == "Hedging in Southeast Asia");
    CHECK(d.authors == std::vector<std::string>{"Jane Roe", "Anna van der Berg", "Martin King Jr.",
                                                "Institute for Peace Research"});
    CHECK(d.year == "2019");
    CHECK(d.doi == "10.1000/hedge");
    CHECK(d.venue == "Journal of Alliance Studies");
    CHECK(d.text == "Small states hedge because alignment is costly.");
    CHECK(d.record == 1);
    CHECK(d.line == 2);  // where its object opens
    CHECK(r.docs[1].id == "7");
    CHECK(r.docs[1].year == "2003");
    CHECK(r.docs[2].year == "2011");
    CHECK(r.docs[2].venue == "Orbis");
  }

  TEST_CASE("CSL's rich-text titles lose their markup") {
    ReadResult r = ReadString(
        R"([{"id": "bbt1", "type": "article-journal", "author": [{"family": "Roe"}],
        "title": "Why <i>Sanctions</i> &amp; Tariffs Fail", "abstract": "One.",
        "container-title": "Law &amp; <i>Society</i>"}])",
        "library.json");
    REQUIRE(r.docs.size() == 1);
    CHECK(r.docs[0].title == "Why Sanctions & Tariffs Fail");
    CHECK(r.docs[0].venue == "Law & Society");
  }

  TEST_CASE("items without an abstract are skipped with a warning, bad ones with an error") {
    ReadResult r = ReadString(R"([{"id": "a", "title": "T", "author": []},
  {"DOI": "10.9/b", "abstract": "B."}, "not an item", {"id": "d", "abstract": "  "}])",
                              "items.json", InputFormat::kCslJson);
    CHECK_FALSE(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"10.9/b"});
    CHECK(r.messages ==
          "items.json:1: warning: record 1 ('a') has no abstract; skipped\n"
          "items.json:2: error: record 3 is not a JSON object\n"
          "items.json:2: warning: record 4 ('d') has no abstract; skipped\n");
  }

  TEST_CASE("a syntax error in one item of a CSL array loses that item, not the file") {
    ReadResult r = ReadString(
        "[{\"id\": \"a\", \"abstract\": \"A.\"},\n {\"id\": \"b\", \"abstract\": \"B.\",},\n"
        " {\"id\": \"c\", \"abstract\": \"C.\"}]\n",
        "items.json", InputFormat::kCslJson);
    CHECK_FALSE(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"a", "c"});
    REQUIRE(r.docs.size() == 2);
    CHECK(r.docs[1].line == 3);
    CHECK(r.docs[1].record == 3);
    CHECK(r.messages ==
          "items.json:2:31: error: invalid JSON: syntax error while parsing object key - "
          "unexpected '}'; expected string literal\n"
          " {\"id\": \"b\", \"abstract\": \"B.\",},\n"
          "                              ^\n");
  }

  TEST_CASE("CSL items in JSON Lines carry their lines") {
    ReadResult r = ReadString(
        "{\"id\": \"a\", \"author\": [], \"abstract\": \"A.\"}\n\n"
        "{\"id\": \"b\", \"abstract\": \"B.\"}\n{\"id\": broken}\n",
        "items.jsonl");
    CHECK_FALSE(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"a", "b"});
    CHECK(r.docs[1].line == 3);
    CHECK(r.docs[1].record == 2);
    CHECK(r.messages ==
          "items.jsonl:4:8: error: invalid JSON: syntax error while parsing value - invalid "
          "literal; last read: '\"id\": b'\n"
          "{\"id\": broken}\n"
          "       ^\n");
  }
}

}  // namespace
}  // namespace argmap
