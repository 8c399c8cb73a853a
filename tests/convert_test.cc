// End-to-end tests of `argmap convert`: the real binary reads argmap JSON, AIF
// or Argdown and writes any output format, chosen by OUT's extension or
// --format, drawings included.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "argmap_run.h"
#include "real_maps.h"

namespace argmap {
namespace {

using Json = nlohmann::json;
using testing::RunDir;
using testing::Sh;

constexpr char kAbstract[] =
    "We argue that term limits weaken parties because they shorten careers. However, "
    "incumbents may still dominate. Reformers face two options: stricter limits or "
    "public funding.\n";

// Maps kAbstract into "a.json" in `dir`.
void Extract(const RunDir& dir) {
  dir.Write("in.txt", kAbstract);
  REQUIRE(dir.Argmap("extract -o a.json in.txt").status == 0);
}

TEST_SUITE("convert") {
  TEST_CASE("extract to JSON and convert to JSON gives byte-identical JSON") {
    for (const std::string& file : testing::ExampleAndSeedFiles()) {
      CAPTURE(file);
      RunDir dir;
      REQUIRE(dir.Argmap("extract -o a.json " + Sh(file)).status == 0);
      testing::ArgmapRun r = dir.Argmap("convert a.json b.json");
      CHECK(r.status == 0);
      CHECK(r.out == "");
      CHECK(r.err == "");
      CHECK(dir.Read("b.json") == dir.Read("a.json"));
      REQUIRE(dir.Argmap("extract -f jsonl -o a.jsonl " + Sh(file)).status == 0);
      CHECK(dir.Argmap("convert a.jsonl c.json").status == 0);
      CHECK(dir.Read("c.json") == dir.Read("a.json"));
    }
  }

  TEST_CASE("JSON to AIF and back keeps the documents, nodes and edges") {
    for (const std::string& file : testing::ExampleAndSeedFiles()) {
      CAPTURE(file);
      RunDir dir;
      REQUIRE(dir.Argmap("extract -o a.json " + Sh(file)).status == 0);
      CHECK(dir.Argmap("convert a.json a.aif.json").status == 0);
      testing::ArgmapRun r = dir.Argmap("convert a.aif.json b.json");
      CHECK(r.status == 0);
      CHECK(r.err == "");
      Json a = Json::parse(dir.Read("a.json"));
      Json b = Json::parse(dir.Read("b.json"));
      CHECK(b["documents"] == a["documents"]);
      CHECK(b["nodes"] == a["nodes"]);
      REQUIRE(b["edges"].size() == a["edges"].size());
      // part_of edges, which AIF keeps in its extension, come after the others.
      for (const Json& e : a["edges"])
        CHECK(std::count(b["edges"].begin(), b["edges"].end(), e) == 1);
    }
  }

  TEST_CASE("a saved map gives the outputs of its abstracts, the HTML page's marked text too") {
    RunDir dir;
    Extract(dir);
    for (const char* format : {"html", "explain", "outline", "argdown", "summary"}) {
      CAPTURE(format);
      testing::ArgmapRun from_map = dir.Argmap(std::string("convert -f ") + format + " a.json -");
      testing::ArgmapRun from_text = dir.Argmap(std::string("extract -f ") + format + " in.txt");
      CHECK(from_map.status == 0);
      CHECK(from_map.out == from_text.out);
    }
    CHECK(
        dir.Argmap("convert -f html a.json -")
            .out.find(
                "<p class=\"abstract\"><span class=\"sent\" id=\"am-s1-0\">We argue that <mark") !=
        std::string::npos);
  }

  TEST_CASE("OUT's extension picks the format, whatever its case") {
    struct Case {
      std::string out;
      std::string format;
    };
    const std::vector<Case> cases = {
        {"m.json", "json"},       {"m.jsonl", "jsonl"},     {"m.dot", "dot"},
        {"m.gv", "dot"},          {"m.graphml", "graphml"}, {"M.GRAPHML", "graphml"},
        {"m.aif.json", "aif"},    {"m.aif", "aif"},         {"m.argdown", "argdown"},
        {"m.ad", "argdown"},      {"m.mmd", "mermaid"},     {"m.mermaid", "mermaid"},
        {"m.md", "outline"},      {"m.outline", "outline"}, {"m.explain", "explain"},
        {"m.summary", "summary"},
    };
    RunDir dir;
    Extract(dir);
    for (const Case& c : cases) {
      CAPTURE(c.out);
      testing::ArgmapRun to_file = dir.Argmap("convert a.json " + c.out);
      testing::ArgmapRun to_stdout = dir.Argmap("convert -f " + c.format + " a.json -");
      CHECK(to_file.status == 0);
      CHECK(to_file.err == "");
      CHECK(to_stdout.status == 0);
      CHECK(!to_stdout.out.empty());
      CHECK(dir.Read(c.out) == to_stdout.out);
    }
  }

  TEST_CASE("--format names a format the extension allows, and - reads standard input") {
    RunDir dir;
    Extract(dir);
    CHECK(dir.Argmap("convert --format mermaid a.json out.mmd").status == 0);
    CHECK(dir.Read("out.mmd").starts_with("flowchart BT\n"));
    CHECK(dir.Argmap("convert --format explain a.json out.txt").status == 0);
    CHECK(dir.Argmap("convert --format mermaid a.json out").status == 0);
    testing::ArgmapRun r = dir.Argmap("convert -f json - - < a.json");
    CHECK(r.status == 0);
    CHECK(r.out == dir.Read("a.json"));
    CHECK(dir.Argmap("convert --input-format aif a.json -f json -").status == 1);
  }

  TEST_CASE("convert draws svg, png and pdf as render does, one drawing of every paper") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    RunDir dir;
    dir.Write("in.txt",
              std::string(kAbstract) + "\nWe argue that aid helps because it builds roads.\n");
    REQUIRE(dir.Argmap("extract -o map.argdown in.txt").status == 0);
    // The command: a teacher's Argdown map drawn by convert.
    testing::ArgmapRun svg = dir.Argmap("convert map.argdown map.svg");
    CHECK(svg.status == 0);
    CHECK(svg.out == "");
    CHECK(svg.err == "");
    REQUIRE(dir.Argmap("render --together map.argdown -o render.svg").status == 0);
    CHECK(dir.Read("map.svg") == dir.Read("render.svg"));
    // OUT is one file, as with extract: no map-1.svg, map-2.svg.
    CHECK(dir.Entries() ==
          std::vector<std::string>{"in.txt", "map.argdown", "map.svg", "render.svg"});
    // The layout options are render's.
    CHECK(dir.Argmap("convert --dpi 48 --legend none map.argdown small.png").status == 0);
    CHECK(
        dir.Argmap("render --together --dpi 48 --legend none map.argdown -o small-r.png").status ==
        0);
    CHECK(dir.Read("small.png").starts_with("\x89PNG\r\n\x1A\n"));
    CHECK(dir.Read("small.png") == dir.Read("small-r.png"));
    CHECK(dir.Argmap("convert --page letter map.argdown map.pdf").status == 0);
    CHECK(dir.Read("map.pdf").starts_with("%PDF-"));
    testing::ArgmapRun piped = dir.Argmap("convert -f svg map.argdown -");
    CHECK(piped.status == 0);
    CHECK(piped.out == dir.Read("map.svg"));
    // The html page has its map drawn, as render's has.
    CHECK(dir.Argmap("convert map.argdown page.html").status == 0);
    CHECK(dir.Read("page.html").find("<div class=\"am-paper-map\" data-paper=\"1\"><svg ") !=
          std::string::npos);
  }

