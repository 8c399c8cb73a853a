#include "model/train.h"

#include <linear.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>

#include "core/parallel.h"
#include "pipeline/extract.h"

namespace argmap {
namespace {

void Quiet(const char*) {}

// The bias of a class that no training example has.
constexpr double kAbsentClassBias = -10.0;

// The model class of a gold role, or "none" for a role the model leaves to the rules.
std::string ModelRole(const std::string& gold_role) {
  std::string r = NormalizeRole(gold_role);
  if (r == "major_claim" || r == "majorclaim" || r == "thesis") return "conclusion";
  if (r == "evidence") return "premise";
  for (const std::string& c : RoleClasses()) {
    if (c == r) return r;
  }
  return "none";
}

int ClassOf(const std::vector<std::string>& classes, const std::string& name) {
  for (size_t k = 0; k < classes.size(); ++k) {
    if (classes[k] == name) return static_cast<int>(k);
  }
  return 0;
}

ExtractTrace TraceOf(const std::vector<GoldDoc>& gold, const CompiledPack& pack,
                     const TrainOptions& options, const Model& model) {
  std::vector<Document> docs;
  for (const GoldDoc& g : gold) docs.push_back(g.document);
  ArgumentGraph graph;
  ExtractTrace trace;
  ExtractOptions extract;
  extract.pack = options.pack;
  extract.model = &model;
  extract.trace = &trace;
  extract.max_nodes = SIZE_MAX;  // the graph is thrown away: every document must be traced
  Extract(docs, pack, &graph, nullptr, extract);
  return trace;
}

// Role examples: each scored unit labelled with the role of the gold component it
// overlaps most (at least half its words, as the scorer counts them), else "none".
// Not one to one: a rule's node and a clause unit over the same words both learn
// the role, and ResolveOverlaps keeps the surer one.
void RoleExamples(const GoldDoc& gold, const TraceDoc& doc, std::vector<Example>* out) {
  std::vector<GoldComponent> golds;
  for (const GoldComponent& c : gold.components) {
    if (ModelRole(c.role) != "none") golds.push_back(c);
  }
  std::vector<std::string> classes = RoleClasses();
  for (const TraceUnit& u : doc.units) {
    if (u.features.empty()) continue;
    std::vector<int> m = MatchToGold({{"", u.text}}, golds, MatchRoles::kAny);
    std::string label = m[0] >= 0 ? ModelRole(golds[m[0]].role) : "none";
    out->push_back({u.features, ClassOf(classes, label)});
  }
}

// Relation examples: each weighed pair labelled by the gold relation of its ends.
void RelationExamples(const GoldDoc& gold, const TraceDoc& doc, std::vector<Example>* out) {
  std::vector<std::pair<std::string, std::string>> preds;
  for (const TraceUnit& u : doc.units) preds.emplace_back(u.role == "none" ? "" : u.role, u.text);
  std::vector<int> m = MatchToGold(preds, gold.components, MatchRoles::kRelationClass);
  std::map<std::pair<std::string, std::string>, std::string> related;
  for (const GoldRelation& r : gold.relations) {
    std::string t = NormalizeRole(r.type);
    if (t == "support" || t == "supports") related[{r.source, r.target}] = "supports";
    if (t == "attack" || t == "attacks" || t == "partial_attack" || t == "rebuts" ||
        t == "undercuts") {
      related[{r.source, r.target}] = "attacks";
    }
  }
  std::vector<std::string> classes = RelationClasses();
  for (const TracePair& p : doc.pairs) {
    std::string label = "none";
    if (doc.units[p.source].role != "none" && m[p.source] >= 0 && m[p.target] >= 0) {
      auto it = related.find({gold.components[m[p.source]].id, gold.components[m[p.target]].id});
      if (it != related.end()) label = it->second;
    }
    out->push_back({p.features, ClassOf(classes, label)});
  }
}

}  // namespace

LinearModel Fit(const std::vector<Example>& examples, const std::vector<std::string>& classes,
                const TrainOptions& options) {
  LinearModel out(classes);
  std::set<int> labels;
  for (const Example& e : examples) labels.insert(e.label);
  // A class no example has gets no weights from LIBLINEAR; a low bias keeps it
  // from ever being chosen (its logistic score is then about zero).
  for (int k = 0; k < static_cast<int>(classes.size()); ++k) {
    if (!labels.count(k)) out.SetWeight(std::string(kBiasFeature), k, kAbsentClassBias);
  }
  if (examples.empty() || labels.size() < 2) return out;
  std::map<std::string, int> index;  // feature -> 1-based column, by name
  for (const Example& e : examples) {
    for (const std::string& f : e.features) index.emplace(f, 0);
  }
  std::vector<std::string> names;
  for (auto& [name, col] : index) {
    col = static_cast<int>(names.size()) + 1;
    names.push_back(name);
  }
  int n = static_cast<int>(names.size());
  std::vector<std::vector<feature_node>> rows(examples.size());
  std::vector<feature_node*> x(examples.size());
  std::vector<double> y(examples.size());
  for (size_t i = 0; i < examples.size(); ++i) {
    std::set<int> cols;
    for (const std::string& f : examples[i].features) cols.insert(index[f]);
    for (int c : cols) rows[i].push_back({c, 1.0});
    rows[i].push_back({n + 1, 1.0});  // the bias column
    rows[i].push_back({-1, 0.0});
    x[i] = rows[i].data();
    y[i] = examples[i].label;
  }
  problem prob{static_cast<int>(examples.size()), n + 1, y.data(), x.data(), -1};
  parameter param{};
  param.solver_type = L1R_LR;
  param.eps = options.eps;
  param.C = options.c;
#if LIBLINEAR_VERSION >= 240
  param.regularize_bias = 1;  // the bias column is ours (problem.bias is -1): regularised
#endif
  model* m = nullptr;
  {
    // LIBLINEAR shuffles with the process's one rand(): a fixed seed gives the
    // same model, and one fit at a time keeps it so when folds run on threads.
    static std::mutex liblinear;
    std::lock_guard<std::mutex> lock(liblinear);
    set_print_string_function(Quiet);
    std::srand(1);
    m = train(&prob, &param);
  }
  int nr_class = get_nr_class(m);
  std::vector<int> label(nr_class);
  get_labels(m, label.data());
  for (int f = 1; f <= n + 1; ++f) {  // features in name order, as the file lists them
    for (int j = 0; j < nr_class; ++j) {
      // Rounded as the model file writes it, so the model cross-validation scores
      // in memory is the model that is written.
      double w = RoundWeight(get_decfun_coef(m, f, j));
      if (w != 0) out.SetWeight(f <= n ? names[f - 1] : std::string(kBiasFeature), label[j], w);
    }
  }
  free_and_destroy_model(&m);
  return out;
}

Model Train(const std::vector<GoldDoc>& gold, const CompiledPack& pack,
            const TrainOptions& options) {
  Model model;
  ExtractTrace first = TraceOf(gold, pack, options, Model());
  std::vector<Example> roles;
  for (size_t i = 0; i < gold.size(); ++i) RoleExamples(gold[i], first.docs[i], &roles);
  model.roles = Fit(roles, RoleClasses(), options);
  ExtractTrace second = TraceOf(gold, pack, options, model);
  std::vector<Example> relations;
  for (size_t i = 0; i < gold.size(); ++i) {
    RelationExamples(gold[i], second.docs[i], &relations);
  }
  model.relations = Fit(relations, RelationClasses(), options);
  return model;
}

void Tally::Add(const Tally& other) {
  abstracts += other.abstracts;
  core += other.core;
  relations += other.relations;
}

std::vector<FoldScore> CrossValidate(const std::vector<GoldDoc>& gold, const CompiledPack& pack,
                                     const TrainOptions& options, int k,
                                     const std::vector<int>& groups) {
  return CrossValidate(gold, std::vector<const CompiledPack*>{&pack}, options, k, groups);
}

std::vector<FoldScore> CrossValidate(const std::vector<GoldDoc>& gold,
                                     const std::vector<const CompiledPack*>& packs,
                                     const TrainOptions& options, int k,
                                     const std::vector<int>& groups) {
  int group_count = 1;
  for (int g : groups) group_count = std::max(group_count, g + 1);
  std::vector<FoldScore> out(k);
  ParallelFor(k, static_cast<int>(packs.size()), [&](int worker, size_t fold) {
    const CompiledPack& pack = *packs[worker];
    std::vector<GoldDoc> train, test;
    std::vector<std::vector<GoldDoc>> test_groups(group_count);
    for (size_t i = 0; i < gold.size(); ++i) {
      bool held_out = i % k == fold;
      (held_out ? test : train).push_back(gold[i]);
      if (held_out) test_groups[i < groups.size() ? groups[i] : 0].push_back(gold[i]);
    }
    Model model = Train(train, pack, options);
    std::vector<Document> docs;
    for (const GoldDoc& g : test) docs.push_back(g.document);
    ArgumentGraph graph;
    ExtractOptions extract;
    extract.pack = options.pack;
    extract.model = &model;
    Extract(docs, pack, &graph, nullptr, extract);
    FoldScore& score = out[fold];
    for (const std::vector<GoldDoc>& part : test_groups) {
      EvalReport report = Score(part, graph);
      score.by_group.push_back({static_cast<int>(part.size()), report.core, report.relations});
      score.Add(score.by_group.back());
    }
  });
  return out;
}

std::string ModelComment(const std::vector<std::string>& gold_paths, const TrainOptions& options,
                         size_t abstracts) {
  std::string files;
  for (const std::string& path : gold_paths) {
    files += " " + std::filesystem::path(path).filename().string();
  }
  char cost[32];
  std::snprintf(cost, sizeof cost, "%g", options.c);
  return "argmap model: the weights of the role and relation scorers (docs/rules.md).\n"
         "Made by `argmap train` from " +
         std::to_string(abstracts) + " abstracts:" + files +
         "\nLIBLINEAR L1-regularised logistic regression, cost " + cost +
         ". Lines: MODEL FEATURE CLASS WEIGHT.";
}

}  // namespace argmap
