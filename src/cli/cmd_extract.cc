// `argmap extract`: read inputs, run the pipeline, write one format.
#include <algorithm>
#include <ostream>

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "cli/output_formats.h"
#include "core/spellcheck.h"
#include "export/exporter.h"
#include "pipeline/extract.h"
#include "read/reader.h"
#include "read/unique_ids.h"
#include "rules/compiled_pack.h"

namespace argmap {
namespace {

const std::vector<OptionSpec>& ExtractOptionSpecs() {
  static const std::vector<OptionSpec> specs = {
      {"--format", "-f", "FMT", "output format: json (default), or one of the Formats below"},
      {"--output", "-o", "FILE", "write to FILE (atomically) instead of standard output"},
      {"--explain", "", "", "also print, per node and edge, the rule, sentence and span"},
      {"--input-format", "", "FMT",
       "auto (default), text, json, jsonl, scraped, bibtex, ris, csl-json, openalex, "
       "crossref, s2"},
      {"--pack", "", "NAME",
       "field pack for every abstract: general, or a field (default: detect)"},
      {"--rules", "", "DIR", "use the rule pack in DIR instead of the built-in one"},
      {"--add-rules", "", "FILE", "add the rules of FILE to the pack (repeatable)"},
      {"--rankdir", "", "DIR",
       "layout direction: BT (default; drawings of >3 papers: LR), TB, LR, RL"},
      {"--wrap", "", "N", "wrap map labels at N characters (default 32, 0: no wrapping)"},
      {"--dot", "", "PROGRAM", "Graphviz program for svg, png, pdf and html (default: dot)"},
      {"--quiet", "-q", "", "print no warnings"},
      {"--help", "-h", "", "show this help"},
  };
  return specs;
}

void PrintExtractHelp(std::ostream& out) {
  out << "usage: argmap extract [options] INPUT...\n\n"
         "Maps the abstracts in each INPUT (a file, or - for standard input) into one\n"
         "argument graph. Inputs may be plain text (one abstract per paragraph), JSON, JSON\n"
         "Lines, or a scraped page with a JSON record on its first line; or exports of\n"
         "BibTeX, RIS, CSL-JSON, OpenAlex, Crossref or Semantic Scholar (docs/inputs.md).\n\n"
      << FormatOptions(ExtractOptionSpecs()) << "\nFormats:\n"
      << FormatList();
}

struct ExtractConfig {
  OutputFormat format;
  InputFormat input_format = InputFormat::kAuto;
  ExportOptions export_options;
  RenderOptions render;
};

// Checks the option values; returns an error message or "".
std::string Configure(const ParsedArgs& args, ExtractConfig* config) {
  std::string err;
  if (!FindOutputFormat(args.Get("--format", "json"), &config->format, &err)) return err;
  std::string input = args.Get("--input-format", "auto");
  if (!ParseInputFormat(input, &config->input_format)) {
    return "unknown input format '" + input + "'" + DidYouMean(input, InputFormatNames());
  }
  err = ParseLayoutOptions(args, &config->export_options, &config->render);
  if (!err.empty()) return err;
  if (args.positional.empty()) return "no input: give a file, or - for standard input";
  return "";
}

void PrintDiagnostics(const std::vector<Diagnostic>& diags, bool quiet, std::ostream& err) {
  for (const Diagnostic& d : diags) {
    if (!quiet || d.severity == Severity::kError) err << d.Format();
  }
}

}  // namespace

int RunExtract(const std::vector<std::string>& argv, CliIo& io) {
  ParsedArgs args;
  std::string err;
  if (!ParseArgs(argv, ExtractOptionSpecs(), &args, &err)) return UsageError(io, "extract", err);
  if (args.Has("--help")) {
    PrintExtractHelp(io.out);
    return 0;
  }
  ExtractConfig config;
  err = Configure(args, &config);
  if (!err.empty()) return UsageError(io, "extract", err);

  std::vector<Diagnostic> diags;
  CompiledPack pack;
  if (!LoadPack(args.Get("--rules"), args.All("--add-rules"), &pack, &diags)) {
    PrintDiagnostics(diags, false, io.err);
    return 1;
  }
  std::vector<Document> docs;
  bool inputs_ok = true;
  for (const std::string& path : args.positional) {
    inputs_ok = ReadInputFile(path, config.input_format, &docs, &diags) && inputs_ok;
  }
  inputs_ok = DropDuplicateIds(&docs, &diags) && inputs_ok;
  PrintDiagnostics(diags, args.Has("--quiet"), io.err);
  if (docs.empty()) {
    io.err << "argmap: error: no abstracts to map\n";
    return 1;
  }
  ExtractOptions extract_options;
  extract_options.pack = args.Get("--pack");
  err = CheckPackName(pack.PackNames(), extract_options.pack);
  if (!err.empty()) return UsageError(io, "extract", err);
  ArgumentGraph graph;
  ExtractStats stats;
  Extract(docs, pack, &graph, &stats, extract_options);
  if (stats.documents < docs.size()) {
    io.err << "argmap: error: the graph reached the limit of " << extract_options.max_nodes
           << " nodes: " << stats.documents << " of " << docs.size()
           << " abstracts mapped, the rest left out from '" << docs[stats.documents].id
           << "' on (split the input)\n";
    docs.resize(stats.documents);
    inputs_ok = false;
  }
  ExportInput input{graph, docs, config.export_options};
  std::string output = args.Get("--output");
  OutputStatus written =
      WriteFormat(config.format, input, config.render, output, args.Has("--quiet"), io);
  if (written == OutputStatus::kFailed) return 1;
  if (written == OutputStatus::kPartial) inputs_ok = false;
  bool is_explain = config.format.exporter && config.format.exporter->run == ExportExplain;
  if (args.Has("--explain") && !is_explain) {
    // Standard output holds the explanation only when the graph went to a file.
    bool graph_to_file = !output.empty() && output != "-";
    (graph_to_file ? io.out : io.err) << ExportExplain(input);
  }
  return inputs_ok ? 0 : 1;
}

}  // namespace argmap
