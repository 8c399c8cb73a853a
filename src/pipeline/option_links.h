// Which option a negated conclusion rejects.
//
// "It is not in the state's interest to leave the alliance and pursue autonomy"
// rejects the option "pursuing autonomy". A claim or conclusion that holds a
// negation (not, never, no longer, cannot, ...) rejects the option with which it
// shares the most content words (lower-cased, four letters or more, common
// suffixes -ing/-ed/-es/-s stripped, a few function words left out), when it
// shares at least two and no other option shares as many.
#ifndef ARGMAP_PIPELINE_OPTION_LINKS_H_
#define ARGMAP_PIPELINE_OPTION_LINKS_H_

#include <string>
#include <string_view>
#include <vector>

namespace argmap {

inline constexpr std::string_view kRejectedOptionRule = "default/negated-conclusion-attacks-option";

// Content-word stems of `text`, sorted and unique.
std::vector<std::string> ContentStems(std::string_view text);
// How many entries two sorted lists (of ContentStems) share.
size_t SharedCount(const std::vector<std::string>& a, const std::vector<std::string>& b);

bool IsNegated(std::string_view text);

// Index into `options` of the option `claim` rejects, or -1.
int RejectedOption(std::string_view claim, const std::vector<std::string_view>& options);

}  // namespace argmap

#endif  // ARGMAP_PIPELINE_OPTION_LINKS_H_
