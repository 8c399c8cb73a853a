// The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980),
// which `argmap compare` uses to match inflected and derived forms of a word:
// "deterrence" and "deterrent" both give "deterr", "credible" and "credibility"
// both give "credibl".
//
// What a caller may rely on: PorterStem follows the original algorithm (steps
// 1a to 5, as in Porter's own ANSI C version); PorterInflection runs only its
// steps 1a to 1c, which undo plurals, -ed, -ing and a final -y ("wars" -> "war",
// "initiated" -> "initiate", "policies" -> "polici") and leave derivations
// alone, so "international" and "internal", "civilization" and "civil",
// "community" and "communism" stay apart (the full algorithm merges them).
// Both expect one lower-case ASCII word and return words of one or two letters
// unchanged; a word holding any other byte (an upper-case letter, a digit, a
// non-ASCII letter) is returned unchanged too.
#ifndef ARGMAP_COMPARE_PORTER_STEM_H_
#define ARGMAP_COMPARE_PORTER_STEM_H_

#include <string>
#include <string_view>

namespace argmap {

std::string PorterStem(std::string_view word);
std::string PorterInflection(std::string_view word);

}  // namespace argmap

#endif  // ARGMAP_COMPARE_PORTER_STEM_H_
