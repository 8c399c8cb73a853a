// Tests of options/layout_options: the layout and drawing options of extract,
// render and api::Export, checked once, with exact messages.
#include "options/layout_options.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

OutputFormat Format(std::string_view name) {
  OutputFormat format;
  std::string err;
  REQUIRE(FindOutputFormat(name, &format, &err));
  return format;
}

TEST_SUITE("layout_options") {
  TEST_CASE("a bad layout value gets its one message, before whether it applies") {
    struct Case {
      std::string name, value, format, message;
    };
    const std::vector<Case> cases = {
        {"rankdir", "XY", "svg", "--rankdir must be BT, TB, LR or RL"},
        {"rankdir", "lr", "svg", "--rankdir must be BT, TB, LR or RL"},
        {"wrap", "-1", "svg", "--wrap must be a number of characters from 0 (no wrapping) to 1000"},
        {"wrap", "1001", "dot",
         "--wrap must be a number of characters from 0 (no wrapping) to 1000"},
        {"wrap", "99999", "dot",
         "--wrap must be a number of characters from 0 (no wrapping) to 1000"},
        {"wrap", "", "dot", "--wrap must be a number of characters from 0 (no wrapping) to 1000"},
        {"dot", "", "svg", "--dot needs a program name or path"},
        {"legend", "compat", "svg",
         "--legend must be full, compact or none, not 'compat', did you mean 'compact'?"},
        {"page", "a5", "pdf", "--page must be a4, letter or none, not 'a5', did you mean 'a4'?"},
        {"page", "a5", "svg", "--page must be a4, letter or none, not 'a5', did you mean 'a4'?"},
        {"page", "letter", "svg", "--page fits a pdf to a page: svg has no pages"},
        {"dpi", "20", "png", "--dpi needs a whole number from 36 to 600, not '20'"},
        {"dpi", "20", "pdf", "--dpi needs a whole number from 36 to 600, not '20'"},
        {"dpi", "300", "pdf", "--dpi sets the resolution of a png: pdf has none"},
        {"dpi", "300", "json", "--dpi sets the resolution of a png: json has none"},
        {"size", "3", "svg", "unknown layout option 'size'"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      CAPTURE(c.value);
      LayoutValues values;
      std::string err = SetLayoutValue(c.name, c.value, &values);
      ExportOptions layout;
      RenderOptions render;
      if (err.empty()) err = SettleLayout(values, Format(c.format), &layout, &render);
      CHECK(err == c.message);
    }
  }

  TEST_CASE("without values, a drawing stacks many papers and a pdf is fitted to a4") {
    ExportOptions layout;
    RenderOptions render;
    CHECK(SettleLayout({}, Format("pdf"), &layout, &render) == "");
    CHECK(layout.rankdir == "BT");
    CHECK(render.auto_rankdir);
    REQUIRE(render.page != nullptr);
    CHECK(render.page->name == "a4");
    CHECK(render.dpi == 0);
    CHECK(render.dot_program == "dot");
    CHECK(layout.legend == LegendStyle::kFull);  // dot keeps its full legend unless given
    CHECK(render.legend == LegendStyle::kCompact);
    CHECK(SettleLayout({}, Format("svg"), &layout, &render) == "");
    CHECK(render.page == nullptr);
  }

  TEST_CASE("the values given set the layout and the drawing") {
    LayoutValues values;
    for (auto [name, value] :
         std::vector<std::pair<std::string, std::string>>{{"rankdir", "LR"},
                                                          {"wrap", "0"},
                                                          {"dot", "/opt/gv/dot"},
                                                          {"legend", "none"},
                                                          {"dpi", "150"}}) {
      REQUIRE(SetLayoutValue(name, value, &values) == "");
    }
    ExportOptions layout;
    RenderOptions render;
    CHECK(SettleLayout(values, Format("png"), &layout, &render) == "");
    CHECK(layout.rankdir == "LR");
    CHECK_FALSE(render.auto_rankdir);
    CHECK(layout.wrap_width == 0);
    CHECK(render.dot_program == "/opt/gv/dot");
    CHECK(layout.legend == LegendStyle::kNone);
    CHECK(render.legend == LegendStyle::kNone);
    CHECK(render.dpi == 150);
    CHECK(LayoutOptionNames() ==
          std::vector<std::string>{"rankdir", "wrap", "dot", "legend", "page", "dpi"});
  }
}

}  // namespace
}  // namespace argmap
