// Tests of render/output_formats: the output formats' one table, the format a
// file name names, the choice between it and --format, and the bytes of a format.
#include "render/output_formats.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "graph/argument_graph.h"

namespace argmap {
namespace {

TEST_SUITE("output_formats") {
  TEST_CASE("a format is an exporter or an image, and an unknown one gets did you mean") {
    OutputFormat format;
    std::string err;
    CHECK(FindOutputFormat("dot", &format, &err));
    CHECK(format.exporter != nullptr);
    CHECK(format.image == nullptr);
    CHECK(FindOutputFormat("png", &format, &err));
    CHECK(format.exporter == nullptr);
    REQUIRE(format.image != nullptr);
    CHECK(format.image->name == "png");
    CHECK_FALSE(FindOutputFormat("svgg", &format, &err));
    CHECK(err == "unknown format 'svgg', did you mean 'svg'?");
    std::vector<std::string> names = OutputFormatNames();
    CHECK(names.front() == "json");
    CHECK(names.back() == "pdf");
  }

  TEST_CASE("a file name's extension names its formats, longest extension first") {
    struct Case {
      std::string path;
      std::vector<std::string> formats;
      std::string extension;
    };
    const std::vector<Case> cases = {
        {"map.aif.json", {"aif"}, ".aif.json"},
        {"dir.v2/MAP.JSON", {"json"}, ".json"},
        {"notes.txt", {"explain", "summary"}, ".txt"},
        {"map.outline", {"outline"}, ".outline"},
        {"map.csv", {}, ".csv"},
        {".hidden", {}, ""},
        {"-", {}, ""},
        {"", {}, ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.path);
      std::string extension = "?";
      CHECK(FormatsForPath(c.path, &extension) == c.formats);
      CHECK(extension == c.extension);
    }
  }

  TEST_CASE("the format is --format, else the extension's, else the fallback, with one message") {
    struct Case {
      std::optional<std::string> given;
      std::string path, format, message;
    };
    const std::vector<Case> cases = {
        {std::nullopt, "", "svg", ""},
        {std::nullopt, "map.png", "png", ""},
        {"dot", "-", "dot", ""},
        {"explain", "notes.txt", "explain", ""},
        {std::nullopt, "notes.txt", "svg",
         "'notes.txt': '.txt' may be explain or summary: give --format"},
        {"json", "map.png", "json", "'map.png' names png, but --format is json: make them agree"},
        {std::nullopt, "map.csv", "svg",
         "'map.csv': '.csv' is the extension of no output format (.aif.json, .json, .jsonl, .dot, "
         ".gv, .graphml, .aif, .argdown, .ad, .mmd, .mermaid, .md, .html, .htm, .svg, .png, .pdf, "
         ".txt, or .FORMAT)"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.path);
      std::string format;
      CHECK(ChooseOutputFormat(c.given, c.path, "svg", &format) == c.message);
      CHECK(format == c.format);
    }
  }

  TEST_CASE("a text format is the exporter's text, whole") {
    ArgumentGraph graph;
    std::vector<Document> docs;
    OutputFormat format;
    std::string err;
    REQUIRE(FindOutputFormat("jsonl", &format, &err));
    std::string bytes, warnings, problem;
    ExportInput input{graph, docs, ExportOptions{}};
    CHECK(MakeOutput(format, input, RenderOptions{}, &bytes, &warnings, &problem) ==
          OutputStatus::kOk);
    CHECK(bytes == format.exporter->run(input));
    CHECK(warnings == "");
  }
}

}  // namespace
}  // namespace argmap
