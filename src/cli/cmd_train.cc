// `argmap train`: fit the role and relation scorers to gold files and write the
// model file; with --folds K, print K-fold cross-validated scores first.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <ostream>

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "eval/gold.h"
#include "model/train.h"

namespace argmap {
namespace {

const std::vector<OptionSpec>& TrainOptionSpecs() {
  static const std::vector<OptionSpec> specs = {
      {"--output", "-o", "FILE", "write the model to FILE (atomically) instead of standard output"},
      {"--folds", "", "K", "first print K-fold cross-validated scores (K from 2 to 20)"},
      {"--cost", "", "C", "LIBLINEAR's cost C, larger fits the gold closer (default 0.5)"},
  };
  // No --model: training makes the model, from the rules alone.
  static const std::vector<OptionSpec> all = [] {
    std::vector<OptionSpec> rows = specs;
    AddGoldMappingOptions(/*with_model=*/false, &rows);
    rows.push_back(kHelpOption);
    return rows;
  }();
  return all;
}

void PrintTrainHelp(std::ostream& out) {
  out << "usage: argmap train [options] GOLD.jsonl...\n\n"
         "Fits the weights of the role scorer and the relation scorer to annotated\n"
         "abstracts (the gold format of argmap eval) with LIBLINEAR, and writes the model\n"
         "file that --model reads. The built-in model is made by scripts/train-model.sh.\n"
         "With --folds K it first prints what the model scores on abstracts it was not\n"
         "trained on, fold by fold, with the shared scorer's figures, and with several\n"
         "gold files each file's held-out figures (the others always in training).\n"
         "See docs/rules.md.\n\n"
      << FormatOptions(TrainOptionSpecs());
}

std::string Row(const std::string& name, int width, const Tally& t) {
  Prf c = t.core.Scores(), r = t.relations.Scores();
  char line[160];
  std::snprintf(line, sizeof line, "%10d%8.3f%8.3f%8.3f%8.3f%8.3f%8.3f\n", t.abstracts, c.precision,
                c.recall, c.f1, r.precision, r.recall, r.f1);
  return name + std::string(std::max<int>(1, width - static_cast<int>(name.size())), ' ') + line;
}

std::string Header(const std::string& first, int width) {
  return first + std::string(width - first.size(), ' ') +
         " abstracts  core P  core R core F1   rel P   rel R  rel F1\n";
}

// The fold table; with several gold files, then the same counts per file: how each
// file's abstracts fare, held out, when the other files are always in training.
std::string FoldTable(const std::vector<FoldScore>& folds, const std::vector<std::string>& files) {
  int width = 8;
  if (files.size() > 1) {
    for (const std::string& f : files) width = std::max(width, static_cast<int>(f.size()) + 2);
  }
  std::string out = Header("fold", width);
  Tally all;
  std::vector<Tally> by_file(files.size());
  for (size_t k = 0; k < folds.size(); ++k) {
    out += Row(std::to_string(k + 1), width, folds[k]);
    all.Add(folds[k]);
    for (size_t g = 0; g < by_file.size() && g < folds[k].by_group.size(); ++g) {
      by_file[g].Add(folds[k].by_group[g]);
    }
  }
  out += Row("all", width, all);
  if (files.size() > 1) {
    out += Header("file", width);
    for (size_t g = 0; g < files.size(); ++g) out += Row(files[g], width, by_file[g]);
  }
  char line[160];
  std::snprintf(line, sizeof line,
                "cross-validated (%zu folds): core F1 %.3f, relation F1 %.3f on %d abstracts\n",
                folds.size(), all.core.Scores().f1, all.relations.Scores().f1, all.abstracts);
  return out + line;
}

std::string FileName(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

}  // namespace

int RunTrain(const std::vector<std::string>& argv, CliIo& io) {
  ParsedArgs args;
  std::string err;
  if (!ParseArgs(argv, TrainOptionSpecs(), &args, &err)) return UsageError(io, "train", err);
  if (args.Has("--help")) {
    PrintTrainHelp(io.out);
    return 0;
  }
  TrainOptions options;
  size_t folds = 0;
  GoldInputs inputs;
  err = ParseOption(args, "--cost", CheckCost, &options.c);
  if (err.empty()) err = ParseCount(args, "--folds", 2, 20, &folds);
  if (err.empty()) err = ParseGoldInputs(args, &inputs);
  if (err.empty() && args.positional.empty()) err = "give one gold file or more (GOLD.jsonl)";
  if (err.empty()) err = CheckOutputIsNoInput(args.Get("--output"), FilesRead(args));
  if (!err.empty()) return UsageError(io, "train", err);

  std::vector<CompiledPack> packs;  // one per thread of the folds (fitting is one thread)
  int threads = folds > 0 ? std::min(inputs.jobs, static_cast<int>(folds)) : 1;
  if (!LoadPacks(args, threads, &packs, io)) return 1;
  const CompiledPack& pack = packs[0];
  options.pack = args.Get("--pack");
  err = CheckPackName(pack.PackNames(), options.pack);
  if (!err.empty()) return UsageError(io, "train", err);
  std::vector<GoldDoc> gold;
  std::vector<Diagnostic> diags;
  std::vector<int> file_of;  // per abstract: its place in args.positional
  bool input_ok = true;
  for (const std::string& path : args.positional) {
    input_ok = ReadGoldFile(path, &gold, &diags, inputs.encoding) && input_ok;
    file_of.resize(gold.size(), static_cast<int>(&path - args.positional.data()));
  }
  if (!PrintGoldDiagnostics(diags, inputs.strict, io.err)) return 1;
  if (gold.empty()) {
    io.err << "argmap: error: no annotated abstracts to train on\n";
    return 1;
  }
  if (folds > 0) {
    std::vector<std::string> files;
    for (const std::string& p : args.positional) files.push_back(FileName(p));
    std::string table = FoldTable(
        CrossValidate(gold, Pointers(packs), options, static_cast<int>(folds), file_of), files);
    io.out << table;
    if (!args.Has("--output")) return input_ok ? 0 : 1;
  }
  Model model = Train(gold, pack, options);
  std::string text = SerializeModel(model, ModelComment(args.positional, options, gold.size()));
  if (!WriteOutput(args.Get("--output"), text, io.out, &err)) {
    io.err << "argmap: error: " << err << "\n";
    return 1;
  }
  return input_ok ? 0 : 1;
}

}  // namespace argmap
