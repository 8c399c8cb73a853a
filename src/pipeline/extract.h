// The extraction pipeline: documents in, one ArgumentGraph out.
//
// Plain stages over one context (see docs/architecture.md):
//   segment  normalize each document and split it into sentences
//   match    pick the field pack of the abstract (a rule with `pack: NAME` runs
//            only on abstracts of that pack), run the compiled rules over every
//            sentence; place nodes by
//            precedence (a match whose nodes would overlap a node already placed
//            in that sentence is dropped), split list captures into members
//   relate   when no conclusion was found, make the last sentence's claims the
//            conclusion (final take-away); turn each applied rule's relations
//            into edges (captures, and the anchors this/previous/next/
//            earlier_claim/earlier_claims/thesis); let a negated claim attack the option
//            it rejects (option_links.h); then attach every premise that has no
//            outgoing support or attack to its default target
//   assemble sort nodes (document, span, type), give stable ids, map spans back
//            to the original text, and build the graph
// Extract never fails on text: a document where no rule fires gives no nodes.
// It maps documents in input order and stops before the first one whose nodes
// would take the graph past options.max_nodes (core/limits.h); stats->documents
// is then less than docs.size() and counts the documents mapped.
#ifndef ARGMAP_PIPELINE_EXTRACT_H_
#define ARGMAP_PIPELINE_EXTRACT_H_

#include <string>
#include <vector>

#include "core/document.h"
#include "core/limits.h"
#include "graph/argument_graph.h"
#include "model/model_file.h"
#include "rules/compiled_pack.h"

namespace argmap {

// Rule id given to default attachments.
inline constexpr std::string_view kDefaultAttachRule = "default/premise-supports-nearest-claim";

// What the model's stages saw of one abstract, for `argmap train` (model/train.h).
struct TraceUnit {
  std::string text;  // the candidate's original text
  std::string role;  // the role it ended with, or "none"
  // What the role scorer weighed; empty for a node it does not score (options, groups).
  std::vector<std::string> features;
};
struct TracePair {
  int source = 0;  // indices into TraceDoc::units
  int target = 0;
  std::vector<std::string> features;
};
struct TraceDoc {
  std::string id;
  std::vector<TraceUnit> units;  // every candidate, rule-made or a clause unit
  std::vector<TracePair> pairs;  // every pair the relation scorer weighed
};
struct ExtractTrace {
  std::vector<TraceDoc> docs;  // in input order
};

struct ExtractOptions {
  // The field pack for every abstract: "" detects it per abstract
  // (CompiledPack::DetectPack), "general" uses only the rules of no pack.
  std::string pack;
  // The most nodes the graph may hold (kMaxGraphNodes unless a test sets less).
  size_t max_nodes = kMaxGraphNodes;
  // The role and relation weights; nullptr means the built-in model
  // (model/model_file.h). An empty role model keeps every rule's node as the rule
  // made it; an empty relation model keeps the rules' relations and default attachment.
  const Model* model = nullptr;
  // When set, receives every candidate and pair with its features.
  ExtractTrace* trace = nullptr;
};

struct ExtractStats {
  size_t documents = 0;
  size_t sentences = 0;
  size_t rule_matches = 0;         // matches applied
  std::vector<std::string> packs;  // the field pack used for each document, in input order
};

void Extract(const std::vector<Document>& docs, const CompiledPack& pack, ArgumentGraph* graph,
             ExtractStats* stats = nullptr, const ExtractOptions& options = {});

}  // namespace argmap

#endif  // ARGMAP_PIPELINE_EXTRACT_H_
