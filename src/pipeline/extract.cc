#include "pipeline/extract.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/utf8.h"
#include "model/features.h"
#include "model/model_file.h"
#include "pipeline/doc_context.h"
#include "pipeline/option_links.h"
#include "pipeline/scoring.h"
#include "text/lists.h"
#include "text/normalize.h"
#include "text/scan.h"
#include "text/sentences.h"

namespace argmap {
namespace {

// --- segment -------------------------------------------------------------

// A sentence that opens with a structured abstract's heading starts after it, so
// that rules, frames and clause units read "We conclude that A", not
// "CONCLUSIONS: We conclude that A"; a sentence that is only a heading goes.
void SkipHeadings(DocContext* ctx) {
  std::vector<Span> kept;
  auto h = ctx->headings.begin();
  for (Span s : ctx->sentences) {
    while (h != ctx->headings.end() && h->span.end <= s.begin) ++h;
    while (h != ctx->headings.end() && h->span.begin <= s.begin && s.begin < h->span.end) {
      s.begin = std::min(h->span.end, s.end);
      s = TrimSpan(ctx->norm.text, s);
      ++h;
    }
    if (!s.empty()) kept.push_back(s);
  }
  ctx->sentences = std::move(kept);
}

void Segment(DocContext* ctx) {
  ctx->norm = Normalize(ctx->doc->text);
  ctx->sentences = SplitSentences(ctx->norm.text);
  ctx->headings = FindHeadings(ctx->norm, ctx->doc->text);  // a heading alone on its line too
  SkipHeadings(ctx);
}

// --- match ---------------------------------------------------------------

// The candidates of each sentence, so that a check looks at one sentence's nodes
// and not at every node of the abstract (time stays linear in its length).
using BySentence = std::vector<std::vector<int>>;

BySentence IndexBySentence(const DocContext& ctx) {
  BySentence out(ctx.sentences.size());
  for (int i = 0; i < static_cast<int>(ctx.nodes.size()); ++i) {
    out[ctx.nodes[i].sentence].push_back(i);
  }
  return out;
}

bool OverlapsPlaced(const DocContext& ctx, const BySentence& index, int sentence, Span span) {
  for (int i : index[sentence]) {
    if (ctx.nodes[i].span.Overlaps(span)) return true;
  }
  return false;
}

std::string CueOf(const RuleMatch& m, std::string_view sentence) {
  for (const CaptureMatch& c : m.captures) {
    if (IsCueCapture(c.name)) return std::string(sentence.substr(c.span.begin, c.span.size()));
  }
  return "";
}

// True when one of the two words before the match's cue negates it ("their
// theory does not suggest that A", "we cannot conclude that A"): the rule's node
// would state A, the opposite of the sentence, so the rule does not apply and
// the clause unit, which keeps the negation (text/clauses.h), stands.
bool NegatedCue(const RuleMatch& m, std::string_view sentence) {
  constexpr size_t kLookBack = 40;  // bytes before the cue: two words and more
  for (const CaptureMatch& c : m.captures) {
    if (!IsCueCapture(c.name)) continue;
    size_t from = c.span.begin > kLookBack ? c.span.begin - kLookBack : 0;
    std::vector<std::string> words = FeatureWords(sentence.substr(from, c.span.begin - from));
    size_t k = words.size() > 2 ? words.size() - 2 : 0;
    for (; k < words.size(); ++k) {
      if (IsNegationWord(words[k])) return true;
    }
  }
  return false;
}

// The node spans one capture yields (members when the rule splits it), in document bytes.
std::vector<Span> CaptureSpans(const Rule& rule, const CaptureMatch& c, std::string_view text,
                               size_t offset) {
  Span span{offset + c.span.begin, offset + c.span.end};
  bool split = std::count(rule.split.begin(), rule.split.end(), c.name) > 0;
  std::vector<Span> out;
  if (split) {
    ListOptions options;
    options.allow_pair = rule.split_pairs;
    out = SplitList(text, span, options);
  } else {
    out.push_back(TrimSpan(text, span));
  }
  std::erase_if(out, [](const Span& s) { return s.empty(); });
  return out;
}

bool PositionAllows(SentencePosition p, int n, int sentence, int count) {
  switch (p) {
    case SentencePosition::kFirstN:
      return sentence < n;
    case SentencePosition::kLastN:
      return sentence >= count - n;
    case SentencePosition::kAny:
      return true;
    case SentencePosition::kFirst:
      return sentence == 0;
    case SentencePosition::kLast:
      return sentence == count - 1;
    case SentencePosition::kNotFirst:
      return sentence > 0;
  }
  return true;
}

bool IsCore(NodeType t) { return IsClaimLike(t) || t == NodeType::kPremise; }

// What matching knows of the nodes placed so far: each sentence's, and the
// nearest sentence before the current one that holds a core node (-1: none).
struct Placed {
  BySentence index;
  int last_core = -1;
};

// True when the nearest earlier sentence with a core node holds a node of `type`.
bool FollowsType(const DocContext& ctx, const Placed& placed, NodeType type) {
  if (placed.last_core < 0) return false;
  const std::vector<int>& nodes = placed.index[placed.last_core];
  return std::any_of(nodes.begin(), nodes.end(), [&](int i) { return ctx.nodes[i].type == type; });
}

// True when `rule` may apply to `sentence`: its position, `follows` and pack
// constraints hold (none of them depends on the sentence's own nodes).
bool RuleAllowed(const Rule& rule, int sentence, const DocContext& ctx, const Placed& placed) {
  if (!PositionAllows(rule.position, rule.position_n, sentence,
                      static_cast<int>(ctx.sentences.size()))) {
    return false;
  }
  if (rule.has_follows && !FollowsType(ctx, placed, rule.follows)) return false;
  return rule.packs.empty() ||
         std::find(rule.packs.begin(), rule.packs.end(), ctx.pack) != rule.packs.end();
}

// Places the nodes of one match unless one of them overlaps a node already placed.
bool ApplyMatch(const CompiledPack& pack, const RuleMatch& m, int sentence, DocContext* ctx,
                Placed* placed) {
  const Rule& rule = pack.rule(m.rule);
  Span sent = ctx->sentences[sentence];
  std::string_view text = ctx->norm.text;
  Applied applied{m.rule, sentence, {}};
  std::vector<Candidate> fresh;
  if (NegatedCue(m, text.substr(sent.begin, sent.size()))) return false;
  std::string cue = CueOf(m, text.substr(sent.begin, sent.size()));
  for (const CaptureMatch& c : m.captures) {
    NodeType type;
    if (!CaptureNodeType(c.name, &type)) continue;
    for (Span s : CaptureSpans(rule, c, text, sent.begin)) {
      if (OverlapsPlaced(*ctx, placed->index, sentence, s)) return false;
      for (const Candidate& f : fresh) {
        if (f.span.Overlaps(s)) return false;
      }
      applied.members[c.name].push_back(static_cast<int>(ctx->nodes.size() + fresh.size()));
      fresh.push_back({type, s, sentence, m.rule, cue, true, {}, 0, {}});
    }
  }
  if (fresh.empty() && rule.relations.empty()) return false;
  for (size_t k = 0; k < fresh.size(); ++k) {
    placed->index[sentence].push_back(static_cast<int>(ctx->nodes.size() + k));
  }
  ctx->nodes.insert(ctx->nodes.end(), fresh.begin(), fresh.end());
  ctx->applied.push_back(std::move(applied));
  return true;
}

size_t MatchSentences(const CompiledPack& pack, DocContext* ctx) {
  size_t applied = 0;
  Placed placed{IndexBySentence(*ctx)};
  for (int s = 0; s < static_cast<int>(ctx->sentences.size()); ++s) {
    Span sent = ctx->sentences[s];
    std::string_view text = std::string_view(ctx->norm.text).substr(sent.begin, sent.size());
    auto allowed = [&](int rule) { return RuleAllowed(pack.rule(rule), s, *ctx, placed); };
    for (const RuleMatch& m : pack.Match(text, allowed)) {
      applied += ApplyMatch(pack, m, s, ctx, &placed);
    }
    const std::vector<int>& here = placed.index[s];
    if (std::any_of(here.begin(), here.end(), [&](int i) { return IsCore(ctx->nodes[i].type); })) {
      placed.last_core = s;
    }
  }
  return applied;
}

// --- relate --------------------------------------------------------------

// What relating asks of the kept nodes, per sentence, computed once so that
// each relation end is found in constant time (the abstract's length does not
// multiply the work).
struct RelateIndex {
  BySentence kept;        // each sentence's kept nodes, in node order
  std::vector<int> main;  // the sentence's first claim-like node, else first core one
  std::vector<int> first_core, last_core;    // the sentence's first and last core node
  std::vector<int> prev_core, next_core;     // the nearest earlier/later sentence with one
  std::vector<int> first_claim, last_claim;  // by text position, within the sentence
  std::vector<int> prev_claim, next_claim;   // the nearest earlier/later sentence with one
  std::vector<int> claims;                   // the kept claims (type claim), sentence by sentence
  std::vector<int> claims_before;            // per sentence, how many of `claims` precede it
  std::vector<int> option_group;  // the sentence's group when it also holds options, else -1
  std::vector<int> prev_options;  // the nearest earlier sentence with an option_group
};

bool Before(const Candidate& a, const Candidate& b) {
  return std::tie(a.sentence, a.span.begin) < std::tie(b.sentence, b.span.begin);
}

RelateIndex IndexForRelating(const DocContext& ctx) {
  int n = static_cast<int>(ctx.sentences.size());
  RelateIndex x;
  x.kept.resize(n);
  for (int i = 0; i < static_cast<int>(ctx.nodes.size()); ++i) {
    if (ctx.nodes[i].kept) x.kept[ctx.nodes[i].sentence].push_back(i);
  }
  for (std::vector<int>* v : {&x.main, &x.first_core, &x.last_core, &x.prev_core, &x.next_core,
                              &x.first_claim, &x.last_claim, &x.prev_claim, &x.next_claim}) {
    v->assign(n, -1);
  }
  for (int s = 0; s < n; ++s) {
    for (int i : x.kept[s]) {
      const Candidate& c = ctx.nodes[i];
      if (IsCore(c.type) && x.first_core[s] < 0) x.first_core[s] = i;
      if (IsCore(c.type)) x.last_core[s] = i;
      if (!IsClaimLike(c.type)) continue;
      if (x.main[s] < 0) x.main[s] = i;
      if (x.first_claim[s] < 0 || Before(c, ctx.nodes[x.first_claim[s]])) x.first_claim[s] = i;
      if (x.last_claim[s] < 0 || Before(ctx.nodes[x.last_claim[s]], c)) x.last_claim[s] = i;
    }
    if (x.main[s] < 0) x.main[s] = x.first_core[s];
  }
  x.claims_before.assign(n + 1, 0);
  for (int s = 0; s < n; ++s) {
    x.claims_before[s] = static_cast<int>(x.claims.size());
    for (int i : x.kept[s]) {
      if (ctx.nodes[i].type == NodeType::kClaim) x.claims.push_back(i);
    }
  }
  x.claims_before[n] = static_cast<int>(x.claims.size());
  x.option_group.assign(n, -1);
  x.prev_options.assign(n, -1);
  for (int s = 0; s < n; ++s) {
    int group = -1;
    bool options = false;
    for (int i : x.kept[s]) {
      if (ctx.nodes[i].type == NodeType::kGroup && group < 0) group = i;
      options = options || ctx.nodes[i].type == NodeType::kOption;
    }
    if (options) x.option_group[s] = group;
    if (s > 0) x.prev_options[s] = x.option_group[s - 1] >= 0 ? s - 1 : x.prev_options[s - 1];
  }
  for (int s = 1; s < n; ++s) {
    x.prev_core[s] = x.first_core[s - 1] >= 0 ? s - 1 : x.prev_core[s - 1];
    x.prev_claim[s] = x.first_claim[s - 1] >= 0 ? s - 1 : x.prev_claim[s - 1];
  }
  for (int s = n - 2; s >= 0; --s) {
    x.next_core[s] = x.first_core[s + 1] >= 0 ? s + 1 : x.next_core[s + 1];
    x.next_claim[s] = x.first_claim[s + 1] >= 0 ? s + 1 : x.next_claim[s + 1];
  }
  return x;
}

// The last core node of the nearest earlier sentence that has one (step -1), or
// the first of the nearest later one (step +1).
int NeighbourNode(const RelateIndex& x, int sentence, int step) {
  if (step < 0) return x.prev_core[sentence] < 0 ? -1 : x.last_core[x.prev_core[sentence]];
  return x.next_core[sentence] < 0 ? -1 : x.first_core[x.next_core[sentence]];
}

// The nearest claim-like node in a sentence before `sentence`.
int EarlierClaim(const RelateIndex& x, int sentence) {
  return x.prev_claim[sentence] < 0 ? -1 : x.last_claim[x.prev_claim[sentence]];
}

// The paper's main claim: its first claim-like node in text order, outside `sentence`.
int Thesis(const RelateIndex& x, int sentence) {
  int first = x.first_claim.empty() ? -1 : (x.first_claim[0] >= 0 ? 0 : x.next_claim[0]);
  if (first == sentence) first = x.next_claim[sentence];
  return first < 0 ? -1 : x.first_claim[first];
}

std::vector<int> Resolve(const RelateIndex& x, const Applied& a, Anchor anchor,
                         const std::string& capture) {
  int node = -1;
  if (anchor == Anchor::kThis) {
    node = x.main[a.sentence];
  } else if (anchor == Anchor::kPrevious) {
    node = NeighbourNode(x, a.sentence, -1);
  } else if (anchor == Anchor::kNext) {
    node = NeighbourNode(x, a.sentence, +1);
  } else if (anchor == Anchor::kEarlierClaim) {
    node = EarlierClaim(x, a.sentence);
  } else if (anchor == Anchor::kEarlierOptions) {
    int s = x.prev_options[a.sentence];
    node = s < 0 ? -1 : x.option_group[s];
  } else if (anchor == Anchor::kThesis) {
    node = Thesis(x, a.sentence);
  } else if (anchor == Anchor::kEarlierClaims) {
    // As many as there are: the output bounds the work.
    std::vector<int> out(x.claims.begin(), x.claims.begin() + x.claims_before[a.sentence]);
    std::sort(out.begin(), out.end());
    return out;
  } else {
    auto it = a.members.find(capture);
    return it == a.members.end() ? std::vector<int>{} : it->second;
  }
  return node < 0 ? std::vector<int>{} : std::vector<int>{node};
}

// The final take-away: when no rule found a conclusion in an abstract of two or
// more sentences, the claims of its last sentence are its conclusion.
void PromoteFinalTakeaway(DocContext* ctx) {
  int last = static_cast<int>(ctx->sentences.size()) - 1;
  if (last < 1) return;
  for (const Candidate& c : ctx->nodes) {
    if (c.type == NodeType::kConclusion) return;
  }
  for (Candidate& c : ctx->nodes) {
    if (c.sentence == last && c.type == NodeType::kClaim) c.type = NodeType::kConclusion;
  }
}

// Without a role model, the rules' nodes stand as they are and clause units make none.
void KeepRuleNodesOnly(DocContext* ctx) {
  for (Candidate& c : ctx->nodes) c.kept = c.kept && c.rule >= 0;
  PromoteFinalTakeaway(ctx);
}

// A group none of whose members kept a role is dropped with them.
void DropEmptyGroups(DocContext* ctx) {
  std::vector<bool> has_member(ctx->nodes.size(), false);
  for (const PendingEdge& e : ctx->edges) {
    if (e.type == EdgeType::kPartOf && ctx->nodes[e.source].kept) has_member[e.target] = true;
  }
  for (size_t i = 0; i < ctx->nodes.size(); ++i) {
    if (ctx->nodes[i].type == NodeType::kGroup && !has_member[i]) ctx->nodes[i].kept = false;
  }
}

// Supports and attacks go to ctx->rule_edges (the relation scorer weighs them),
// part_of and alternative edges straight to ctx->edges.
void RelateApplied(const CompiledPack& pack, DocContext* ctx) {
  RelateIndex x = IndexForRelating(*ctx);
  for (const Applied& a : ctx->applied) {
    const Rule& rule = pack.rule(a.rule);
    for (const RelationSpec& r : rule.relations) {
      std::vector<int> sources = Resolve(x, a, r.source_anchor, r.source);
      std::vector<int> targets = Resolve(x, a, r.target_anchor, r.target);
      bool pairwise = r.source == r.target;
      for (size_t i = 0; i < sources.size(); ++i) {
        for (size_t j = pairwise ? i + 1 : 0; j < targets.size(); ++j) {
          if (sources[i] == targets[j]) continue;
          bool argument = r.type == EdgeType::kSupports || r.type == EdgeType::kAttacks;
          (argument ? ctx->rule_edges : ctx->edges)
              .push_back({sources[i], targets[j], r.type, rule.id, {}});
        }
      }
    }
  }
}

// Default attachment (see docs/rules.md): a premise that no rule linked
// supports the nearest claim-like node after it (same sentence first), else the
// nearest one before it. Claims are not attached by default: measured on the
// gold files, linking them to the thesis added more wrong edges than right ones.
using Pos = std::tuple<int, size_t>;
Pos PosOf(const Candidate& c) { return {c.sentence, c.span.begin}; }

// The kept claim-like nodes in text order (nodes at one position in node order),
// so that the nearest one to a premise is found by binary search.
std::vector<int> ClaimLikeInTextOrder(const DocContext& ctx) {
  std::vector<int> out;
  for (int j = 0; j < static_cast<int>(ctx.nodes.size()); ++j) {
    if (ctx.nodes[j].kept && IsClaimLike(ctx.nodes[j].type)) out.push_back(j);
  }
  std::stable_sort(out.begin(), out.end(),
                   [&](int a, int b) { return PosOf(ctx.nodes[a]) < PosOf(ctx.nodes[b]); });
  return out;
}

// The first of `claims` after `from` in the text, else the first of those at
// the last position before it (or at its own position).
int NearestClaimLike(const DocContext& ctx, const std::vector<int>& claims, int from) {
  auto pos = [&](int j) { return PosOf(ctx.nodes[j]); };
  auto after = std::upper_bound(claims.begin(), claims.end(), pos(from),
                                [&](const Pos& p, int j) { return p < pos(j); });
  if (after != claims.end()) return *after;
  if (after == claims.begin()) return -1;
  auto before = std::lower_bound(claims.begin(), after, pos(*(after - 1)),
                                 [&](int j, const Pos& p) { return pos(j) < p; });
  return *before;
}

// A negated claim or conclusion attacks the option it rejects (option_links.h).
void AttackRejectedOptions(DocContext* ctx) {
  std::vector<int> options;
  std::vector<std::string_view> texts;
  std::string_view text = ctx->norm.text;
  for (int i = 0; i < static_cast<int>(ctx->nodes.size()); ++i) {
    if (!ctx->nodes[i].kept || ctx->nodes[i].type != NodeType::kOption) continue;
    options.push_back(i);
    texts.push_back(text.substr(ctx->nodes[i].span.begin, ctx->nodes[i].span.size()));
  }
  if (options.size() < 2) return;
  for (int i = 0; i < static_cast<int>(ctx->nodes.size()); ++i) {
    const Candidate& c = ctx->nodes[i];
    if (!c.kept || !IsClaimLike(c.type)) continue;
    int k = RejectedOption(text.substr(c.span.begin, c.span.size()), texts);
    if (k >= 0) {
      ctx->edges.push_back(
          {i, options[k], EdgeType::kAttacks, std::string(kRejectedOptionRule), {}});
    }
  }
}

void AttachDefaults(DocContext* ctx) {
  ctx->edges.insert(ctx->edges.end(), ctx->rule_edges.begin(), ctx->rule_edges.end());
  std::vector<bool> linked(ctx->nodes.size(), false);  // the source of a support or attack
  for (const PendingEdge& e : ctx->edges) {
    if (e.type == EdgeType::kSupports || e.type == EdgeType::kAttacks) linked[e.source] = true;
  }
  std::vector<int> claims = ClaimLikeInTextOrder(*ctx);
  for (int i = 0; i < static_cast<int>(ctx->nodes.size()); ++i) {
    const Candidate& c = ctx->nodes[i];
    if (!c.kept || c.type != NodeType::kPremise || linked[i]) continue;
    int target = NearestClaimLike(*ctx, claims, i);
    if (target >= 0) {
      ctx->edges.push_back({i, target, EdgeType::kSupports, std::string(kDefaultAttachRule), {}});
    }
  }
}

// --- assemble ------------------------------------------------------------

void Assemble(const CompiledPack& pack, const DocContext& ctx, ArgumentGraph* graph) {
  std::vector<int> order;
  for (size_t i = 0; i < ctx.nodes.size(); ++i) {
    if (ctx.nodes[i].kept) order.push_back(static_cast<int>(i));
  }
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const Candidate& x = ctx.nodes[a];
    const Candidate& y = ctx.nodes[b];
    return std::tie(x.span.begin, x.span.end, x.type) < std::tie(y.span.begin, y.span.end, y.type);
  });
  const std::string& text = ctx.doc->text;
  constexpr NodeIndex kNone = static_cast<NodeIndex>(-1);
  std::vector<NodeIndex> index(ctx.nodes.size(), kNone);
  CodePointCounter begins(text), ends(text);  // node spans come in increasing order
  for (size_t k = 0; k < order.size(); ++k) {
    const Candidate& c = ctx.nodes[order[k]];
    Node n;
    n.id = ctx.doc->id + "/n" + std::to_string(k + 1);
    n.doc = ctx.doc->id;
    n.type = c.type;
    n.span = ctx.norm.ToOriginal(c.span.begin, c.span.end);
    n.text = text.substr(n.span.begin, n.span.size());
    n.cp_span = {begins.Offset(n.span.begin), ends.Offset(n.span.end)};
    n.sentence = c.sentence;
    n.rule = c.rule >= 0 ? pack.rule(c.rule).id : std::string(kUnitRule);
    n.why = c.why;
    n.cue = c.cue;
    n.qualifier =
        pack.FindHedge(std::string_view(ctx.norm.text).substr(c.span.begin, c.span.size()));
    index[order[k]] = graph->AddNode(std::move(n));
  }
  std::vector<PendingEdge> edges;
  for (const PendingEdge& e : ctx.edges) {
    if (index[e.source] != kNone && index[e.target] != kNone) edges.push_back(e);
  }
  std::stable_sort(edges.begin(), edges.end(), [&](const PendingEdge& a, const PendingEdge& b) {
    return std::tie(index[a.source], index[a.target], a.type) <
           std::tie(index[b.source], index[b.target], b.type);
  });
  int k = 0;
  for (const PendingEdge& e : edges) {
    Edge edge{ctx.doc->id + "/e" + std::to_string(k + 1), e.type, e.rule, e.why};
    if (graph->AddEdge(index[e.source], index[e.target], edge)) ++k;
  }
}

}  // namespace

