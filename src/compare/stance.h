// Stance: how two aligned claims from different papers relate, and the words
// that show it.
//
// A Stance is not an argument edge (core/kinds.h): it is the label of a
// cross-paper alignment, with its own string table (StanceName, ParseStance,
// StanceDescription), in the order of kAllStances.
//
// ReadStanceSignals finds, in one text, its evaluations: words of a row of the
// evaluative lexicon (EvaluativeDimensions: credible, success, interest,
// effective, viable, beneficial, necessary, valid, and the directional rows
// change, sign and likelihood), each with a polarity of +1 or -1. A negation
// (not, never, cannot, no, nor, neither, without, no longer, "-n't") flips the
// first evaluative word after it within six words of the same clause; an
// evaluation of leaving something ("not in the interest ... to leave",
// "abandon", "withdraw", ...) within eight words after an evaluative word
// flips it again, since it evaluates the thing left. Clauses end at , ; : . ! ?
// ( ) dashes and at but, while, whereas, although, though, however, yet.
//
// JudgeStance labels a pair, in this order:
//   1. both texts use one dimension with opposite polarities -> contrasts
//      ("credible / not credible");
//   2. both evaluate (evaluative rows only, not the directional ones) and their
//      net polarities are opposite -> contrasts;
//   3. the score reaches `same_proposition`: one text negated and the other
//      not -> contrasts, otherwise -> agrees;
//   4. otherwise -> related.
// The cue holds the words of each side, "a words / b words", or "" for related.
#ifndef ARGMAP_COMPARE_STANCE_H_
#define ARGMAP_COMPARE_STANCE_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace argmap {

enum class Stance { kAgrees, kContrasts, kRelated };

inline constexpr std::array<Stance, 3> kAllStances = {Stance::kAgrees, Stance::kContrasts,
                                                      Stance::kRelated};

// "agrees", "contrasts", "related".
std::string_view StanceName(Stance stance);
std::string_view StanceDescription(Stance stance);
bool ParseStance(std::string_view name, Stance* stance);
std::vector<std::string> StanceNames();

// One row of the evaluative lexicon.
struct EvaluativeDimension {
  std::string_view name;  // "credible"
  bool evaluative;        // false for the directional rows (change, sign, likelihood)
  std::vector<std::string_view> positive;  // lower-case words or two-word phrases
  std::vector<std::string_view> negative;
};
const std::vector<EvaluativeDimension>& EvaluativeDimensions();

struct Evaluation {
  size_t dimension = 0;  // index into EvaluativeDimensions()
  int polarity = 1;      // +1 or -1, after negation and reversal
  std::string words;     // as written, lower case: "not credible", "not ... interest ... leave"
};

struct StanceSignals {
  std::vector<Evaluation> evaluations;  // in text order
  std::string negation;                 // the first negation word, or ""
  // The sign of the sum of the evaluative rows' polarities (-1, 0 or +1).
  int Polarity() const;
};

StanceSignals ReadStanceSignals(std::string_view text);

struct StanceJudgement {
  Stance stance = Stance::kRelated;
  std::string cue;
};

StanceJudgement JudgeStance(const StanceSignals& a, const StanceSignals& b, double score,
                            double same_proposition);

}  // namespace argmap

#endif  // ARGMAP_COMPARE_STANCE_H_
