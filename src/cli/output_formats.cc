#include "cli/output_formats.h"

#include <algorithm>
#include <ostream>

#include "cli/output.h"
#include "core/parallel.h"
#include "core/spellcheck.h"
#include "export/doc_groups.h"
#include "text/scan.h"

namespace argmap {
namespace {

constexpr int kMaxWrap = 1000;
constexpr size_t kMinDpi = 36;
constexpr size_t kMaxDpi = 600;

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

std::string ExtensionList() {
  std::string out;
  for (const OutputExtension& e : OutputExtensions()) out += std::string(e.extension) + ", ";
  return out + "or .FORMAT";
}

}  // namespace

const std::vector<OutputExtension>& OutputExtensions() {
  static const std::vector<OutputExtension> table = {
      {".aif.json", "aif"}, {".json", "json"},       {".jsonl", "jsonl"},
      {".dot", "dot"},      {".gv", "dot"},          {".graphml", "graphml"},
      {".aif", "aif"},      {".argdown", "argdown"}, {".ad", "argdown"},
      {".mmd", "mermaid"},  {".mermaid", "mermaid"}, {".md", "outline"},
      {".html", "html"},    {".htm", "html"},        {".svg", "svg"},
      {".png", "png"},      {".pdf", "pdf"},         {".txt", "explain|summary"},
  };
  return table;
}

std::vector<std::string> FormatsForPath(std::string_view path,
                                        const std::vector<OutputExtension>& table,
                                        std::string* extension) {
  extension->clear();
  std::string name = AsciiLowerCopy(path.substr(path.rfind('/') + 1));
  size_t dot = name.find('.', 1);  // a leading dot names a hidden file, not a format
  if (path == "-" || dot == std::string::npos) return {};
  for (const OutputExtension& e : table) {
    if (name.size() > e.extension.size() && name.ends_with(e.extension)) {
      *extension = std::string(e.extension);
      std::vector<std::string> formats;
      std::string_view rest = e.formats;
      for (size_t bar; (bar = rest.find('|')) != std::string_view::npos;
           rest.remove_prefix(bar + 1)) {
        formats.emplace_back(rest.substr(0, bar));
      }
      formats.emplace_back(rest);
      return formats;
    }
  }
  *extension = name.substr(name.rfind('.'));
  return {};
}

std::vector<std::string> FormatsForPath(std::string_view path, std::string* extension) {
  std::vector<std::string> named = FormatsForPath(path, OutputExtensions(), extension);
  if (!named.empty() || extension->empty()) return named;
  OutputFormat format;
  std::string ignored;
  if (FindOutputFormat(extension->substr(1), &format, &ignored)) return {extension->substr(1)};
  return {};
}

std::string SettleFormat(const ParsedArgs& args, const std::string& path,
                         const std::string& extension, const std::vector<std::string>& named,
                         std::string_view fallback, const FormatTable& table, std::string* format) {
  bool take_first = named.size() == 1 || (!named.empty() && table.first_of_several);
  *format = args.Get("--format", take_first ? named[0] : std::string(fallback));
  if (extension.empty()) return "";
  std::string quoted = "'" + path + "'";
  if (named.empty()) {
    return quoted + ": '" + extension + "' is the extension of no " + std::string(table.kind) +
           " format (" + table.extensions + ")";
  }
  std::string names = named[0];
  for (size_t i = 1; i < named.size(); ++i) {
    names += (i + 1 == named.size() ? " or " : ", ") + named[i];
  }
  if (!args.Has("--format")) {
    return take_first ? "" : quoted + ": '" + extension + "' may be " + names + ": give --format";
  }
  if (std::find(named.begin(), named.end(), *format) != named.end()) return "";
  return quoted + " names " + names + ", but --format is " + *format + ": make them agree";
}

std::string ChooseOutputFormat(const ParsedArgs& args, const std::string& path,
                               std::string_view fallback, std::string* format) {
  std::string extension;
  std::vector<std::string> named = FormatsForPath(path, &extension);
  return SettleFormat(args, path, extension, named, fallback, {"output", ExtensionList()}, format);
}

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

std::string ParseLayoutOptions(const ParsedArgs& args, const OutputFormat& format,
                               ExportOptions* layout, RenderOptions* render) {
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
  return ParseDrawingOptions(args, format, layout, render);
}

std::string ParseDrawingOptions(const ParsedArgs& args, const OutputFormat& format,
                                ExportOptions* layout, RenderOptions* render) {
  std::string err = ParseLegend(args, &render->legend);
  if (!err.empty()) return err;
  if (args.Has("--legend")) layout->legend = render->legend;
  std::string_view image = format.image ? format.image->name : format.exporter->name;
  render->page = image == "pdf" ? RowNamed(PaperSizes(), "a4") : nullptr;
  err = ParsePage(args, &render->page);
  if (!err.empty()) return err;
  if (args.Has("--page") && image != "pdf") {
    return "--page fits a pdf to a page: " + std::string(image) + " has no pages";
  }
  size_t dpi = 0;
  err = ParseCount(args, "--dpi", kMinDpi, kMaxDpi, &dpi);
  if (!err.empty()) return err;
  if (args.Has("--dpi") && image != "png") {
    return "--dpi sets the resolution of a png: " + std::string(image) + " has none";
  }
  render->dpi = static_cast<int>(dpi);
  return ParseJobs(args, &render->jobs);
}

namespace {

// The teaching page: each paper drawn on its own (on render.jobs threads; a paper
// of more than kMaxDrawnPaperNodes nodes is not drawn), without the drawing's
// legend (the page has its own).
OutputStatus MakeHtml(const ExportInput& input, const RenderOptions& render, std::string* bytes,
                      std::string* warnings, std::string* problem) {
  std::vector<DocumentGroup> groups = GroupByDocument(input.graph, input.documents);
  RenderOptions drawing = render;
  drawing.legend = LegendStyle::kNone;
  struct Drawn {
    std::string svg, warnings, err;
    bool ok = true;
  };
  std::vector<Drawn> drawn(groups.size());
  ParallelFor(groups.size(), render.jobs, [&](int, size_t k) {
    if (groups[k].nodes.size() > kMaxDrawnPaperNodes) return;
    ExportInput paper = input;
    paper.options.only_paper = static_cast<int>(k);
    Drawn& d = drawn[k];
    d.ok = RenderGraph(paper, *FindImageFormat("svg"), drawing, &d.svg, &d.warnings, &d.err);
  });
  ExportInput with_maps = input;
  std::string err;
  for (Drawn& d : drawn) {
    *warnings += d.warnings;
    if (!d.ok && err.empty()) err = d.err;
    with_maps.paper_svgs.push_back(std::move(d.svg));
  }
  *bytes = ExportHtml(with_maps);
  if (err.empty()) return OutputStatus::kOk;
  *problem = "cannot draw the map: " + err + "; the page has the texts without it";
  return OutputStatus::kPartial;
}

}  // namespace

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
  return MakeHtml(input, render, bytes, warnings, problem);
}

