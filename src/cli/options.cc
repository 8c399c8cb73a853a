#include "cli/options.h"

#include <charconv>
#include <cstdint>
#include <cstdio>

#include "core/input_bytes.h"
#include "core/limits.h"
#include "core/parallel.h"
#include "core/spellcheck.h"

namespace argmap {
namespace {

std::string RangeText(double low, double high) {
  char range[64];
  std::snprintf(range, sizeof range, "%g to %g", low, high);
  return range;
}

// Parses all of `text` as a T; false when any of it is not the number.
template <typename T>
bool ParseWhole(const std::string& text, T* value) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *value);
  return !text.empty() && ec == std::errc() && ptr == end;
}

std::vector<std::string> InputFormatNamesOf(InputFormats accepted) {
  std::vector<std::string> names;
  if (accepted != InputFormats::kAbstracts) names = GraphFormatNames();
  if (accepted == InputFormats::kMaps) return names;
  for (const std::string& name : InputFormatNames()) {
    if (names.empty() || name != "auto") names.push_back(name);
  }
  return names;
}

// The help of --input-format for `accepted`.
std::string InputFormatHelp(InputFormats accepted) {
  if (accepted == InputFormats::kBoth) {
    return "auto (default), argmap, aif or argdown for graphs, or an input format of 'extract'";
  }
  std::string help;
  for (const std::string& name : InputFormatNamesOf(accepted)) {
    help += help.empty() ? name + " (default)" : ", " + name;
  }
  return help;
}

}  // namespace

const OptionSpec& InputFormatOption(InputFormats accepted) {
  // OptionSpec holds views: the texts live as long as the program.
  static const std::string help[] = {InputFormatHelp(InputFormats::kAbstracts),
                                     InputFormatHelp(InputFormats::kMaps),
                                     InputFormatHelp(InputFormats::kBoth)};
  static const OptionSpec specs[] = {{"--input-format", "", "FMT", help[0]},
                                     {"--input-format", "", "FMT", help[1]},
                                     {"--input-format", "", "FMT", help[2]}};
  return specs[static_cast<int>(accepted)];
}

const std::vector<OptionSpec>& MappingOptions() {
  static const std::vector<OptionSpec> specs = {InputFormatOption(), kEncodingOption, kPackOption,
                                                kRulesOption,        kAddRulesOption, kModelOption,
                                                kJobsOption,         kStrictOption};
  return specs;
}

std::string ParseJobs(const ParsedArgs& args, int* jobs) {
  *jobs = HardwareJobs();
  if (!args.Has("--jobs")) return "";
  std::string value = args.Get("--jobs");
  if (!ParseWhole(value, jobs) || *jobs < 1 || *jobs > kMaxJobs) {
    return "--jobs needs a whole number from 1 to " + std::to_string(kMaxJobs) + ", got '" + value +
           "'";
  }
  return "";
}

std::string ParseInputFormatOption(const ParsedArgs& args, InputFormats accepted,
                                   InputFormat* abstracts, GraphFormat* map) {
  std::string name = args.Get("--input-format", "auto");
  if (abstracts != nullptr) *abstracts = InputFormat::kAuto;
  if (map != nullptr) *map = GraphFormat::kAuto;
  if (name == "auto") return "";
  if (accepted != InputFormats::kAbstracts && ParseGraphFormat(name, map)) return "";
  if (accepted != InputFormats::kMaps && ParseInputFormat(name, abstracts)) return "";
  return "unknown input format '" + name + "'" + DidYouMean(name, InputFormatNamesOf(accepted));
}

std::string ParseInputFormatOption(const ParsedArgs& args, InputFormat* format) {
  return ParseInputFormatOption(args, InputFormats::kAbstracts, format, nullptr);
}

std::string ParseEncoding(const ParsedArgs& args, std::string* encoding) {
  *encoding = args.Get("--encoding");
  if (IsKnownEncoding(*encoding)) return "";
  return "unknown encoding '" + *encoding + "'" +
         DidYouMean(*encoding, {"windows-1252", "latin1", "iso-8859-15", "utf-16", "utf-8"});
}

std::string ParseRankdir(const ParsedArgs& args, std::string* rankdir) {
  *rankdir = args.Get("--rankdir", "BT");
  if (*rankdir == "BT" || *rankdir == "TB" || *rankdir == "LR" || *rankdir == "RL") return "";
  return "--rankdir must be BT, TB, LR or RL";
}

std::string ParseLegend(const ParsedArgs& args, LegendStyle* legend) {
  if (!args.Has("--legend")) return "";
  std::string name = args.Get("--legend");
  if (FindName(kLegendStyles, name, legend)) return "";
  return "--legend must be full, compact or none, not '" + name + "'" +
         DidYouMean(name, Names(kLegendStyles));
}

std::string ParsePage(const ParsedArgs& args, const PaperSize** page) {
  if (!args.Has("--page")) return "";
  std::string name = args.Get("--page");
  const PaperSize* row = RowNamed(PaperSizes(), name);
  if (row != nullptr) {
    *page = row;
    return "";
  }
  return "--page must be a4, letter or none, not '" + name + "'" +
         DidYouMean(name, Names(PaperSizes()));
}

std::string ParseNumber(const ParsedArgs& args, const std::string& name, double low, double high,
                        double* value) {
  if (!args.Has(name)) return "";
  std::string text = args.Get(name);
  double parsed = 0;
  if (!ParseWhole(text, &parsed) || !(parsed >= low && parsed <= high)) {
    return name + " needs a number from " + RangeText(low, high) + ", not '" + text + "'";
  }
  *value = parsed;
  return "";
}

std::string ParseCount(const ParsedArgs& args, const std::string& name, size_t low, size_t high,
                       size_t* value) {
  if (!args.Has(name)) return "";
  std::string text = args.Get(name);
  size_t parsed = 0;
  if (!ParseWhole(text, &parsed) || parsed < low || parsed > high) {
    std::string range = high == SIZE_MAX
                            ? " (" + std::to_string(low) + " or more)"
                            : " from " + std::to_string(low) + " to " + std::to_string(high);
    return name + " needs a whole number" + range + ", not '" + text + "'";
  }
  *value = parsed;
  return "";
}

}  // namespace argmap
