// Sentence splitting over normalized text.
//
// A sentence ends at '.', '?' or '!' (with any closing quotes or brackets after
// it) followed by white space and a sentence start (an upper-case letter, a digit,
// an opening quote or bracket). It does not end after an abbreviation ("e.g.",
// "i.e.", "et al.", "cf.", "vs.", "No.", "Dr.", "Fig.", single initials, "U.S."
// unless the next word starts a sentence, ...), inside decimals ("3.5"), or inside
// brackets. The returned spans are in normalized-text bytes, trimmed of white
// space, in order, non-overlapping, and cover every non-blank byte.
#ifndef ARGMAP_TEXT_SENTENCES_H_
#define ARGMAP_TEXT_SENTENCES_H_

#include <string_view>
#include <vector>

#include "core/document.h"

namespace argmap {

std::vector<Span> SplitSentences(std::string_view text);

}  // namespace argmap

#endif  // ARGMAP_TEXT_SENTENCES_H_
