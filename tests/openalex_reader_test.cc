// Tests of the OpenAlex reader (src/read/openalex_reader.cc): fields, the
// abstract rebuilt from its inverted index, pages and JSON Lines.
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

TEST_SUITE("openalex_reader") {
  TEST_CASE("a work fills every field and its abstract is rebuilt by position") {
    ReadResult r = ReadString(R"({
  "id": "https://openalex.org/W100", "doi": "https://doi.org/10.1000/hedge",
  "title": "Hedging in Southeast Asia", "display_name": "Hedging in Southeast Asia",
  "publication_year": 2019,
  "authorships": [{"author": {"display_name": "Jane Roe"}}, {"author": {}},
                  {"author": {"display_name": "Jörg Müller"}}],
  "primary_location": {"source": {"display_name": "Journal of Alliance Studies"}},
  "abstract_inverted_index": {"Small": [0], "states": [1], "hedge": [2], "because": [3],
    "alignment": [4], "is": [5], "costly.": [6], "Hedging": [7], "is,": [8],
    "in": [9], "short,": [10], "rational.": [11]}
})",
                              "work.json");
    CHECK(r.ok);
    CHECK(r.messages == "");
    REQUIRE(r.docs.size() == 1);
    const Document& d = r.docs[0];
    CHECK(d.id == "W100");
    CHECK(d.doi == "10.1000/hedge");
    CHECK(d.title == "Hedging in Southeast Asia");
    CHECK(d.authors == std::vector<std::string>{"Jane Roe", "Jörg Müller"});
    CHECK(d.year == "2019");
    CHECK(d.venue == "Journal of Alliance Studies");
    CHECK(d.text ==
          "Small states hedge because alignment is costly. Hedging is, in short, rational.");
  }

  TEST_CASE("repeated words, gaps and duplicate positions") {
    ReadResult r = ReadString(R"({"id": "W1", "abstract_inverted_index":
      {"the": [0, 3], "war": [1], "ended": [2, 2], "peace": [4], "zz": [4], "late.": [9]}})",
                              "w.json", InputFormat::kOpenAlex);
    CHECK(DocTexts(r) == std::vector<std::string>{"the war ended the peace late."});
  }

  TEST_CASE("titles, authors and venues lose their entities and inline markup, as abstracts do") {
    ReadResult r = ReadString(
        R"({"id": "https://openalex.org/W5", "title": "<i>EGFR</i> mutations &amp; H<sub>2</sub>O &alpha;&ge;1",
        "authorships": [{"author": {"display_name": "Ren&eacute;e M&uuml;ller"}}],
        "primary_location": {"source": {"display_name": "Journal of <i>Cell</i> &amp; Tissue"}},
        "abstract_inverted_index": {"One.": [0]}})",
        "work.json");
    REQUIRE(r.docs.size() == 1);
    CHECK(r.docs[0].title == "EGFR mutations & H2O α≥1");
    CHECK(r.docs[0].authors == std::vector<std::string>{"Renée Müller"});
    CHECK(r.docs[0].venue == "Journal of Cell & Tissue");
  }

  TEST_CASE("an abstract rebuilt from its index loses its entities and inline markup") {
    ReadResult r = ReadString(R"({"id": "W6", "abstract_inverted_index":
      {"<jats:p>Trade": [0], "&amp;": [1], "aid": [2], "calm": [3], "<i>old</i>": [4],
       "rivals": [5], "(p": [6], "<": [7], "0.05).</jats:p>": [8]}})",
                              "w.json", InputFormat::kOpenAlex);
    CHECK(DocTexts(r) == std::vector<std::string>{"Trade & aid calm old rivals (p < 0.05)."});
  }

  TEST_CASE("an API page, a list, and JSON Lines are read") {
    std::string page = R"({"meta": {"count": 2}, "results": [
      {"id": "https://openalex.org/W1", "display_name": "Only display name",
       "host_venue": {"display_name": "Orbis"}, "abstract_inverted_index": {"One.": [0]}},
      {"id": "https://openalex.org/W2", "abstract_inverted_index": null}]})";
    ReadResult r = ReadString(page, "page.json");
    CHECK(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"W1"});
    CHECK(r.docs[0].title == "Only display name");
    CHECK(r.docs[0].venue == "Orbis");
    CHECK(r.messages == "page.json:4: warning: record 2 ('W2') has no abstract; skipped\n");

    ReadResult lines = ReadString(
        "{\"id\": \"https://openalex.org/W1\", \"abstract_inverted_index\": {\"A.\": [0]}}\n"
        "{\"id\": \"https://openalex.org/W2\", \"abstract_inverted_index\": {\"B.\": [0]}}\n",
        "works.jsonl");
    CHECK(DocIds(lines) == std::vector<std::string>{"W1", "W2"});
    CHECK(lines.docs[1].line == 2);
  }

  TEST_CASE("a malformed inverted index is an error for that work only") {
    ReadResult r = ReadString(R"([
      {"id": "https://openalex.org/W1", "abstract_inverted_index": {"a": [0], "b": [-1]}},
      {"id": "https://openalex.org/W2", "abstract_inverted_index": ["a"]},
      {"id": "https://openalex.org/W3", "abstract_inverted_index": {"a": "0"}},
      {"id": "https://openalex.org/W4", "abstract_inverted_index": {"Fine.": [0]}}])",
                              "w.json");
    CHECK_FALSE(r.ok);
    CHECK(DocIds(r) == std::vector<std::string>{"W4"});
    CHECK(r.messages ==
          "w.json:2: error: record 1 ('W1'): abstract_inverted_index is not an object of word "
          "positions\n"
          "w.json:3: error: record 2 ('W2'): abstract_inverted_index is not an object of word "
          "positions\n"
          "w.json:4: error: record 3 ('W3'): abstract_inverted_index is not an object of word "
          "positions\n");
  }
}

}  // namespace
}  // namespace argmap
