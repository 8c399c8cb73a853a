// Plain coordination, "A, B(,) and C": the members of a comma list inside a
// region of normalized text. SplitList uses it for plain, dash-delimited and
// "namely"/"such as" lists.
//
// SplitCoordination cuts `region` at its top-level commas (not inside brackets,
// short quotations or numbers such as "1,000") and at the first "and", "or" or
// "as well as" of the last piece (not the "and" of "both ... and" or
// "between ... and", not the "or" of "whether ... or"). The list starts after a
// lead-in (see ListStart) or at the "that" of a reporting verb ("Using surveys,
// we find that A, B and C"); and when only the last member holds an auxiliary
// verb ("A, B and C are expected to ..."), that member ends before it.
//
// The cut is kept only when it reads as a list, else the result is empty:
// three or more members (two with `allow_pair`), none blank, none but the last
// longer than kMaxCoordinationWords words, no member after the first opening a
// subordinate clause ("which", "because") or a participial clause after a main
// clause ("..., lowering ..."), no subordinating conjunction anywhere, no
// introductory phrase before the first comma ("In this paper, ..."), and no
// first member with an auxiliary verb that the middle members lack ("These
// results are robust across samples, models and estimators").
//
// Members come back as raw pieces in text coordinates, untrimmed: they may
// keep white space, a leading "and"/"that" and trailing punctuation.
#ifndef ARGMAP_TEXT_COORDINATION_H_
#define ARGMAP_TEXT_COORDINATION_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace argmap {

inline constexpr size_t kMaxCoordinationWords = 16;

std::vector<Span> SplitCoordination(std::string_view text, Span region, bool allow_pair);

// Where a list starts inside its first piece `first`: after the last colon
// outside brackets ("three sources: A; B"), or after the first dash ("--") that
// follows three or more words ("two respects--A; B"); else first.begin.
size_t ListStart(std::string_view text, Span first);

}  // namespace argmap

#endif  // ARGMAP_TEXT_COORDINATION_H_
