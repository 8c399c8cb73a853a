#include "render/graphviz.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "core/name_table.h"
#include "render/subprocess.h"

namespace argmap {
namespace {

constexpr std::string_view kInstallHint =
    "Graphviz is needed for svg, png, pdf and html: install it with 'apt-get install graphviz', "
    "or name the program with --dot";

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The first lines of dot's standard error, joined into one line.
std::string FirstLines(std::string_view text, size_t max_lines) {
  std::string out;
  size_t lines = 0;
  for (size_t pos = 0; pos < text.size() && lines < max_lines;) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    if (!out.empty()) out += " | ";
    out += line;
    ++lines;
  }
  return out;
}

}  // namespace

const std::vector<ImageFormat>& ImageFormats() {
  static const std::vector<ImageFormat> table = {
      {"svg", "the map drawn by Graphviz as SVG (needs dot)", "svg", false},
      {"png", "the map drawn by Graphviz as a PNG picture (needs dot)", "png", true},
      {"pdf", "the map drawn by Graphviz as PDF (needs dot)", "pdf", true},
  };
  return table;
}

const ImageFormat* FindImageFormat(std::string_view name) { return RowNamed(ImageFormats(), name); }

std::vector<std::string> ImageFormatNames() { return Names(ImageFormats()); }

const ImageFormat* ImageFormatForPath(std::string_view path) {
  size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) {
    return nullptr;
  }
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) c = Lower(c);
  return FindImageFormat(ext);
}

const std::vector<PaperSize>& PaperSizes() {
  static const std::vector<PaperSize> table = {
      {"none", 0, 0}, {"a4", 595, 842}, {"letter", 612, 792}};
  return table;
}

namespace {

// Runs `<dot_program> -T<format> <extra...>` on `dot_text`; messages name `dot -T<format>`.
bool RunDot(std::string_view dot_text, std::string_view format,
            const std::vector<std::string>& extra, const RenderOptions& options, std::string* out,
            std::string* warnings, std::string* err) {
  std::string flag = "-T" + std::string(format);
  std::string command = options.dot_program + " " + flag;
  std::vector<std::string> argv = {options.dot_program, flag};
  argv.insert(argv.end(), extra.begin(), extra.end());
  ProcessResult result;
  std::string run_err;
  if (!RunProcess(argv, dot_text, options.timeout_ms, &result, &run_err)) {
    *err = run_err;
    if (result.start_error == ENOENT || result.start_error == EACCES) {
      *err += " (" + std::string(kInstallHint) + ")";
    }
    return false;
  }
  if (result.exit_code != 0) {
    std::string status = result.signal != 0 ? "signal " + std::to_string(result.signal)
                                            : "exit status " + std::to_string(result.exit_code);
    *err = command + " failed (" + status + ")";
    std::string message = FirstLines(result.err, 3);
    if (!message.empty()) *err += ": " + message;
    return false;
  }
  if (result.out.empty()) {
    *err = command + " wrote nothing";
    return false;
  }
  *out = std::move(result.out);
  *warnings = std::move(result.err);
  return true;
}

std::string Inches(double points) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", points / 72.0);
  return text;
}

// The dot flags that fit the drawing of `dot_text` to `page`: its size comes
// from a first layout (`dot -Tplain` begins "graph SCALE WIDTH HEIGHT", in inches).
// *scale gets the fit: at most 1, as the drawing is never enlarged.
bool PageFlags(std::string_view dot_text, const PaperSize& page, const RenderOptions& options,
               std::vector<std::string>* flags, double* scale, std::string* err) {
  std::string plain, ignored;
  if (!RunDot(dot_text, "plain", {}, options, &plain, &ignored, err)) return false;
  std::istringstream first(plain);
  std::string word;
  double layout_scale = 0, width = 0, height = 0;
  if (!(first >> word >> layout_scale >> width >> height) || word != "graph") {
    *err = options.dot_program + " -Tplain wrote no drawing size";
    return false;
  }
  bool landscape = width > height;
  int page_w = landscape ? page.height : page.width;
  int page_h = landscape ? page.width : page.height;
  if (width > 0 && height > 0) {
    *scale = std::min({1.0, (page_w - 2 * kPageMarginPt) / (width * 72),
                       (page_h - 2 * kPageMarginPt) / (height * 72)});
  }
  flags->insert(
      flags->end(),
      {"-Gsize=" + Inches(page_w - 2 * kPageMarginPt) + "," + Inches(page_h - 2 * kPageMarginPt),
       "-Gviewport=" + std::to_string(page_w) + "," + std::to_string(page_h), "-Gmargin=0"});
  return true;
}

// The S of Graphviz's "... too large for cairo-renderer bitmaps. Scaling by S
// to fit" in dot's standard error, else 1.
double BitmapScale(std::string_view warnings) {
  constexpr std::string_view kScaling = "Scaling by ";
  size_t at = warnings.find(kScaling);
  if (at == std::string_view::npos) return 1;
  std::string number(warnings.substr(at + kScaling.size(), 32));
  double scale = std::strtod(number.c_str(), nullptr);
  return scale > 0 && scale < 1 ? scale : 1;
}

}  // namespace

bool RenderDot(std::string_view dot_text, const ImageFormat& format, const RenderOptions& options,
               std::string* image, std::string* warnings, std::string* err, double* scale) {
  std::vector<std::string> flags;
  double fit = 1;
  if (format.name == "png" && options.dpi > 0) {
    flags.push_back("-Gdpi=" + std::to_string(options.dpi));
  }
  if (format.name == "pdf" && options.page != nullptr && options.page->width > 0 &&
      !PageFlags(dot_text, *options.page, options, &flags, &fit, err)) {
    return false;
  }
  if (!RunDot(dot_text, format.dot_format, flags, options, image, warnings, err)) return false;
  if (format.name == "png") fit = BitmapScale(*warnings);
  if (scale != nullptr) *scale = fit;
  return true;
}

std::string TooLargeWarning(const ImageFormat& format, size_t papers, double scale,
                            std::string_view page) {
  std::string name(format.name);
  std::string out = "argmap: warning: this " + name + " of " +
                    (papers == 1 ? std::string("one paper") : std::to_string(papers) + " papers") +
                    " is too large to read: it was shrunk to " +
                    std::to_string(std::lround(scale * 100)) + "% to fit ";
  out += format.name == "pdf"
             ? "the " + std::string(page) + " page"
             : "Graphviz's limit of " + std::to_string(kMaxBitmapSide) + " pixels a side";
  out += ", so its text is under 5 pt; ";
  if (papers > 1) {
    out += "draw one figure per paper (render -o FILE." + name +
           " without --together), or write the HTML viewer (-o FILE.html)\n";
  } else if (format.name == "pdf") {
    out += "use --page none for a page of the drawing's own size, or draw it as svg\n";
  } else {
    out += "lower --dpi, or draw it as svg\n";
  }
  return out;
}

bool RenderGraph(const ExportInput& input, const ImageFormat& format, const RenderOptions& options,
                 std::string* image, std::string* warnings, std::string* err) {
  ExportInput drawn = input;
  drawn.options.legend = options.legend;
  size_t papers = input.options.only_paper >= 0 ? 1 : input.documents.size();
  if (options.auto_rankdir && papers > kStackPapersAbove) drawn.options.rankdir = "LR";
  double scale = 1;
  if (!RenderDot(ExportDot(drawn), format, options, image, warnings, err, &scale)) return false;
  if (scale < kReadableScale) {
    *warnings += TooLargeWarning(format, papers, scale, options.page ? options.page->name : "");
  }
  return true;
}

}  // namespace argmap
