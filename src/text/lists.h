// Clause and list segmentation: the members of an enumeration, each its own span.
//
// SplitList looks inside text[span] (normalized text) for, in this order:
//   numbered or lettered items  "1) A 2) B", "(1) A, (2) B", "(a) A; (b) B", "i) A ii) B"
//   ordinal items               "first, A; second, B", "firstly ... secondly ..."
//   semicolons                  "A; B; and C"
//   a dash-delimited list       "-- A, B and C --" (the part between the dashes)
//   "namely"/"such as" lists    "namely A, B and C"
//   a plain coordination        "A, B(,) and C" / "A, B, or C" with three or more members,
//                               or "A and B" only when `allow_pair` is set
// Each member is trimmed of white space, the list marker, a leading "and"/"or",
// and trailing punctuation; an appositive tail after " -- namely" or ", thereby"
// and similar is cut off. When no list is found the result is the trimmed span
// itself (one member); a blank span gives no members. Spans are in the same
// coordinates as `span`. Markers and separators inside brackets do not count;
// a lead-in before a colon ("three sources: A; B; and C") is not part of the
// first member. When a plain coordination counts as a list, and what it
// leaves out, is spelled out in text/coordination.h.
#ifndef ARGMAP_TEXT_LISTS_H_
#define ARGMAP_TEXT_LISTS_H_

#include <string_view>
#include <vector>

#include "core/document.h"

namespace argmap {

struct ListOptions {
  bool allow_pair = false;  // split "A and B" into two members
};

std::vector<Span> SplitList(std::string_view text, Span span, const ListOptions& options = {});

// `span` with white space, a leading "that", and trailing ",;:." removed.
Span TrimSpan(std::string_view text, Span span);

}  // namespace argmap

#endif  // ARGMAP_TEXT_LISTS_H_
