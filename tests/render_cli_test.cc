// End-to-end tests of `argmap render` and of the drawing formats of `argmap
// extract` (svg, png, pdf, html): each case runs the real binary (ARGMAP_BIN)
// with /bin/sh in a fresh temporary directory. Cases that draw need Graphviz
// `dot` on PATH and are skipped with a message without it.
#include <doctest/doctest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "argmap_run.h"
#include "real_maps.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;

using Run = testing::ArgmapRun;
using Scratch = testing::RunDir;
using testing::Sh;
using testing::Slurp;

bool Has(const std::string& s, const std::string& part) { return s.find(part) != s.npos; }

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

// Two made-up plain-text papers, one a paragraph: "papers.txt #1" and "#2".
constexpr char kTwoPapers[] =
    "We argue that sanctions fail because elites adapt. Therefore sanctions should be "
    "targeted.\n\nThis study examines aid. We find that aid may reduce conflict, although "
    "earlier work disputes this.\n";

// A PNG's width in pixels: the first field of its IHDR chunk, big-endian, at byte 16.
uint32_t PngWidth(const std::string& png) {
  REQUIRE(png.size() > 24);
  uint32_t width = 0;
  for (size_t i = 16; i < 20; ++i) width = width << 8 | static_cast<unsigned char>(png[i]);
  return width;
}

// The first page's "/MediaBox [ ... ]" as cairo writes it, uncompressed: "[ 0 0 842 595 ]".
std::string MediaBox(const std::string& pdf) {
  size_t at = pdf.find("/MediaBox ");
  if (at == std::string::npos) return "";
  at += 10;
  return pdf.substr(at, pdf.find(']', at) + 1 - at);
}

// A box of an SVG drawing: x0 <= x1, y0 <= y1.
struct Box {
  double x0 = 1e18, x1 = -1e18, y0 = 1e18, y1 = -1e18;
  void Add(double x, double y) {
    x0 = std::min(x0, x);
    x1 = std::max(x1, x);
    y0 = std::min(y0, y);
    y1 = std::max(y1, y);
  }
  // Inside by more than a point (the outline itself is shared by nothing).
  bool StrictlyHolds(double x, double y) const {
    return x > x0 + 1 && x < x1 - 1 && y > y0 + 1 && y < y1 - 1;
  }
};

std::vector<std::pair<double, double>> SvgPoints(const std::string& d) {
  static const std::regex point(R"((-?[0-9.]+),(-?[0-9.]+))");
  std::vector<std::pair<double, double>> out;
  for (auto it = std::sregex_iterator(d.begin(), d.end(), point); it != std::sregex_iterator();
       ++it) {
    out.emplace_back(std::stod((*it)[1]), std::stod((*it)[2]));
  }
  return out;
}

// The boxes of the papers (top-level clusters "cluster_N") of a Graphviz SVG, by name.
std::map<std::string, Box> PaperBoxes(const std::string& svg) {
  static const std::regex cluster(
      R"re(<title>(cluster_[0-9]+)</title>\s*<path[^>]* d="([^"]*)")re");
  std::map<std::string, Box> papers;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), cluster);
       it != std::sregex_iterator(); ++it) {
    for (auto [x, y] : SvgPoints((*it)[2])) papers[(*it)[1]].Add(x, y);
  }
  return papers;
}

