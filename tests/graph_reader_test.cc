#include "read/graph_reader.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

TEST_SUITE("graph_reader") {
  TEST_CASE("the format is told from the first JSON object") {
    struct Case {
      std::string content;
      GraphFormat format;
    };
    const std::vector<Case> cases = {
        {R"({"format": "argmap", "version": 1, "nodes": []})", GraphFormat::kArgmap},
        {"{\"format\": \"argmap\"}\n{\"format\": \"argmap\"}\n", GraphFormat::kArgmap},
        {R"({"nodes": [], "edges": [], "locutions": []})", GraphFormat::kAif},
        {R"({"AIF": {"nodes": []}, "OVA": {}})", GraphFormat::kAif},
        {R"({"format": "other", "nodes": []})", GraphFormat::kArgmap},
        {"[1, 2]", GraphFormat::kArgmap},
        {"not json", GraphFormat::kArgmap},
        {"", GraphFormat::kArgmap},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      CHECK(DetectGraphFormat(c.content) == c.format);
    }
  }

  TEST_CASE("format names parse back, with auto first") {
    CHECK(GraphFormatNames() == std::vector<std::string>{"auto", "argmap", "aif"});
    for (const std::string& name : GraphFormatNames()) {
      GraphFormat f = GraphFormat::kAuto;
      CHECK(ParseGraphFormat(name, &f));
      CHECK(GraphFormatName(f) == name);
    }
    GraphFormat f = GraphFormat::kAuto;
    CHECK_FALSE(ParseGraphFormat("AIF", &f));
  }

  TEST_CASE("a file that cannot be read is one error") {
    ArgumentGraph graph;
    std::vector<Document> docs;
    std::vector<Diagnostic> diags;
    CHECK_FALSE(ReadGraphFile("no/such/file.json", GraphFormat::kAuto, &graph, &docs, &diags));
    CHECK(FormatAll(diags) ==
          "no/such/file.json: error: cannot read file: No such file or directory\n");
  }
}

}  // namespace
}  // namespace argmap
