#include "pipeline/scoring.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "model/features.h"
#include "pipeline/option_links.h"
#include "text/clauses.h"
#include "text/lexicon.h"
#include "text/lists.h"
#include "text/scan.h"

namespace argmap {
namespace {

// A clause unit shorter than this many words is not a candidate.
constexpr size_t kMinUnitWords = 3;
// The relation scorer weighs targets at most this many scored units away (and the
// thesis and the last claim-like unit always), so its time grows linearly.
constexpr int kPairWindow = 8;
// A unit keeps a role when the role scorer gives it one with at least this
// probability; chosen by cross-validation on the train files (docs/quality.md).
constexpr double kRoleThreshold = 0.4;
// A claim or conclusion supports or attacks its likeliest target when the relation
// is this likely; a premise always does (the guideline: every premise supports or
// attacks something).
constexpr double kEdgeThreshold = 0.25;

std::string_view Slice(std::string_view text, Span s) { return text.substr(s.begin, s.size()); }

bool Scored(const Candidate& c) {
  return c.kept && c.type != NodeType::kOption && c.type != NodeType::kGroup;
}

bool IsCoreType(NodeType t) { return IsClaimLike(t) || t == NodeType::kPremise; }

// Candidate indices in text order.
std::vector<int> TextOrder(const DocContext& ctx) {
  std::vector<int> order(ctx.nodes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const Candidate& x = ctx.nodes[a];
    const Candidate& y = ctx.nodes[b];
    return std::tie(x.sentence, x.span.begin, x.span.end, a) <
           std::tie(y.sentence, y.span.begin, y.span.end, b);
  });
  return order;
}

std::string OriginalText(const DocContext& ctx, Span s) {
  Span o = ctx.norm.ToOriginal(s.begin, s.end);
  return ctx.doc->text.substr(o.begin, o.size());
}

// Looks each feature up in a model as it comes, without keeping its name.
class RowSink : public FeatureSink {
 public:
  explicit RowSink(const LinearModel& model) : model_(model) {}
  void Add(std::string_view prefix, std::initializer_list<std::string_view> parts) override {
    name_.assign(prefix);
    for (std::string_view p : parts) name_.append(p);
    if (const LinearModel::Row* row = model_.Find(name_)) rows.push_back(row);
  }
  std::vector<const LinearModel::Row*> rows;