// The edges of a Graphviz SVG whose drawn line passes through a paper (a
// top-level "cluster_N") that neither of its nodes is in, as "nA->nB in cluster_K".
// The line is checked at its ends and its curve's joints (every third point of
// the cubic path), where a Bézier curve is on its line.
std::vector<std::string> EdgesThroughOtherPapers(const std::string& svg) {
  static const std::regex node(
      R"re(class="node">\s*<title>([^<]*)</title>\s*<(?:ellipse|polygon|path)[^>]*?(?: cx="([-0-9.]+)" cy="([-0-9.]+)"| points="([^"]*)"| d="([^"]*)"))re");
  static const std::regex edge(
      R"re(class="edge">\s*<title>([^<]*)&#45;&gt;([^<]*)</title>\s*<path[^>]* d="([^"]*)")re");
  std::map<std::string, Box> papers = PaperBoxes(svg);
  std::map<std::string, std::string> paper_of;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), node); it != std::sregex_iterator();
       ++it) {
    Box shape;
    if ((*it)[2].matched) {
      shape.Add(std::stod((*it)[2]), std::stod((*it)[3]));
    } else {
      for (auto [x, y] : SvgPoints((*it)[4].matched ? (*it)[4] : (*it)[5])) shape.Add(x, y);
    }
    double cx = (shape.x0 + shape.x1) / 2, cy = (shape.y0 + shape.y1) / 2;
    for (const auto& [name, box] : papers) {
      if (box.StrictlyHolds(cx, cy)) paper_of[(*it)[1]] = name;
    }
  }
  std::vector<std::string> out;
  size_t edges = 0;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), edge); it != std::sregex_iterator();
       ++it, ++edges) {
    std::string tail = (*it)[1], head = (*it)[2];
    std::vector<std::pair<double, double>> points = SvgPoints((*it)[3]);
    for (size_t i = 0; i < points.size(); i += 3) {
      for (const auto& [name, box] : papers) {
        if (name == paper_of[tail] || name == paper_of[head]) continue;
        if (box.StrictlyHolds(points[i].first, points[i].second)) {
          out.push_back(tail + "->" + head + " in " + name);
          i = points.size();
          break;
        }
      }
    }
  }
  REQUIRE(papers.size() > 1);
  REQUIRE(paper_of.size() > papers.size());
  REQUIRE(edges > papers.size());
  return out;
}

