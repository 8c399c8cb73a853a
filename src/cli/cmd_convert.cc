// `argmap convert`: read an argument graph (argmap JSON or JSON Lines, AIF
// JSON or Argdown) and write it in any output format, atomically when OUT is a
// file. Drawings (svg, png, pdf) and the html page are made by WriteFormat, the
// function render draws with (cli/format_options.h), with the same layout
// options; OUT is one file, as with extract: one drawing of every paper.
#include <algorithm>
#include <cctype>
#include <ostream>

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/format_options.h"
#include "cli/options.h"
#include "cli/output.h"
#include "read/graph_reader.h"

namespace argmap {
namespace {

const std::vector<OptionSpec>& ConvertOptionSpecs() {
  static const std::vector<OptionSpec> specs = {
      {"--format", "-f", "FMT", "output format (default: from OUT's extension)"},
      InputFormatOption(InputFormats::kMaps),
      kRankdirOption,
      kWrapOption,
      kLegendOption,
      kPageOption,
      kDpiOption,
      kDotOption,
      kQuietOption,
      kHelpOption,
  };
  return specs;
}

void PrintConvertHelp(std::ostream& out) {
  out << "usage: argmap convert [options] IN OUT\n\n"
         "Reads the argument graph in IN (argmap JSON or JSON Lines, AIF JSON as AIFdb\n"
         "or OVA save it, or Argdown as 'extract --format argdown' writes it and a\n"
         "teacher corrects it: a .argdown or .ad file; - for standard input) and writes\n"
         "it to OUT (- for standard output) in the format that OUT's extension names, or\n"
         "that --format gives. svg, png and pdf are drawn with Graphviz as 'argmap\n"
         "render' draws them, but always as one drawing of every paper.\n\n"
      << FormatOptions(ConvertOptionSpecs()) << "\nExtensions:\n";
  for (const OutputExtension& e : OutputExtensions()) {
    std::string name(e.extension);
    name.resize(10, ' ');
    out << "  " << name << e.formats << "\n";
  }
  out << "  .FORMAT   any other format by its name (.outline, .explain, ...)\n";
}

struct ConvertConfig {
  OutputFormat format;
  GraphFormat input_format = GraphFormat::kAuto;
  ExportOptions export_options;
  RenderOptions render;  // one drawing: one_figure_per_paper stays false
};

// Checks the arguments; returns a usage error message or "".
std::string Configure(const ParsedArgs& args, ConvertConfig* config) {
  if (args.positional.size() != 2) return "convert needs IN and OUT (- for standard streams)";
  const std::string& out = args.positional[1];
  std::string format;
  std::string err = ChooseOutputFormat(args.Given("--format"), out, "", &format);
  if (!err.empty()) return err;
  if (format.empty()) {
    return "cannot tell the output format of '" + out + "' from its name; give --format FMT";
  }
  if (!FindOutputFormat(format, &config->format, &err)) return err;
  err = ParseInputFormatOption(args, InputFormats::kMaps, nullptr, &config->input_format);
  if (!err.empty()) return err;
  err = ParseLayoutOptions(args, config->format, &config->export_options, &config->render);
  if (!err.empty()) return err;
  return CheckOutputIsNoInput(out, {args.positional[0]}, "OUT");
}

}  // namespace

int RunConvert(const std::vector<std::string>& argv, CliIo& io) {
  ParsedArgs args;
  std::string err;
  if (!ParseArgs(argv, ConvertOptionSpecs(), &args, &err)) return UsageError(io, "convert", err);
  if (args.Has("--help")) {
    PrintConvertHelp(io.out);
    return 0;
  }
  ConvertConfig config;
  err = Configure(args, &config);
  if (!err.empty()) return UsageError(io, "convert", err);

  ArgumentGraph graph;
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  bool ok = ReadGraphFile(args.positional[0], io.in, config.input_format, &graph, &docs, &diags);
  for (const Diagnostic& d : diags) {
    if (!args.Has("--quiet") || d.severity == Severity::kError) io.err << d.Format();
  }
  if (docs.empty() && graph.node_count() == 0) {
    io.err << "argmap: error: no graph to convert\n";
    return 1;
  }
  ExportInput input{graph, docs, config.export_options};
  OutputStatus status =
      WriteFormat(config.format, input, config.render, args.positional[1], args.Has("--quiet"), io);
  return ok && status == OutputStatus::kOk ? 0 : 1;
}

}  // namespace argmap