 private:
  const LinearModel& model_;
  std::string name_;
};

// Index of the highest score (the first of equals).
int Best(const std::vector<double>& scores) {
  return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

// The likeliest role other than none.
int ChooseRole(const LinearModel& roles, std::vector<double> prob) {
  int none = roles.ClassIndex("none");
  if (none >= 0) prob[none] = -1;
  return Best(prob);
}

// Whether `unit` opens a contrast: a contrastive word begins it or stands just
// before it (the clause units drop a leading "but" or "however,").
bool OpensContrast(std::string_view text, Span sentence, Span unit) {
  std::vector<std::string> first = FeatureWords(Slice(text, unit), 1);
  if (!first.empty() && IsContrastWord(first.front())) return true;
  size_t q = unit.begin;
  while (q > sentence.begin && (IsAsciiSpace(text[q - 1]) || text[q - 1] == ',')) --q;
  size_t b = q;
  while (b > sentence.begin && IsAsciiLetter(text[b - 1])) --b;
  return b < q && IsContrastWord(AsciiLowerCopy(text.substr(b, q - b)));
}

}  // namespace

void FormUnits(DocContext* ctx) {
  std::string_view text = ctx->norm.text;
  std::vector<std::vector<int>> rule_nodes(ctx->sentences.size());
  for (int i = 0; i < static_cast<int>(ctx->nodes.size()); ++i) {
    rule_nodes[ctx->nodes[i].sentence].push_back(i);
  }
  for (int s = 0; s < static_cast<int>(ctx->sentences.size()); ++s) {
    for (Span unit : SplitClauses(text, ctx->sentences[s])) {
      unit = TrimSpan(text, unit);
      if (unit.empty() || FeatureWords(Slice(text, unit)).size() < kMinUnitWords) continue;
      std::vector<int> overlaps;
      bool same = false;
      for (int r : rule_nodes[s]) {
        const Candidate& c = ctx->nodes[r];
        same = same || (c.span == unit && Scored(c));
        if (c.span.Overlaps(unit)) overlaps.push_back(r);
      }
      if (same) continue;  // the rule's node is this very unit
      ctx->nodes.push_back({NodeType::kClaim, unit, s, -1, "", true, {}, 0, std::move(overlaps)});
    }
  }
}

void RecordRoles(const DocContext& ctx, TraceDoc* trace) {
  if (!trace) return;
  for (size_t i = 0; i < ctx.nodes.size(); ++i) {
    const Candidate& c = ctx.nodes[i];
    trace->units[i].role = c.kept ? std::string(NodeTypeName(c.type)) : "none";
  }
}

void ResolveOverlaps(DocContext* ctx) {
  std::vector<int> order;
  std::vector<std::vector<int>> placed(ctx->sentences.size());  // per sentence
  for (int i = 0; i < static_cast<int>(ctx->nodes.size()); ++i) {
    const Candidate& c = ctx->nodes[i];
    if (Scored(c)) order.push_back(i);
    if (c.kept && !Scored(c)) placed[c.sentence].push_back(i);  // options and groups stay
  }
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return ctx->nodes[a].confidence > ctx->nodes[b].confidence;
  });
  for (int i : order) {
    Candidate& c = ctx->nodes[i];
    for (int p : placed[c.sentence]) {
      if (ctx->nodes[p].span.Overlaps(c.span)) {
        c.kept = false;
        break;
      }
    }
    if (c.kept) placed[c.sentence].push_back(i);
  }
}

void TrimHeadings(DocContext* ctx) {
  const std::vector<Heading>& headings = ctx->headings;
  if (headings.empty()) return;
  for (Candidate& c : ctx->nodes) {
    // The first heading that ends after the candidate's start (headings are in
    // order and do not overlap): it holds the start, or it is the first inside.
    auto h = std::upper_bound(headings.begin(), headings.end(), c.span.begin,
                              [](size_t pos, const Heading& x) { return pos < x.span.end; });
    if (h != headings.end() && h->span.begin <= c.span.begin) c.span.begin = (h++)->span.end;
    if (h != headings.end() && h->span.begin < c.span.end) c.span.end = h->span.begin;
    if (c.span.begin < c.span.end) c.span = TrimSpan(ctx->norm.text, c.span);
    if (c.span.begin >= c.span.end) {
      c.kept = false;
      c.span.begin = c.span.end = std::min(c.span.begin, c.span.end);
    }
  }
}

