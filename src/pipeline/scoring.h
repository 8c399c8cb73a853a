// The stages of Extract that the model drives (internal to src/pipeline):
//   FormUnits       every clause unit of a sentence (text/clauses.h) becomes a
//                   candidate beside the rules' nodes, knowing the rules it overlaps
//   TrimHeadings    no candidate starts with a structured-abstract heading
//   ScoreRoles      the role model gives each candidate (but options and groups,
//                   which stay rule-made) a role or none (model/features.h)
//   ResolveOverlaps of overlapping candidates with a role, the surest one stays
//   ScoreRelations  each premise, claim and conclusion supports or attacks the
//                   claim-like node the relation model weighs highest, if any
// With an empty model ScoreRoles and ScoreRelations only record their features in
// the trace (training reads them) and change nothing.
#ifndef ARGMAP_PIPELINE_SCORING_H_
#define ARGMAP_PIPELINE_SCORING_H_

#include "model/linear_model.h"
#include "pipeline/doc_context.h"
#include "pipeline/extract.h"
#include "rules/compiled_pack.h"

namespace argmap {

void FormUnits(DocContext* ctx);
void TrimHeadings(DocContext* ctx);
void ScoreRoles(const CompiledPack& pack, const LinearModel& roles, DocContext* ctx,
                TraceDoc* trace);
// The members of one list (a rule's split capture) stand or fall together: when the
// role scorer kept at least half of them, the rest are kept too, with the role and
// the confidence of the least sure member kept, and "list:kept-whole" as their reason.
void KeepListsWhole(DocContext* ctx);
// Of clause units and rule nodes that overlap, the one the role scorer is surest of stays.
void ResolveOverlaps(DocContext* ctx);
// Writes each candidate's final role ("none" when dropped) into the trace.
void RecordRoles(const DocContext& ctx, TraceDoc* trace);
void ScoreRelations(const LinearModel& relations, const CompiledPack& pack, DocContext* ctx,
                    TraceDoc* trace);

// Rule id of nodes made from clause units, and of edges the relation model made.
inline constexpr std::string_view kUnitRule = "model/unit";
inline constexpr std::string_view kRelationRule = "model/relation";
// The weight a rule the model does not know (one added with --add-rules) lends the
// role it proposes.
inline constexpr double kUnknownRuleWeight = 2.0;

}  // namespace argmap

#endif  // ARGMAP_PIPELINE_SCORING_H_