namespace {

// One file per paper: see WriteFormat. The figures are drawn on render.jobs
// threads (each runs its own dot), then written one by one in paper order.
OutputStatus WriteFigures(const OutputFormat& format, const ExportInput& input,
                          const std::vector<DocumentGroup>& groups, const RenderOptions& render,
                          const std::string& path, bool quiet, CliIo& io) {
  struct Figure {
    std::string bytes, warnings, problem;
    OutputStatus status = OutputStatus::kFailed;
  };
  std::vector<Figure> figures(groups.size());
  ParallelFor(groups.size(), render.jobs, [&](int, size_t k) {
    ExportInput paper = input;
    paper.options.only_paper = static_cast<int>(k);
    Figure& f = figures[k];
    f.status = MakeOutput(format, paper, render, &f.bytes, &f.warnings, &f.problem);
  });
  for (size_t k = 0; k < groups.size(); ++k) {
    const Figure& f = figures[k];
    std::string name = NumberedPath(path, k + 1, groups.size());
    std::string err;
    if (!quiet) io.err << f.warnings;
    if (f.status == OutputStatus::kFailed) {
      io.err << "argmap: error: " << f.problem << "\n";
      return f.status;
    }
    if (!WriteOutput(name, f.bytes, io.out, &err)) {
      io.err << err << "\n";
      return OutputStatus::kFailed;
    }
    if (!quiet) {
      io.err << "argmap: wrote " << name << ": " << DocumentLabel(groups[k].document) << "\n";
    }
  }
  return OutputStatus::kOk;
}

}  // namespace

OutputStatus WriteFormat(const OutputFormat& format, const ExportInput& input,
                         const RenderOptions& render, const std::string& path, bool quiet,
                         CliIo& io) {
  if (format.image && render.one_figure_per_paper && !path.empty() && path != "-") {
    std::vector<DocumentGroup> groups = GroupByDocument(input.graph, input.documents);
    if (groups.size() > 1) return WriteFigures(format, input, groups, render, path, quiet, io);
  }
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
