#include "cli/output_formats.h"

#include <ostream>

#include "cli/output.h"
#include "core/spellcheck.h"

namespace argmap {
namespace {

constexpr int kMaxWrap = 1000;

void AddLine(std::string_view name, std::string_view description, std::string* out) {
  std::string padded(name);
  padded.resize(10, ' ');
  *out += "  " + padded + std::string(description) + "\n";
}

// A whole number from 0 to kMaxWrap, else -1.
int ParseWrap(const std::string& text) {
  if (text.empty() || text.size() > 4) return -1;
  int n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n <= kMaxWrap ? n : -1;
}

}  // namespace

bool FindOutputFormat(std::string_view name, OutputFormat* format, std::string* err) {
  *format = OutputFormat();
  format->exporter = FindExporter(name);
  if (!format->exporter) format->image = FindImageFormat(name);
  if (format->exporter || format->image) return true;
  std::vector<std::string> names = ExporterNames();
  for (const std::string& n : ImageFormatNames()) names.push_back(n);
  *err = "unknown format '" + std::string(name) + "'" + DidYouMean(std::string(name), names);
  return false;
}

std::string FormatList() {
  std::string out;
  for (const Exporter& e : Exporters()) AddLine(e.name, e.description, &out);
  for (const ImageFormat& f : ImageFormats()) AddLine(f.name, f.description, &out);
  return out;
}

std::string ParseLayoutOptions(const ParsedArgs& args, ExportOptions* layout,
                               RenderOptions* render) {
  std::string err = ParseRankdir(args, &layout->rankdir);
  if (!err.empty()) return err;
  render->auto_rankdir = !args.Has("--rankdir");
  if (args.Has("--wrap")) {
    int wrap = ParseWrap(args.Get("--wrap"));
    if (wrap < 0) {
      return "--wrap must be a number of characters from 0 (no wrapping) to " +
             std::to_string(kMaxWrap);
    }
    layout->wrap_width = wrap;
  }
  if (args.Has("--dot")) {
    render->dot_program = args.Get("--dot");
    if (render->dot_program.empty()) return "--dot needs a program name or path";
  }
  return "";
}

OutputStatus MakeOutput(const OutputFormat& format, const ExportInput& input,
                        const RenderOptions& render, std::string* bytes, std::string* warnings,
                        std::string* problem) {
  if (format.image) {
    return RenderGraph(input, *format.image, render, bytes, warnings, problem)
               ? OutputStatus::kOk
               : OutputStatus::kFailed;
  }
  if (format.exporter->run != ExportHtml) {
    *bytes = format.exporter->run(input);
    return OutputStatus::kOk;
  }
  std::string svg;
  std::string err;
  bool drawn = RenderGraph(input, *FindImageFormat("svg"), render, &svg, warnings, &err);
  ExportInput with_map = input;
  with_map.svg = svg;
  *bytes = ExportHtml(with_map);
  if (drawn) return OutputStatus::kOk;
  *problem = "cannot draw the map: " + err + "; the page has the texts without it";
  return OutputStatus::kPartial;
}

OutputStatus WriteFormat(const OutputFormat& format, const ExportInput& input,
                         const RenderOptions& render, const std::string& path, bool quiet,
                         CliIo& io) {
  std::string bytes, warnings, problem, err;
  OutputStatus status = MakeOutput(format, input, render, &bytes, &warnings, &problem);
  if (!quiet) io.err << warnings;
  if (status == OutputStatus::kFailed) {
    io.err << "argmap: error: " << problem << "\n";
    return status;
  }
  if (!WriteOutput(path, bytes, io.out, &err)) {
    io.err << err << "\n";
    return OutputStatus::kFailed;
  }
  if (status == OutputStatus::kPartial) io.err << "argmap: error: " << problem << "\n";
  return status;
}

}  // namespace argmap
