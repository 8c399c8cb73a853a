// `argmap eval`: extract the abstracts of a gold file and score the rules
// against its annotations (the figures of the shared eval/score.py, a per-rule
// table, and optionally the misses).
#include <cstdio>
#include <ostream>

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/options.h"
#include "eval/gold.h"
#include "eval/report.h"
#include "eval/scorer.h"
#include "pipeline/parallel_extract.h"
#include "rules/compiled_pack.h"

namespace argmap {
namespace {

const std::vector<OptionSpec>& EvalOptions() {
  static const std::vector<OptionSpec> specs = {
      {"--misses", "", "",
       "also list, per abstract, the gold components missed and the extra nodes"},
      {"--min-core", "", "F", "exit 1 when the core F1 is below F"},
      {"--min-rel", "", "F", "exit 1 when the relation F1 is below F"},
  };
  static const std::vector<OptionSpec> all = [] {
    std::vector<OptionSpec> rows = specs;
    AddGoldMappingOptions(/*with_model=*/true, &rows);
    rows.push_back(kHelpOption);
    return rows;
  }();
  return all;
}

void PrintEvalHelp(std::ostream& out) {
  out << "usage: argmap eval [options] GOLD.jsonl\n\n"
         "Extracts the abstracts of a gold file (one annotated abstract per line) with the\n"
         "rule pack and the model and scores the result against the annotations, as the shared "
         "scorer\n"
         "does: a table per rule, then per role, the core and relation scores, and last\n"
         "the summary line. See docs/eval.md.\n\n"
      << FormatOptions(EvalOptions());
}

// Prints an error for each bound not met; returns true when all are met.
bool CheckBounds(const EvalReport& report, const ParsedArgs& args, double min_core, double min_rel,
                 std::ostream& err) {
  bool ok = true;
  auto check = [&](double f1, double bound, const char* what, const std::string& name) {
    if (f1 >= bound) return;
    char line[128];
    std::snprintf(line, sizeof line, "%s F1 %.3f is below %s %s", what, f1, name.c_str(),
                  args.Get(name).c_str());
    err << "argmap: error: " << line << "\n";
    ok = false;
  };
  check(report.core.Scores().f1, min_core, "core", "--min-core");
  check(report.relations.Scores().f1, min_rel, "relation", "--min-rel");
  return ok;
}

}  // namespace

int RunEval(const std::vector<std::string>& argv, CliIo& io) {
  ParsedArgs args;
  std::string err;
  if (!ParseArgs(argv, EvalOptions(), &args, &err)) return UsageError(io, "eval", err);
  if (args.Has("--help")) {
    PrintEvalHelp(io.out);
    return 0;
  }
  double min_core = 0.0;
  double min_rel = 0.0;
  GoldInputs inputs;
  err = ParseNumber(args, "--min-core", 0, 1, &min_core);
  if (err.empty()) err = ParseNumber(args, "--min-rel", 0, 1, &min_rel);
  if (err.empty()) err = ParseGoldInputs(args, &inputs);
  if (err.empty() && args.positional.size() != 1) err = "give one gold file (GOLD.jsonl)";
  if (!err.empty()) return UsageError(io, "eval", err);

  std::vector<CompiledPack> packs;  // one per mapping thread
  if (!LoadPacks(args, inputs.jobs, &packs, io)) return 1;
  ExtractOptions extract_options;
  extract_options.pack = args.Get("--pack");
  Model model;
  if (!ApplyModelOption(args, &model, &extract_options, io)) return 1;
  err = CheckPackName(packs[0].PackNames(), extract_options.pack);
  if (!err.empty()) return UsageError(io, "eval", err);
  std::vector<GoldDoc> gold;
  std::vector<Diagnostic> diags;
  bool input_ok = ReadGoldFile(args.positional[0], &gold, &diags, inputs.encoding);
  if (!PrintGoldDiagnostics(diags, inputs.strict, io.err)) return 1;
  if (gold.empty()) {
    io.err << "argmap: error: no abstracts to score\n";
    return 1;
  }
  std::vector<Document> docs;
  for (const GoldDoc& g : gold) docs.push_back(g.document);
  ArgumentGraph graph;
  ExtractParallel(docs, Pointers(packs), &graph, nullptr, extract_options);
  EvalReport report = Score(gold, graph);
  ReportOptions options;
  options.misses = args.Has("--misses");
  io.out << FormatReport(report, options);
  bool bounds_ok = CheckBounds(report, args, min_core, min_rel, io.err);
  return input_ok && bounds_ok ? 0 : 1;
}

}  // namespace argmap
