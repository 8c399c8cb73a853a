// `argmap compare`: map several papers, align their claims and conclusions
// across papers, and write the links, the combined graph or the review matrix.
#include <algorithm>
#include <charconv>
#include <ostream>
#include <thread>

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "compare/compare_export.h"
#include "compare/papers.h"
#include "core/spellcheck.h"
#include "rules/compiled_pack.h"

namespace argmap {
namespace {

constexpr size_t kMaxJobs = 64;

const std::vector<OptionSpec>& CompareOptionSpecs() {
  static const std::vector<OptionSpec> specs = {
      {"--format", "-f", "FMT", "output format: report (default), json, dot, csv, markdown, ..."},
      {"--output", "-o", "FILE", "write to FILE (atomically) instead of standard output"},
      {"--top", "", "K", "links in the report: the K strongest (default 20, 0: all)"},
      {"--threshold", "", "X", "least score of a link, above 0 and at most 1 (default 0.15)"},
      {"--max-links", "", "N", "links kept per claim or conclusion: its N strongest (default 5)"},
      {"--jobs", "-j", "N", "threads for mapping and aligning (default: one per core)"},
      {"--input-format", "", "FMT",
       "auto (default), text, json, jsonl, scraped, bibtex, ris, csl-json, openalex, "
       "crossref, s2"},
      {"--pack", "", "NAME",
       "field pack for every abstract: general, or a field (default: detect)"},
      {"--rules", "", "DIR", "use the rule pack in DIR instead of the built-in one"},
      {"--add-rules", "", "FILE", "add the rules of FILE to the pack (repeatable)"},
      kModelOption,
      {"--rankdir", "", "DIR", "DOT layout direction: BT (default), TB, LR, RL"},
      {"--quiet", "-q", "", "print no warnings"},
      {"--help", "-h", "", "show this help"},
  };
  return specs;
}

void PrintCompareHelp(std::ostream& out) {
  out << "usage: argmap compare [options] INPUT...\n\n"
         "Maps the abstracts in each INPUT (a file, or - for standard input), then links\n"
         "the claims and conclusions of different papers that share rare content words,\n"
         "names and phrases, and labels each link agrees, contrasts or related. Inputs are\n"
         "read as by 'argmap extract'. See docs/compare.md.\n\n"
      << FormatOptions(CompareOptionSpecs()) << "\nFormats:\n";
  for (const CompareExporter& e : CompareExporters()) {
    std::string name(e.name);
    name.resize(10, ' ');
    out << "  " << name << e.description << "\n";
  }
}

// Parses a number option into *value; returns an error message or "".
template <typename T>
std::string ParseNumber(const ParsedArgs& args, const std::string& name, T* value) {
  if (!args.Has(name)) return "";
  std::string text = args.Get(name);
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *value);
  if (text.empty() || ec != std::errc() || ptr != end) {
    return name + " needs a number, not '" + text + "'";
  }
  return "";
}

struct CompareConfig {
  const CompareExporter* exporter = nullptr;
  InputFormat input_format = InputFormat::kAuto;
  ExportOptions export_options;
  CompareOptions compare;
  size_t top = 20;
};

// Checks the option values; returns an error message or "".
std::string Configure(const ParsedArgs& args, CompareConfig* config) {
  std::string format = args.Get("--format", "report");
  config->exporter = FindCompareExporter(format);
  if (!config->exporter) {
    return "unknown format '" + format + "'" + DidYouMean(format, CompareExporterNames());
  }
  std::string input = args.Get("--input-format", "auto");
  if (!ParseInputFormat(input, &config->input_format)) {
    return "unknown input format '" + input + "'" + DidYouMean(input, InputFormatNames());
  }
  std::string rankdir = args.Get("--rankdir", "BT");
  if (rankdir != "BT" && rankdir != "TB" && rankdir != "LR" && rankdir != "RL") {
    return "--rankdir must be BT, TB, LR or RL";
  }
  config->export_options.rankdir = rankdir;
  std::string err = ParseNumber(args, "--top", &config->top);
  if (err.empty()) err = ParseNumber(args, "--threshold", &config->compare.threshold);
  if (err.empty()) err = ParseNumber(args, "--max-links", &config->compare.max_links);
  config->compare.jobs = std::max(1u, std::thread::hardware_concurrency());
  if (err.empty()) err = ParseNumber(args, "--jobs", &config->compare.jobs);
  if (!err.empty()) return err;
  if (config->compare.jobs == 0 || config->compare.jobs > kMaxJobs) {
    return "--jobs must be from 1 to " + std::to_string(kMaxJobs);
  }
  if (!(config->compare.threshold > 0.0 && config->compare.threshold <= 1.0)) {
    return "--threshold must be above 0 and at most 1";
  }
  if (config->compare.max_links == 0) return "--max-links must be 1 or more";
  if (args.positional.empty()) return "no input: give files, or - for standard input";
  return "";
}

}  // namespace

int RunCompare(const std::vector<std::string>& argv, CliIo& io) {
  ParsedArgs args;
  std::string err;
  if (!ParseArgs(argv, CompareOptionSpecs(), &args, &err)) return UsageError(io, "compare", err);
  if (args.Has("--help")) {
    PrintCompareHelp(io.out);
    return 0;
  }
  CompareConfig config;
  err = Configure(args, &config);
  if (!err.empty()) return UsageError(io, "compare", err);

  std::vector<Diagnostic> diags;
  std::vector<CompiledPack> packs;  // one per mapping thread (compare/papers.h)
  if (!LoadPacks(args, static_cast<int>(config.compare.jobs), &packs, io)) return 1;
  ExtractOptions extract_options;
  extract_options.pack = args.Get("--pack");
  Model model;
  if (!ApplyModelOption(args, &model, &extract_options, io)) return 1;
  err = CheckPackName(packs[0].PackNames(), extract_options.pack);
  if (!err.empty()) return UsageError(io, "compare", err);
  PaperSource source{Pointers(packs), extract_options, config.input_format, io.in};
  PaperSet papers;
  bool inputs_ok = true;
  for (const std::string& path : args.positional) {
    inputs_ok = AddPapers(path, source, &papers, &diags) && inputs_ok;
  }
  PrintDiagnostics(diags, args.Has("--quiet"), io.err);
  if (papers.documents.empty()) {
    io.err << "argmap: error: no abstracts to compare\n";
    return 1;
  }
  if (papers.documents.size() == 1 && !args.Has("--quiet")) {
    io.err << "argmap: warning: only one paper, so there is nothing to link\n";
  }
  std::vector<Alignment> links = AlignPapers(papers.graph, papers.documents, config.compare);
  CompareInput input{papers.graph,          papers.documents, links,
                     config.export_options, config.compare,   config.top};
  if (!WriteOutput(args.Get("--output"), config.exporter->run(input), io.out, &err)) {
    io.err << err << "\n";
    return 1;
  }
  return inputs_ok ? 0 : 1;
}

}  // namespace argmap
