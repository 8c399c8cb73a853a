// "Did you mean" for unknown names (subcommands, formats, roles, lexicons).
#ifndef ARGMAP_CORE_SPELLCHECK_H_
#define ARGMAP_CORE_SPELLCHECK_H_

#include <string>
#include <string_view>
#include <vector>

namespace argmap {

// Levenshtein distance between a and b.
int EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word`, or "" when none is within a small distance
// (a third of the word's length, at least 1, at most 3). Ties go to the earlier candidate.
std::string Spellcheck(std::string_view word, const std::vector<std::string>& candidates);

// ", did you mean 'x'?" or "" — ready to append to an error message.
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace argmap

#endif  // ARGMAP_CORE_SPELLCHECK_H_
