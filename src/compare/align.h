// Aligning the claims and conclusions of several papers by their content.
//
// AlignPapers compares every claim-like node (claim or conclusion) with those
// of the other papers, never with its own paper's. Texts are compared by the
// cosine of their TermIndex vectors (term_index.h: stemmed content words,
// names and two-word phrases, weighted by how rare they are among the papers):
//   claim_score  the cosine of the two nodes' texts;
//   paper_score  the cosine of the two papers' whole abstracts (their subject);
//   score        sqrt(claim_score * paper_score), their geometric mean, so that
//                two claims worded alike in papers on different subjects ("...
//                since the end of the Cold War") rank below claims of papers
//                on the same subject.
// A pair is a link when its score reaches `threshold` and its nodes share at
// least `min_shared` terms; each node keeps its `max_links` strongest links (a
// link stays when it is among the strongest of either end). The stance
// (compare/stance.h) takes claim_score as the closeness of the propositions
// and every shared term, as each text writes it, as its anchors (specific when
// a phrase, or a name written as one in both texts); a node its own paper
// attacks and nothing of that paper supports is disputed.
//
// No pair of nodes is compared blindly: an inverted index lists, per term, the
// nodes that hold it, and only nodes sharing a term are scored. A term held by
// more than max(100, 1% of the nodes) nodes is common: it proposes pairs only
// for the nodes it is one of the two rarest terms of (so every node proposes
// some), and otherwise only counts in the score of pairs that other terms
// propose. A pair is scored exactly only when the bound on what the common
// terms could add lets it reach the threshold and `min_shared`, so the bound
// never drops a link. A pair that shares only common terms, none of them among
// the two rarest of either node, is not found: the price of not comparing
// every pair, paid only in corpora of hundreds of nodes and more.
//
// What a caller may rely on: links come strongest first, ties by `a` then `b`
// (vertex order, so input order of the papers); `a` is the node with the lower
// vertex index; each link's stance comes from compare/stance.h, and `terms`
// lists up to `max_terms` shared terms as written, strongest contribution
// first, "U.S./US" when the two papers write a term differently, leaving out a
// single word that a listed phrase holds. The result depends only on the graph,
// the documents and the options.
#ifndef ARGMAP_COMPARE_ALIGN_H_
#define ARGMAP_COMPARE_ALIGN_H_

#include <string>
#include <vector>

#include "compare/stance.h"
#include "core/document.h"
#include "graph/argument_graph.h"

namespace argmap {

struct Alignment {
  NodeIndex a = 0;
  NodeIndex b = 0;
  Stance stance = Stance::kRelated;
  double score = 0;                // sqrt(claim_score * paper_score), 0 to 1
  double claim_score = 0;          // cosine of the two nodes' texts
  double paper_score = 0;          // cosine of the two papers' abstracts
  std::vector<std::string> terms;  // shared terms, as written
  std::string cue;                 // the stance words, "not credible / credible", or ""
};

struct CompareOptions {
  double threshold = 0.15;         // least score of a link
  size_t min_shared = 2;           // least number of shared terms of a link
  size_t max_links = 5;            // links kept per node
  double same_proposition = 0.65;  // least claim_score for agrees, or contrasts by negation alone
  size_t max_terms = 6;            // shared terms listed per link
  size_t jobs = 1;                 // threads that score candidates (the result is the same)
};

struct CompareStats {
  size_t papers = 0;
  size_t nodes = 0;         // claims and conclusions compared
  size_t terms = 0;         // distinct terms
  size_t pairs_scored = 0;  // node pairs whose exact score was computed
};

std::vector<Alignment> AlignPapers(const ArgumentGraph& graph,
                                   const std::vector<Document>& documents,
                                   const CompareOptions& options, CompareStats* stats = nullptr);

}  // namespace argmap

#endif  // ARGMAP_COMPARE_ALIGN_H_
