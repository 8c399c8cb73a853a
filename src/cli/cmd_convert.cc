// `argmap convert`: read an argument graph (argmap JSON or JSON Lines, or AIF
// JSON) and write it in any export format, atomically when OUT is a file.
#include <algorithm>
#include <cctype>
#include <ostream>

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/spellcheck.h"
#include "export/exporter.h"
#include "read/graph_reader.h"

namespace argmap {
namespace {

const std::vector<OptionSpec>& ConvertOptionSpecs() {
  static const std::vector<OptionSpec> specs = {
      {"--format", "-f", "FMT", "output format (default: from OUT's extension)"},
      {"--input-format", "", "FMT", "auto (default), argmap, aif"},
      {"--rankdir", "", "DIR", "DOT layout direction: BT (default), TB, LR, RL"},
      kQuietOption,
      kHelpOption,
  };
  return specs;
}

// File name endings and the format they name, longest first where they overlap.
constexpr std::pair<std::string_view, std::string_view> kExtensions[] = {
    {".aif.json", "aif"}, {".json", "json"},       {".jsonl", "jsonl"},     {".dot", "dot"},
    {".gv", "dot"},       {".graphml", "graphml"}, {".aif", "aif"},         {".argdown", "argdown"},
    {".ad", "argdown"},   {".mmd", "mermaid"},     {".mermaid", "mermaid"}, {".md", "outline"},
};

void PrintConvertHelp(std::ostream& out) {
  out << "usage: argmap convert [options] IN OUT\n\n"
         "Reads the argument graph in IN (argmap JSON or JSON Lines, or AIF JSON as AIFdb\n"
         "or OVA save it; - for standard input) and writes it to OUT (- for standard\n"
         "output) in the format that OUT's extension names, or that --format gives.\n\n"
      << FormatOptions(ConvertOptionSpecs()) << "\nExtensions:\n";
  for (const auto& [extension, format] : kExtensions) {
    std::string name(extension);
    name.resize(10, ' ');
    out << "  " << name << format << "\n";
  }
  out << "  .FORMAT   any other format by its name (.outline, .explain, ...)\n";
}

// The exporter OUT's name asks for, or nullptr.
const Exporter* ExporterForPath(std::string path) {
  std::transform(path.begin(), path.end(), path.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& [extension, format] : kExtensions) {
    if (path.size() > extension.size() && path.ends_with(extension)) return FindExporter(format);
  }
  size_t dot = path.rfind('.');
  size_t slash = path.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return nullptr;
  return FindExporter(path.substr(dot + 1));
}

struct ConvertConfig {
  const Exporter* exporter = nullptr;
  GraphFormat input_format = GraphFormat::kAuto;
  ExportOptions export_options;
};

// Checks the arguments; returns a usage error message or "".
std::string Configure(const ParsedArgs& args, ConvertConfig* config) {
  if (args.positional.size() != 2) return "convert needs IN and OUT (- for standard streams)";
  const std::string& out = args.positional[1];
  if (args.Has("--format")) {
    std::string format = args.Get("--format");
    config->exporter = FindExporter(format);
    if (!config->exporter) {
      return "unknown format '" + format + "'" + DidYouMean(format, ExporterNames());
    }
  } else {
    config->exporter = out == "-" ? nullptr : ExporterForPath(out);
    if (!config->exporter) {
      return "cannot tell the output format of '" + out + "' from its name; give --format FMT";
    }
  }
  std::string input = args.Get("--input-format", "auto");
  if (!ParseGraphFormat(input, &config->input_format)) {
    return "unknown input format '" + input + "'" + DidYouMean(input, GraphFormatNames());
  }
  std::string err = ParseRankdir(args, &config->export_options.rankdir);
  if (!err.empty()) return err;
  return "";
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
  if (!WriteOutput(args.positional[1], config.exporter->run(input), io.out, &err)) {
    io.err << err << "\n";
    return 1;
  }
  return ok ? 0 : 1;
}

}  // namespace argmap
