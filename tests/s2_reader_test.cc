// Tests of the Semantic Scholar reader (src/read/s2_reader.cc).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read_result.h"

namespace argmap {
namespace {

using testing::DocIds;
using testing::ReadResult;
using testing::ReadString;

TEST_SUITE("s2_reader") {
  TEST_CASE("a paper fills every field") {
    ReadResult r = ReadString(R"({"paperId": "abc123", "title": "Hedging in Southeast Asia",
  "abstract": "Small states hedge because alignment is costly.",
  "authors": [{"authorId": "1", "name": "Jane Roe"}, {"authorId": null, "name": "Jörg Müller"}],
  "year": 2019, "externalIds": {"DOI": "10.1000/hedge", "MAG": "77"},
  "venue": "", "journal": {"name": "Journal of Alliance Studies", "volume": "3"}})",
                              "paper.json");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "abc123");
    CHECK(d.title == "Hedging in Southeast Asia");
    CHECK(d.authors == std::vector<std::string>{"Jane Roe", "Jörg Müller"});
    CHECK(d.year == "2019");
    CHECK(d.doi == "10.1000/hedge");
    CHECK(d.venue == "Journal of Alliance Studies");
    CHECK(d.text == "Small states hedge because alignment is costly.");
  }

  TEST_CASE("an author answer gives the author's papers, titles and venues without markup") {
    ReadResult r = ReadString(R"({"authorId": "9", "name": "Jane Roe", "papers": [
      {"paperId": "p1", "title": "Trade &amp; <i>War</i>", "abstract": "One.",
       "authors": [{"name": "Jos&eacute; N&uacute;&ntilde;ez"}],
       "venue": "War &amp; Peace"},
      {"paperId": "p2", "title": "No abstract"}]})",
                              "author.json");
    CHECK(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"p1"});
    CHECK(r.docs[0].title == "Trade & War");
    CHECK(r.docs[0].authors == std::vector<std::string>{"José Núñez"});
    CHECK(r.docs[0].venue == "War & Peace");
    CHECK(r.messages == "author.json:5: warning: record 2 ('p2') has no abstract; skipped\n");
  }

  TEST_CASE("a search page and a batch answer with nulls are read") {
    ReadResult page = ReadString(R"({"total": 2, "offset": 0, "data": [
      {"paperId": "p1", "venue": "Orbis", "abstract": "One."},
      {"paperId": "p2", "abstract": null, "publicationVenue": {"name": "Other"}}]})",
                                 "page.json");
    CHECK(page.ok);
    CHECK(DocIds(page) == std::vector<std::string>{"p1"});
    CHECK(page.docs[0].venue == "Orbis");
    CHECK(page.messages == "page.json:3: warning: record 2 ('p2') has no abstract; skipped\n");

    ReadResult batch = ReadString(
        R"([{"paperId": "p1", "abstract": "One."}, null, {"paperId": "p3", "abstract": "Three."}])",
        "batch.json");
    CHECK_FALSE(batch.ok);
    CHECK(DocIds(batch) == std::vector<std::string>{"p1", "p3"});
    CHECK(batch.messages == "batch.json:1: error: record 2 is not a JSON object\n");
  }
}

}  // namespace
}  // namespace argmap
