// Scoring an extracted argument graph against gold annotations, exactly as the
// shared scorer (eval/score.py in the shared folder) does, plus a per-rule
// breakdown and the list of misses.
//
// Matching (per abstract; a node belongs to the gold abstract whose id is its `doc`):
// - Overlap of two texts: shared words (eval/words.h) / words of the longer;
//   a pair can match when the overlap is at least 0.5.
// - Pairs are taken one-to-one, best overlap first, ties by (node, component) order.
// - Roles: lower-cased, '-' and ' ' -> '_'. Per-role scores match exact roles;
//   the core score matches claim-like {claim, conclusion, major_claim, majorclaim,
//   thesis} against premise-like {premise, evidence} nodes and components only;
//   relations use a matching over every role (the core classes, else the role).
// - Relations: an edge counts when both ends match components joined by a gold
//   relation of the same polarity: supports -> support; attacks, partial_attack,
//   rebuts, undercuts -> attack; alternative (either direction, counted once).
//   part_of edges are not scored.
//
// What a caller may rely on: the figures are those score.py prints for the same
// graph written by `argmap extract --format json`; rules, misses and extras are
// in a deterministic order (rules by id; misses by abstract).
#ifndef ARGMAP_EVAL_SCORER_H_
#define ARGMAP_EVAL_SCORER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "eval/gold.h"
#include "graph/argument_graph.h"

namespace argmap {

struct Prf {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

struct MatchCounts {
  int tp = 0;  // matched
  int fp = 0;  // predicted, not matched
  int fn = 0;  // gold, not matched
  int gold() const { return tp + fn; }
  int pred() const { return tp + fp; }
  Prf Scores() const;  // 0 where a denominator is 0
  MatchCounts& operator+=(const MatchCounts& other) {
    tp += other.tp;
    fp += other.fp;
    fn += other.fn;
    return *this;
  }
};

struct RoleScore {
  std::string role;
  MatchCounts counts;
};

// What one rule made and how much of it matched gold.
struct RuleScore {
  std::string rule;
  int nodes = 0;      // nodes it made
  int node_hits = 0;  // of those, matched (core matching, or per role outside the core)
  int edges = 0;      // scored edges (support, attack, alternative) it made
  int edge_hits = 0;  // of those, counted as correct relations
};

// A gold component that no node matched, or an extra: a node that matched no
// component (core matching for core roles, per-role matching for the others).
struct Miss {
  bool extra = false;
  std::string doc;
  std::string role;  // normalized
  std::string text;
  int sentence = -1;  // 0-based sentence of the document, -1 when not found
  std::string rule;   // the rule that made the node (extras only)
};

struct EvalReport {
  std::vector<RoleScore> roles;  // by role name
  MatchCounts core;
  MatchCounts relations;
  int abstracts = 0;
  int abstracts_without_nodes = 0;
  std::vector<RuleScore> rules;  // by rule id; rules that made a node or a scored edge
  // By abstract: its missed components in file order, then its extras in node order.
  std::vector<Miss> misses;
};

EvalReport Score(const std::vector<GoldDoc>& gold, const ArgumentGraph& graph);

// How MatchToGold pairs roles: any role with any, or as the relation score does
// (claim-like with claim-like, premise-like with premise-like, others by name).
enum class MatchRoles { kAny, kRelationClass };

// The scorer's one-to-one matching for (role, text) predictions of one abstract:
// per prediction, the index of the gold component it matches, or -1.
std::vector<int> MatchToGold(const std::vector<std::pair<std::string, std::string>>& preds,
                             const std::vector<GoldComponent>& golds, MatchRoles roles);

// "Major-Claim" -> "major_claim".
std::string NormalizeRole(std::string_view role);

}  // namespace argmap

#endif  // ARGMAP_EVAL_SCORER_H_
