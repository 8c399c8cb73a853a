#include "render/graphviz.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "argmap_run.h"
#include "export_sample.h"

namespace argmap {
namespace {

// One paper with a CJK title and a node with accents and curly quotes.
testing::Sample UnicodeGraph() {
  testing::Sample s;
  Document d = testing::SampleDocument("u1",
                                       "\xE8\xAB\x96\xE6\x96\x87\xE3\x81\xAE\xE9\xA1\x8C"
                                       "\xE5\x90\x8D: caf\xC3\xA9 politics",
                                       "We argue that the caf\xC3\xA9 \xE2\x80\x9C"
                                       "na\xC3\xAFve\xE2\x80\x9D reform fails.");
  testing::AddSampleNode(
      d, 1,
      {NodeType::kClaim, "the caf\xC3\xA9 \xE2\x80\x9Cna\xC3\xAFve\xE2\x80\x9D reform fails", 0,
       "claim/argue", "", "argue"},
      &s.graph);
  s.documents = {d};
  return s;
}

// The numeric character references (&#233; &#xE9;) of non-ASCII characters in `svg`.
std::string NonAsciiCharacterReferences(const std::string& svg) {
  std::string found;
  for (size_t pos = svg.find("&#"); pos != std::string::npos; pos = svg.find("&#", pos + 2)) {
    size_t end = svg.find(';', pos);
    std::string digits = svg.substr(pos + 2, end - pos - 2);
    bool hex = !digits.empty() && (digits[0] == 'x' || digits[0] == 'X');
    if (std::strtol(digits.c_str() + (hex ? 1 : 0), nullptr, hex ? 16 : 10) >= 128) {
      found += svg.substr(pos, end + 1 - pos);
    }
  }
  return found;
}

struct Rendered {
  bool ok = false;
  std::string image, warnings, err;
};

Rendered Render(const testing::Sample& s, std::string_view format, ExportOptions options = {},
                RenderOptions render = {}) {
  Rendered r;
  r.ok = RenderGraph({s.graph, s.documents, options}, *FindImageFormat(format), render, &r.image,
                     &r.warnings, &r.err);
  return r;
}

TEST_SUITE("graphviz") {
  TEST_CASE("the image formats are svg, png and pdf, found by name or by file extension") {
    CHECK(ImageFormatNames() == std::vector<std::string>{"svg", "png", "pdf"});
    CHECK(FindImageFormat("png")->binary);
    CHECK_FALSE(FindImageFormat("svg")->binary);
    CHECK(FindImageFormat("gif") == nullptr);
    struct Case {
      const char* path;
      const char* format;  // "" for none
    };
    for (const Case& c : {Case{"map.svg", "svg"}, Case{"out/Map.PNG", "png"},
                          Case{"a.b/map.pdf", "pdf"}, Case{"map.dot", ""}, Case{"map", ""},
                          Case{"dir.svg/map", ""}, Case{"", ""}, Case{"-", ""}}) {
      CAPTURE(c.path);
      const ImageFormat* f = ImageFormatForPath(c.path);
      CHECK(std::string(f ? f->name : "") == c.format);
    }
  }

  TEST_CASE("a drawing too large to read gets a warning that says what to do instead") {
    CHECK(TooLargeWarning(*FindImageFormat("png"), 200, 0.4812, "") ==
          "argmap: warning: this png of 200 papers is too large to read: it was shrunk to 48% to "
          "fit Graphviz's limit of 32767 pixels a side, so its text is under 5 pt; draw one "
          "figure per paper (render -o FILE.png without --together), or write the HTML viewer "
          "(-o FILE.html)\n");
    CHECK(TooLargeWarning(*FindImageFormat("png"), 1, 0.25, "") ==
          "argmap: warning: this png of one paper is too large to read: it was shrunk to 25% to "
          "fit Graphviz's limit of 32767 pixels a side, so its text is under 5 pt; lower --dpi, "
          "or draw it as svg\n");
    CHECK(TooLargeWarning(*FindImageFormat("pdf"), 1, 0.126, "letter") ==
          "argmap: warning: this pdf of one paper is too large to read: it was shrunk to 13% to "
          "fit the letter page, so its text is under 5 pt; use --page none for a page of the "
          "drawing's own size, or draw it as svg\n");
  }

  TEST_CASE("a missing dot program is an error that says how to get Graphviz") {
    Rendered r = Render(UnicodeGraph(), "svg", {}, {.dot_program = "argmap-no-such-dot"});
    CHECK_FALSE(r.ok);
    CHECK(r.err ==
          "cannot run 'argmap-no-such-dot': No such file or directory (Graphviz is needed for "
          "svg, png, pdf and html: install it with 'apt-get install graphviz', or name the "
          "program with --dot)");
  }

  TEST_CASE("a failing dot gives its exit status and its first message lines") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    std::string image, warnings, err;
    CHECK_FALSE(RenderDot("digraph {\n  a -> ;\n}\n", *FindImageFormat("svg"), {}, &image,
                          &warnings, &err));
    CHECK(err.starts_with(
        "dot -Tsvg failed (exit status 1): Error: <stdin>: syntax error in line 2"));
    CHECK(image == "");
  }

