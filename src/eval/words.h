// The words the scorer compares texts by, and their overlap.
//
// The shared scorer (eval/score.py in the shared folder) takes a text's words as
//   NFKC, lower-case, drop ’ ‘ ` ' ʼ, then runs of [^\W_] (Python's Unicode \w
//   less '_': letters and digits of any script).
// This unit does the same with ICU (Debian's libicu-dev): its NFKC normalizer,
// its full lower-case mapping (with the final sigma, as Python's str.lower()),
// and letters and numbers (general categories L and N) as word characters, so
// that marks, punctuation, symbols, spaces and '_' separate words. Apostrophes
// join the parts of a word ("state’s" -> "states"). A test checks the words
// against score.py's own on text of many scripts and compatibility forms.
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
