// DocContext: what the stages of Extract (pipeline/extract.h) know of one abstract.
//
// Internal to src/pipeline: the segment, match, score, relate and assemble stages
// each read and extend one DocContext. Spans are bytes of the normalized text.
#ifndef ARGMAP_PIPELINE_DOC_CONTEXT_H_
#define ARGMAP_PIPELINE_DOC_CONTEXT_H_

#include <map>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/kinds.h"
#include "core/reason.h"
#include "text/normalize.h"
#include "text/sections.h"

namespace argmap {

// A node before it enters the graph: a rule's capture, or a clause unit (rule -1).
struct Candidate {
  NodeType type;
  Span span;
  int sentence;
  int rule;  // index into the pack's rules, or -1 for a clause unit
  std::string cue;
  bool kept = true;           // false once the role scorer gave it no role
  std::vector<Reason> why;    // what weighed most for its role
  double confidence = 0;      // the scorer's probability that it has a role
  std::vector<int> overlaps;  // for a clause unit: the rule candidates it overlaps
};

// A rule match that was applied, with the candidates each capture produced.
struct Applied {
  int rule;
  int sentence;
  std::map<std::string, std::vector<int>> members;  // capture name -> candidate indices
};

struct PendingEdge {
  int source;
  int target;
  EdgeType type;
  std::string rule;
  std::vector<Reason> why;
};

struct DocContext {
  const Document* doc = nullptr;
  std::string pack;  // field pack of this abstract
  NormalizedText norm;
  std::vector<Span> sentences;
  std::vector<Heading> headings;  // structured-abstract headings
  std::vector<Candidate> nodes;
  std::vector<Applied> applied;
  std::vector<PendingEdge> edges;
  // Supports and attacks the rules proposed, which the relation scorer weighs.
  std::vector<PendingEdge> rule_edges;
};

}  // namespace argmap

#endif  // ARGMAP_PIPELINE_DOC_CONTEXT_H_
