// Fitting the role and relation scorers on gold annotations (`argmap train`).
//
// Training runs the real pipeline (pipeline/extract.h) over the gold abstracts and
// reads its trace, so the model learns from exactly the candidates and features it
// will later see:
//   1. extract with no model: every rule node and clause unit with its role features;
//      each is labelled with the role of the gold component it matches (word overlap
//      of 0.5 or more, one to one, best first, as the scorer matches), else "none";
//      LIBLINEAR fits the role model (L1-regularised logistic regression, one class
//      against the rest);
//   2. extract with that role model: every pair the relation scorer weighs, labelled
//      "supports" or "attacks" when the gold components its two ends match are so
//      related, else "none"; LIBLINEAR fits the relation model.
// Gold roles map to the model's classes: major_claim and thesis are conclusions,
// evidence is a premise; option components are left to the rules.
//
// What a caller may rely on: the same gold files, pack and options give the same
// model, byte for byte (LIBLINEAR's random order is seeded); CrossValidate scores
// each held-out fold with the scorer of eval/scorer.h and adds the counts up.
#ifndef ARGMAP_MODEL_TRAIN_H_
#define ARGMAP_MODEL_TRAIN_H_

#include <string>
#include <vector>

#include "eval/gold.h"
#include "eval/scorer.h"
#include "model/model_file.h"
#include "rules/compiled_pack.h"

namespace argmap {

struct TrainOptions {
  double c = 0.5;      // LIBLINEAR's cost: larger fits the training data closer
  double eps = 0.001;  // LIBLINEAR's stopping tolerance
  std::string pack;    // field pack for every abstract ("" detects it)
};

struct Example {
  std::vector<std::string> features;
  int label = 0;  // index into the model's classes
};

// Fits a linear model over `classes` to `examples`.
LinearModel Fit(const std::vector<Example>& examples, const std::vector<std::string>& classes,
                const TrainOptions& options);

// Fits both scorers to `gold`.
Model Train(const std::vector<GoldDoc>& gold, const CompiledPack& pack,
            const TrainOptions& options);

// The comment at the head of a trained model file: the names of the gold
// files (`gold_paths` without their folders, so the model does not depend on
// where they are), the number of abstracts and the cost.
std::string ModelComment(const std::vector<std::string>& gold_paths, const TrainOptions& options,
                         size_t abstracts);

// The scorer's counts over some held-out abstracts.
struct Tally {
  int abstracts = 0;
  MatchCounts core;
  MatchCounts relations;
  void Add(const Tally& other);
};

struct FoldScore : Tally {
  std::vector<Tally> by_group;  // the same counts per group of abstracts (per gold file)
};

// K-fold cross-validation: abstract i is in fold i % k; each fold is scored with the
// model trained on the others. Returns one score per fold. `groups` gives each
// abstract's group (its gold file, say), so a caller sees how one file fares when the
// others are always in training; empty puts every abstract in group 0.
std::vector<FoldScore> CrossValidate(const std::vector<GoldDoc>& gold, const CompiledPack& pack,
                                     const TrainOptions& options, int k,
                                     const std::vector<int>& groups = {});
// The same with the folds on one thread per pack of `packs` (all compiled from
// the same rules, at least one): the scores are those of one pack, in fold order.
std::vector<FoldScore> CrossValidate(const std::vector<GoldDoc>& gold,
                                     const std::vector<const CompiledPack*>& packs,
                                     const TrainOptions& options, int k,
                                     const std::vector<int>& groups = {});

}  // namespace argmap

#endif  // ARGMAP_MODEL_TRAIN_H_
