#include "cli/options.h"

#include "core/parallel.h"
#include "options/layout_options.h"

namespace argmap {
namespace {

// The help of --input-format for `accepted`.
std::string InputFormatHelp(InputFormats accepted) {
  if (accepted == InputFormats::kBoth) {
    return "auto (default), argmap, aif or argdown for graphs, or an input format of 'extract'";
  }
  std::string help;
  for (const std::string& name : AcceptedInputFormatNames(accepted)) {
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

void AddGoldMappingOptions(bool with_model, std::vector<OptionSpec>* rows) {
  static const OptionSpec gold_format = {"--input-format", "", "FMT",
                                         "auto (default) or jsonl: gold files are JSON Lines"};
  for (const OptionSpec& row : MappingOptions()) {
    if (row.name == "--model" && !with_model) continue;
    rows->push_back(row.name == "--input-format" ? gold_format : row);
  }
}

std::string ParseGoldInputs(const ParsedArgs& args, GoldInputs* inputs) {
  std::string err = CheckGoldInputFormat(args.Get("--input-format", "auto"));
  if (err.empty()) err = ParseEncoding(args, &inputs->encoding);
  if (err.empty()) err = ParseJobs(args, &inputs->jobs);
  inputs->strict = args.Has("--strict");
  return err;
}

std::string ParseJobs(const ParsedArgs& args, int* jobs) {
  *jobs = HardwareJobs();
  return args.Has("--jobs") ? CheckJobs(args.Get("--jobs"), jobs) : "";
}

std::string ParseInputFormatOption(const ParsedArgs& args, InputFormats accepted,
                                   InputFormat* abstracts, GraphFormat* map) {
  return CheckInputFormat(args.Get("--input-format", "auto"), accepted, abstracts, map);
}

std::string ParseInputFormatOption(const ParsedArgs& args, InputFormat* format) {
  return ParseInputFormatOption(args, InputFormats::kAbstracts, format, nullptr);
}

std::string ParseEncoding(const ParsedArgs& args, std::string* encoding) {
  *encoding = args.Get("--encoding");
  return CheckEncoding(*encoding);
}

std::string ParseRankdir(const ParsedArgs& args, std::string* rankdir) {
  *rankdir = args.Get("--rankdir", "BT");
  return CheckRankdir(*rankdir);
}

std::string ParseNumber(const ParsedArgs& args, const std::string& name, double low, double high,
                        double* value) {
  return args.Has(name) ? CheckNumber(name, args.Get(name), low, high, value) : "";
}

std::string ParseCount(const ParsedArgs& args, const std::string& name, size_t low, size_t high,
                       size_t* value) {
  return args.Has(name) ? CheckCount(name, args.Get(name), low, high, value) : "";
}

}  // namespace argmap