namespace {

// What the role features see of candidate `i`; `previous` is the scored candidate
// before it (or -1) and `proposed` the type each candidate had before scoring.
UnitFacts FactsOf(const CompiledPack& pack, const DocContext& ctx, int i, int previous,
                  const std::vector<NodeType>& proposed, const std::vector<int>& place,
                  const std::vector<int>& count) {
  std::string_view text = ctx.norm.text;
  const Candidate& c = ctx.nodes[i];
  Span sent = ctx.sentences[c.sentence];
  bool same = previous >= 0 && ctx.nodes[previous].sentence == c.sentence;
  size_t lead = same ? std::min(ctx.nodes[previous].span.end, c.span.begin) : sent.begin;
  UnitFacts u;
  u.text = Slice(text, c.span);
  u.cue = text.substr(lead, c.span.begin - lead);
  u.sentence = Slice(text, sent);
  u.sentence_index = c.sentence;
  u.sentence_count = static_cast<int>(ctx.sentences.size());
  if (c.sentence > 0) u.previous_sentence = Slice(text, ctx.sentences[c.sentence - 1]);
  if (c.sentence + 1 < u.sentence_count)
    u.next_sentence = Slice(text, ctx.sentences[c.sentence + 1]);
  u.unit_index = place[i];
  u.unit_count = count[c.sentence];
  Section section = SectionAt(ctx.headings, c.span.begin);
  if (section != Section::kNone) u.section = SectionName(section);
  u.pack = ctx.pack;
  if (c.rule >= 0) u.rules.emplace_back(pack.rule(c.rule).id, c.type);
  for (int o : c.overlaps) u.overlapping.emplace_back(pack.rule(ctx.nodes[o].rule).id, proposed[o]);
  if (previous >= 0 && ctx.nodes[previous].rule >= 0) {
    u.previous_proposed = NodeTypeName(proposed[previous]);
  }
  return u;
}

// The prior a rule lends the role it proposes when the model learned no weight for
// it, plain or behind the field pack (a rule added with --add-rules, or one training
// found no evidence about): the author's rule stands where the data says nothing.
std::vector<Reason> RulePriors(const LinearModel& roles, const UnitFacts& u,
                               std::vector<double>* scores) {
  std::vector<Reason> out;
  for (const auto& [rule, role] : u.rules) {
    std::string name = "rule:" + std::string(rule) + "=" + std::string(NodeTypeName(role));
    int k = roles.ClassIndex(NodeTypeName(role));
    if (k < 0 || roles.Knows(name) || roles.Knows(std::string(u.pack) + "|" + name)) continue;
    (*scores)[k] += kUnknownRuleWeight;
    out.push_back({"rule-prior:" + name.substr(5), kUnknownRuleWeight});
  }
  return out;
}

// Gives candidate `c` its role, or drops it, with the reasons that weighed most.
void Decide(const LinearModel& roles, const UnitFacts& u, const CompiledPack& pack, Candidate* c) {
  RowSink sink(roles);
  RoleFeatures(u, pack, &sink);
  std::vector<double> scores = roles.Scores(&sink.rows);
  std::vector<Reason> priors = RulePriors(roles, u, &scores);
  std::vector<double> prob = LinearModel::Probabilities(scores);
  int none = roles.ClassIndex("none");
  c->confidence = none < 0 ? 1.0 : 1.0 - prob[none];
  int k = ChooseRole(roles, prob);
  NodeType type;
  if (c->confidence < kRoleThreshold || !ParseNodeType(roles.classes()[k], &type)) {
    c->kept = false;
    return;
  }
  c->type = type;
  c->why = roles.Explain(sink.rows, k, 3);
  for (const Reason& r : priors) {
    if (r.feature.ends_with("=" + roles.classes()[k])) c->why.push_back(r);
  }
  std::stable_sort(c->why.begin(), c->why.end(), [](const Reason& a, const Reason& b) {
    return std::fabs(a.weight) > std::fabs(b.weight);
  });
  if (c->why.size() > 3) c->why.resize(3);
}

}  // namespace

void ScoreRoles(const CompiledPack& pack, const LinearModel& roles, DocContext* ctx,
                TraceDoc* trace) {
  std::vector<int> order = TextOrder(*ctx);
  if (trace) trace->units.resize(ctx->nodes.size());
  // Place of each scored candidate within its sentence, and every candidate's
  // type as the rules proposed it (scoring rewrites types as it goes).
  std::vector<int> place(ctx->nodes.size(), 0), count(ctx->sentences.size(), 0);
  std::vector<NodeType> proposed;
  for (const Candidate& c : ctx->nodes) proposed.push_back(c.type);
  for (int i : order) {
    if (Scored(ctx->nodes[i])) place[i] = count[ctx->nodes[i].sentence]++;
  }
  int previous = -1;  // the scored candidate before, in text order
  for (int i : order) {
    Candidate& c = ctx->nodes[i];
    if (!Scored(c)) {
      if (trace) trace->units[i] = {OriginalText(*ctx, c.span), "", {}};
      continue;
    }
    UnitFacts u = FactsOf(pack, *ctx, i, previous, proposed, place, count);
    previous = i;
    if (trace) trace->units[i] = {OriginalText(*ctx, c.span), "", RoleFeatures(u, pack)};
    if (!roles.empty()) Decide(roles, u, pack, &c);
  }
}

