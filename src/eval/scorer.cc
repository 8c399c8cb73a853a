// The scorer: per abstract, three one-to-one matchings (per role, core classes,
// every role class) between the abstract's nodes and its gold components, then
// the relations over the last one. Mirrors eval/score.py step by step.
#include "eval/scorer.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/kinds.h"
#include "eval/words.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace argmap {
namespace {

// A node or a gold component as the matching sees it.
struct Item {
  std::string role;  // normalized
  std::vector<std::string> words;
};

using RoleKey = std::string_view (*)(const std::string& role);

std::string_view CoreClass(const std::string& role) {
  static const std::set<std::string_view> claim_like = {"claim", "conclusion", "major_claim",
                                                        "majorclaim", "thesis"};
  static const std::set<std::string_view> premise_like = {"premise", "evidence"};
  if (claim_like.count(role)) return "claim";
  if (premise_like.count(role)) return "premise";
  return "";
}

std::string_view ExactRole(const std::string& role) { return role; }

std::string_view AnyRole(const std::string&) { return ""; }

std::string_view RelationClass(const std::string& role) {
  std::string_view core = CoreClass(role);
  return core.empty() ? std::string_view(role) : core;
}

// "support", "attack", "alternative", or "" for a type that is not scored.
std::string_view Polarity(std::string_view type) {
  static const std::map<std::string, std::string_view, std::less<>> table = {
      {"support", "support"},
      {"supports", "support"},
      {"attack", "attack"},
      {"attacks", "attack"},
      {"partial_attack", "attack"},
      {"rebuts", "attack"},
      {"undercuts", "attack"},
      {"alternative", "alternative"},
      {"alternative_to", "alternative"},
      {"alternatives", "alternative"}};
  auto it = table.find(NormalizeRole(type));
  return it == table.end() ? std::string_view() : it->second;
}

// One-to-one greedy matching of preds[pi] against golds[gi] where the keys of
// the roles agree, best overlap first, ties by (pred, gold) index. Returns the
// matched gold index per pred (-1 for none).
std::vector<int> Match(const std::vector<Item>& preds, const std::vector<Item>& golds, RoleKey key,
                       bool core_only) {
  std::vector<std::tuple<double, size_t, size_t>> pairs;
  for (size_t i = 0; i < preds.size(); ++i) {
    if (core_only && CoreClass(preds[i].role).empty()) continue;
    for (size_t j = 0; j < golds.size(); ++j) {
      if (core_only && CoreClass(golds[j].role).empty()) continue;
      if (key(preds[i].role) != key(golds[j].role)) continue;
      double o = WordOverlap(preds[i].words, golds[j].words);
      if (o >= 0.5) pairs.emplace_back(-o, i, j);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<int> out(preds.size(), -1);
  std::vector<bool> used_gold(golds.size(), false);
  for (const auto& [neg, i, j] : pairs) {
    if (out[i] >= 0 || used_gold[j]) continue;
    out[i] = static_cast<int>(j);
    used_gold[j] = true;
  }
  return out;
}

int CountMatched(const std::vector<int>& m) {
  return static_cast<int>(std::count_if(m.begin(), m.end(), [](int j) { return j >= 0; }));
}

std::vector<bool> GoldMatched(const std::vector<int>& m, size_t golds) {
  std::vector<bool> out(golds, false);
  for (int j : m) {
    if (j >= 0) out[j] = true;
  }
  return out;
}

// A scored edge between two nodes of one abstract (positions in its node list).
struct DocEdge {
  size_t source;
  size_t target;
  std::string_view polarity;
  const std::string* rule;
};

// The nodes of each abstract in graph order, and its scored edges in edge order.
struct DocGraph {
  std::vector<NodeIndex> nodes;
  std::vector<DocEdge> edges;
};

std::map<std::string, DocGraph> GroupByDoc(const ArgumentGraph& graph) {
  std::map<std::string, DocGraph> out;
  std::vector<size_t> position(graph.node_count(), 0);
  for (NodeIndex v = 0; v < graph.node_count(); ++v) {
    DocGraph& doc = out[graph.node(v).doc];
    position[v] = doc.nodes.size();
    doc.nodes.push_back(v);
  }
  for (const ArgumentGraph::EdgeRef& ref : graph.Edges()) {
    std::string_view polarity = Polarity(EdgeTypeName(ref.edge->type));
    const std::string& doc = graph.node(ref.source).doc;
    if (polarity.empty() || graph.node(ref.target).doc != doc) continue;
    out[doc].edges.push_back(
        {position[ref.source], position[ref.target], polarity, &ref.edge->rule});
  }
  return out;
}

// The sentence of `doc` holding the first occurrence of `text`, or -1.
int SentenceOf(const Document& doc, const std::string& text) {
  size_t at = text.empty() ? std::string::npos : doc.text.find(text);
  if (at == std::string::npos) return -1;
  NormalizedText norm = Normalize(doc.text);
  std::vector<Span> sentences = SplitSentences(norm.text);
  for (size_t k = 0; k < sentences.size(); ++k) {
    Span original = norm.ToOriginal(sentences[k].begin, sentences[k].end);
    if (at < original.end) return static_cast<int>(k);
  }
  return -1;
}

using Relation = std::tuple<std::string, std::string, std::string_view>;

class Accumulator {
 public:
  explicit Accumulator(const ArgumentGraph& graph) : graph_(graph), docs_(GroupByDoc(graph)) {}

  void Add(const GoldDoc& gold);
  EvalReport Finish(int abstracts);

 private:
  void AddRoles(const std::vector<Item>& preds, const std::vector<Item>& golds,
                const std::vector<int>& m);
  void AddCore(const std::vector<Item>& preds, const std::vector<Item>& golds,
               const std::vector<int>& mc);
  void AddRules(const DocGraph& doc, const std::vector<Item>& preds, const std::vector<int>& m,
                const std::vector<int>& mc);
  void AddMisses(const GoldDoc& gold, const DocGraph& doc, const std::vector<Item>& preds,
                 const std::vector<Item>& golds, const std::vector<int>& m,
                 const std::vector<int>& mc);
  void AddRelations(const GoldDoc& gold, const DocGraph& doc, const std::vector<int>& mr);

  const ArgumentGraph& graph_;
  std::map<std::string, DocGraph> docs_;
  EvalReport report_;
  std::map<std::string, MatchCounts> roles_;
  std::map<std::string, RuleScore> rules_;
};

void Accumulator::Add(const GoldDoc& gold) {
  static const DocGraph kEmpty;
  auto found = docs_.find(gold.id);
  const DocGraph& doc = found == docs_.end() ? kEmpty : found->second;
  if (doc.nodes.empty()) report_.abstracts_without_nodes++;
  std::vector<Item> preds;
  for (NodeIndex v : doc.nodes) {
    const Node& node = graph_.node(v);
    preds.push_back({NormalizeRole(NodeTypeName(node.type)), SortedWords(node.text)});
  }
  std::vector<Item> golds;
  for (const GoldComponent& c : gold.components) {
    golds.push_back({NormalizeRole(c.role), SortedWords(c.text)});
  }
  std::vector<int> m = Match(preds, golds, ExactRole, false);
  std::vector<int> mc = Match(preds, golds, CoreClass, true);
  std::vector<int> mr = Match(preds, golds, RelationClass, false);
  AddRoles(preds, golds, m);
  AddCore(preds, golds, mc);
  AddRules(doc, preds, m, mc);
  AddMisses(gold, doc, preds, golds, m, mc);
  AddRelations(gold, doc, mr);
}

void Accumulator::AddRoles(const std::vector<Item>& preds, const std::vector<Item>& golds,
                           const std::vector<int>& m) {
  for (size_t i = 0; i < preds.size(); ++i) {
    MatchCounts& c = roles_[preds[i].role];
    (m[i] >= 0 ? c.tp : c.fp)++;
  }
  std::vector<bool> matched = GoldMatched(m, golds.size());
  for (size_t j = 0; j < golds.size(); ++j) {
    if (!matched[j]) roles_[golds[j].role].fn++;
  }
}

void Accumulator::AddCore(const std::vector<Item>& preds, const std::vector<Item>& golds,
                          const std::vector<int>& mc) {
  auto is_core = [](const Item& item) { return !CoreClass(item.role).empty(); };
  int tp = CountMatched(mc);
  report_.core.tp += tp;
  report_.core.fp += static_cast<int>(std::count_if(preds.begin(), preds.end(), is_core)) - tp;
  report_.core.fn += static_cast<int>(std::count_if(golds.begin(), golds.end(), is_core)) - tp;
}

void Accumulator::AddRules(const DocGraph& doc, const std::vector<Item>& preds,
                           const std::vector<int>& m, const std::vector<int>& mc) {
  for (size_t i = 0; i < preds.size(); ++i) {
    const std::string& rule = graph_.node(doc.nodes[i]).rule;
    RuleScore& score = rules_[rule];
    score.nodes++;
    bool core = !CoreClass(preds[i].role).empty();
    if ((core ? mc[i] : m[i]) >= 0) score.node_hits++;
  }
}

void Accumulator::AddMisses(const GoldDoc& gold, const DocGraph& doc,
                            const std::vector<Item>& preds, const std::vector<Item>& golds,
                            const std::vector<int>& m, const std::vector<int>& mc) {
  std::vector<bool> by_role = GoldMatched(m, golds.size());
  std::vector<bool> by_core = GoldMatched(mc, golds.size());
  for (size_t j = 0; j < golds.size(); ++j) {
    bool core = !CoreClass(golds[j].role).empty();
    if (core ? by_core[j] : by_role[j]) continue;
    const GoldComponent& c = gold.components[j];
    report_.misses.push_back(
        {false, gold.id, golds[j].role, c.text, SentenceOf(gold.document, c.text), ""});
  }
  for (size_t i = 0; i < preds.size(); ++i) {
    bool core = !CoreClass(preds[i].role).empty();
    if ((core ? mc[i] : m[i]) >= 0) continue;
    const Node& node = graph_.node(doc.nodes[i]);
    report_.misses.push_back({true, gold.id, preds[i].role, node.text, node.sentence, node.rule});
  }
}

void Accumulator::AddRelations(const GoldDoc& gold, const DocGraph& doc,
                               const std::vector<int>& mr) {
  std::set<Relation> gold_rel;
  int n_gold = 0;
  for (const GoldRelation& r : gold.relations) {
    std::string_view pol = Polarity(r.type);
    if (pol.empty()) continue;
    n_gold++;
    gold_rel.insert({r.source, r.target, pol});
    if (pol == "alternative") gold_rel.insert({r.target, r.source, pol});
  }
  std::set<Relation> hit;
  for (const DocEdge& e : doc.edges) {
    RuleScore& score = rules_[*e.rule];
    score.edges++;
    if (mr[e.source] < 0 || mr[e.target] < 0) continue;
    Relation key{gold.components[mr[e.source]].id, gold.components[mr[e.target]].id, e.polarity};
    if (!gold_rel.count(key) || hit.count(key)) continue;
    hit.insert(key);
    if (e.polarity == "alternative") hit.insert({std::get<1>(key), std::get<0>(key), e.polarity});
    score.edge_hits++;
  }
  std::set<Relation> distinct;
  for (const auto& [a, b, pol] : hit) {
    bool swap = pol == "alternative" && b < a;
    distinct.insert({swap ? b : a, swap ? a : b, pol});
  }
  int tp = static_cast<int>(distinct.size());
  report_.relations.tp += tp;
  report_.relations.fp += static_cast<int>(doc.edges.size()) - tp;
  report_.relations.fn += n_gold - tp;
}

EvalReport Accumulator::Finish(int abstracts) {
  report_.abstracts = abstracts;
  for (const auto& [role, counts] : roles_) report_.roles.push_back({role, counts});
  for (auto& [rule, score] : rules_) {
    score.rule = rule;
    report_.rules.push_back(score);
  }
  return std::move(report_);
}

}  // namespace

Prf MatchCounts::Scores() const {
  Prf out;
  out.precision = tp + fp ? static_cast<double>(tp) / (tp + fp) : 0.0;
  out.recall = tp + fn ? static_cast<double>(tp) / (tp + fn) : 0.0;
  double sum = out.precision + out.recall;
  out.f1 = sum != 0.0 ? 2 * out.precision * out.recall / sum : 0.0;
  return out;
}

std::string NormalizeRole(std::string_view role) {
  size_t begin = role.find_first_not_of(" \t\r\n\f\v");
  size_t end = role.find_last_not_of(" \t\r\n\f\v");
  std::string out(begin == std::string_view::npos ? "" : role.substr(begin, end - begin + 1));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '-' || c == ' ') c = '_';
  }
  return out;
}

std::vector<int> MatchToGold(const std::vector<std::pair<std::string, std::string>>& preds,
                             const std::vector<GoldComponent>& golds, MatchRoles roles) {
  std::vector<Item> p, g;
  for (const auto& [role, text] : preds) p.push_back({NormalizeRole(role), SortedWords(text)});
  for (const GoldComponent& c : golds) g.push_back({NormalizeRole(c.role), SortedWords(c.text)});
  return Match(p, g, roles == MatchRoles::kAny ? AnyRole : RelationClass, false);
}

EvalReport Score(const std::vector<GoldDoc>& gold, const ArgumentGraph& graph) {
  Accumulator acc(graph);
  for (const GoldDoc& doc : gold) acc.Add(doc);
  return acc.Finish(static_cast<int>(gold.size()));
}

}  // namespace argmap
