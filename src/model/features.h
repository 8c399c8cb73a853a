// The features the scorers weigh: readable names for what a person would look at.
//
// A role feature describes one candidate unit (a rule's node, or a clause unit no
// rule claimed): the rules that proposed a role for it ("rule:ID=ROLE",
// "proposed=ROLE"), the lexicons with a word in it and in the cue before it
// ("lex:NAME", "cue-lex:NAME"), its words ("word:W", "first:W", "cue:W"), where it
// stands ("sentence=first", "position=3", "unit=only"), the structured-abstract
// section ("section=methods"), numbers and statistics, tense and modal verbs, its
// length, and the role the rules proposed for the unit before it.
// A relation feature describes one ordered pair (source unit -> target unit): both
// roles and the direction ("roles=premise>claim", "dir=after"), the distance, whether
// the target is the thesis, the nearest claim-like unit on either side or the last
// one, the rule relations between them, and the lexicons of both sentences.
// Every feature is given twice, plain and prefixed by the field pack ("clinical|..."),
// so one model learns what holds in every field and what holds in one.
//
// What a caller may rely on: the lists (not the sink's calls) are sorted and without duplicates;
// the same inputs give the same list; no feature name holds white space.
#ifndef ARGMAP_MODEL_FEATURES_H_
#define ARGMAP_MODEL_FEATURES_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/kinds.h"
#include "rules/compiled_pack.h"

namespace argmap {

struct UnitFacts {
  std::string_view text;      // the unit's normalized text
  std::string_view cue;       // the sentence's text before the unit (its lead-in)
  std::string_view sentence;  // the whole sentence
  int sentence_index = 0;
  int sentence_count = 1;
  int unit_index = 0;  // among the units of its sentence
  int unit_count = 1;
  std::string_view section;  // "" or "background", "methods", ...
  std::string_view pack;     // the abstract's field pack
  // The rules that placed this node, each with the role it proposed.
  std::vector<std::pair<std::string_view, NodeType>> rules;
  // For a clause unit: the rules whose nodes overlap it, with their roles.
  std::vector<std::pair<std::string_view, NodeType>> overlapping;
  std::string_view previous_proposed;  // the role rules proposed for the unit before, or ""
  std::string_view previous_sentence;  // the sentences around it ("" at either end)
  std::string_view next_sentence;
};

// Receives each feature as `prefix` followed by `parts`, concatenated; the same
// feature may come more than once. Scoring looks names up without building them
// (pipeline/scoring.cc); training collects them.
class FeatureSink {
 public:
  virtual ~FeatureSink() = default;
  virtual void Add(std::string_view prefix, std::initializer_list<std::string_view> parts) = 0;
};

void RoleFeatures(const UnitFacts& unit, const CompiledPack& pack, FeatureSink* sink);
// The same, as a sorted list without duplicates.
std::vector<std::string> RoleFeatures(const UnitFacts& unit, const CompiledPack& pack);

struct PairFacts {
  std::string_view source_role;
  std::string_view target_role;
  int distance = 0;                    // target's place minus source's, among the scored units
  int sentence_distance = 0;           // target's sentence minus source's
  bool target_is_thesis = false;       // the first claim-like unit of the abstract
  bool target_is_last = false;         // the last claim-like unit of the abstract
  bool target_nearest_after = false;   // the nearest claim-like unit after the source
  bool target_nearest_before = false;  // the nearest claim-like unit before the source
  bool same_list = false;              // both members of one enumeration
  int shared_words = 0;                // content words (4 letters or more) the two share
  bool most_shared = false;            // no other claim-like unit shares more with the source
  int target_rank = 0;                 // the target's place among the claim-like units
  bool source_first_sentence = false;
  bool target_last_sentence = false;
  std::vector<std::string_view> source_lexicons;  // lexicon hits of the source's sentence
  std::vector<std::string_view> target_lexicons;  // and of the target's
  std::string_view source_first_word;             // lower-case first word of the source's sentence
  bool source_contrast = false;                   // the source opens a contrast ("but", "although")
  // Rule relations between the two, each as rule id and edge type.
  std::vector<std::pair<std::string_view, EdgeType>> rule_edges;
  std::string_view pack;
};

void RelationFeatures(const PairFacts& pair, FeatureSink* sink);
std::vector<std::string> RelationFeatures(const PairFacts& pair);

// Lower-case ASCII words of `text` (letters, with inner '-' or '\''), in order; the
// first `max` of them.
std::vector<std::string> FeatureWords(std::string_view text, size_t max = SIZE_MAX);

}  // namespace argmap

#endif  // ARGMAP_MODEL_FEATURES_H_
