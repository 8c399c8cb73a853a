// The data of a rule pack, as parsed from rule files (see docs/rules.md).
//
// A pack is a list of lexicons (named alternations of cue words) and rules.
// A rule has an id, an RE2 pattern with named captures, what it emits (node
// roles for captures, and relations between captures or sentence anchors),
// an optional priority, list captures to split into members, and examples that
// must and must not match. Every field remembers where it was written, so a
// later stage can point at it in an error.
#ifndef ARGMAP_RULES_RULE_H_
#define ARGMAP_RULES_RULE_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/kinds.h"

namespace argmap {

// Where something was written: file, 1-based line and column, and that line.
struct SourceLoc {
  std::string path;
  int line = 0;
  int column = 0;
  std::string source_line;
};

struct Lexicon {
  std::string name;
  std::vector<std::string> entries;  // RE2 fragments, matched as alternatives
  SourceLoc loc;
};

// An endpoint of a relation: a capture of the rule's match (kCapture), or an
// anchor in the document, resolved to this enum once, when the rule is parsed:
//   this            the main node of the matched sentence (its first claim-like
//                   node, else its first core node)
//   previous        the last claim, premise or conclusion of the nearest earlier
//                   sentence that has one
//   next            the first claim, premise or conclusion of the nearest later
//                   sentence that has one
//   earlier_claim   the nearest claim-like node in an earlier sentence
//   earlier_claims  every claim in an earlier sentence
//   thesis          the abstract's first claim-like node outside the sentence
//   earlier_options the group of the alternatives set out in the nearest earlier
//                   sentence that holds both options and a group ("two major
//                   strategies: 1) ... 2) ..."), which a later sentence weighs
enum class Anchor {
  kCapture,
  kThis,
  kPrevious,
  kNext,
  kEarlierClaim,
  kEarlierClaims,
  kThesis,
  kEarlierOptions
};

struct RelationSpec {
  std::string source;  // as written: a capture name or an anchor's name
  EdgeType type = EdgeType::kSupports;
  std::string target;
  Anchor source_anchor = Anchor::kCapture;
  Anchor target_anchor = Anchor::kCapture;
};

// Which sentences of an abstract a rule may match.
// kFirstN and kLastN: one of the first or last `position_n` sentences.
enum class SentencePosition { kAny, kFirst, kLast, kNotFirst, kFirstN, kLastN };

struct Rule {
  std::string id;
  std::string pattern;  // as written, with {lexicon} references
  // Optional: a second pattern (no captures) the sentence must also match; it
  // keeps large cue lexicons out of the capturing pattern, which is far cheaper.
  std::string requires_pattern;
  std::vector<std::string> node_captures;  // capture names that become nodes, in emits order
  std::vector<RelationSpec> relations;
  std::vector<std::string> split;  // captures split into list members
  bool split_pairs = false;        // "A and B" counts as a two-member list
  int priority = 50;
  std::vector<std::string> packs;  // field packs the rule runs on (empty = every abstract)
  SentencePosition position = SentencePosition::kAny;
  int position_n = 0;  // for kFirstN and kLastN: 2 to 9
  // When set, the rule applies only where the nearest earlier sentence with a
  // claim, premise or conclusion holds a node of this type.
  bool has_follows = false;
  NodeType follows = NodeType::kConclusion;
  std::vector<std::string> examples;         // must match
  std::vector<std::string> counterexamples;  // must not match
  int order = 0;                             // position in the pack, for stable precedence
  SourceLoc loc;                             // the "rule" line
  SourceLoc pattern_loc;                     // where the pattern text starts
  SourceLoc requires_loc;                    // where the requires text starts
  std::vector<SourceLoc> example_locs;
  std::vector<SourceLoc> counterexample_locs;
};

struct RulePack {
  std::vector<Lexicon> lexicons;
  std::vector<Rule> rules;
  std::vector<std::string> files;  // files read, in order
};

// The node type a capture name stands for: its part before the first '_'
// ("option_2" -> option). Returns false for "cue", "cue_x" and unknown names.
bool CaptureNodeType(const std::string& capture, NodeType* type);
bool IsCueCapture(const std::string& capture);
// The anchor named `name` ("this", "previous", ...), kCapture for any other name.
Anchor AnchorOf(std::string_view name);
bool IsAnchor(const std::string& name);  // AnchorOf(name) != kCapture
// The anchors' names, in the order of the Anchor enum ("this", "previous", ...).
std::vector<std::string> AnchorNames();

}  // namespace argmap

#endif  // ARGMAP_RULES_RULE_H_