  TEST_CASE("a missing dot is an error that writes no drawing") {
    RunDir dir;
    Extract(dir);
    testing::ArgmapRun r = dir.Argmap("convert --dot argmap-no-such-dot a.json map.svg");
    CHECK(r.status == 1);
    CHECK(r.out == "");
    CHECK(r.err ==
          "argmap: error: cannot run 'argmap-no-such-dot': No such file or directory (Graphviz "
          "is needed for svg, png, pdf and html: install it with 'apt-get install graphviz', or "
          "name the program with --dot)\n");
    CHECK(dir.Entries() == std::vector<std::string>{"a.json", "in.txt"});
  }

  TEST_CASE("a map with a byte that is not UTF-8 is an error, not a replacement character") {
    RunDir dir;
    dir.Write("map.argdown", "===\ntitle: t\n===\n\n[A]: claim \xED\xA0\x80 here.\n");
    testing::ArgmapRun r = dir.Argmap("convert map.argdown out.json");
    CHECK(r.status == 1);
    CHECK(r.err ==
          "map.argdown:5:12: error: invalid UTF-8 (byte 0xED)\n[A]: claim ??? here.\n"
          "           ^\nargmap: error: no graph to convert\n");
  }

  TEST_CASE("command-line mistakes exit 2 with one error line and a hint") {
    struct Case {
      std::string args;
      std::string err;
    };
    const std::string hint = "run 'argmap convert --help' for usage\n";
    const std::vector<Case> cases = {
        {"convert a.json", "convert needs IN and OUT (- for standard streams)"},
        {"convert a.json b.json c.json", "convert needs IN and OUT (- for standard streams)"},
        {"convert a.json out.xyz",
         "'out.xyz': '.xyz' is the extension of no output format (.aif.json, .json, .jsonl, "
         ".dot, .gv, .graphml, .aif, .argdown, .ad, .mmd, .mermaid, .md, .html, .htm, .svg, "
         ".png, .pdf, .txt, or .FORMAT)"},
        {"convert --format mermaid a.json out.json",
         "'out.json' names json, but --format is mermaid: make them agree"},
        {"convert a.json out.txt", "'out.txt': '.txt' may be explain or summary: give --format"},
        {"convert --page a4 a.json out.svg", "--page fits a pdf to a page: svg has no pages"},
        {"convert --dpi 300 a.json out.pdf", "--dpi sets the resolution of a png: pdf has none"},
        {"convert --legend tiny a.json out.svg",
         "--legend must be full, compact or none, not 'tiny'"},
        {"convert a.json out",
         "cannot tell the output format of 'out' from its name; give --format FMT"},
        {"convert a.json -",
         "cannot tell the output format of '-' from its name; give --format FMT"},
        {"convert -f grafml a.json -", "unknown format 'grafml', did you mean 'graphml'?"},
        {"convert --input-format aiff -f json a.json -",
         "unknown input format 'aiff', did you mean 'aif'?"},
        {"convert --rankdir UP a.json a.dot", "--rankdir must be BT, TB, LR or RL"},
        {"convert --fromat json a.json -", "unknown option '--fromat', did you mean '--format'?"},
    };
    RunDir dir;
    Extract(dir);
    for (const Case& c : cases) {
      CAPTURE(c.args);
      testing::ArgmapRun r = dir.Argmap(c.args);
      CHECK(r.status == 2);
      CHECK(r.out == "");
      CHECK(r.err == "argmap: error: " + c.err + "\n" + hint);
    }
  }

