#include "render/output_formats.h"

#include <algorithm>

#include "core/parallel.h"
#include "core/spellcheck.h"
#include "export/doc_groups.h"
#include "text/scan.h"

namespace argmap {
namespace {

void AddLine(std::string_view name, std::string_view description, std::string* out) {
  std::string padded(name);
  padded.resize(10, ' ');
  *out += "  " + padded + std::string(description) + "\n";
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

std::string SettleFormat(const std::optional<std::string>& given, const std::string& path,
                         const std::string& extension, const std::vector<std::string>& named,
                         std::string_view fallback, const FormatTable& table, std::string* format) {
  bool take_first = named.size() == 1 || (!named.empty() && table.first_of_several);
  *format = given.value_or(take_first ? named[0] : std::string(fallback));
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
  if (!given) {
    return take_first ? "" : quoted + ": '" + extension + "' may be " + names + ": give --format";
  }
  if (std::find(named.begin(), named.end(), *format) != named.end()) return "";
  return quoted + " names " + names + ", but --format is " + *format + ": make them agree";
}

std::string ChooseOutputFormat(const std::optional<std::string>& given, const std::string& path,
                               std::string_view fallback, std::string* format) {
  std::string extension;
  std::vector<std::string> named = FormatsForPath(path, &extension);
  return SettleFormat(given, path, extension, named, fallback, {"output", ExtensionList()}, format);
}

bool FindOutputFormat(std::string_view name, OutputFormat* format, std::string* err) {
  *format = OutputFormat();
  format->exporter = FindExporter(name);
  if (!format->exporter) format->image = FindImageFormat(name);
  if (format->exporter || format->image) return true;
  *err = "unknown format '" + std::string(name) + "'" +
         DidYouMean(std::string(name), OutputFormatNames());
  return false;
}

std::vector<std::string> OutputFormatNames() {
  std::vector<std::string> names = ExporterNames();
  for (const std::string& n : ImageFormatNames()) names.push_back(n);
  return names;
}

std::string FormatList() {
  std::string out;
  for (const Exporter& e : Exporters()) AddLine(e.name, e.description, &out);
  for (const ImageFormat& f : ImageFormats()) AddLine(f.name, f.description, &out);
  return out;
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

}  // namespace argmap
