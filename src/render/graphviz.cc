#include "render/graphviz.h"

#include <cerrno>

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

bool RenderDot(std::string_view dot_text, const ImageFormat& format, const RenderOptions& options,
               std::string* image, std::string* warnings, std::string* err) {
  std::string flag = "-T" + std::string(format.dot_format);
  std::string command = options.dot_program + " " + flag;
  ProcessResult result;
  std::string run_err;
  if (!RunProcess({options.dot_program, flag}, dot_text, options.timeout_ms, &result, &run_err)) {
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
  *image = std::move(result.out);
  *warnings = std::move(result.err);
  return true;
}

bool RenderGraph(const ExportInput& input, const ImageFormat& format, const RenderOptions& options,
                 std::string* image, std::string* warnings, std::string* err) {
  if (options.auto_rankdir && input.documents.size() > kStackPapersAbove) {
    ExportInput stacked = input;
    stacked.options.rankdir = "LR";
    return RenderDot(ExportDot(stacked), format, options, image, warnings, err);
  }
  return RenderDot(ExportDot(input), format, options, image, warnings, err);
}

}  // namespace argmap
