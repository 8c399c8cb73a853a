// Tests of the Crossref reader (src/read/crossref_reader.cc): envelopes, list
// fields, dates, and the JATS abstract.
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

TEST_SUITE("crossref_reader") {
  TEST_CASE("a work in its API envelope fills every field") {
    ReadResult r = ReadString(R"({"status": "ok", "message-type": "work", "message": {
  "DOI": "10.1000/hedge", "title": ["Hedging in <i>Southeast</i> Asia"],
  "author": [{"given": "Jane", "family": "Roe", "sequence": "first"},
             {"name": "Institute for Peace Research"}],
  "issued": {"date-parts": [[2019, 5]]},
  "container-title": ["Journal of Alliance Studies"],
  "abstract": "<jats:title>Abstract</jats:title><jats:p>Small states hedge &amp; we argue that <jats:italic>hedging</jats:italic> is rational.</jats:p>"
}})",
                              "work.json");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "10.1000/hedge");
    CHECK(d.doi == "10.1000/hedge");
    CHECK(d.title == "Hedging in Southeast Asia");
    CHECK(d.authors == std::vector<std::string>{"Jane Roe", "Institute for Peace Research"});
    CHECK(d.year == "2019");
    CHECK(d.venue == "Journal of Alliance Studies");
    CHECK(d.text == "Small states hedge & we argue that hedging is rational.");
  }

  TEST_CASE("a work list, a bare work and an array are read") {
    std::string list = R"({"status": "ok", "message-type": "work-list", "message": {"items": [
      {"DOI": "10.1/a", "published": {"date-parts": [[2001]]}, "abstract": "<p>A.</p>"},
      {"DOI": "10.1/b", "title": ["No abstract"]},
      {"DOI": "10.1/c", "created": {"date-parts": [[2005, 1, 2]]},
       "abstract": "<jats:p>C &lt; D.</jats:p>"}]}})";
    ReadResult r = ReadString(list, "list.json");
    CHECK(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"10.1/a", "10.1/c"});
    CHECK(DocTexts(r) == std::vector<std::string>{"A.", "C < D."});
    CHECK(r.docs[0].year == "2001");
    CHECK(r.docs[1].year == "2005");
    CHECK(r.docs[1].record == 3);
    CHECK(r.messages == "list.json:3: warning: record 2 ('10.1/b') has no abstract; skipped\n");

    ReadResult bare =
        ReadString(R"({"DOI": "10.1/x", "title": ["T"], "abstract": "X."})", "bare.json");
    CHECK(DocIds(bare) == std::vector<std::string>{"10.1/x"});
    ReadResult array =
        ReadString(R"([{"DOI": "10.1/y", "member": "7", "abstract": "Y."}])", "array.json");
    CHECK(DocIds(array) == std::vector<std::string>{"10.1/y"});
  }

  TEST_CASE("titles, authors and venues lose their entities and inline markup") {
    ReadResult r = ReadString(
        R"({"message": {"DOI": "10.1/t", "abstract": "<jats:p>One.</jats:p>",
        "title": ["Trade &amp; War: <i>EGFR</i> and CO<sub>2</sub> &lt;2020&gt; at 37&deg;C &plusmn; 1"],
        "author": [{"given": "Ren&eacute;e", "family": "M&uuml;ller"}, {"name": "Caf&eacute; Group"}],
        "container-title": ["Law &amp; <i>Society</i>"]}})",
        "t.json");
    REQUIRE(r.docs.size() == 1);
    CHECK(r.docs[0].title == "Trade & War: EGFR and CO2 <2020> at 37°C ± 1");
    CHECK(r.docs[0].authors == std::vector<std::string>{"Renée Müller", "Café Group"});
    CHECK(r.docs[0].venue == "Law & Society");
  }

  TEST_CASE("a structured abstract keeps its section headings as lines") {
    ReadResult r = ReadString(
        R"({"message": {"DOI": "10.1/s", "abstract": "<jats:sec><jats:title>Background</jats:title><jats:p>Wars recur.</jats:p></jats:sec><jats:sec><jats:title>Results</jats:title><jats:p>Mediation helps.</jats:p></jats:sec>"}})",
        "s.json");
    CHECK(DocTexts(r) ==
          std::vector<std::string>{"Background\nWars recur.\nResults\nMediation helps."});
  }
}

}  // namespace
}  // namespace argmap
