#include "cli/format_options.h"

#include <ostream>
#include <utility>

#include "cli/options.h"
#include "cli/output.h"
#include "core/parallel.h"
#include "export/doc_groups.h"
#include "options/layout_options.h"
#include "render/pdf_pages.h"

namespace argmap {

std::string ParseLayoutOptions(const ParsedArgs& args, const OutputFormat& format,
                               ExportOptions* layout, RenderOptions* render) {
  LayoutValues values;
  for (const std::string& name : LayoutOptionNames()) {
    std::optional<std::string> given = args.Given("--" + name);
    if (given) SetLayoutValue(name, *given, &values);
  }
  std::string err = SettleLayout(values, format, layout, render);
  return err.empty() ? ParseJobs(args, &render->jobs) : err;
}

namespace {

struct Figure {
  std::string bytes, warnings, problem;
  OutputStatus status = OutputStatus::kFailed;
};

// One drawing per paper, drawn on render.jobs threads (each runs its own dot).
std::vector<Figure> DrawFigures(const OutputFormat& format, const ExportInput& input, size_t papers,
                                const RenderOptions& render) {
  std::vector<Figure> figures(papers);
  ParallelFor(papers, render.jobs, [&](int, size_t k) {
    ExportInput paper = input;
    paper.options.only_paper = static_cast<int>(k);
    Figure& f = figures[k];
    f.status = MakeOutput(format, paper, render, &f.bytes, &f.warnings, &f.problem);
  });
  return figures;
}

// A figure's warnings (unless `quiet`), and its error when it failed; false then.
bool TellFigure(const Figure& f, bool quiet, CliIo& io) {
  if (!quiet) io.err << f.warnings;
  if (f.status != OutputStatus::kFailed) return true;
  io.err << "argmap: error: " << f.problem << "\n";
  return false;
}

// A PDF: one file of one page per paper (render/pdf_pages.h).
OutputStatus WritePages(std::vector<Figure> figures, const std::string& path, bool quiet,
                        CliIo& io) {
  std::vector<std::string> pages;
  for (Figure& f : figures) {
    if (!TellFigure(f, quiet, io)) return OutputStatus::kFailed;
    pages.push_back(std::move(f.bytes));
  }
  std::string joined, err;
  if (!JoinPdfPages(pages, &joined, &err)) {
    io.err << "argmap: error: " << err << "\n";
    return OutputStatus::kFailed;
  }
  if (!WriteOutput(path, joined, io.out, &err)) {
    io.err << err << "\n";
    return OutputStatus::kFailed;
  }
  if (!quiet) {
    io.err << "argmap: wrote " << path << ": " << figures.size() << " pages, one paper a page\n";
  }
  return OutputStatus::kOk;
}

// Another image format: one file per paper, named by NumberedPath, written in
// paper order; the first failure stops the writing.
OutputStatus WriteFigures(const std::vector<Figure>& figures,
                          const std::vector<DocumentGroup>& groups, const std::string& path,
                          bool quiet, CliIo& io) {
  for (size_t k = 0; k < groups.size(); ++k) {
    const Figure& f = figures[k];
    std::string name = NumberedPath(path, k + 1, groups.size());
    std::string err;
    if (!TellFigure(f, quiet, io)) return OutputStatus::kFailed;
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
    if (groups.size() > 1) {
      std::vector<Figure> figures = DrawFigures(format, input, groups.size(), render);
      if (format.image->name == "pdf") return WritePages(std::move(figures), path, quiet, io);
      return WriteFigures(figures, groups, path, quiet, io);
    }
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
