#include "options/layout_options.h"

#include "core/name_table.h"
#include "core/spellcheck.h"
#include "options/option_values.h"

namespace argmap {
namespace {

constexpr int kMaxWrap = 1000;
constexpr size_t kMinDpi = 36;
constexpr size_t kMaxDpi = 600;

// Each option's value in LayoutValues, by the option's name.
using LayoutMember = std::optional<std::string> LayoutValues::*;
constexpr NamedValue<LayoutMember> kLayoutOptions[] = {
    {&LayoutValues::rankdir, "rankdir"}, {&LayoutValues::wrap, "wrap"}, {&LayoutValues::dot, "dot"},
    {&LayoutValues::legend, "legend"},   {&LayoutValues::page, "page"}, {&LayoutValues::dpi, "dpi"},
};

// The checks of the drawing: --legend, --page and --dpi (see SettleLayout).
std::string SettleDrawing(const LayoutValues& values, const OutputFormat& format,
                          ExportOptions* layout, RenderOptions* render) {
  if (values.legend) {
    std::string err = CheckLegend(*values.legend, &render->legend);
    if (!err.empty()) return err;
    layout->legend = render->legend;
  }
  std::string_view image = format.image ? format.image->name : format.exporter->name;
  render->page = image == "pdf" ? RowNamed(PaperSizes(), "a4") : nullptr;
  if (values.page) {
    std::string err = CheckPage(*values.page, &render->page);
    if (!err.empty()) return err;
    if (image != "pdf") {
      return "--page fits a pdf to a page: " + std::string(image) + " has no pages";
    }
  }
  size_t dpi = 0;
  if (values.dpi) {
    std::string err = CheckCount("--dpi", *values.dpi, kMinDpi, kMaxDpi, &dpi);
    if (!err.empty()) return err;
    if (image != "png") {
      return "--dpi sets the resolution of a png: " + std::string(image) + " has none";
    }
  }
  render->dpi = static_cast<int>(dpi);
  return "";
}

}  // namespace

std::vector<std::string> LayoutOptionNames() { return Names(kLayoutOptions); }

std::string SetLayoutValue(std::string_view name, const std::string& value, LayoutValues* values) {
  LayoutMember member = nullptr;
  if (!FindName(kLayoutOptions, name, &member)) {
    return "unknown layout option '" + std::string(name) + "'";
  }
  values->*member = value;
  return "";
}

std::string CheckRankdir(const std::string& value) {
  if (value == "BT" || value == "TB" || value == "LR" || value == "RL") return "";
  return "--rankdir must be BT, TB, LR or RL";
}

std::string CheckWrap(const std::string& value, int* wrap) {
  bool digits = !value.empty() && value.size() <= 4 &&
                value.find_first_not_of("0123456789") == std::string::npos;
  if (!digits || std::stoi(value) > kMaxWrap) {
    return "--wrap must be a number of characters from 0 (no wrapping) to " +
           std::to_string(kMaxWrap);
  }
  *wrap = std::stoi(value);
  return "";
}

std::string CheckLegend(const std::string& value, LegendStyle* legend) {
  if (FindName(kLegendStyles, value, legend)) return "";
  return "--legend must be full, compact or none, not '" + value + "'" +
         DidYouMean(value, Names(kLegendStyles));
}

std::string CheckPage(const std::string& value, const PaperSize** page) {
  const PaperSize* row = RowNamed(PaperSizes(), value);
  if (row == nullptr) {
    return "--page must be a4, letter or none, not '" + value + "'" +
           DidYouMean(value, Names(PaperSizes()));
  }
  *page = row;
  return "";
}

std::string SettleLayout(const LayoutValues& values, const OutputFormat& format,
                         ExportOptions* layout, RenderOptions* render) {
  layout->rankdir = values.rankdir.value_or("BT");
  std::string err = CheckRankdir(layout->rankdir);
  if (!err.empty()) return err;
  render->auto_rankdir = !values.rankdir;
  if (values.wrap) {
    err = CheckWrap(*values.wrap, &layout->wrap_width);
    if (!err.empty()) return err;
  }
  if (values.dot) {
    render->dot_program = *values.dot;
    if (render->dot_program.empty()) return "--dot needs a program name or path";
  }
  return SettleDrawing(values, format, layout, render);
}

}  // namespace argmap
