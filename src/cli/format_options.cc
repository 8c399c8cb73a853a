#include "cli/format_options.h"

#include <ostream>

#include "cli/options.h"
#include "cli/output.h"
#include "core/parallel.h"
#include "export/doc_groups.h"
#include "options/layout_options.h"

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
