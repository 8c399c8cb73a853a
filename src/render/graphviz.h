// Drawing an argument graph as SVG, PNG or PDF with the Graphviz `dot` program.
//
// argmap writes the map as DOT (export/dot.cc) and pipes it through `dot -T<fmt>`
// (render/subprocess.h) instead of linking libgvc: see docs/rendering.md for why.
// The image formats are one table (ImageFormats()), which drives `--format`,
// `--help` and "did you mean" next to the exporters. A caller may rely on:
// - the image is returned as bytes in a std::string (binary-safe); nothing is
//   written to files and nothing is printed;
// - text reaches dot as UTF-8 (DOT's default charset) and SVG output keeps it as
//   UTF-8 text, so accents, curly quotes and CJK come out as written;
// - the same graph and the same Graphviz version give the same bytes for SVG
//   (PNG and PDF may embed a creation date, depending on Graphviz's cairo);
// - a missing `dot`, a failing `dot` or one that runs out of time gives false and
//   a one-line reason in *err (with the install hint when dot is missing).
#ifndef ARGMAP_RENDER_GRAPHVIZ_H_
#define ARGMAP_RENDER_GRAPHVIZ_H_

#include <string>
#include <string_view>
#include <vector>

#include "export/exporter.h"

namespace argmap {

struct ImageFormat {
  std::string_view name;         // "svg": the --format name and the file extension
  std::string_view description;  // one line for --help
  std::string_view dot_format;   // the -T value given to dot
  bool binary;                   // PNG and PDF are bytes, not text
};

const std::vector<ImageFormat>& ImageFormats();
// nullptr when unknown.
const ImageFormat* FindImageFormat(std::string_view name);
std::vector<std::string> ImageFormatNames();
// The format a file name's extension names ("map.PNG" -> png), else nullptr.
const ImageFormat* ImageFormatForPath(std::string_view path);

// A page a PDF is fitted to (--page): its size in points (1/72 inch), portrait.
struct PaperSize {
  std::string_view name;
  int width;
  int height;
};
// none (0 x 0: the page is the drawing's size), a4 (595 x 842), letter (612 x 792).
const std::vector<PaperSize>& PaperSizes();

// The white border around a drawing fitted to a page, in points.
inline constexpr int kPageMarginPt = 36;

struct RenderOptions {
  std::string dot_program = "dot";  // a name looked up in PATH, or a path
  int timeout_ms = 120000;          // <= 0: no limit
  // When set (no --rankdir given), RenderGraph draws maps of more than
  // kStackPapersAbove papers left to right, which stacks the papers' clusters
  // one under another: a long map grows downwards instead of into a strip.
  bool auto_rankdir = false;
  // The legend of a drawing (RenderGraph sets ExportOptions::legend to it).
  LegendStyle legend = LegendStyle::kCompact;
  // PDF only: the page the drawing is fitted to (nullptr or "none": the
  // drawing's own size). A drawing wider than tall gets a landscape page; it is
  // shrunk to fit inside kPageMarginPt, never enlarged, and centred.
  const PaperSize* page = nullptr;
  int dpi = 0;  // PNG only: Graphviz's dpi (0: its default, 96)
  // Read by the command line's WriteFormat (cli/format_options.h), not here:
  // an image of several papers written to a file is one file per paper.
  bool one_figure_per_paper = false;
  int jobs = 1;  // how many figures are drawn at once (each its own dot)
};

inline constexpr size_t kStackPapersAbove = 3;

// Graphviz draws a bitmap (png) at most this many pixels wide and tall: a larger
// drawing is shrunk to fit ("graph is too large for cairo-renderer bitmaps.
// Scaling by S to fit", on dot's standard error).
inline constexpr int kMaxBitmapSide = 32767;
// A drawing shrunk to fit its format below this scale is too large to read: its
// 10 pt text comes out under 5 pt. The shrinks that count: a png wider or taller
// than kMaxBitmapSide pixels at its dpi (Graphviz's own shrink), and a pdf fitted
// to a --page. An svg is never shrunk.
inline constexpr double kReadableScale = 0.5;

// Runs `<dot_program> -T<format.dot_format>` on `dot_text`. On success, *image is
// what dot wrote and *warnings what it wrote to standard error (usually "").
// With options.dpi (png) dot gets -Gdpi=N; with options.page (pdf) dot lays the
// graph out once with -Tplain to learn its size, then draws it with -Gsize,
// -Gviewport (the page in points) and -Gmargin=0. *scale (when given) gets how
// much the drawing was shrunk to fit: the page's fit for a pdf, Graphviz's
// "Scaling by S" for a png too large for a bitmap, else 1.
bool RenderDot(std::string_view dot_text, const ImageFormat& format, const RenderOptions& options,
               std::string* image, std::string* warnings, std::string* err,
               double* scale = nullptr);

// ExportDot(input) (with rankdir LR for a long map when options.auto_rankdir, and
// options.legend), then RenderDot. A drawing of input.options.only_paper counts
// as one paper. A drawing shrunk below kReadableScale adds TooLargeWarning's line
// to *warnings.
bool RenderGraph(const ExportInput& input, const ImageFormat& format, const RenderOptions& options,
                 std::string* image, std::string* warnings, std::string* err);

// The warning for a drawing of `papers` papers to `format` shrunk to `scale`
// (below kReadableScale), one line ending in a newline, with what to do instead:
// "argmap: warning: this png of 200 papers is too large to read: it was shrunk to
// 48% to fit Graphviz's limit of 32767 pixels a side, so its text is under 5 pt;
// draw one figure per paper (render -o FILE.png without --together), or write the
// HTML viewer (-o FILE.html)". `page` names the pdf's page ("a4").
std::string TooLargeWarning(const ImageFormat& format, size_t papers, double scale,
                            std::string_view page);

}  // namespace argmap

#endif  // ARGMAP_RENDER_GRAPHVIZ_H_
