// The formats `argmap extract` and `argmap render` write: the exporters (text,
// export/exporter.h) and the Graphviz images (svg, png, pdf; render/graphviz.h).
// The `html` exporter embeds the map drawn as SVG, so it needs Graphviz too;
// MakeOutput draws it first and hands it to the exporter.
//
// One place for what both commands share: looking a format up (with "did you
// mean" over both tables), the --help list, the layout options (--rankdir,
// --wrap, --dot), making the bytes and writing them (WriteFormat, the only
// function here that prints or writes).
#ifndef ARGMAP_CLI_OUTPUT_FORMATS_H_
#define ARGMAP_CLI_OUTPUT_FORMATS_H_

#include <string>
#include <string_view>

#include "cli/args.h"
#include "cli/cli.h"
#include "export/exporter.h"
#include "render/graphviz.h"

namespace argmap {

struct OutputFormat {
  const Exporter* exporter = nullptr;  // a text format, or
  const ImageFormat* image = nullptr;  // an image drawn by Graphviz
};

// False, with "unknown format 'x'" and "did you mean" in *err, when `name` is neither.
bool FindOutputFormat(std::string_view name, OutputFormat* format, std::string* err);

// The "Formats:" section of --help: one aligned line per exporter, then per image.
std::string FormatList();

// The file name extensions that name an output format, longest first where
// they overlap (".aif.json" before ".json"), case-insensitive: .json, .jsonl,
// .dot, .gv, .graphml, .aif.json, .aif, .argdown, .ad, .mmd, .mermaid, .md
// (outline), .html, .htm, .svg, .png, .pdf, and .txt (explain or summary).
// Besides these, ".FORMAT" names any format by its name (".explain").
struct OutputExtension {
  std::string extension;
  std::string formats;  // one name, or "explain|summary"
};
const std::vector<OutputExtension>& OutputExtensions();

// The formats `path`'s extension names in `table` (its first entry that the
// name ends with, case-insensitive; empty when none does, or when `path` is "",
// "-" or has no extension); *extension gets the extension seen: the entry's, else
// the name's last ".x" ("" when there is none). Every command that writes reads
// -o's extension here, over its own table.
std::vector<std::string> FormatsForPath(std::string_view path,
                                        const std::vector<OutputExtension>& table,
                                        std::string* extension);
// The same over OutputExtensions(), and ".FORMAT" naming any output format.
std::vector<std::string> FormatsForPath(std::string_view path, std::string* extension);

// The output format of extract, render and convert: --format, else what the
// extension of `path` (the output file) names, else `fallback`. A usage error
// (returned; "" when fine) when the extension names no format, or names formats
// --format is not, or is ".txt" without --format.
std::string ChooseOutputFormat(const ParsedArgs& args, const std::string& path,
                               std::string_view fallback, std::string* format);

// The one decision every command that writes makes between -o's extension and
// --format, over its own table of formats: `named` are the formats the
// extension of `path` names, most likely first (empty when it names none);
// `extension` is the extension seen ("" when there is none, or for "-").
// *format gets --format, else the one named format, else (several named) the
// first when `first_of_several`, else `fallback`. Returns "" or the usage
// error: "'x.svg': '.svg' is the extension of no KIND format (EXTENSIONS)",
// "'x.txt': '.txt' may be explain or summary: give --format", or
// "'m.csv' names csv, but --format is json: make them agree".
struct FormatTable {
  std::string_view kind;   // "output", "compare"
  std::string extensions;  // listed in the first message
  bool first_of_several = false;
};
std::string SettleFormat(const ParsedArgs& args, const std::string& path,
                         const std::string& extension, const std::vector<std::string>& named,
                         std::string_view fallback, const FormatTable& table, std::string* format);

// Reads --rankdir (BT, TB, LR, RL; without it, drawings of many papers are
// stacked: RenderOptions::auto_rankdir), --wrap N (0 to 1000) and --dot PROGRAM,
// then ParseDrawingOptions; returns "" or the usage error.
std::string ParseLayoutOptions(const ParsedArgs& args, const OutputFormat& format,
                               ExportOptions* layout, RenderOptions* render);

// The options of a drawing, for `format`: --legend (drawings: compact unless
// given; --format dot keeps full unless given), --page (pdf only; default a4),
// --dpi N (png only, 36 to 600), and --jobs into render->jobs. A value is
// checked before whether it applies: "--page fits a pdf to a page: svg has no
// pages", "--dpi sets the resolution of a png: pdf has none".
std::string ParseDrawingOptions(const ParsedArgs& args, const OutputFormat& format,
                                ExportOptions* layout, RenderOptions* render);

enum class OutputStatus {
  kOk,       // *bytes holds the whole output
  kPartial,  // *bytes holds an output without the map (html when Graphviz failed); see *problem
  kFailed,   // nothing to write; see *problem
};

// The bytes to write for `format`. *warnings gets what Graphviz printed (usually "").
OutputStatus MakeOutput(const OutputFormat& format, const ExportInput& input,
                        const RenderOptions& render, std::string* bytes, std::string* warnings,
                        std::string* problem);

// MakeOutput, then WriteOutput (cli/output.h) to `path` ("" or "-": io.out).
// Prints Graphviz's warnings (unless `quiet`) and any problem to io.err as
// "argmap: error: ...". kFailed also covers a file that could not be written.
// An image (svg, png, pdf) of several papers with render.one_figure_per_paper,
// to a file, is one drawing per paper (ExportOptions::only_paper), written to
// NumberedPath(path, k, papers) in paper order; each file written is told on
// io.err unless `quiet` ("argmap: wrote map-1.svg: <paper label>"). The
// figures are drawn on render.jobs threads, then written in paper order: the
// files and messages do not depend on the jobs. The first failure (in paper
// order) stops the writing; the files written before it stay.
OutputStatus WriteFormat(const OutputFormat& format, const ExportInput& input,
                         const RenderOptions& render, const std::string& path, bool quiet,
                         CliIo& io);

}  // namespace argmap

#endif  // ARGMAP_CLI_OUTPUT_FORMATS_H_
