// `argmap compare`: map several papers, align their claims and conclusions
// across papers, and write the links, the combined graph or the review matrix.
#include <algorithm>
#include <cstdint>
#include <ostream>
#include <sstream>

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/format_options.h"
#include "cli/output.h"
#include "compare/compare_export.h"
#include "compare/papers.h"
#include "core/spellcheck.h"
#include "rules/compiled_pack.h"
#include "text/scan.h"

namespace argmap {
namespace {

const std::vector<OptionSpec>& CompareOptionSpecs() {
  static const std::vector<OptionSpec> specs = {
      {"--format", "-f", "FMT", "output format: report (default), json, dot, csv, markdown, ..."},
      kOutputOption,
      {"--top", "", "K", "links in the report: the K strongest (default 20, 0: all)"},
      {"--threshold", "", "X", "least score of a link, above 0 and at most 1 (default 0.15)"},
      {"--max-links", "", "N", "links kept per claim or conclusion: its N strongest (default 5)"},
  };
  static const std::vector<OptionSpec> all = [] {
    std::vector<OptionSpec> rows = specs;
    rows.insert(rows.end(), MappingOptions().begin(), MappingOptions().end());
    rows.insert(rows.end(), {kRankdirOption, kQuietOption, kHelpOption});
    return rows;
  }();
  return all;
}

void PrintCompareHelp(std::ostream& out) {
  out << "usage: argmap compare [options] INPUT...\n\n"
         "Maps the abstracts in each INPUT (a file, or - for standard input), then links\n"
         "the claims and conclusions of different papers that share rare content words,\n"
         "names and phrases, and labels each link agrees, contrasts or related. Inputs are\n"
         "read as by 'argmap extract'; maps already made (argmap JSON or JSON Lines, AIF,\n"
         "Argdown) are compared as they are. See docs/compare.md.\n\n"
      << FormatOptions(CompareOptionSpecs()) << "\nFormats:\n";
  for (const CompareExporter& e : CompareExporters()) {
    std::string name(e.name);
    name.resize(10, ' ');
    out << "  " << name << e.description << "\n";
  }
}

// The format: --format, else the one -o's extension names (the first, for
// ".txt": report), else report; settled by the same SettleFormat as the
// output formats of extract, render and convert, over the compare table.
std::string ChooseCompareFormat(const ParsedArgs& args, std::string* format) {
  FormatTable table{"compare", "", /*first_of_several=*/true};
  std::vector<OutputExtension> extensions;  // each extension with its formats, in table order
  for (const CompareExporter& e : CompareExporters()) {
    std::istringstream words{std::string(e.extensions)};
    for (std::string ext; words >> ext;) {
      auto known = std::find_if(extensions.begin(), extensions.end(),
                                [&](const OutputExtension& x) { return x.extension == ext; });
      if (known == extensions.end()) {
        extensions.push_back({ext, std::string(e.name)});
        table.extensions += (table.extensions.empty() ? "" : ", ") + ext;
      } else {
        known->formats += "|" + std::string(e.name);
      }
    }
  }
  // Longest first, so that a longer extension wins over its own ending.
  std::stable_sort(extensions.begin(), extensions.end(), [](const auto& a, const auto& b) {
    return a.extension.size() > b.extension.size();
  });
  std::string path = args.Get("--output"), extension;
  std::vector<std::string> named = FormatsForPath(path, extensions, &extension);
  return SettleFormat(args.Given("--format"), path, extension, named, "report", table, format);
}

struct CompareConfig {
  const CompareExporter* exporter = nullptr;
  InputFormat input_format = InputFormat::kAuto;
  std::string encoding;
  ExportOptions export_options;
  CompareOptions compare;
  size_t top = 20;
};

// Checks the option values; returns an error message or "".
std::string Configure(const ParsedArgs& args, CompareConfig* config) {
  std::string format;
  std::string err = ChooseCompareFormat(args, &format);
  if (!err.empty()) return err;
  config->exporter = FindCompareExporter(format);
  if (!config->exporter) {
    return "unknown format '" + format + "'" + DidYouMean(format, CompareExporterNames());
  }
  err = ParseInputFormatOption(args, &config->input_format);
  if (err.empty()) err = ParseEncoding(args, &config->encoding);
  if (err.empty()) err = ParseRankdir(args, &config->export_options.rankdir);
  if (err.empty()) err = ParseOption(args, "--top", CheckTop, &config->top);
  if (err.empty())
    err = ParseOption(args, "--threshold", CheckThreshold, &config->compare.threshold);
  if (err.empty())
    err = ParseOption(args, "--max-links", CheckMaxLinks, &config->compare.max_links);
  int jobs = 1;
  if (err.empty()) err = ParseJobs(args, &jobs);
  config->compare.jobs = static_cast<size_t>(jobs);
  if (!err.empty()) return err;
  if (args.positional.empty()) return "no input: give files, or - for standard input";
  return CheckOutputIsNoInput(args.Get("--output"), FilesRead(args));
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
  IdStems stems(args.positional);
  PaperSource source{Pointers(packs), extract_options, config.input_format,
                     io.in,           config.encoding, &stems};
  PaperSet papers;
  bool inputs_ok = true;
  for (const std::string& path : args.positional) {
    inputs_ok = AddPapers(path, source, &papers, &diags) && inputs_ok;
    if (!inputs_ok && args.Has("--strict")) break;
  }
  PrintDiagnostics(diags, args.Has("--quiet"), io.err);
  if (!inputs_ok && args.Has("--strict")) return 1;
  RunTally tally;  // its line ends the run, as extract's does
  tally.Count(diags);
  tally.mapped = papers.documents.size();
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
  std::string bytes;
  if (!ExportComparisonBytes(*config.exporter, input, &bytes, &err)) {
    io.err << "argmap: error: " << err << "\n";
    return 1;
  }
  if (!WriteOutput(args.Get("--output"), bytes, io.out, &err)) {
    io.err << err << "\n";
    return 1;
  }
  if (!args.Has("--quiet")) tally.Print(io.err);
  return inputs_ok ? 0 : 1;
}

}  // namespace argmap
