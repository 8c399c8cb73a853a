// Tests of read/json_shape: which JSON export a text is, and whether it is one value.
#include "read/json_shape.h"

#include <doctest/doctest.h>

#include <string>

namespace argmap {
namespace {

TEST_SUITE("json_shape") {
  TEST_CASE("the keys of the first record tell the JSON exports apart") {
    struct Case {
      std::string text;
      bool complete;
      InputFormat shape;
    };
    const Case cases[] = {
        {R"({"id": "a", "abstract": "x", "authors": ["A"], "doi": "10.1/a"})", true,
         InputFormat::kAuto},
        {R"([{"abstract": "x"}, {"paperId": "p"}])", true, InputFormat::kAuto},
        {R"([{"id": "a", "author": [{"family": "Roe"}], "abstract": "x"}])", true,
         InputFormat::kCslJson},
        {R"([{"id": "a", "title": "T", "issued": {"date-parts": [[2020]]}}])", true,
         InputFormat::kCslJson},
        {R"({"DOI": "10.1/a", "title": "T"})", true, InputFormat::kCslJson},
        {R"({"DOI": "10.1/a", "title": ["T"]})", true, InputFormat::kCrossref},
        {R"({"DOI": "10.1/a", "indexed": {}})", true, InputFormat::kCrossref},
        {R"({"status": "ok", "message": {"items": []}})", true, InputFormat::kCrossref},
        {R"({"id": "https://openalex.org/W1"})", true, InputFormat::kOpenAlex},
        {R"([{"abstract_inverted_index": null}])", true, InputFormat::kOpenAlex},
        {R"({"meta": {}, "results": []})", true, InputFormat::kOpenAlex},
        {R"({"results": [{"publication_year": 2020}]})", true, InputFormat::kOpenAlex},
        {R"({"paperId": "p", "title": "T"})", true, InputFormat::kS2},
        {R"({"total": 1, "data": [{"paperId": "p"}]})", true, InputFormat::kS2},
        {R"({"authorId": "1", "name": "A", "papers": [{"title": "T"}]})", true, InputFormat::kS2},
        {R"({"authorId": "1", "name": "A"})", true, InputFormat::kAuto},
        {"{\"paperId\": \"p\"}\n{\"paperId\": \"q\"}\n", false, InputFormat::kS2},
        {R"([{"id": "https://openalex.org/W1", "title": )", false, InputFormat::kOpenAlex},
        {R"({"abstract": )", false, InputFormat::kAuto},
        {"[]", true, InputFormat::kAuto},
        // Better BibTeX: a library may open with an item that has none of the
        // keys above; its CSL "type" or "citation-key", or a later item, tells.
        {R"([{"id": "w", "type": "webpage", "title": "T", "URL": "https://example.org"}])", true,
         InputFormat::kCslJson},
        {R"([{"id": "w", "title": "T", "citation-key": "w"}])", true, InputFormat::kCslJson},
        {R"([{"id": "w", "title": "T"}, {"id": "b", "title": "B", "type": "book"}])", true,
         InputFormat::kCslJson},
        {R"([{"id": "w", "title": "T"}, {"id": "b", "issued": {"date-parts": [[2020]]}}])", true,
         InputFormat::kCslJson},
        {R"({"results": [{"id": "w"}, {"id": "b", "citation-key": "b"}]})", true,
         InputFormat::kCslJson},
        {"{\"id\": \"w\", \"type\": \"webpage\"}\n{\"id\": \"b\"}\n", false, InputFormat::kCslJson},
        // ... but not a "type" that is no CSL type, nor one beside argmap's own keys.
        {R"([{"id": "a", "type": "paper", "abstract": "x"}])", true, InputFormat::kAuto},
        {R"([{"id": "a", "type": "article", "doi": "10.1/a", "abstract": "x"}])", true,
         InputFormat::kAuto},
        {"[[1]]", true, InputFormat::kAuto},
        {"7", true, InputFormat::kAuto},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      JsonProbe probe = ProbeJson(c.text);
      CHECK(probe.complete == c.complete);
      CHECK(probe.shape == c.shape);
    }
  }

  TEST_CASE("a deep or long value is probed without keeping it") {
    std::string deep(5000, '[');
    deep += std::string(5000, ']');
    CHECK(ProbeJson(deep).complete);
    std::string many = "[";
    for (int i = 0; i < 1000; ++i) many += "{\"paperId\": \"p\"},";
    many += "{\"paperId\": \"p\"}]";
    JsonProbe probe = ProbeJson(many);
    CHECK(probe.complete);
    CHECK(probe.shape == InputFormat::kS2);
  }

  TEST_CASE("CSL marks are looked for in the first 16 records only") {
    auto items = [](int plain) {
      std::string text = "[";
      for (int i = 0; i < plain; ++i) text += "{\"id\": \"p\", \"abstract\": \"x\"},";
      return text + "{\"id\": \"c\", \"citation-key\": \"c\"}]";
    };
    CHECK(ProbeJson(items(15)).shape == InputFormat::kCslJson);
    CHECK(ProbeJson(items(16)).shape == InputFormat::kAuto);
  }
}

}  // namespace
}  // namespace argmap
