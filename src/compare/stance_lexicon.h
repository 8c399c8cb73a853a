// The evaluative lexicon of compare/stance.h: rows of words that evaluate
// (credible, success, interest, effective, viable, beneficial, necessary,
// valid, support), say which way something moves (change, improve, sign,
// likelihood) or whether one thing bears on another (effect), each with its
// positive and negative words.
//
// What a caller may rely on: the rows keep this order (Evaluation::dimension
// indexes them); every entry is lower case, one word or two joined by one
// space, and in one row only, on one side only (tests/stance_lexicon_test.cc).
#ifndef ARGMAP_COMPARE_STANCE_LEXICON_H_
#define ARGMAP_COMPARE_STANCE_LEXICON_H_

#include <string_view>
#include <vector>

namespace argmap {

// How the evaluations of a row are matched on the shared terms (stance.h).
// kDirection rows (change, sign, likelihood, favour) say one thing: which way
// a subject moves or pushes an object ("increases", "more likely", "resists"),
// so their evaluations match across those rows; a kDirected row (improve)
// matches only its own.
enum class Anchoring { kSubject, kDirected, kDirection, kEither };

// One row of the evaluative lexicon.
struct EvaluativeDimension {
  std::string_view name;  // "credible"
  bool evaluative;        // false for the directional rows and the effect row
  Anchoring anchoring;
  std::vector<std::string_view> positive;  // lower-case words or two-word phrases
  std::vector<std::string_view> negative;
};
const std::vector<EvaluativeDimension>& EvaluativeDimensions();

}  // namespace argmap

#endif  // ARGMAP_COMPARE_STANCE_LEXICON_H_
