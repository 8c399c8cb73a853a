// The inflectional steps of the Porter stemmer (M. F. Porter, "An algorithm for
// suffix stripping", 1980), which `argmap compare` uses to match inflected forms
// of a word.
//
// What a caller may rely on: PorterInflection runs the algorithm's steps 1a to
// 1c as in Porter's own ANSI C version, which undo plurals, -ed, -ing and a final
// -y ("wars" -> "war", "initiated" -> "initiate", "policies" -> "polici") and
// leave derivations alone, so "international" and "internal", "civilization"
// and "civil", "community" and "communism" stay apart (the full algorithm's
// steps 2 to 5 merge them, which is why argmap does not run them). It expects
// one lower-case ASCII word and returns words of one or two letters unchanged;
// a word holding any other byte (an upper-case letter, a digit, a non-ASCII
// letter) is returned unchanged too.
#ifndef ARGMAP_COMPARE_PORTER_STEM_H_
#define ARGMAP_COMPARE_PORTER_STEM_H_

#include <string>
#include <string_view>

namespace argmap {

std::string PorterInflection(std::string_view word);

}  // namespace argmap

#endif  // ARGMAP_COMPARE_PORTER_STEM_H_