void Extract(const std::vector<Document>& docs, const CompiledPack& pack, ArgumentGraph* graph,
             ExtractStats* stats, const ExtractOptions& options) {
  ExtractStats local;
  const Model& model = options.model ? *options.model : DefaultModel();
  for (const Document& doc : docs) {
    DocContext ctx;
    ctx.doc = &doc;
    TraceDoc* trace = nullptr;
    if (options.trace) trace = &options.trace->docs.emplace_back(TraceDoc{doc.id, {}, {}});
    Segment(&ctx);
    ctx.pack = options.pack.empty() ? pack.DetectPack(ctx.norm.text) : options.pack;
    size_t matches = MatchSentences(pack, &ctx);
    FormUnits(&ctx);
    TrimHeadings(&ctx);
    ScoreRoles(pack, model.roles, &ctx, trace);
    KeepListsWhole(&ctx);
    if (model.roles.empty()) KeepRuleNodesOnly(&ctx);
    ResolveOverlaps(&ctx);
    RecordRoles(ctx, trace);
    size_t kept = std::count_if(ctx.nodes.begin(), ctx.nodes.end(),
                                [](const Candidate& c) { return c.kept; });
    if (graph->node_count() + kept > options.max_nodes) {
      if (options.trace) options.trace->docs.pop_back();
      break;
    }
    local.packs.push_back(ctx.pack);
    local.rule_matches += matches;
    RelateApplied(pack, &ctx);
    DropEmptyGroups(&ctx);
    AttackRejectedOptions(&ctx);
    // The relation model needs the role model's roles; without both, the rules'
    // own relations and the default attachment stand.
    if (!model.roles.empty()) ScoreRelations(model.relations, pack, &ctx, trace);
    if (model.roles.empty() || model.relations.empty()) AttachDefaults(&ctx);
    Assemble(pack, ctx, graph);
    local.documents++;
    local.sentences += ctx.sentences.size();
  }
  if (stats) *stats = local;
}

}  // namespace argmap
