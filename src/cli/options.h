// The options several subcommands share, each written once: the row --help
// prints (name, alias, value, help) and, for those with a value, the reading
// of its value into its one library validator. A subcommand's table lists
// these rows beside its own; MappingOptions() are the rows of every subcommand
// that maps abstracts (extract, render, compare; eval and train take them for
// gold abstracts through AddGoldMappingOptions).
//
// Every Parse* function reads its option from ParsedArgs (a default when it is
// absent) and checks its value with the library's one validator
// (options/option_values.h, options/layout_options.h): it returns "" or that
// validator's usage error, which names the option and the value given.
#ifndef ARGMAP_CLI_OPTIONS_H_
#define ARGMAP_CLI_OPTIONS_H_

#include <string>
#include <vector>

#include "cli/args.h"
#include "options/option_values.h"

namespace argmap {

inline constexpr OptionSpec kOutputOption = {
    "--output", "-o", "FILE",
    "write to FILE (atomically) instead of standard output; never to an input"};
inline constexpr OptionSpec kPackOption = {
    "--pack", "", "NAME", "field pack for every abstract: general, or a field (default: detect)"};
inline constexpr OptionSpec kRulesOption = {"--rules", "", "DIR",
                                            "use the rule pack in DIR instead of the built-in one"};
inline constexpr OptionSpec kAddRulesOption = {"--add-rules", "", "FILE",
                                               "add the rules of FILE to the pack (repeatable)"};
inline constexpr OptionSpec kModelOption = {
    "--model", "", "FILE", "weigh roles and relations with the model in FILE (from argmap train)"};
inline constexpr OptionSpec kEncodingOption = {
    "--encoding", "", "NAME",
    "the inputs' encoding when not UTF-8: windows-1252, latin1, ... (UTF-16 with a BOM: auto)"};
inline constexpr OptionSpec kJobsOption = {
    "--jobs", "-j", "N",
    "map on N threads (default: one per core); the output does not depend on N"};
inline constexpr OptionSpec kStrictOption = {
    "--strict", "", "", "stop at the first bad record (default: skip it, fail at the end)"};
inline constexpr OptionSpec kRankdirOption = {
    "--rankdir", "", "DIR",
    "layout direction: BT (default; drawings of >3 papers: LR), TB, LR, RL"};
inline constexpr OptionSpec kWrapOption = {
    "--wrap", "", "N", "wrap map labels at N characters (default 32, 0: no wrapping)"};
inline constexpr OptionSpec kDotOption = {
    "--dot", "", "PROGRAM", "Graphviz program for svg, png, pdf and html (default: dot)"};
inline constexpr OptionSpec kLegendOption = {
    "--legend", "", "STYLE",
    "legend of a drawing: compact (default; one row), full, none (--format dot: full)"};
inline constexpr OptionSpec kPageOption = {
    "--page", "", "SIZE", "fit a pdf to a page: a4 (default), letter, none (the drawing's size)"};
inline constexpr OptionSpec kDpiOption = {"--dpi", "", "N",
                                          "resolution of a png, 36 to 600 (default: 96)"};
inline constexpr OptionSpec kQuietOption = {"--quiet", "-q", "", "print no warnings or progress"};
inline constexpr OptionSpec kHelpOption = {"--help", "-h", "", "show this help"};

// --input-format FMT: its help names the formats `accepted` takes.
const OptionSpec& InputFormatOption(InputFormats accepted = InputFormats::kAbstracts);

// --input-format, --encoding, --pack, --rules, --add-rules, --model, --jobs, --strict.
const std::vector<OptionSpec>& MappingOptions();

// The mapping options of the commands that read gold files (eval, train):
// MappingOptions() with the --input-format row of gold files (auto or jsonl),
// and without --model unless `with_model`, appended to *rows.
void AddGoldMappingOptions(bool with_model, std::vector<OptionSpec>* rows);

// What eval and train read gold files with.
struct GoldInputs {
  std::string encoding;  // --encoding ("": UTF-8, or UTF-16 with its mark)
  int jobs = 1;          // --jobs: threads (one compiled pack each)
  bool strict = false;   // --strict: stop at the first bad record
};
// --input-format (CheckGoldInputFormat), --encoding, --jobs and --strict.
std::string ParseGoldInputs(const ParsedArgs& args, GoldInputs* inputs);

// --jobs N: CheckJobs; without it, one per core.
std::string ParseJobs(const ParsedArgs& args, int* jobs);

// --input-format: CheckInputFormat of its value ("auto" without it) for
// `accepted`, into *abstracts or *map (either may be null where `accepted`
// does not take it).
std::string ParseInputFormatOption(const ParsedArgs& args, InputFormats accepted,
                                   InputFormat* abstracts, GraphFormat* map);
// The same for a command that reads abstracts only.
std::string ParseInputFormatOption(const ParsedArgs& args, InputFormat* format);

// --encoding: CheckEncoding; "" without it.
std::string ParseEncoding(const ParsedArgs& args, std::string* encoding);

// --rankdir: CheckRankdir (options/layout_options.h); BT without it.
std::string ParseRankdir(const ParsedArgs& args, std::string* rankdir);

// A number option from `low` to `high` (CheckNumber, CheckCount); *value is
// left alone when it is absent.
std::string ParseNumber(const ParsedArgs& args, const std::string& name, double low, double high,
                        double* value);
std::string ParseCount(const ParsedArgs& args, const std::string& name, size_t low, size_t high,
                       size_t* value);
// An option checked by its own validator (options/option_values.h: CheckThreshold,
// CheckCost, ...); *value is left alone when it is absent.
template <typename T>
std::string ParseOption(const ParsedArgs& args, const std::string& name,
                        std::string (*check)(const std::string&, T*), T* value) {
  return args.Has(name) ? check(args.Get(name), value) : "";
}

}  // namespace argmap

#endif  // ARGMAP_CLI_OPTIONS_H_
