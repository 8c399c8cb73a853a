// End-to-end tests of `argmap render` and of the drawing formats of `argmap
// extract` (svg, png, pdf, html): each case runs the real binary (ARGMAP_BIN)
// with /bin/sh in a fresh temporary directory. Cases that draw need Graphviz
// `dot` on PATH and are skipped with a message without it.
#include <doctest/doctest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "argmap_run.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;

using Run = testing::ArgmapRun;
using Scratch = testing::RunDir;
using testing::Sh;
using testing::Slurp;

bool Has(const std::string& s, const std::string& part) { return s.find(part) != s.npos; }

bool DotAvailable() { return std::system("command -v dot >/dev/null 2>&1") == 0; }

// A made-up abstract with a CJK title, accents and curly quotes.
constexpr char kRecord[] =
    "{\"id\": \"v1\", \"title\": \"\xE8\xAB\x96\xE6\x96\x87\xE3\x81\xAE\xE9\xA1\x8C\xE5\x90\x8D: "
    "caf\xC3\xA9 \xE2\x80\x9Cpolitics\xE2\x80\x9D\", \"authors\": [\"Zo\xC3\xAB M\xC3\xBCller\"], "
    "\"abstract\": \"This article examines why coalition cabinets fall early. We argue that "
    "coalition cabinets collapse early because junior partners fear \xE2\x80\x9C"
    "electoral\xE2\x80\x9D losses. However, strong party leaders may keep cabinets together.\"}\n";

constexpr char kTitleUtf8[] =
    "\xE8\xAB\x96\xE6\x96\x87\xE3\x81\xAE\xE9\xA1\x8C\xE5\x90\x8D: caf\xC3\xA9 \xE2\x80\x9C"
    "politics\xE2\x80\x9D";

constexpr char kPngMagic[] = "\x89PNG\r\n\x1A\n";

