// Stance: how two aligned claims from different papers relate, and the words
// that show it.
//
// A Stance is not an argument edge (core/kinds.h): it is the label of a
// cross-paper alignment, with its own string table (StanceName, ParseStance,
// StanceDescription), in the order of kAllStances.
//
// ReadStanceSignals finds, in one text, its evaluations: words of a row of the
// evaluative lexicon (EvaluativeDimensions), each with a polarity of +1 or -1.
// The evaluative rows (credible, success, interest, effective, viable,
// beneficial, necessary, valid, support) judge a subject; the directional rows
// (change, improve, sign, likelihood, favour) say which way something moves, and the
// effect row whether one thing bears on another at all ("affects", "is
// associated with", "shaped by" / "unrelated to", "no effect on"). A negation
// (not, never, cannot, no, nor, neither, without, hardly, none, "-n't", and
// "fail(s/ed) to") flips the first lexicon word after it within six words of
// the same clause; an evaluation of leaving something ("not in the interest
// ... to leave", "abandon", "withdraw", ...) within eight words after an
// evaluative word flips it again, since it evaluates the thing left. A hedge
// (may, might, could, possibly, likely, appears, seems, tends, ...) up to
// three words before a lexicon word in its clause does not change its polarity
// but is kept in its words ("may not affect"). A lexicon word after "whether"
// or "extent to which" in its part (a question), or inside an anchor of
// several words ("node negative"), is no evaluation. Clauses end at , ; : . ! ? ( ) dashes and at
// but, while, whereas, although, though, however, yet.
//
// Anchors: the caller passes the terms the two texts share (align.h), each as
// this text writes it, in the same order for both texts (a hyphenated word
// matches the words of an anchor: "epoetin-alfa" is "epoetin alfa"). An
// evaluation's subject is the specific anchors (not those holding a hedge or
// lexicon word: "program appears") written before it in its part
// of the text (parts end at ; : . ! ? and the clause words above, not at
// commas, nor at a clause word that stands between commas, an aside); the
// anchors of one common word written there are its plain subject; an
// evaluative word followed by "of" ("the failure of X") has for
// subject those in the first run of content words after "of" instead, and a
// reversed evaluation also those after the leaving word. The object of a
// directional or effect word is the run of content words (of two letters or
// more and not stop words, compare/terms.h) in its clause that starts within
// three words after it, past "the
// likelihood / probability / risk / odds / chance(s) of"; its object anchors
// are those that end the run, all of them "whole" when the anchors inside the
// run cover every word of it. Two objects are the same when they share an
// anchor that is whole in one of them. Two evaluations of one row match when
//   - evaluative rows: their subjects share an anchor;
//   - directional rows: their subjects share an anchor and their objects are
//     the same; the direction rows (change, sign, likelihood, favour) match
//     one another too, and their plain subjects may share two anchors instead;
//   - effect row: the same, or one's subject shares an anchor with the other's
//     whole object and the other way round ("X affects Y", "Y is shaped by X"),
//     or their plain subjects share an anchor and their objects one that is
//     whole in both ("plurality rule constrains the number of parties" /
//     "under plurality the formula is a determinant of the number of parties").
//
// JudgeStance labels a pair, in this order:
//   1. two matching evaluations of opposite polarities -> contrasts
//      ("credible / not credible", "increases / reduces", "affects / does not affect");
//   2. both texts make evaluative-row evaluations of a shared subject (an
//      anchor in the subjects of both) and the net polarities of those are
//      opposite -> contrasts;
//   3. two matching evaluations of the same polarity -> agrees ("reduces /
//      may reduce", "not associated with / no effect on");
//   4. the score reaches `same_proposition`, and the texts write at least two
//      of the same specific anchors, or the score reaches 0.9 and they make
//      evaluations of the same rows with the same polarities (or none): one
//      text holding a negation that flipped nothing and the other not ->
//      contrasts, otherwise -> agrees (two short texts that share one phrase
//      are not one proposition);
//   5. otherwise -> related.
// When exactly one text is `disputed` (its own paper attacks it, align.h), a
// judgement of agrees becomes contrasts and the reverse, and the cue marks
// that side "words (disputed)", or reads "held / disputed" for rule 4 alone.
// The cue holds the words of each side, "a words / b words" (rules 1 to 3),
// the free negations or "-" (rule 4, "" when neither has one), or "" (rule 5).
#ifndef ARGMAP_COMPARE_STANCE_H_
#define ARGMAP_COMPARE_STANCE_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "compare/stance_lexicon.h"

namespace argmap {

enum class Stance { kAgrees, kContrasts, kRelated };

inline constexpr std::array<Stance, 3> kAllStances = {Stance::kAgrees, Stance::kContrasts,
                                                      Stance::kRelated};

// "agrees", "contrasts", "related".
std::string_view StanceName(Stance stance);
std::string_view StanceDescription(Stance stance);
bool ParseStance(std::string_view name, Stance* stance);
std::vector<std::string> StanceNames();

struct Evaluation {
  size_t dimension = 0;  // index into EvaluativeDimensions()
  int polarity = 1;      // +1 or -1, after negation and reversal
  std::string words;     // as written, lower case: "not credible", "not ... interest ... leave"
  std::vector<size_t> subject;        // indices of the anchors it is about (see above), ascending
  std::vector<size_t> plain_subject;  // the anchors of one common word written where a subject is
  std::vector<size_t> object;         // anchors that end its object ("transfusions")
  std::vector<size_t> object_whole;   // all of `object` when anchors cover every word of it
};

struct StanceSignals {
  std::vector<Evaluation> evaluations;  // in text order
  std::string negation;                 // the first negation word, or ""
  std::vector<size_t> specific;         // the specific anchors the text writes, ascending
  bool disputed = false;                // its own paper disputes the text (set by the caller)
  // The sign of the sum of the evaluative rows' polarities (-1, 0 or +1).
  int Polarity() const;
};

// A term the two texts of a pair share, as this text writes it ("U.S.", "civil
// wars"); specific when it is a name or a phrase. Only specific terms can be
// the subject of an evaluation.
struct StanceAnchor {
  std::string surface;
  bool specific = false;
};

StanceSignals ReadStanceSignals(std::string_view text,
                                const std::vector<StanceAnchor>& anchors = {});

struct StanceJudgement {
  Stance stance = Stance::kRelated;
  std::string cue;
};

StanceJudgement JudgeStance(const StanceSignals& a, const StanceSignals& b, double score,
                            double same_proposition);

}  // namespace argmap

#endif  // ARGMAP_COMPARE_STANCE_H_
