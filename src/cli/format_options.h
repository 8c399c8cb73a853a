// The output options of `extract`, `render` and `convert` read from the command line, and
// the writing of their output. The formats themselves, the choice between -o's
// extension and --format, and the bytes of a format are the library's
// (render/output_formats.h); the layout options are checked by the library
// (options/layout_options.h). This file only reads the arguments and writes
// (WriteFormat is the only function here that prints or writes).
#ifndef ARGMAP_CLI_FORMAT_OPTIONS_H_
#define ARGMAP_CLI_FORMAT_OPTIONS_H_

#include <string>

#include "cli/args.h"
#include "cli/cli.h"
#include "render/output_formats.h"

namespace argmap {

// --rankdir, --wrap, --dot, --legend, --page and --dpi as given, checked by
// SettleLayout (options/layout_options.h) for `format`, then --jobs
// (ParseJobs) into render->jobs; returns "" or the usage error.
std::string ParseLayoutOptions(const ParsedArgs& args, const OutputFormat& format,
                               ExportOptions* layout, RenderOptions* render);

// MakeOutput (render/output_formats.h), then WriteOutput (cli/output.h) to
// `path` ("" or "-": io.out). Prints Graphviz's warnings (unless `quiet`) and
// any problem to io.err as "argmap: error: ...". kFailed also covers a file
// that could not be written. An image (svg, png, pdf) of several papers with
// render.one_figure_per_paper, to a file, is one drawing per paper
// (ExportOptions::only_paper): an svg or png is written to NumberedPath(path,
// k, papers) in paper order, each file told on io.err unless `quiet`
// ("argmap: wrote map-1.svg: <paper label>"); a pdf is one file at `path` of
// one page per paper, in paper order (JoinPdfPages, render/pdf_pages.h: "argmap:
// wrote map.pdf: 3 pages, one paper a page"). The figures are drawn on
// render.jobs threads, then written in paper order: the files and messages do
// not depend on the jobs. The first failure (in paper order) stops the
// writing; the files written before it stay.
OutputStatus WriteFormat(const OutputFormat& format, const ExportInput& input,
                         const RenderOptions& render, const std::string& path, bool quiet,
                         CliIo& io);

}  // namespace argmap

#endif  // ARGMAP_CLI_FORMAT_OPTIONS_H_