void KeepListsWhole(DocContext* ctx) {
  for (const Applied& a : ctx->applied) {
    for (const auto& [capture, members] : a.members) {
      if (members.size() < 2) continue;
      const Candidate* kept = nullptr;
      size_t n = 0;
      for (int m : members) {
        const Candidate& c = ctx->nodes[m];
        if (!c.kept || !Scored(c)) continue;
        ++n;
        if (!kept || c.confidence < kept->confidence) kept = &c;
      }
      if (!kept || 2 * n < members.size()) continue;
      NodeType type = kept->type;
      double confidence = kept->confidence;
      for (int m : members) {
        Candidate& c = ctx->nodes[m];
        if (c.kept) continue;
        c.kept = true;
        c.type = type;
        c.confidence = confidence;
        c.why = {{"list:kept-whole", 0}};
      }
    }
  }
}

namespace {

// What the relation scorer knows of the abstract's scored nodes.
struct PairIndex {
  std::vector<int> core;            // kept premises, claims and conclusions, in text order
  std::vector<int> nearest_after;   // per core place: the next claim-like place, or -1
  std::vector<int> nearest_before;  // per core place: the previous claim-like place, or -1
  int thesis = -1, last = -1;       // places of the first and last claim-like node
  std::vector<int> group;           // per candidate: its group candidate, or -1
  std::vector<std::vector<std::string_view>> lexicons;  // per sentence
  std::vector<std::string> first_word;                  // per sentence
  std::vector<std::vector<std::string>> content;        // per core place: ContentWords
  std::vector<int> rank;                                // per core place: claim-like rank
  std::vector<bool> contrast;                           // per core place: OpensContrast
  std::vector<std::vector<int>> rule_edges;  // per candidate: its ctx.rule_edges as source
};

// The sorted distinct words of four letters or more: what two units can share
// (unstemmed, unlike ContentStems: measured, the stems lose relations).
std::vector<std::string> ContentWords(std::string_view text) {
  std::vector<std::string> words = FeatureWords(text);
  std::erase_if(words, [](const std::string& w) { return w.size() < 4; });
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

int Shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return static_cast<int>(SharedCount(a, b));
}

PairIndex IndexPairs(const CompiledPack& pack, const DocContext& ctx) {
  PairIndex x;
  for (int i : TextOrder(ctx)) {
    if (ctx.nodes[i].kept && IsCoreType(ctx.nodes[i].type)) x.core.push_back(i);
  }
  int n = static_cast<int>(x.core.size());
  x.nearest_after.assign(n, -1);
  x.nearest_before.assign(n, -1);
  for (int p = n - 2, next = -1; p >= 0; --p) {
    if (IsClaimLike(ctx.nodes[x.core[p + 1]].type)) next = p + 1;
    x.nearest_after[p] = next;
  }
  for (int p = 1, prev = -1; p < n; ++p) {
    if (IsClaimLike(ctx.nodes[x.core[p - 1]].type)) prev = p - 1;
    x.nearest_before[p] = prev;
  }
  x.rank.assign(n, 0);
  for (int p = 0, r = 0; p < n; ++p) {
    const Candidate& c = ctx.nodes[x.core[p]];
    x.content.push_back(ContentWords(Slice(ctx.norm.text, c.span)));
    x.contrast.push_back(OpensContrast(ctx.norm.text, ctx.sentences[c.sentence], c.span));
    if (!IsClaimLike(ctx.nodes[x.core[p]].type)) continue;
    if (x.thesis < 0) x.thesis = p;
    x.last = p;
    x.rank[p] = r++;
  }
  x.rule_edges.resize(ctx.nodes.size());
  for (int e = 0; e < static_cast<int>(ctx.rule_edges.size()); ++e) {
    x.rule_edges[ctx.rule_edges[e].source].push_back(e);
  }
  x.group.assign(ctx.nodes.size(), -1);
  for (const PendingEdge& e : ctx.edges) {
    if (e.type == EdgeType::kPartOf) x.group[e.source] = e.target;
  }
  std::string_view text = ctx.norm.text;
  for (Span s : ctx.sentences) {
    x.lexicons.push_back(pack.LexiconHits(Slice(text, s)));
    std::vector<std::string> words = FeatureWords(Slice(text, s));
    x.first_word.push_back(words.empty() ? "" : words.front());
  }
  return x;
}

PairFacts Facts(const DocContext& ctx, const PairIndex& x, int sp, int tp) {
  const Candidate& s = ctx.nodes[x.core[sp]];
  const Candidate& t = ctx.nodes[x.core[tp]];
  PairFacts p;
  p.source_role = NodeTypeName(s.type);
  p.target_role = NodeTypeName(t.type);
  p.distance = tp - sp;
  p.sentence_distance = t.sentence - s.sentence;
  p.target_is_thesis = tp == x.thesis;
  p.target_is_last = tp == x.last;
  p.target_nearest_after = tp == x.nearest_after[sp];
  p.target_nearest_before = tp == x.nearest_before[sp];
  int gs = x.group[x.core[sp]];
  p.same_list = gs >= 0 && gs == x.group[x.core[tp]];
  p.shared_words = Shared(x.content[sp], x.content[tp]);
  p.target_rank = x.rank[tp];
  p.source_first_sentence = s.sentence == 0;
  p.target_last_sentence = t.sentence + 1 == static_cast<int>(ctx.sentences.size());
  p.source_lexicons = x.lexicons[s.sentence];
  p.target_lexicons = x.lexicons[t.sentence];
  p.source_first_word = x.first_word[s.sentence];
  p.source_contrast = x.contrast[sp];
  for (int k : x.rule_edges[x.core[sp]]) {
    const PendingEdge& e = ctx.rule_edges[k];
    if (e.target == x.core[tp]) p.rule_edges.emplace_back(e.rule, e.type);
  }
  p.pack = ctx.pack;
  return p;
}

// The places the relation scorer weighs as targets of place `sp`: those within
// kPairWindow, and the thesis and the last claim-like place, in order, once each.
std::vector<int> Targets(const PairIndex& x, int sp) {
  int n = static_cast<int>(x.core.size());
  std::vector<int> out;
  for (int tp = std::max(0, sp - kPairWindow); tp <= std::min(n - 1, sp + kPairWindow); ++tp) {
    out.push_back(tp);
  }
  for (int far : {x.thesis, x.last}) {
    if (far >= 0 && std::abs(far - sp) > kPairWindow) out.push_back(far);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Whether the relation scorer weighs `tp` as a target of `sp`: a claim-like unit,
// or the premise just before a premise that opens a contrast ("A, although B":
// the guideline's premise attacking a premise).
bool Weighed(const DocContext& ctx, const PairIndex& x, int sp, int tp) {
  const Candidate& s = ctx.nodes[x.core[sp]];
  const Candidate& t = ctx.nodes[x.core[tp]];
  if (IsClaimLike(t.type)) return true;
  return tp == sp - 1 && s.type == NodeType::kPremise && t.type == NodeType::kPremise &&
         x.contrast[sp];
}

// Whether a rule's own supports or attacks edge stands: its target kept a
// claim-like role or is an option.
bool Stands(const PendingEdge& e, const DocContext& ctx) {
  const Candidate& t = ctx.nodes[e.target];
  return t.kept && (IsClaimLike(t.type) || t.type == NodeType::kOption);
}

bool AnyRuleRelationStands(int source, const PairIndex& x, const DocContext& ctx) {
  for (int k : x.rule_edges[source]) {
    if (Stands(ctx.rule_edges[k], ctx)) return true;
  }
  return false;
}

// A rule's own relations from `source` that stand join the map (with no relation
// model, the default attachment has placed them already).
void KeepRuleRelations(int source, const PairIndex& x, const LinearModel& relations,
                       DocContext* ctx) {
  if (relations.empty()) return;
  for (int k : x.rule_edges[source]) {
    if (Stands(ctx->rule_edges[k], *ctx)) ctx->edges.push_back(ctx->rule_edges[k]);
  }
}

// The relation scorer's choice for one source: its likeliest target, or none.
struct Choice {
  int target = -1;  // a place in PairIndex::core
  double p = 0;     // the probability of supports or attacks
  EdgeType type = EdgeType::kSupports;
  std::vector<Reason> why;
};

// A premise supports or attacks its likeliest target; a claim or conclusion only
// when that relation is at least kEdgeThreshold likely.
Choice ChooseTarget(const LinearModel& relations, const PairIndex& x, int sp, const DocContext& ctx,
                    TraceDoc* trace) {
  int k_support = relations.ClassIndex("supports"), k_attack = relations.ClassIndex("attacks");
  int k_none = relations.ClassIndex("none");
  std::vector<int> targets;
  int most = 0;
  for (int tp : Targets(x, sp)) {
    if (tp == sp || !Weighed(ctx, x, sp, tp)) continue;
    targets.push_back(tp);
    most = std::max(most, Shared(x.content[sp], x.content[tp]));
  }
  bool premise = ctx.nodes[x.core[sp]].type == NodeType::kPremise;
  Choice best;
  for (int tp : targets) {
    PairFacts facts = Facts(ctx, x, sp, tp);
    facts.most_shared = most > 0 && facts.shared_words == most;
    if (trace) trace->pairs.push_back({x.core[sp], x.core[tp], RelationFeatures(facts)});
    if (relations.empty() || k_none < 0) continue;
    RowSink sink(relations);
    RelationFeatures(facts, &sink);
    std::vector<double> prob = LinearModel::Probabilities(relations.Scores(&sink.rows));
    double ps = k_support >= 0 ? prob[k_support] : 0, pa = k_attack >= 0 ? prob[k_attack] : 0;
    double p = ps + pa;
    if ((!premise && p < kEdgeThreshold) || p <= best.p) continue;
    best = {tp, p, pa > ps ? EdgeType::kAttacks : EdgeType::kSupports,
            relations.Explain(sink.rows, pa > ps ? k_attack : k_support, 3)};
  }
  return best;
}

// Whether `sp`'s choice yields to the choice of its own target pointing back at
// it: two claims never support each other; the likelier direction stays (the
// earlier source's on a tie).
bool Yields(const std::vector<Choice>& chosen, const std::vector<bool>& ruled, int sp) {
  int tp = chosen[sp].target;
  const Choice& back = chosen[tp];
  if (back.target != sp || ruled[tp]) return false;
  return back.p > chosen[sp].p || (back.p == chosen[sp].p && tp < sp);
}

}  // namespace

void ScoreRelations(const LinearModel& relations, const CompiledPack& pack, DocContext* ctx,
                    TraceDoc* trace) {
  PairIndex x = IndexPairs(pack, *ctx);
  int n = static_cast<int>(x.core.size());
  std::vector<Choice> chosen(n);
  std::vector<bool> ruled(n);
  for (int sp = 0; sp < n; ++sp) {
    chosen[sp] = ChooseTarget(relations, x, sp, *ctx, trace);
    ruled[sp] = !relations.empty() && AnyRuleRelationStands(x.core[sp], x, *ctx);
  }
  for (int sp = 0; sp < n; ++sp) {
    KeepRuleRelations(x.core[sp], x, relations, ctx);
    Choice& c = chosen[sp];
    if (c.target < 0 || ruled[sp] || Yields(chosen, ruled, sp)) continue;
    ctx->edges.push_back(
        {x.core[sp], x.core[c.target], c.type, std::string(kRelationRule), std::move(c.why)});
  }
  // A group's own rule relations (the alternatives a conclusion weighs) stand as
  // the rule made them: the relation scorer weighs only premises and claims.
  for (int i = 0; i < static_cast<int>(ctx->nodes.size()); ++i) {
    if (ctx->nodes[i].kept && ctx->nodes[i].type == NodeType::kGroup) {
      KeepRuleRelations(i, x, relations, ctx);
    }
  }
}

}  // namespace argmap
