// The options several subcommands share, each written once: the row --help
// prints (name, alias, value, help) and, for those with a value, its one
// validator with its one message. A subcommand's table lists these rows beside
// its own; MappingOptions() are the rows of every subcommand that maps
// abstracts (extract, render, compare).
//
// Every Parse* function reads its option from ParsedArgs (a default when it is
// absent) and returns "" or the usage error, which names the option and the
// value given.
#ifndef ARGMAP_CLI_OPTIONS_H_
#define ARGMAP_CLI_OPTIONS_H_

#include <string>
#include <vector>

#include "cli/args.h"
#include "export/exporter.h"
#include "read/graph_reader.h"
#include "read/reader.h"
#include "render/graphviz.h"

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

// What --input-format names in a command: a reader of abstracts
// (read/reader.h: extract, compare), a map format (read/graph_reader.h:
// convert), or either (render).
enum class InputFormats { kAbstracts, kMaps, kBoth };

// --input-format FMT: its help names the formats `accepted` takes.
const OptionSpec& InputFormatOption(InputFormats accepted = InputFormats::kAbstracts);

// --input-format, --encoding, --pack, --rules, --add-rules, --model, --jobs, --strict.
const std::vector<OptionSpec>& MappingOptions();

// --jobs N: 1 to kMaxJobs (core/limits.h); without it, one per core.
std::string ParseJobs(const ParsedArgs& args, int* jobs);

// --input-format, the one validator of every command: "auto" (the default)
// or a name `accepted` takes, into *abstracts or *map (the other stays kAuto;
// either may be null where `accepted` does not take it); else
// "unknown input format 'x'" with "did you mean" among those names.
std::string ParseInputFormatOption(const ParsedArgs& args, InputFormats accepted,
                                   InputFormat* abstracts, GraphFormat* map);
// The same for a command that reads abstracts only.
std::string ParseInputFormatOption(const ParsedArgs& args, InputFormat* format);

// --encoding: a name iconv knows ("unknown encoding 'x'" otherwise); "" without it.
std::string ParseEncoding(const ParsedArgs& args, std::string* encoding);

// --rankdir: BT (the default), TB, LR or RL.
std::string ParseRankdir(const ParsedArgs& args, std::string* rankdir);

// --legend: full, compact or none, with "did you mean"; *legend is left alone without it.
std::string ParseLegend(const ParsedArgs& args, LegendStyle* legend);

// --page: a name of PaperSizes() (render/graphviz.h), with "did you mean";
// *page is left alone without it.
std::string ParsePage(const ParsedArgs& args, const PaperSize** page);

// A number option from `low` to `high`; *value is left alone when it is absent.
// The messages: "--cost needs a number from 0.0001 to 10000, not 'x'", and
// "--top needs a whole number (0 or more), not '-1'" when `high` is SIZE_MAX.
std::string ParseNumber(const ParsedArgs& args, const std::string& name, double low, double high,
                        double* value);
std::string ParseCount(const ParsedArgs& args, const std::string& name, size_t low, size_t high,
                       size_t* value);

}  // namespace argmap

#endif  // ARGMAP_CLI_OPTIONS_H_