TEST_SUITE("render_cli") {
  TEST_CASE("render --help names the options and the four drawing formats") {
    Scratch dir;
    Run r = dir.Argmap("render --help");
    CHECK(r.status == 0);
    CHECK(r.err == "");
    CHECK(r.out.starts_with("usage: argmap render [options] INPUT... [-o FILE]\n\n"));
    for (const char* line :
         {"  -o, --output FILE", "  --wrap N", "  --rankdir DIR", "  --dot PROGRAM",
          "\nFormats:\n  svg ", "\n  png ", "\n  pdf ", "\n  html "}) {
      CAPTURE(line);
      CHECK(Has(r.out, line));
    }
  }

  TEST_CASE("bad render and extract command lines are usage errors") {
    Scratch dir;
    dir.Write("in.txt", "We argue that aid works because donors learn.\n");
    struct Case {
      const char* args;
      const char* message;
    };
    for (const Case& c : {
             Case{"render --format json in.txt",
                  "argmap: error: render draws svg, png, pdf or html, not 'json' (for json, run "
                  "'argmap extract --format json')\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"render --format svgg in.txt",
                  "argmap: error: render draws svg, png, pdf or html, not 'svgg', did you mean "
                  "'svg'?\nrun 'argmap render --help' for usage\n"},
             Case{"render --wrap x in.txt",
                  "argmap: error: --wrap must be a number of characters from 0 (no wrapping) to "
                  "1000\nrun 'argmap render --help' for usage\n"},
             Case{"render --wrap 1001 in.txt",
                  "argmap: error: --wrap must be a number of characters from 0 (no wrapping) to "
                  "1000\nrun 'argmap render --help' for usage\n"},
             Case{"render --rankdir UP in.txt",
                  "argmap: error: --rankdir must be BT, TB, LR or RL\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"render --input-format argmapp in.txt",
                  "argmap: error: unknown input format 'argmapp', did you mean 'argmap'?\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"render --jobs 0 in.txt",
                  "argmap: error: --jobs needs a whole number from 1 to 256, got '0'\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"render --pack clinicl in.txt",
                  "argmap: error: unknown pack 'clinicl', did you mean 'clinical'?\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"render -o map.svg",
                  "argmap: error: no input: give a file, or - for standard input\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"extract -o map.svg --format json in.txt",
                  "argmap: error: 'map.svg' names svg, but --format is json: make them agree\n"
                  "run 'argmap extract --help' for usage\n"},
             Case{"extract -o map.jpg in.txt",
                  "argmap: error: 'map.jpg': '.jpg' is the extension of no output format "
                  "(.aif.json, "
                  ".json, .jsonl, .dot, .gv, .graphml, .aif, .argdown, .ad, .mmd, .mermaid, .md, "
                  ".html, .htm, .svg, .png, .pdf, .txt, or .FORMAT)\n"
                  "run 'argmap extract --help' for usage\n"},
             Case{"render -o x.jpg in.txt",
                  "argmap: error: 'x.jpg': '.jpg' is the extension of no output format (.aif.json, "
                  ".json, .jsonl, .dot, .gv, .graphml, .aif, .argdown, .ad, .mmd, .mermaid, .md, "
                  ".html, .htm, .svg, .png, .pdf, .txt, or .FORMAT)\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"render -o map.json in.txt",
                  "argmap: error: render draws svg, png, pdf or html, not 'json' (for json, run "
                  "'argmap extract --format json')\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"render -o notes.txt in.txt",
                  "argmap: error: render draws svg, png, pdf or html, not 'explain' (for explain, "
                  "run 'argmap extract --format explain')\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"extract --format pnj in.txt",
                  "argmap: error: unknown format 'pnj', did you mean 'png'?\n"
                  "run 'argmap extract --help' for usage\n"},
             Case{"extract --format svg --wrap -1 in.txt",
                  "argmap: error: --wrap must be a number of characters from 0 (no wrapping) to "
                  "1000\nrun 'argmap extract --help' for usage\n"},
         }) {
      CAPTURE(c.args);
      Run r = dir.Argmap(c.args);
      CHECK(r.status == 2);
      CHECK(r.out == "");
      CHECK(r.err == c.message);
    }
  }

  TEST_CASE("a missing dot is an error that leaves no file behind") {
    Scratch dir;
    dir.Write("in.jsonl", kRecord);
    Run r = dir.Argmap("render --dot argmap-no-such-dot in.jsonl -o map.svg");
    CHECK(r.status == 1);
    CHECK(r.out == "");
    CHECK(r.err ==
          "argmap: error: cannot run 'argmap-no-such-dot': No such file or directory (Graphviz "
          "is needed for svg, png, pdf and html: install it with 'apt-get install graphviz', or "
          "name the program with --dot)\n");
    CHECK(dir.Entries() == std::vector<std::string>{"in.jsonl"});
  }

  TEST_CASE("html without dot is still written, without the map, and the run fails") {
    Scratch dir;
    dir.Write("in.jsonl", kRecord);
    Run r = dir.Argmap("extract --format html --dot argmap-no-such-dot -o page.html in.jsonl");
    CHECK(r.status == 1);
    CHECK(r.err.starts_with("argmap: error: cannot draw the map: cannot run 'argmap-no-such-dot'"));
    CHECK(r.err.ends_with("; the page has the texts without it\n"));
    std::string page = dir.Read("page.html");
    CHECK(Has(page, "<p class=\"nomap\">"));
    CHECK(Has(page, std::string("<h2>") + kTitleUtf8 + "</h2>"));
  }

  TEST_CASE("render writes SVG with the title, accents and curly quotes as UTF-8 text") {
    if (!testing::Needs(DotAvailable(), "dot is not on PATH")) return;
    Scratch dir;
    dir.Write("in.jsonl", kRecord);
    Run r = dir.Argmap("render in.jsonl -o map.svg");
    CHECK(r.status == 0);
    CHECK(r.err == "");
    std::string svg = dir.Read("map.svg");
    CHECK(svg.starts_with("<?xml"));
    CHECK(Has(svg, std::string(">") + kTitleUtf8 + "</text>"));
    CHECK(Has(svg,
              "\xE2\x80\x9C"
              "electoral\xE2\x80\x9D"));
    CHECK(dir.Entries() == std::vector<std::string>{"in.jsonl", "map.svg"});
    Run again = dir.Argmap("extract --format svg in.jsonl");
    CHECK(again.status == 0);
    CHECK(again.out == svg);
  }

  TEST_CASE("PNG and PDF are written byte for byte, to a file and to standard output") {
    if (!testing::Needs(DotAvailable(), "dot is not on PATH")) return;
    Scratch dir;
    dir.Write("in.jsonl", kRecord);
    CHECK(dir.Argmap("render in.jsonl -o map.png").status == 0);
    CHECK(dir.Argmap("render --format png in.jsonl > piped.png").status == 0);
    std::string png = dir.Read("map.png");
    CHECK(png.substr(0, 8) == std::string(kPngMagic, 8));
    CHECK(png == dir.Read("piped.png"));
    CHECK(dir.Argmap("extract --format pdf -o map.pdf in.jsonl").status == 0);
    CHECK(dir.Read("map.pdf").starts_with("%PDF-"));
    // extract takes the format from -o's extension, as render does.
    CHECK(dir.Argmap("extract -o inferred.pdf in.jsonl").status == 0);
    CHECK(dir.Read("inferred.pdf").starts_with("%PDF-"));
    CHECK(dir.Argmap("extract -o inferred.svg in.jsonl").status == 0);
    CHECK(dir.Read("inferred.svg").find("<svg") != std::string::npos);
  }

  TEST_CASE("render draws an argmap JSON graph as it is, and refuses graphs mixed with abstracts") {
    if (!testing::Needs(DotAvailable(), "dot is not on PATH")) return;
    Scratch dir;
    dir.Write("in.jsonl", kRecord);
    REQUIRE(dir.Argmap("extract --format json -o map.json in.jsonl").status == 0);
    Run from_json = dir.Argmap("render --wrap 20 map.json -o from-json.svg");
    Run from_text = dir.Argmap("render --wrap 20 in.jsonl -o from-text.svg");
    CHECK(from_json.status == 0);
    CHECK(from_json.err == "");
    CHECK(dir.Read("from-json.svg") == dir.Read("from-text.svg"));
    Run mixed = dir.Argmap("render map.json in.jsonl");
    CHECK(mixed.status == 2);
    CHECK(mixed.err ==
          "argmap: error: cannot draw argument graphs ('map.json') and abstracts ('in.jsonl') "
          "together: map the abstracts with 'argmap extract' first\n"
          "run 'argmap render --help' for usage\n");
    Run piped = dir.Argmap("render --wrap 20 --input-format argmap - < map.json");
    CHECK(piped.status == 0);
    CHECK(piped.out == dir.Read("from-json.svg"));
    // Standard input goes through the same gate as a file: a map is told from abstracts.
    Run piped_map = dir.Argmap("render --wrap 20 - < map.json");
    CHECK(piped_map.status == 0);
    CHECK(piped_map.out == dir.Read("from-json.svg"));
    Run piped_text = dir.Argmap("render --wrap 20 - < in.jsonl");
    CHECK(piped_text.status == 0);
    CHECK(piped_text.out == dir.Read("from-text.svg"));
    // render takes extract's mapping options, passed on as parsed, not re-written.
    Run options = dir.Argmap("render --wrap 20 --jobs 1 --strict --pack general in.jsonl");
    CHECK(options.status == 0);
    CHECK(options.out == dir.Argmap("extract -f svg --wrap 20 --pack general in.jsonl").out);
  }

  TEST_CASE("render draws a teacher's Argdown map as the graph convert reads from it") {
    if (!testing::Needs(DotAvailable(), "dot is not on PATH")) return;
    Scratch dir;
    dir.Write("in.jsonl", kRecord);
    REQUIRE(dir.Argmap("extract --format argdown -o map.argdown in.jsonl").status == 0);
    REQUIRE(dir.Argmap("convert map.argdown back.json").status == 0);
    Run from_argdown = dir.Argmap("render map.argdown -o from-argdown.svg");
    CHECK(from_argdown.status == 0);
    CHECK(from_argdown.err == "");
    CHECK(dir.Argmap("render back.json -o from-json.svg").status == 0);
    CHECK(dir.Read("from-argdown.svg") == dir.Read("from-json.svg"));
    // Standard input is told by the front matter the export starts with, or by
    // --input-format.
    Run piped = dir.Argmap("render - < map.argdown");
    CHECK(piped.status == 0);
    CHECK(piped.out == dir.Read("from-json.svg"));
    Run forced = dir.Argmap("render --input-format argdown - < map.argdown");
    CHECK(forced.status == 0);
    CHECK(forced.out == dir.Read("from-json.svg"));
  }

  TEST_CASE("render -o page.html writes the viewer with the map inlined") {
    if (!testing::Needs(DotAvailable(), "dot is not on PATH")) return;
    Scratch dir;
    dir.Write("in.jsonl", kRecord);
    Run r = dir.Argmap("render in.jsonl -o page.html");
    CHECK(r.status == 0);
    std::string page = dir.Read("page.html");
    CHECK(page.starts_with("<!DOCTYPE html>\n"));
    CHECK(Has(page, "<div id=\"am-map\"><svg "));
    CHECK(Has(page, std::string("<title>argmap: ") + kTitleUtf8 + "</title>"));
    CHECK_FALSE(Has(page, "<?xml"));
  }

  TEST_CASE("plain-text papers are labelled by file name and number, their ids unchanged") {
    Scratch dir;
    dir.Write("papers.txt",
              "We argue that sanctions fail because elites adapt. Therefore sanctions should be "
              "targeted.\n\nThis study examines aid. We find that aid may reduce conflict, "
              "although earlier work disputes this.\n");
    Run r = dir.Argmap("extract --format dot papers.txt");
    REQUIRE(r.status == 0);
    std::vector<std::string> labels;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
      if (line.starts_with("    label=")) labels.push_back(line);
    }
    CHECK(labels == std::vector<std::string>{"    label=\"papers.txt #1\";",
                                             "    label=\"papers.txt #2\";",
                                             "    label=\"Legend\";"});
    CHECK(Has(r.out, "n1 [id=\"papers#1/n1\""));
  }
}

}  // namespace
}  // namespace argmap
