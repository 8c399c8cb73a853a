// The layout and drawing options of `extract` and `render` (--rankdir, --wrap,
// --dot, --legend, --page, --dpi; docs/cli.md) and their one check, shared by
// the command line (cli/format_options.h) and the API (api::Export's
// LayoutOptions). The values come in as the text given, by option; the result
// is "" or the usage error, each message written here once.
#ifndef ARGMAP_OPTIONS_LAYOUT_OPTIONS_H_
#define ARGMAP_OPTIONS_LAYOUT_OPTIONS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/exporter.h"
#include "render/graphviz.h"
#include "render/output_formats.h"

namespace argmap {

// The layout options as given; nullopt: not given (the option's default).
struct LayoutValues {
  std::optional<std::string> rankdir;
  std::optional<std::string> wrap;
  std::optional<std::string> dot;
  std::optional<std::string> legend;
  std::optional<std::string> page;
  std::optional<std::string> dpi;
};

// The options' names without "--", in the order of LayoutValues:
// rankdir, wrap, dot, legend, page, dpi.
std::vector<std::string> LayoutOptionNames();

// The value of the option `name` (without "--") in *values;
// "unknown layout option 'x'" when it is none of LayoutOptionNames().
std::string SetLayoutValue(std::string_view name, const std::string& value, LayoutValues* values);

// --rankdir: BT, TB, LR or RL.
std::string CheckRankdir(const std::string& value);

// --wrap: a number of characters from 0 (no wrapping) to 1000, into *wrap.
std::string CheckWrap(const std::string& value, int* wrap);

// --legend: full, compact or none, with "did you mean", into *legend.
std::string CheckLegend(const std::string& value, LegendStyle* legend);

// --page: a name of PaperSizes() (render/graphviz.h), with "did you mean", into *page.
std::string CheckPage(const std::string& value, const PaperSize** page);

// Checks every value, in the order of LayoutValues, and sets the layout of
// `format`: layout->rankdir (BT without it; render->auto_rankdir then stacks
// the drawings of many papers), layout->wrap_width, render->dot_program,
// render->legend (drawings: compact unless given; --format dot keeps full
// unless given), render->page (pdf only; default a4), render->dpi (png only,
// 36 to 600). A value is checked before whether it applies: "--page fits a
// pdf to a page: svg has no pages", "--dpi sets the resolution of a png: pdf
// has none". render->jobs and one_figure_per_paper are left alone.
std::string SettleLayout(const LayoutValues& values, const OutputFormat& format,
                         ExportOptions* layout, RenderOptions* render);

}  // namespace argmap

#endif  // ARGMAP_OPTIONS_LAYOUT_OPTIONS_H_
