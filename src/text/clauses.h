// Clause units: one sentence of normalized text cut into the candidate argument
// components, at the boundaries the annotation guideline names.
//
// SplitClauses cuts text[sentence] (one span from SplitSentences) at
//   ";"                              always
//   ": "                             before a list or a clause
//   because, since, while, whereas,  a subordinate clause ("since" only when a
//   although, though, even though,   clause follows it, not "since 1990"); an
//   so that                          opening one ("Although A, B") ends at a comma
//   ", but" / ", yet"                ("but also" and "but not" only before a clause)
//   ", and" / ", or"                 only when a clause follows: a subject
//                                    pronoun ("they", "it") or, within a few
//                                    words, an auxiliary or past-tense verb
//   an enumeration                   the members SplitList finds (text/lists.h);
//                                    a long lead-in before the list is a unit too
// Separators inside brackets or short quotations never cut. A unit of fewer
// than kMinClauseWords words stays with its neighbour (the one before, else the
// one after), so a sentence without a boundary is one unit.
//
// Each unit is trimmed like TrimSpan and loses its leading cue: a list marker
// ("(2)", "b)"), discourse connectives ("However,", "In addition,", "Thus"), the
// subordinator that opens it, and a reporting frame of at most kMaxFrameWords
// words ending in a reporting verb and "that" ("We argue that", "The evidence
// indicates that", "It is argued that") unless a word of the frame negates
// ("We do not find that", "no evidence that": IsNegationWord, text/scan.h), as
// the frame then is the unit's meaning. Stripping never empties a unit: when
// it would, the unit is kept unstripped.
//
// What a caller may rely on: the spans are byte ranges into `text`, in order,
// non-overlapping, non-empty, inside `sentence`, and start and end on character
// boundaries of valid UTF-8 input. A blank sentence gives no units. The work is
// linear in the sentence's length.
#ifndef ARGMAP_TEXT_CLAUSES_H_
#define ARGMAP_TEXT_CLAUSES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace argmap {

inline constexpr size_t kMinClauseWords = 4;
inline constexpr size_t kMaxFrameWords = 8;

std::vector<Span> SplitClauses(std::string_view text, Span sentence);

}  // namespace argmap

#endif  // ARGMAP_TEXT_CLAUSES_H_
