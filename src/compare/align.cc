// The aligner: term vectors of claims and papers, an inverted index over the
// claims' terms, per-claim candidate scoring with an accumulator (on up to
// `jobs` threads, each over a block of claims, merged in order),
// and the description of each link.
#include "compare/align.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <thread>
#include <unordered_map>
#include <utility>

#include "compare/term_index.h"

namespace argmap {
namespace {

constexpr size_t kMinPostingCap = 100;        // a term in more nodes than this ...
constexpr double kPostingCapFraction = 0.01;  // ... and this share of them proposes no pairs
constexpr double kBoundSlack = 1e-9;          // rounding room for the score bound
constexpr size_t kMinUnitsPerThread = 2000;   // fewer claims are aligned on one thread
constexpr size_t kRarestProbes = 2;  // a claim's rarest terms probe the index even when capped

struct Unit {
  NodeIndex node = 0;
  uint32_t paper = 0;  // ordinal of the node's document id
  TermVector vector;
  double common_norm = 0;      // length of the weights of its capped terms
  uint32_t common_count = 0;   // number of its capped terms
  std::vector<TermId> rarest;  // its kRarestProbes rarest terms, which always probe
  bool disputed = false;       // its paper attacks it and nothing supports it
};

struct Posting {
  uint32_t unit;
  float weight;
};

struct Candidate {
  double score;
  uint32_t other;
};

using UnitPair = std::pair<uint32_t, uint32_t>;

// The scratch space of one thread of LinksOf, and what it found.
struct Worker {
  std::vector<double> acc;      // per unit: the dot product over uncapped terms
  std::vector<uint32_t> count;  // per unit: the uncapped terms shared
  std::vector<uint32_t> touched;
  std::vector<Candidate> candidates;
  std::vector<double> paper_cache;  // paper scores against paper_cache_owner, -1 until known
  uint32_t paper_cache_owner = UINT32_MAX;
  std::vector<UnitPair> pairs;
  size_t pairs_scored = 0;
};

double Cosine(const TermVector& x, const TermVector& y, size_t* shared) {
  double dot = 0;
  *shared = 0;
  auto a = x.terms.begin();
  auto b = y.terms.begin();
  while (a != x.terms.end() && b != y.terms.end()) {
    if (a->id < b->id) {
      ++a;
    } else if (b->id < a->id) {
      ++b;
    } else {
      dot += static_cast<double>(a->weight) * b->weight;
      ++*shared;
      ++a;
      ++b;
    }
  }
  double norms = x.norm * y.norm;
  return norms > 0 ? dot / norms : 0.0;
}

// Lower-case ASCII copy, to compare how two papers write a term.
std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Whether `surface` is written as a name in `text`: an acronym ("CBT", "U.S."),
// or capitalized where it does not open the text.
bool WrittenAsName(const std::string& text, const std::string& surface) {
  size_t upper =
      std::count_if(surface.begin(), surface.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (upper >= 2) return true;
  return upper == 1 && surface[0] >= 'A' && surface[0] <= 'Z' && !text.starts_with(surface);
}

class Aligner {
 public:
  Aligner(const ArgumentGraph& graph, const std::vector<Document>& documents,
          const CompareOptions& options)
      : graph_(graph), documents_(documents), options_(options) {}

  std::vector<Alignment> Run(CompareStats* stats) {
    BuildUnits();
    BuildPostings();
    std::vector<UnitPair> pairs = AllLinks();
    std::vector<Alignment> out;
    out.reserve(pairs.size());
    for (const auto& [i, j] : pairs) out.push_back(Describe(i, j));
    std::sort(out.begin(), out.end(), [](const Alignment& x, const Alignment& y) {
      if (x.score != y.score) return x.score > y.score;
      return std::pair(x.a, x.b) < std::pair(y.a, y.b);
    });
    if (stats) {
      stats->papers = paper_vectors_.size();
      stats->nodes = units_.size();
      stats->terms = index_.size();
      stats->pairs_scored = pairs_scored_;
    }
    return out;
  }

 private:
  // Ordinals of document ids, in order of first use.
  uint32_t PaperOf(const std::string& doc) {
    auto [it, added] = papers_.try_emplace(doc, static_cast<uint32_t>(papers_.size()));
    return it->second;
  }

  // The text of each paper: the input documents in order, then the documents
  // that only nodes name. A paper without text (a map, whose JSON holds no
  // abstracts) gets the text of its nodes.
  std::vector<std::string> PaperTexts() {
    for (const Document& d : documents_) PaperOf(d.id);
    std::vector<std::string> texts(papers_.size());
    for (const Document& d : documents_) {
      if (texts[PaperOf(d.id)].empty()) texts[PaperOf(d.id)] = d.text;
    }
    std::vector<bool> has_text(texts.size());
    for (size_t p = 0; p < texts.size(); ++p) has_text[p] = !texts[p].empty();
    for (NodeIndex v = 0; v < graph_.node_count(); ++v) {
      uint32_t paper = PaperOf(graph_.node(v).doc);
      if (paper >= texts.size()) {
        texts.resize(paper + 1);
        has_text.resize(paper + 1, false);
      }
      if (!has_text[paper]) texts[paper] += graph_.node(v).text + ".\n";
    }
    return texts;
  }

  // The claim-like nodes and the vectors of papers and claims.
  void BuildUnits() {
    std::vector<std::string> texts = PaperTexts();
    std::vector<bool> attacked(graph_.node_count()), supported(graph_.node_count());
    for (const ArgumentGraph::EdgeRef& e : graph_.Edges()) {
      if (e.edge->type == EdgeType::kAttacks) attacked[e.target] = true;
      if (e.edge->type == EdgeType::kSupports) supported[e.target] = true;
    }
    for (NodeIndex v = 0; v < graph_.node_count(); ++v) {
      if (!IsClaimLike(graph_.node(v).type)) continue;
      Unit unit;
      unit.node = v;
      unit.paper = PaperOf(graph_.node(v).doc);
      unit.disputed = attacked[v] && !supported[v];
      units_.push_back(std::move(unit));
    }
    std::vector<std::vector<TermId>> paper_terms;
    for (const std::string& text : texts) paper_terms.push_back(index_.AddDocument(text));
    for (auto& ids : paper_terms) paper_vectors_.push_back(index_.Weigh(std::move(ids)));
    for (Unit& u : units_) u.vector = index_.Vectorize(graph_.node(u.node).text);
  }

  // The inverted index, which terms are common, and what each unit's common
  // terms could add to a score.
  void BuildPostings() {
    postings_.assign(index_.size(), {});
    for (uint32_t i = 0; i < units_.size(); ++i) {
      for (const WeightedTerm& t : units_[i].vector.terms) {
        postings_[t.id].push_back({i, t.weight});
      }
    }
    size_t cap = std::max(kMinPostingCap, static_cast<size_t>(kPostingCapFraction *
                                                              static_cast<double>(units_.size())));
    common_.assign(index_.size(), false);
    for (TermId id = 0; id < postings_.size(); ++id) common_[id] = postings_[id].size() > cap;
    for (Unit& u : units_) DescribeCommonTerms(&u);
  }

  void DescribeCommonTerms(Unit* u) const {
    double sum = 0;
    std::vector<std::pair<size_t, TermId>> by_rarity;
    for (const WeightedTerm& t : u->vector.terms) {
      by_rarity.emplace_back(postings_[t.id].size(), t.id);
      if (!common_[t.id]) continue;
      sum += static_cast<double>(t.weight) * t.weight;
      ++u->common_count;
    }
    u->common_norm = std::sqrt(sum);
    size_t n = std::min(kRarestProbes, by_rarity.size());
    std::partial_sort(by_rarity.begin(), by_rarity.begin() + n, by_rarity.end());
    for (size_t k = 0; k < n; ++k) u->rarest.push_back(by_rarity[k].second);
  }

  // The links of every unit: blocks of units on threads, merged in order.
  std::vector<UnitPair> AllLinks() {
    size_t threads = std::max<size_t>(1, options_.jobs);
    threads = std::min(threads, std::max<size_t>(1, units_.size() / kMinUnitsPerThread));
    std::vector<Worker> workers(threads);
    auto run = [&](size_t w) {
      Worker& worker = workers[w];
      worker.acc.assign(units_.size(), 0.0);
      worker.count.assign(units_.size(), 0);
      size_t begin = units_.size() * w / threads;
      size_t end = units_.size() * (w + 1) / threads;
      for (size_t i = begin; i < end; ++i) LinksOf(static_cast<uint32_t>(i), &worker);
    };
    std::vector<std::thread> pool;
    for (size_t w = 1; w < threads; ++w) pool.emplace_back(run, w);
    run(0);
    for (std::thread& t : pool) t.join();
    std::vector<UnitPair> pairs;
    for (Worker& w : workers) {
      pairs.insert(pairs.end(), w.pairs.begin(), w.pairs.end());
      pairs_scored_ += w.pairs_scored;
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
  }

  // The cosine of the abstracts of papers p and q (the same both ways), cached
  // while p, the paper of the claim being aligned, stays the same.
  double PaperScore(uint32_t p, uint32_t q, Worker* w) const {
    if (w->paper_cache_owner != p) {
      w->paper_cache_owner = p;
      w->paper_cache.assign(paper_vectors_.size(), -1.0);
    }
    if (w->paper_cache[q] < 0) {
      size_t shared = 0;
      w->paper_cache[q] =
          Cosine(paper_vectors_[std::min(p, q)], paper_vectors_[std::max(p, q)], &shared);
    }
    return w->paper_cache[q];
  }

  // The claim, paper and combined scores of units i and j (the same whichever
  // comes first; i is the claim being aligned), and the number of terms they share.
  Alignment Scores(uint32_t i, uint32_t j, size_t* shared, Worker* w) const {
    const Unit& x = units_[std::min(i, j)];
    const Unit& y = units_[std::max(i, j)];
    Alignment out;
    out.a = x.node;
    out.b = y.node;
    out.claim_score = Cosine(x.vector, y.vector, shared);
    out.paper_score = PaperScore(units_[i].paper, units_[j].paper, w);
    out.score = std::sqrt(out.claim_score * out.paper_score);
    return out;
  }

  // Adds the strongest links of unit i to w->pairs, as (lower, higher) unit pairs.
  void LinksOf(uint32_t i, Worker* w) const {
    const Unit& u = units_[i];
    w->touched.clear();
    for (const WeightedTerm& t : u.vector.terms) {
      bool rare = std::find(u.rarest.begin(), u.rarest.end(), t.id) != u.rarest.end();
      if (common_[t.id] && !rare) continue;
      for (const Posting& p : postings_[t.id]) {
        if (units_[p.unit].paper == u.paper) continue;
        if (w->count[p.unit] == 0) w->touched.push_back(p.unit);
        w->acc[p.unit] += static_cast<double>(t.weight) * p.weight;
        ++w->count[p.unit];
      }
    }
    w->candidates.clear();
    for (uint32_t j : w->touched) {
      const Unit& v = units_[j];
      double norms = u.vector.norm * v.vector.norm;
      double claim_bound = norms > 0 ? (w->acc[j] + u.common_norm * v.common_norm) / norms : 0.0;
      size_t shared_bound = w->count[j] + std::min(u.common_count, v.common_count);
      w->acc[j] = 0;
      w->count[j] = 0;
      if (shared_bound < options_.min_shared) continue;
      double bound = std::sqrt(std::min(claim_bound, 1.0) * PaperScore(u.paper, v.paper, w));
      if (bound + kBoundSlack < options_.threshold) continue;
      ++w->pairs_scored;
      size_t shared = 0;
      Alignment scored = Scores(i, j, &shared, w);
      if (scored.score >= options_.threshold && shared >= options_.min_shared) {
        w->candidates.push_back({scored.score, j});
      }
    }
    auto stronger = [](const Candidate& x, const Candidate& y) {
      return x.score != y.score ? x.score > y.score : x.other < y.other;
    };
    size_t keep = std::min(options_.max_links, w->candidates.size());
    std::partial_sort(w->candidates.begin(), w->candidates.begin() + keep, w->candidates.end(),
                      stronger);
    for (size_t k = 0; k < keep; ++k) w->pairs.push_back(std::minmax(i, w->candidates[k].other));
  }

  // (term id, first surface) of each term of unit i, computed once.
  const std::vector<std::pair<TermId, std::string>>& Surfaces(uint32_t i) {
    std::optional<std::vector<std::pair<TermId, std::string>>>& cached = surfaces_[i];
    if (!cached) {
      cached.emplace();
      for (const Term& term : ExtractTerms(graph_.node(units_[i].node).text)) {
        TermId id = 0;
        if (!index_.Find(term.key, &id)) continue;
        bool seen = std::any_of(cached->begin(), cached->end(),
                                [&](const auto& s) { return s.first == id; });
        if (!seen) cached->emplace_back(id, term.surface);
      }
    }
    return *cached;
  }

  std::string SurfaceOf(uint32_t i, TermId id) {
    for (const auto& [t, surface] : Surfaces(i)) {
      if (t == id) return surface;
    }
    return index_.key(id);
  }

  // The words of the multi-word terms among `shared`.
  std::vector<std::string> PhraseWords(const std::vector<std::pair<double, TermId>>& shared) const {
    std::vector<std::string> words;
    for (const auto& [weight, id] : shared) {
      if (!index_.is_multiword(id)) continue;
      const std::string& key = index_.key(id);
      for (size_t p = 0, q = 0; p <= key.size(); p = q + 1) {
        q = std::min(key.find(' ', p), key.size());
        words.push_back(key.substr(p, q - p));
      }
    }
    return words;
  }

  // The terms units i and j share, strongest first, with their contributions.
  std::vector<std::pair<double, TermId>> SharedIds(uint32_t i, uint32_t j) const {
    std::vector<std::pair<double, TermId>> shared;
    const auto& a = units_[i].vector.terms;
    const auto& b = units_[j].vector.terms;
    for (size_t x = 0, y = 0; x < a.size() && y < b.size();) {
      if (a[x].id < b[y].id) {
        ++x;
      } else if (b[y].id < a[x].id) {
        ++y;
      } else {
        shared.emplace_back(static_cast<double>(a[x].weight) * b[y].weight, a[x].id);
        ++x;
        ++y;
      }
    }
    std::sort(shared.begin(), shared.end(), [](const auto& p, const auto& q) {
      return p.first != q.first ? p.first > q.first : p.second < q.second;
    });
    return shared;
  }

  // The shared terms of units i and j, strongest first, as written.
  std::vector<std::string> SharedTerms(uint32_t i, uint32_t j) {
    std::vector<std::pair<double, TermId>> shared = SharedIds(i, j);
    std::vector<std::string> in_phrases = PhraseWords(shared);
    std::vector<std::string> out;
    for (const auto& [weight, id] : shared) {
      if (out.size() >= options_.max_terms) break;
      if (!index_.is_multiword(id) &&
          std::count(in_phrases.begin(), in_phrases.end(), index_.key(id)) > 0) {
        continue;
      }
      std::string sa = SurfaceOf(i, id);
      std::string sb = SurfaceOf(j, id);
      out.push_back(Lower(sa) == Lower(sb) ? sa : sa + "/" + sb);
    }
    return out;
  }

  // The link of units i < j (out.a is i's node).
  Alignment Describe(uint32_t i, uint32_t j) {
    size_t shared = 0;
    Alignment out = Scores(i, j, &shared, &describer_);
    // The stance's anchors: every shared term, as each of the two texts writes it.
    // A term is specific when it is a phrase, or written as a name in both texts.
    const std::string& text_i = graph_.node(units_[i].node).text;
    const std::string& text_j = graph_.node(units_[j].node).text;
    std::vector<StanceAnchor> anchors_i, anchors_j;
    for (const auto& [weight, id] : SharedIds(i, j)) {
      std::string si = SurfaceOf(i, id);
      std::string sj = SurfaceOf(j, id);
      bool specific = index_.is_multiword(id) || (index_.is_name(id) && WrittenAsName(text_i, si) &&
                                                  WrittenAsName(text_j, sj));
      anchors_i.push_back({std::move(si), specific});
      anchors_j.push_back({std::move(sj), specific});
    }
    StanceSignals signals_i = ReadStanceSignals(text_i, anchors_i);
    StanceSignals signals_j = ReadStanceSignals(text_j, anchors_j);
    signals_i.disputed = units_[i].disputed;
    signals_j.disputed = units_[j].disputed;
    StanceJudgement judged =
        JudgeStance(signals_i, signals_j, out.claim_score, options_.same_proposition);
    out.stance = judged.stance;
    out.cue = std::move(judged.cue);
    out.terms = SharedTerms(i, j);
    return out;
  }

  const ArgumentGraph& graph_;
  const std::vector<Document>& documents_;
  const CompareOptions& options_;
  std::unordered_map<std::string, uint32_t> papers_;
  TermIndex index_;
  std::vector<Unit> units_;
  std::vector<TermVector> paper_vectors_;
  std::vector<std::vector<Posting>> postings_;
  std::vector<bool> common_;
  Worker describer_;  // the paper score cache of Describe
  std::map<uint32_t, std::optional<std::vector<std::pair<TermId, std::string>>>> surfaces_;
  size_t pairs_scored_ = 0;
};

}  // namespace

std::vector<Alignment> AlignPapers(const ArgumentGraph& graph,
                                   const std::vector<Document>& documents,
                                   const CompareOptions& options, CompareStats* stats) {
  return Aligner(graph, documents, options).Run(stats);
}

}  // namespace argmap
