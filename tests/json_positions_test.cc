// Tests of read/json_positions: where each record of a JSON document starts.
#include "read/json_positions.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap::read_internal {
namespace {

using Json = nlohmann::json;
using Offsets = std::vector<size_t>;

// The offsets of `text`'s records, the node found down the keys `path` ({} for the root).
Offsets Of(const std::string& text, const std::vector<std::string>& path) {
  Json root = Json::parse(text);
  const Json* node = &root;
  for (const std::string& key : path) node = &(*node)[key];
  return RecordOffsets(text, root, *node);
}

TEST_SUITE("json_positions") {
  TEST_CASE("each element of the records array is found where it opens") {
    CHECK(Of("[{\"a\": 1},\n {\"b\": [1, {\"c\": \"]}\"}]},\n  null]", {}) == Offsets{1, 12, 39});
    CHECK(Of("[]", {}).empty());
    CHECK(Of("  {\"one\": \"record\"}", {}) == Offsets{2});
  }

  TEST_CASE("the records array is followed down keys, past strings that look like JSON") {
    std::string text =
        "{\"meta\": {\"results\": \"[not it]\", \"q\": \"\\\"{\"}, \"results\": [ {\"x\": 1}, "
        "{\"y\": \"\\\\\"} ]}";
    Offsets offsets = Of(text, {"results"});
    REQUIRE(offsets.size() == 2);
    CHECK(text.substr(offsets[0], 8) == "{\"x\": 1}");
    CHECK(text.substr(offsets[1], 4) == "{\"y\"");
    std::string crossref = R"({"message": {"total": 2, "items": [{"DOI": "a"}, {"DOI": "b"}]}})";
    CHECK(Of(crossref, {"message", "items"}) == Offsets{35, 49});
  }

  TEST_CASE("an escaped key and a repeated key are read as the parser reads them") {
    // "d\u0061ta" is "data"; of two "data" members the parser keeps the last.
    std::string text = R"({"d\u0061ta": [1], "data": [{"a": 1}, 2, 3]})";
    CHECK(Of(text, {"data"}) == Offsets{28, 38, 41});
  }

  TEST_CASE("the elements of an array that is not valid JSON are found one by one") {
    auto spans = [](std::string_view text) {
      std::vector<std::string> out;
      for (const ElementSpan& e : ArrayElementSpans(text)) {
        out.emplace_back(text.substr(e.begin, e.end - e.begin));
      }
      return out;
    };
    using Texts = std::vector<std::string>;
    CHECK(spans(" [{\"a\": \"],}\"}, {\"b\" 1} ,\n 3 ] x") ==
          Texts{"{\"a\": \"],}\"}", "{\"b\" 1}", "3"});
    CHECK(spans("[{\"a\": [1, 2}, {\"b\": 2}]") == Texts{"{\"a\": [1, 2}, {\"b\": 2}]"});
    CHECK(spans("[1, }, 2") == Texts{"1", "}", "2"});
    CHECK(spans("[\"open") == Texts{"\"open"});
    // A backslash that ends the text ends the string there (fuzzing found a read past it).
    CHECK(spans("[\"a\\") == Texts{"\"a\\"});
    CHECK(spans("[1, {\"\\\\1\\) \\") == Texts{"1", "{\"\\\\1\\) \\"});
    CHECK(spans("[]").empty());
    CHECK(spans("{\"a\": 1}").empty());
    CHECK(spans("").empty());
  }

  TEST_CASE("a node outside the value, or text that is not the value, gives nothing") {
    Json root = Json::parse("[1, 2]");
    Json other = Json::array();
    CHECK(RecordOffsets("[1, 2]", root, other).empty());
    CHECK(RecordOffsets("[1]", root, root).empty());
    CHECK(RecordOffsets("{\"x\": ", root, root).empty());
  }
}

}  // namespace
}  // namespace argmap::read_internal
