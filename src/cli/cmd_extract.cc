// `argmap extract`: read inputs, run the pipeline, write one format. JSON
// Lines output is streamed (pipeline/stream_extract.h); every other format
// needs the whole graph, mapped on --jobs threads (pipeline/parallel_extract.h).
#include <algorithm>
#include <charconv>
#include <ostream>

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/format_options.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "core/parallel.h"
#include "core/spellcheck.h"
#include "export/exporter.h"
#include "pipeline/extract.h"
#include "pipeline/map_inputs.h"
#include "pipeline/stream_extract.h"
#include "read/reader.h"
#include "rules/compiled_pack.h"

namespace argmap {
namespace {

const std::vector<OptionSpec>& ExtractOptionSpecs() {
  static const std::vector<OptionSpec> specs = [] {
    std::vector<OptionSpec> rows = {
        {"--format", "-f", "FMT",
         "output format (default: FILE's extension, else json): one of the Formats below"},
        kOutputOption,
        {"--explain", "", "", "also print, per node and edge, the rule, sentence and span"},
    };
    rows.insert(rows.end(), MappingOptions().begin(), MappingOptions().end());
    rows.insert(rows.end(), {kRankdirOption, kWrapOption, kLegendOption, kPageOption, kDpiOption,
                             kDotOption, kQuietOption, kHelpOption});
    return rows;
  }();
  return specs;
}

void PrintExtractHelp(std::ostream& out) {
  out << "usage: argmap extract [options] INPUT...\n\n"
         "Maps the abstracts in each INPUT (a file, or - for standard input) into one\n"
         "argument graph. Inputs may be plain text (one abstract per paragraph), JSON, JSON\n"
         "Lines, or a scraped page with a JSON record on its first line; or exports of\n"
         "BibTeX, RIS, CSL-JSON, OpenAlex, Crossref, Semantic Scholar or MEDLINE (.nbib), or\n"
         "XML of PubMed, JATS or GROBID TEI (docs/inputs.md).\n"
         "With --format jsonl, inputs of records are streamed: any size, one map per line.\n"
         "A bad record is reported and skipped; the exit status is then 1.\n\n"
      << FormatOptions(ExtractOptionSpecs()) << "\nFormats:\n"
      << FormatList();
}

struct ExtractConfig {
  OutputFormat format;
  InputFormat input_format = InputFormat::kAuto;
  std::string encoding;
  ExportOptions export_options;
  RenderOptions render;
  int jobs = 1;
  const std::map<std::string, std::string>* already_read = nullptr;  // MapAbstracts
};

// Checks the option values but the format; returns an error message or "".
std::string Configure(const ParsedArgs& args, ExtractConfig* config) {
  std::string err = ParseInputFormatOption(args, &config->input_format);
  if (err.empty()) err = ParseEncoding(args, &config->encoding);
  if (!err.empty()) return err;
  err = ParseLayoutOptions(args, config->format, &config->export_options, &config->render);
  if (!err.empty()) return err;
  err = ParseJobs(args, &config->jobs);
  if (!err.empty()) return err;
  if (args.positional.empty()) return "no input: give a file, or - for standard input";
  return CheckOutputIsNoInput(args.Get("--output"), FilesRead(args));
}

bool IsStreamed(const ExtractConfig& config, const ParsedArgs& args) {
  return config.format.exporter && config.format.exporter->run == ExportJsonl &&
         !args.Has("--explain");
}

// JSON Lines, streamed: maps are written as their chunks are done.
int RunStreamed(const ParsedArgs& args, const ExtractConfig& config,
                const std::vector<CompiledPack>& packs, const ExtractOptions& extract, CliIo& io) {
  bool quiet = args.Has("--quiet");
  ProgressLine progress(io.err, io.err_is_terminal && !quiet, io.progress_delay);
  StreamingOutput output(args.Get("--output"), io.out);
  std::string err;
  if (!output.Open(&err)) {
    io.err << err << "\n";
    return 1;
  }
  StreamOptions options;
  options.input_format = config.input_format;
  options.standard_input = io.in;
  options.encoding = config.encoding;
  options.extract = extract;
  options.strict = args.Has("--strict");
  options.render = [&](const ArgumentGraph& graph, const Document& doc) {
    return ExportJsonl(ExportInput{graph, {doc}, config.export_options});
  };
  options.write = [&](std::string_view text) { return output.Write(text, &err); };
  RunTally tally;
  options.report = [&](const std::vector<Diagnostic>& diags) {
    progress.Finish();
    PrintDiagnostics(diags, quiet, io.err);
    tally.Count(diags);
  };
  options.progress = [&](const StreamProgress& p) {
    progress.Update(p.documents, p.bytes_read, p.total_bytes);
  };
  StreamResult result = StreamExtract(args.positional, Pointers(packs), options);
  progress.Finish();
  if (!err.empty()) io.err << err << "\n";
  if (result.stopped) return 1;  // the output file is left as it was
  if (result.documents == 0) {
    io.err << "argmap: error: no abstracts to map\n";
    return 1;
  }
  if (!output.Commit(&err)) {
    io.err << err << "\n";
    return 1;
  }
  tally.mapped = result.documents;
  if (!quiet) tally.Print(io.err);
  return result.ok ? 0 : 1;
}

// Every other format: all abstracts into one graph, then one output.
int RunWhole(const ParsedArgs& args, const ExtractConfig& config,
             const std::vector<CompiledPack>& packs, const ExtractOptions& extract_options,
             CliIo& io) {
  std::vector<Diagnostic> diags;
  std::vector<Document> docs;
  AbstractInputs inputs{config.input_format, config.encoding, io.in, args.Has("--strict")};
  inputs.already_read = config.already_read;
  bool inputs_ok = ReadAbstractInputs(args.positional, inputs, &docs, &diags);
  PrintDiagnostics(diags, args.Has("--quiet"), io.err);
  if (!inputs_ok && args.Has("--strict")) return 1;
  RunTally tally;
  tally.Count(diags);
  if (docs.empty()) {
    io.err << "argmap: error: no abstracts to map\n";
    return 1;
  }
  ArgumentGraph graph;
  std::string limit = MapDocuments(&docs, Pointers(packs), extract_options, &graph);
  if (!limit.empty()) {
    io.err << "argmap: error: " << limit << "\n";
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
  tally.mapped = docs.size();
  if (!args.Has("--quiet")) tally.Print(io.err);
  return inputs_ok ? 0 : 1;
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
  std::string name;
  err = CheckOutputIsNoInput(args.Get("--output"), FilesRead(args));
  if (err.empty())
    err = ChooseOutputFormat(args.Given("--format"), args.Get("--output"), "json", &name);
  OutputFormat format;
  if (!err.empty() || !FindOutputFormat(name, &format, &err)) return UsageError(io, "extract", err);
  return MapAbstracts(args, format, "extract", io);
}

int MapAbstracts(const ParsedArgs& args, const OutputFormat& format, std::string_view command,
                 CliIo& io, const std::map<std::string, std::string>* already_read) {
  ExtractConfig config;
  config.format = format;
  config.already_read = already_read;
  std::string err = Configure(args, &config);
  if (!err.empty()) return UsageError(io, command, err);
  // Only render draws one figure per paper; extract writes what it is asked for as one output.
  config.render.one_figure_per_paper = command == "render" && !args.Has("--together");
  std::vector<CompiledPack> packs;
  if (!LoadPacks(args, config.jobs, &packs, io)) return 1;
  ExtractOptions extract_options;
  extract_options.pack = args.Get("--pack");
  Model model;
  if (!ApplyModelOption(args, &model, &extract_options, io)) return 1;
  err = CheckPackName(packs[0].PackNames(), extract_options.pack);
  if (!err.empty()) return UsageError(io, command, err);
  if (IsStreamed(config, args)) return RunStreamed(args, config, packs, extract_options, io);
  return RunWhole(args, config, packs, extract_options, io);
}

}  // namespace argmap