  TEST_CASE("SVG keeps accents, curly quotes and CJK as UTF-8 text") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    Rendered r = Render(UnicodeGraph(), "svg");
    REQUIRE_MESSAGE(r.ok, r.err);
    CHECK(r.image.starts_with("<?xml"));
    CHECK(r.image.find(">\xE8\xAB\x96\xE6\x96\x87\xE3\x81\xAE\xE9\xA1\x8C\xE5\x90\x8D: caf\xC3\xA9 "
                       "politics</text>") != std::string::npos);
    CHECK(r.image.find("the caf\xC3\xA9 \xE2\x80\x9Cna\xC3\xAFve\xE2\x80\x9D reform fails") !=
          std::string::npos);
    CHECK(r.image.find("<g id=\"u1/n1\" class=\"node\">") != std::string::npos);
    CHECK(NonAsciiCharacterReferences(r.image) == "");
  }

  TEST_CASE("the same graph gives the same SVG bytes") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    testing::Sample s = testing::SampleGraph();
    Rendered a = Render(s, "svg");
    Rendered b = Render(s, "svg");
    REQUIRE(a.ok);
    CHECK(a.image == b.image);
  }

  TEST_CASE("--wrap and --rankdir reach the drawing") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    testing::Sample s = UnicodeGraph();
    Rendered narrow = Render(s, "svg", {.rankdir = "LR", .wrap_width = 12});
    Rendered wide = Render(s, "svg", {.rankdir = "LR", .wrap_width = 0});
    REQUIRE(narrow.ok);
    REQUIRE(wide.ok);
    CHECK(narrow.image.find(">reform fails</text>") != std::string::npos);
    CHECK(wide.image.find(
              "the caf\xC3\xA9 \xE2\x80\x9Cna\xC3\xAFve\xE2\x80\x9D reform fails</text>") !=
          std::string::npos);
  }

  TEST_CASE("with auto_rankdir, maps of more than three papers are drawn left to right") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    testing::Sample three = testing::SampleGraph();
    CHECK(Render(three, "svg", {}, {.auto_rankdir = true}).image == Render(three, "svg").image);
    testing::Sample four = testing::SampleGraph();
    four.documents.push_back(testing::SampleDocument("fourth", "Fourth", "No argument."));
    Rendered stacked = Render(four, "svg", {}, {.auto_rankdir = true});
    Rendered lr = Render(four, "svg", {.rankdir = "LR"});
    Rendered bt = Render(four, "svg");
    REQUIRE(stacked.ok);
    CHECK(stacked.image == lr.image);
    CHECK(stacked.image != bt.image);
  }

  TEST_CASE("PNG and PDF come back as their binary files") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    Rendered png = Render(UnicodeGraph(), "png");
    REQUIRE_MESSAGE(png.ok, png.err);
    CHECK(png.image.substr(0, 8) == std::string("\x89PNG\r\n\x1A\n", 8));
    Rendered pdf = Render(UnicodeGraph(), "pdf");
    REQUIRE_MESSAGE(pdf.ok, pdf.err);
    CHECK(pdf.image.starts_with("%PDF-"));
    CHECK(pdf.image.find("%%EOF") != std::string::npos);
  }
}

}  // namespace
}  // namespace argmap