  TEST_CASE("an input that cannot be read gives an error, no output and status 1") {
    RunDir dir;
    dir.Write("broken.json", "{\"format\": \"argmap\",\n");
    struct Case {
      std::string args;
      std::string err;
    };
    const std::vector<Case> cases = {
        {"convert missing.json out.md",
         "missing.json: error: cannot read file: No such file or directory\n"
         "argmap: error: no graph to convert\n"},
        {"convert broken.json out.md",
         "broken.json:1:21: error: invalid JSON: syntax error while parsing object key - "
         "unexpected end of input; expected string literal\n"
         "{\"format\": \"argmap\",\n"
         "                    ^\n"
         "argmap: error: no graph to convert\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.args);
      testing::ArgmapRun r = dir.Argmap(c.args);
      CHECK(r.status == 1);
      CHECK(r.out == "");
      CHECK(r.err == c.err);
      CHECK(dir.Entries() == std::vector<std::string>{"broken.json"});
    }
  }

  TEST_CASE("a graph with a bad node is still converted, with status 1") {
    RunDir dir;
    Extract(dir);
    Json a = Json::parse(dir.Read("a.json"));
    a["nodes"][0]["type"] = "thesis";
    dir.Write("bad.json", a.dump(2));
    testing::ArgmapRun r = dir.Argmap("convert bad.json out.json");
    CHECK(r.status == 1);
    CHECK(
        r.err.starts_with("bad.json: error: node 1 (\"in#1/n1\") has an unknown type 'thesis'\n"));
    Json out = Json::parse(dir.Read("out.json"));
    CHECK(out["nodes"].size() == a["nodes"].size() - 1);
  }

  TEST_CASE("help convert lists the options and extensions") {
    RunDir dir;
    testing::ArgmapRun r = dir.Argmap("help convert");
    CHECK(r.status == 0);
    CHECK(r.out == dir.Argmap("convert --help").out);
    CHECK(r.out.starts_with("usage: argmap convert [options] IN OUT\n"));
    CHECK(r.out.find("\n  .graphml  graphml\n") != std::string::npos);
  }
}

}  // namespace
}  // namespace argmap
