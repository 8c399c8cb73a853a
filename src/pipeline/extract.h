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
#include "rules/compiled_pack.h"

namespace argmap {

// Rule id given to default attachments.
inline constexpr std::string_view kDefaultAttachRule = "default/premise-supports-nearest-claim";

struct ExtractOptions {
  // The field pack for every abstract: "" detects it per abstract
  // (CompiledPack::DetectPack), "general" uses only the rules of no pack.
  std::string pack;
  // The most nodes the graph may hold (kMaxGraphNodes unless a test sets less).
  size_t max_nodes = kMaxGraphNodes;
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
