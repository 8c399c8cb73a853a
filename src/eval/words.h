// The words the scorer compares texts by, and their overlap.
//
// The shared scorer (eval/score.py in the shared folder) takes a text's words as
//   NFKC, lower-case, drop ’ ‘ ` ' ʼ, then runs of [^\W_] (Python's Unicode \w
//   less '_': letters and digits of any script).
// This unit follows it for what occurs in abstracts: upper-case ASCII, Latin,
// Greek and Cyrillic letters are lowered; the compatibility forms NFKC folds that
// matter for words are folded (ligatures such as "ﬁ", full-width forms, super- and
// subscript digits, "™", the micro sign, the fractions); punctuation, symbols,
// spaces, combining marks and '_' separate words; any other non-ASCII character
// counts as a letter. Apostrophes join the parts of a word ("state’s" -> "states").
//
// What a caller may rely on: EvalWords gives the words in text order, as UTF-8;
// WordOverlap is shared words (as multisets) over the words of the longer text, 0
// when both have none, computed as one double division, like the scorer's.
#ifndef ARGMAP_EVAL_WORDS_H_
#define ARGMAP_EVAL_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

namespace argmap {

std::vector<std::string> EvalWords(std::string_view text);

// Overlap of two word lists, each sorted (as by SortedWords).
double WordOverlap(const std::vector<std::string>& sorted_a,
                   const std::vector<std::string>& sorted_b);
// EvalWords(text), sorted.
std::vector<std::string> SortedWords(std::string_view text);

}  // namespace argmap

#endif  // ARGMAP_EVAL_WORDS_H_
