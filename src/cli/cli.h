// The argmap command line, as a library function so tests can run it in process.
//
// Subcommands are one table of {name, summary, function} that drives dispatch,
// `argmap help` and "did you mean". Run returns the exit status:
//   0  success
//   1  the input or a rule pack had errors (what could be done was still written)
//   2  the command line was wrong
#ifndef ARGMAP_CLI_CLI_H_
#define ARGMAP_CLI_CLI_H_

#include <iosfwd>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "cli/args.h"
#include "cli/options.h"
#include "core/diagnostic.h"
#include "model/model_file.h"
#include "pipeline/extract.h"
#include "rules/compiled_pack.h"

namespace argmap {

struct CliIo {
  std::ostream& out;
  std::ostream& err;
  bool err_is_terminal = false;  // long runs then draw a progress line on err
  double progress_delay = 1.0;   // seconds a run lasts before its progress shows
  std::istream* in = nullptr;    // what the input "-" reads; none: "-" is an error
};

struct Subcommand {
  std::string_view name;
  std::string_view summary;
  int (*run)(const std::vector<std::string>& args, CliIo& io);
};

const std::vector<Subcommand>& Subcommands();

int RunCli(const std::vector<std::string>& args, CliIo& io);

// The subcommands (cli/cmd_*.cc).
int RunExtract(const std::vector<std::string>& args, CliIo& io);
int RunRender(const std::vector<std::string>& args, CliIo& io);
int RunRules(const std::vector<std::string>& args, CliIo& io);
int RunEval(const std::vector<std::string>& args, CliIo& io);
int RunConvert(const std::vector<std::string>& args, CliIo& io);
int RunCompare(const std::vector<std::string>& args, CliIo& io);
int RunTrain(const std::vector<std::string>& args, CliIo& io);
int RunHelp(const std::vector<std::string>& args, CliIo& io);
int RunVersion(const std::vector<std::string>& args, CliIo& io);

struct OutputFormat;  // render/output_formats.h

// What extract does once its options are parsed: check them, load the pack and
// model, read and map the INPUTs and write `format`. `args` holds extract's
// options (render passes its own, a subset); usage errors name `command`.
// `already_read` holds inputs the caller read with ReadText, by path ("-"
// too), which are mapped from there instead of being read again.
int MapAbstracts(const ParsedArgs& args, const OutputFormat& format, std::string_view command,
                 CliIo& io, const std::map<std::string, std::string>* already_read = nullptr);

// Prints each diagnostic to `err`; with `quiet`, only the errors.
void PrintDiagnostics(const std::vector<Diagnostic>& diags, bool quiet, std::ostream& err);

// Prints the diagnostics of reading gold files (eval, train); with `strict`,
// those up to the first error only, and false when there is one: the command
// stops there (exit 1).
bool PrintGoldDiagnostics(const std::vector<Diagnostic>& diags, bool strict, std::ostream& err);

// What a mapping run left out, told in its last line so that a user of a long
// export sees the count without scrolling through the warnings:
//   "argmap: mapped 2 abstracts; skipped 3 records without an abstract; 1 error above"
// ("... without an abstract and 1 record for another reason" when a reader
// skipped a record for something else: IsSkippedOtherRecord, read/reader.h).
// Count each batch of diagnostics as it is printed, then Print once at the end:
// nothing is printed when nothing was skipped and no error was reported, or
// when nothing was mapped (that run already ends in "no abstracts to map").
struct RunTally {
  size_t mapped = 0;
  size_t skipped = 0;        // records without an abstract
  size_t skipped_other = 0;  // records skipped for another reason (a PubMed book record)
  size_t errors = 0;
  void Count(const std::vector<Diagnostic>& diags);
  void Print(std::ostream& err) const;
};

// Loads one compiled pack per thread (the built-in pack or --rules DIR, plus
// each --add-rules FILE): threads never share a pack. False after printing
// the pack's errors.
bool LoadPacks(const ParsedArgs& args, int jobs, std::vector<CompiledPack>* packs, CliIo& io);
// With --model FILE, loads it into *model and points options->model at it; without,
// the built-in model is used. False after printing the file's errors.
bool ApplyModelOption(const ParsedArgs& args, Model* model, ExtractOptions* options, CliIo& io);
std::vector<const CompiledPack*> Pointers(const std::vector<CompiledPack>& packs);

// Prints "argmap: error: <message>" (and a hint to --help) and returns 2.
int UsageError(CliIo& io, std::string_view command, const std::string& message);

}  // namespace argmap

#endif  // ARGMAP_CLI_CLI_H_