TEST_SUITE("render_cli") {
  TEST_CASE("render --help names the options and the four drawing formats") {
    Scratch dir;
    Run r = dir.Argmap("render --help");
    CHECK(r.status == 0);
    CHECK(r.err == "");
    CHECK(r.out.starts_with("usage: argmap render [options] INPUT... [-o FILE]\n\n"));
    for (const char* line :
         {"  -o, --output FILE", "  --wrap N", "  --rankdir DIR", "  --dot PROGRAM",
          "  --together ", "  --legend STYLE ", "  --page SIZE ", "  --dpi N ",
          "\nFormats:\n  svg ", "\n  png ", "\n  pdf ", "\n  html "}) {
      CAPTURE(line);
      CHECK(Has(r.out, line));
    }
  }

  TEST_CASE("bad render and extract command lines are usage errors") {
    Scratch dir;
    dir.Write("in.txt", "We argue that aid works because donors learn.\n");
    dir.Write("map-2.svg", "We argue that aid works because donors learn.\n");
    dir.Write("out/map-01.png", "We argue that aid works because donors learn.\n");
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
             Case{"render --togeter -o m.svg in.txt",
                  "argmap: error: unknown option '--togeter', did you mean '--together'?\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"render --legend compat -o m.svg in.txt",
                  "argmap: error: --legend must be full, compact or none, not 'compat', did you "
                  "mean 'compact'?\nrun 'argmap render --help' for usage\n"},
             Case{"render --page a5 -o m.pdf in.txt",
                  "argmap: error: --page must be a4, letter or none, not 'a5', did you mean "
                  "'a4'?\nrun 'argmap render --help' for usage\n"},
             Case{"render --page a4 -o m.png in.txt",
                  "argmap: error: --page fits a pdf to a page: png has no pages\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"render --dpi 20 -o m.png in.txt",
                  "argmap: error: --dpi needs a whole number from 36 to 600, not '20'\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"render --dpi 300dpi -o m.png in.txt",
                  "argmap: error: --dpi needs a whole number from 36 to 600, not '300dpi'\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"render --dpi 300 -o m.svg in.txt",
                  "argmap: error: --dpi sets the resolution of a png: svg has none\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"render --dpi 300 -o page.html in.txt",
                  "argmap: error: --dpi sets the resolution of a png: html has none\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"extract --format dot --page letter in.txt",
                  "argmap: error: --page fits a pdf to a page: dot has no pages\n"
                  "run 'argmap extract --help' for usage\n"},
             Case{"render -o map.svg map-2.svg",
                  "argmap: error: -o 'map.svg' writes one file per paper, and 'map-2.svg' is an "
                  "input: writing there would destroy it; choose another file, or --together\n"
                  "run 'argmap render --help' for usage\n"},
             Case{"render -o out/map.png out/map-01.png",
                  "argmap: error: -o 'out/map.png' writes one file per paper, and "
                  "'out/map-01.png' is an input: writing there would destroy it; choose another "
                  "file, or --together\nrun 'argmap render --help' for usage\n"},
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
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
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
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
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
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
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
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
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

  TEST_CASE("a map that is not UTF-8 is refused as an abstract is, before anything is drawn") {
    Scratch dir;
    dir.Write("map.argdown", "===\ntitle: t\n===\n\n[A]: claim \xED\xA0\x80 here.\n");
    Run r = dir.Argmap("render map.argdown -o map.svg");
    CHECK(r.status == 1);
    CHECK(r.err ==
          "map.argdown:5:12: error: invalid UTF-8 (byte 0xED): for Latin-1 or Windows-1252 text, "
          "give --encoding windows-1252\n[A]: claim ??? here.\n           ^\n");
    CHECK(dir.Entries() == std::vector<std::string>{"map.argdown"});
  }

  TEST_CASE("render reads abstracts in the --encoding given, from a file or standard input") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    Scratch dir;
    dir.Write("in.txt",
              "We find that caf\xE9 owners support the reform because it lowers costs.\n");
    Run file = dir.Argmap("render --encoding latin1 in.txt -o file.svg");
    CHECK(file.status == 0);
    CHECK(Has(dir.Read("file.svg"), "caf\xC3\xA9"));
    Run piped = dir.Argmap("render --encoding latin1 - -o piped.svg < in.txt");
    CHECK(piped.status == 0);
    CHECK(Has(dir.Read("piped.svg"), "caf\xC3\xA9"));  // its paper is "stdin #1"
    Run unknown = dir.Argmap("render --encoding klingon in.txt");
    CHECK(unknown.status == 2);
    CHECK(unknown.err ==
          "argmap: error: unknown encoding 'klingon'\nrun 'argmap render --help' for usage\n");
  }

  TEST_CASE("render -o page.html writes the viewer with the map inlined") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    Scratch dir;
    dir.Write("in.jsonl", kRecord);
    Run r = dir.Argmap("render in.jsonl -o page.html");
    CHECK(r.status == 0);
    std::string page = dir.Read("page.html");
    CHECK(page.starts_with("<!DOCTYPE html>\n"));
    CHECK(Has(page, "<div id=\"am-map\"><div class=\"am-paper-map\" data-paper=\"1\"><svg "));
    CHECK(Has(page, std::string("<title>argmap: ") + kTitleUtf8 + "</title>"));
    CHECK_FALSE(Has(page, "<?xml"));
  }

  TEST_CASE("several papers drawn to a file are one figure per paper, --together keeps one") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    Scratch dir;
    dir.Write("papers.txt", kTwoPapers);
    Run r = dir.Argmap("render papers.txt -o out.svg");
    CHECK(r.status == 0);
    CHECK(r.err ==
          "argmap: wrote out-1.svg: papers.txt #1\n"
          "argmap: wrote out-2.svg: papers.txt #2\n");
    CHECK(dir.Entries() == std::vector<std::string>{"out-1.svg", "out-2.svg", "papers.txt"});
    std::string first = dir.Read("out-1.svg");
    std::string second = dir.Read("out-2.svg");
    CHECK(Has(first, "<title>cluster_1</title>"));
    CHECK(Has(first, ">papers.txt #1</text>"));
    CHECK_FALSE(Has(first, "papers.txt #2"));
    CHECK(Has(second, "<title>cluster_2</title>"));
    CHECK(Has(second, ">papers.txt #2</text>"));
    CHECK_FALSE(Has(second, "papers.txt #1"));
    // Deterministic, and the same on one thread as on two.
    CHECK(dir.Argmap("render -q --jobs 1 papers.txt -o again.svg").err == "");
    CHECK(dir.Read("again-1.svg") == first);
    CHECK(dir.Read("again-2.svg") == second);

    Run together = dir.Argmap("render --together papers.txt -o all.svg");
    CHECK(together.status == 0);
    CHECK(together.err == "");
    std::string all = dir.Read("all.svg");
    CHECK(Has(all, ">papers.txt #1</text>"));
    CHECK(Has(all, ">papers.txt #2</text>"));
    CHECK_FALSE(fs::exists(dir / "all-1.svg"));
    // Standard output holds one drawing: all papers, as with --together.
    CHECK(dir.Argmap("render papers.txt").out == all);
  }

  TEST_CASE("the legend is one row in words by default, a cluster with full, absent with none") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    Scratch dir;
    dir.Write("in.jsonl", kRecord);
    std::string compact = dir.Argmap("render in.jsonl").out;
    std::string full = dir.Argmap("render --legend full in.jsonl").out;
    std::string none = dir.Argmap("render --legend none in.jsonl").out;
    CHECK(Has(compact, "\xE2\x87\xA2 part of</text>"));
    CHECK(Has(compact, ">premise</text>"));
    CHECK_FALSE(Has(compact, "cluster_legend"));
    CHECK(Has(full, "<title>cluster_legend</title>"));
    CHECK(Has(full, ">part_of</text>"));
    for (const char* legend : {"cluster_legend", "part of", "part_of", ">premise</text>"}) {
      CAPTURE(legend);
      CHECK_FALSE(Has(none, legend));
    }
    // --format dot keeps the full legend unless told.
    CHECK(Has(dir.Argmap("extract --format dot in.jsonl").out, "subgraph cluster_legend {"));
    CHECK_FALSE(Has(dir.Argmap("extract --format dot --legend none in.jsonl").out, "legend"));
  }

  TEST_CASE("--dpi sets a png's resolution") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    Scratch dir;
    dir.Write("in.jsonl", kRecord);
    REQUIRE(dir.Argmap("render in.jsonl -o default.png").status == 0);
    REQUIRE(dir.Argmap("render --dpi 300 in.jsonl -o fine.png").status == 0);
    uint32_t normal = PngWidth(dir.Read("default.png"));
    uint32_t fine = PngWidth(dir.Read("fine.png"));
    CAPTURE(normal);
    CAPTURE(fine);
    CHECK(normal > 100);
    // 300 dpi against Graphviz's 96: about 3.1 times as wide.
    CHECK(fine > 3 * normal);
    CHECK(fine < 3.2 * normal);
  }

  TEST_CASE(
      "a drawing shrunk below half its size to fit is drawn with a warning saying what to do") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    Scratch dir;
    // Two papers, each one claim of about 6,000 characters: unwrapped, a paper is
    // some 40,000 px wide at 96 dpi, the two side by side some 80,000, more than
    // twice Graphviz's 32767-px limit for a bitmap.
    std::string claim;
    for (int i = 0; i < 110; ++i)
      claim += "coalition cabinets in small parliaments collapse early ";
    dir.Write("long.txt",
              "We argue that " + claim + "in winter.\n\nWe argue that " + claim + "in summer.\n");
    Run r = dir.Argmap("render --together --wrap 0 long.txt -o big.png");
    CHECK(r.status == 0);
    uint32_t width = PngWidth(dir.Read("big.png"));
    CHECK(width > 32000);
    CHECK(width <= 32767);
    // Graphviz says "Scaling by S to fit"; argmap's line follows, with what to do.
    size_t at = r.err.find("Scaling by ");
    REQUIRE(at != std::string::npos);
    double scale = std::strtod(r.err.c_str() + at + 11, nullptr);
    CAPTURE(scale);
    CHECK(scale < 0.5);
    std::string warning =
        "argmap: warning: this png of 2 papers is too large to read: it was "
        "shrunk to " +
        std::to_string(std::lround(scale * 100)) +
        "% to fit Graphviz's limit of 32767 pixels a side, so its text is "
        "under 5 pt; draw one figure per paper (render -o FILE.png without "
        "--together), or write the HTML viewer (-o FILE.html)\n";
    CHECK(r.err.substr(r.err.find('\n') + 1) == warning);
    CHECK(dir.Argmap("render -q --together --wrap 0 long.txt -o quiet.png").err == "");
    // One figure per paper, as the warning says: each is shrunk less than half, no warning.
    Run apart = dir.Argmap("render --wrap 0 long.txt -o apart.png");
    CHECK(apart.status == 0);
    CHECK_FALSE(Has(apart.err, "argmap: warning"));
    CHECK(Has(apart.err, "argmap: wrote apart-2.png: long.txt #2\n"));
    // A pdf fitted to its page says so too.
    Run pdf = dir.Argmap("render --together --wrap 0 long.txt -o big.pdf");
    CHECK(pdf.status == 0);
    CHECK(
        pdf.err.starts_with("argmap: warning: this pdf of 2 papers is too large to read: it was "
                            "shrunk to "));
    CHECK(
        pdf.err.ends_with("% to fit the a4 page, so its text is under 5 pt; draw one figure per "
                          "paper (render -o FILE.pdf without --together), or write the HTML "
                          "viewer (-o FILE.html)\n"));
    // svg is never shrunk.
    CHECK(dir.Argmap("render --together --wrap 0 long.txt -o big.svg").err == "");
  }

  TEST_CASE("a pdf is fitted to an A4 page by default, to letter or to the drawing on request") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    Scratch dir;
    dir.Write("in.jsonl", kRecord);
    REQUIRE(dir.Argmap("render in.jsonl -o default.pdf").status == 0);
    REQUIRE(dir.Argmap("render --page a4 in.jsonl -o a4.pdf").status == 0);
    REQUIRE(dir.Argmap("render --page letter in.jsonl -o letter.pdf").status == 0);
    REQUIRE(dir.Argmap("render --page none in.jsonl -o none.pdf").status == 0);
    // The map of one paper is wider than tall: the pages are landscape.
    CHECK(MediaBox(dir.Read("a4.pdf")) == "[ 0 0 842 595 ]");
    CHECK(MediaBox(dir.Read("default.pdf")) == "[ 0 0 842 595 ]");
    CHECK(MediaBox(dir.Read("letter.pdf")) == "[ 0 0 792 612 ]");
    std::string none = MediaBox(dir.Read("none.pdf"));
    CHECK(none.starts_with("[ 0 0 "));
    CHECK(none != "[ 0 0 842 595 ]");
    // A tall drawing gets a portrait page.
    REQUIRE(dir.Argmap("render --rankdir LR --wrap 4 --legend none in.jsonl -o tall.pdf").status ==
            0);
    CHECK(MediaBox(dir.Read("tall.pdf")) == "[ 0 0 595 842 ]");
    // Several papers: one file, one paper a page, each page fitted on its own.
    dir.Write("papers.txt", kTwoPapers);
    Run papers = dir.Argmap("render papers.txt -o papers.pdf");
    REQUIRE(papers.status == 0);
    CHECK(papers.err == "argmap: wrote papers.pdf: 2 pages, one paper a page\n");
    CHECK_FALSE(fs::exists(dir / "papers-1.pdf"));
    std::string handout = dir.Read("papers.pdf");
    CHECK(handout.find("/Count 2") != std::string::npos);
    size_t second = handout.find("/MediaBox ", handout.find("/MediaBox ") + 1);
    CHECK(MediaBox(handout) == "[ 0 0 842 595 ]");
    REQUIRE(second != std::string::npos);
    CHECK(MediaBox(handout.substr(second)) == "[ 0 0 842 595 ]");
    REQUIRE(dir.Argmap("render -q --jobs 1 papers.txt -o again.pdf").status == 0);
    CHECK(dir.Read("again.pdf") == handout);
  }

  TEST_CASE(
      "plain-text papers are labelled by file name and number (opening words when the name is a "
      "hash), their ids unchanged") {
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
    // A file named by a hash: the paper's opening words instead.
    dir.Write("000_0123456789abcdef.txt", "We argue that sanctions fail because elites adapt.\n");
    r = dir.Argmap("extract --format dot 000_0123456789abcdef.txt");
    REQUIRE(r.status == 0);
    CHECK(Has(r.out, "    label=\"\\\"We argue that sanctions fail because...\\\"\";\n"));
    CHECK(Has(r.out, "n1 [id=\"000_0123456789abcdef#1/n1\""));
  }
  TEST_CASE("in a drawing of papers together no edge passes through another paper") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    Scratch dir;
    std::string files;
    for (const std::string& f : testing::ExampleAndSeedFiles()) files += " " + Sh(f);
    for (const char* rankdir : {"BT", "TB", "LR"}) {
      CAPTURE(rankdir);
      Run r = dir.Argmap(std::string("render -q --together --rankdir ") + rankdir + files);
      REQUIRE(r.status == 0);
      CHECK(EdgesThroughOtherPapers(r.out) == std::vector<std::string>{});
    }
    // The check sees a crossing: the same drawing with the first edge's start
    // moved to the middle of the last paper.
    Run r = dir.Argmap("render -q --together" + files);
    std::map<std::string, Box> papers = PaperBoxes(r.out);
    REQUIRE(papers.size() > 1);
    const Box& last = papers.rbegin()->second;
    size_t d = r.out.find(" d=\"M", r.out.find("class=\"edge\"")) + 5;
    size_t end = r.out.find('C', d);
    REQUIRE(end != std::string::npos);
    std::string moved = r.out;
    moved.replace(
        d, end - d,
        std::to_string((last.x0 + last.x1) / 2) + "," + std::to_string((last.y0 + last.y1) / 2));
    CHECK(EdgesThroughOtherPapers(moved).size() == 1);
  }
}

}  // namespace
}  // namespace argmap
