// `argmap render`: draw the argument map of abstracts, or of argument graphs
// already written as argmap JSON (or AIF, or Argdown), with Graphviz (docs/rendering.md).
//
// For abstracts, render is `argmap extract` with a drawing format: it checks
// its own options, then calls MapAbstracts with its parsed options and the
// format it chose, so both commands read, map and report exactly alike. Every
// input goes through the input gate once (read/input.h); maps are read with
// ReadGraph and drawn as they are. The format is --format, else the output's
// extension (.svg, .png, .pdf, .html, .htm), else svg.
#include <algorithm>
#include <map>

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/format_options.h"
#include "cli/options.h"
#include "cli/output.h"
#include "core/input_bytes.h"
#include "core/spellcheck.h"
#include "read/graph_reader.h"
#include "read/input.h"
#include "read/reader.h"

namespace argmap {
namespace {

constexpr OptionSpec kTogetherOption = {
    "--together", "", "",
    "draw all papers in one svg, png or pdf (default: -o FILE.svg writes FILE-1.svg, ...)"};

const std::vector<OptionSpec>& RenderOptionSpecs() {
  static const std::vector<OptionSpec> specs = [] {
    std::vector<OptionSpec> rows = {
        kOutputOption,
        {"--format", "-f", "FMT", "svg, png, pdf or html (default: FILE's extension, else svg)"},
        InputFormatOption(InputFormats::kBoth),
    };
    for (const OptionSpec& row : MappingOptions()) {
      if (row.name != InputFormatOption().name) rows.push_back(row);
    }
    rows.insert(rows.end(), {kTogetherOption, kLegendOption, kPageOption, kDpiOption,
                             kRankdirOption, kWrapOption, kDotOption, kQuietOption, kHelpOption});
    return rows;
  }();
  return specs;
}

constexpr std::string_view kDrawingFormats[] = {"svg", "png", "pdf", "html"};

void PrintRenderHelp(std::ostream& out) {
  out << "usage: argmap render [options] INPUT... [-o FILE]\n\n"
         "Draws the argument map of the INPUTs with Graphviz: abstracts (in any input\n"
         "format of 'argmap extract', mapped with the rules first), or argument graphs\n"
         "written by 'argmap extract --format json' or jsonl (or AIF JSON, or Argdown),\n"
         "drawn as they are. An input (a file, or - for standard input) is taken as a\n"
         "graph when its first JSON object has \"format\": \"argmap\", or is AIF (\"AIF\",\n"
         "or \"nodes\" and \"edges\"), or is Argdown (named .argdown or .ad, or starting\n"
         "with Argdown's === front matter). One cluster per paper, with a legend.\n\n"
         "Several papers drawn to an svg, png or pdf FILE are one figure per paper:\n"
         "-o map.png writes map-1.png, map-2.png, ... in paper order (numbers padded to\n"
         "the count's width: map-01.png for 10 or more), and names each file on standard\n"
         "error; -o map.pdf writes one PDF of one paper a page. --together draws them all\n"
         "in one figure; standard output always gets one. A pdf is fitted to an A4 page\n"
         "unless --page says otherwise.\n\n"
      << FormatOptions(RenderOptionSpecs())
      << "\nFormats:\n"
         "  svg       the map as SVG (text stays UTF-8 text)\n"
         "  png       the map as a PNG picture\n"
         "  pdf       the map as PDF\n"
         "  html      a self-contained teaching page: the map beside the marked abstracts\n";
}

std::string CheckFormat(const std::string& format) {
  for (std::string_view f : kDrawingFormats) {
    if (f == format) return "";
  }
  std::vector<std::string> names(std::begin(kDrawingFormats), std::end(kDrawingFormats));
  std::string err = "render draws svg, png, pdf or html, not '" + format + "'";
  OutputFormat other;
  std::string ignored;
  if (FindOutputFormat(format, &other, &ignored)) {
    return err + " (for " + format + ", run 'argmap extract --format " + format + "')";
  }
  return err + DidYouMean(format, names);
}

struct GraphInputs {
  std::vector<std::string> graphs;                    // inputs that are argument graphs
  std::vector<std::string> abstracts;                 // inputs that are abstracts
  std::vector<std::string> contents;                  // the content of each graph input
  std::map<std::string, std::string> read_abstracts;  // the content of abstracts read, by path
};

// Reads every input once through the gate (core/input_bytes.h: ReadText, with
// --encoding, already checked) and sorts them into graphs and abstracts; false
// (and a diagnostic) when a file cannot be read or is not text.
bool SortInputs(const ParsedArgs& args, GraphFormat format, bool abstracts_only,
                const std::string& encoding, std::istream* standard_input, GraphInputs* inputs,
                std::vector<Diagnostic>* diags) {
  for (const std::string& path : args.positional) {
    if (abstracts_only && path != "-") {
      inputs->abstracts.push_back(path);
      continue;
    }
    std::string content;
    if (!ReadText(path, standard_input, encoding, &content, diags, kEncodingHint)) return false;
    bool graph =
        !abstracts_only && (format != GraphFormat::kAuto || IsMap(ClassifyInput(content, path)));
    if (!graph) {
      inputs->abstracts.push_back(path);
      inputs->read_abstracts[path] = std::move(content);
      continue;
    }
    inputs->graphs.push_back(path);
    inputs->contents.push_back(std::move(content));
  }
  return true;
}

int DrawGraphs(const ParsedArgs& args, const OutputFormat& format, GraphFormat graph_format,
               const GraphInputs& inputs, CliIo& io) {
  ExportOptions layout;
  RenderOptions render;
  ParseLayoutOptions(args, format, &layout, &render);
  render.one_figure_per_paper = !args.Has("--together");
  ArgumentGraph graph;
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  bool ok = true;
  for (size_t i = 0; i < inputs.graphs.size(); ++i) {
    const std::string& path = inputs.graphs[i];
    const std::string& content = inputs.contents[i];
    ok = ReadGraph(path, content, graph_format, &graph, &docs, &diags) && ok;
  }
  for (const Diagnostic& d : diags) {
    if (!args.Has("--quiet") || d.severity == Severity::kError) io.err << d.Format();
  }
  if (docs.empty() && graph.node_count() == 0) {
    io.err << "argmap: error: no graph to draw\n";
    return 1;
  }
  ExportInput input{graph, docs, layout};
  OutputStatus status =
      WriteFormat(format, input, render, args.Get("--output"), args.Has("--quiet"), io);
  return ok && status == OutputStatus::kOk ? 0 : 1;
}

// Checks everything that needs no input; returns "" or the usage error.
std::string Configure(const ParsedArgs& args, std::string* format_name, OutputFormat* format) {
  std::string err = CheckOutputIsNoInput(args.Get("--output"), FilesRead(args));
  // -o naming only formats render does not draw (r.txt, r.json) gets the advice
  // to run extract, not a question about which of them to write.
  std::string extension;
  std::vector<std::string> named = FormatsForPath(args.Get("--output"), &extension);
  if (err.empty() && !args.Has("--format") && !named.empty() &&
      std::none_of(named.begin(), named.end(),
                   [](const std::string& f) { return CheckFormat(f).empty(); })) {
    err = CheckFormat(named[0]);
  }
  if (err.empty())
    err = ChooseOutputFormat(args.Given("--format"), args.Get("--output"), "svg", format_name);
  if (err.empty()) err = CheckFormat(*format_name);
  if (err.empty()) FindOutputFormat(*format_name, format, &err);
  if (!err.empty()) return err;
  ExportOptions layout;
  RenderOptions render;
  err = ParseLayoutOptions(args, *format, &layout, &render);
  if (!err.empty()) return err;
  if (format->image && !args.Has("--together")) {
    err = CheckNumberedOutputsAreNoInput(args.Get("--output"), FilesRead(args));
    if (!err.empty()) return err;
  }
  if (args.positional.empty()) return "no input: give a file, or - for standard input";
  return "";
}

}  // namespace

int RunRender(const std::vector<std::string>& argv, CliIo& io) {
  ParsedArgs args;
  std::string err;
  if (!ParseArgs(argv, RenderOptionSpecs(), &args, &err)) return UsageError(io, "render", err);
  if (args.Has("--help")) {
    PrintRenderHelp(io.out);
    return 0;
  }
  std::string format_name;
  OutputFormat format;
  err = Configure(args, &format_name, &format);
  GraphFormat graph_format = GraphFormat::kAuto;
  InputFormat abstracts_format = InputFormat::kAuto;
  if (err.empty()) {
    err = ParseInputFormatOption(args, InputFormats::kBoth, &abstracts_format, &graph_format);
  }
  bool abstracts_only = abstracts_format != InputFormat::kAuto;
  std::string encoding;  // checked before any input is read with it
  if (err.empty()) err = ParseEncoding(args, &encoding);
  if (!err.empty()) return UsageError(io, "render", err);

  GraphInputs inputs;
  std::vector<Diagnostic> diags;
  if (!SortInputs(args, graph_format, abstracts_only, encoding, io.in, &inputs, &diags)) {
    for (const Diagnostic& d : diags) io.err << d.Format();
    return 1;
  }
  if (!inputs.graphs.empty() && !inputs.abstracts.empty()) {
    return UsageError(io, "render",
                      "cannot draw argument graphs ('" + inputs.graphs[0] + "') and abstracts ('" +
                          inputs.abstracts[0] +
                          "') together: map the abstracts with 'argmap extract' first");
  }
  // Each input was read once, to tell what it holds: extract maps those bytes.
  if (inputs.graphs.empty())
    return MapAbstracts(args, format, "render", io, &inputs.read_abstracts);
  return DrawGraphs(args, format, graph_format, inputs, io);
}

}  // namespace argmap
