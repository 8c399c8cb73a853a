// The output formats of the library: the exporters (text, export/exporter.h)
// and the Graphviz images (svg, png, pdf; render/graphviz.h) as one table of
// names, the format a file name's extension names, and the bytes of a format.
// The `html` exporter embeds the map drawn as SVG, so it needs Graphviz too;
// MakeOutput draws it first and hands it to the exporter.
//
// One place for what `extract`, `render`, `convert`, `compare` and the API
// (api/argmap.h) share: looking a format up (with "did you mean" over both
// tables), the decision between a file's extension and a format asked for,
// and making the bytes. Nothing here prints or writes a file: the command
// line writes them (cli/format_options.h).
#ifndef ARGMAP_RENDER_OUTPUT_FORMATS_H_
#define ARGMAP_RENDER_OUTPUT_FORMATS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/exporter.h"
#include "render/graphviz.h"

namespace argmap {

struct OutputFormat {
  const Exporter* exporter = nullptr;  // a text format, or
  const ImageFormat* image = nullptr;  // an image drawn by Graphviz
};

// False, with "unknown format 'x'" and "did you mean" in *err, when `name` is neither.
bool FindOutputFormat(std::string_view name, OutputFormat* format, std::string* err);

// The names of every output format: the exporters', then the images'.
std::vector<std::string> OutputFormatNames();

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

// The one decision every command that writes makes between -o's extension and
// --format, over its own table of formats: `given` is --format (nullopt when
// not given); `named` are the formats the extension of `path` names, most
// likely first (empty when it names none); `extension` is the extension seen
// ("" when there is none, or for "-"). *format gets `given`, else the one
// named format, else (several named) the first when `first_of_several`, else
// `fallback`. Returns "" or the usage error:
// "'x.svg': '.svg' is the extension of no KIND format (EXTENSIONS)",
// "'x.txt': '.txt' may be explain or summary: give --format", or
// "'m.csv' names csv, but --format is json: make them agree".
struct FormatTable {
  std::string_view kind;   // "output", "compare"
  std::string extensions;  // listed in the first message
  bool first_of_several = false;
};
std::string SettleFormat(const std::optional<std::string>& given, const std::string& path,
                         const std::string& extension, const std::vector<std::string>& named,
                         std::string_view fallback, const FormatTable& table, std::string* format);

// The output format of extract, render, convert and api::FormatForPath:
// `given` (--format), else what the extension of `path` (the output file)
// names, else `fallback`; SettleFormat over OutputExtensions().
std::string ChooseOutputFormat(const std::optional<std::string>& given, const std::string& path,
                               std::string_view fallback, std::string* format);

enum class OutputStatus {
  kOk,       // *bytes holds the whole output
  kPartial,  // *bytes holds an output without the map (html when Graphviz failed); see *problem
  kFailed,   // nothing to write; see *problem
};

// The bytes of `format`. *warnings gets what Graphviz printed (usually "").
// The html page draws its papers on render.jobs threads.
OutputStatus MakeOutput(const OutputFormat& format, const ExportInput& input,
                        const RenderOptions& render, std::string* bytes, std::string* warnings,
                        std::string* problem);

}  // namespace argmap

#endif  // ARGMAP_RENDER_OUTPUT_FORMATS_H_
