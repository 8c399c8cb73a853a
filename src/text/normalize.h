// The normalized view of a document's text that rules match against.
//
// Normalize folds typographic variants so one pattern covers them all:
// curly single quotes and apostrophes (U+2018, U+2019, U+02BC, U+2032) -> ',
// curly double quotes (U+201C, U+201D, U+201E, U+2033) -> ", en and em dashes
// and the horizontal bar (U+2013, U+2014, U+2015) and the minus sign (U+2212) -> "--" when
// used as a dash between words or spaces, else "-", no-break and other Unicode
// spaces (U+00A0, U+2000..U+200A, U+202F, U+205F, U+3000) and tabs -> ' ',
// a stray backtick inside a word is dropped, CR and LF -> ' '. The Unicode
// hyphens (U+2010, U+2011) -> '-'; zero-width spaces (U+200B, U+FEFF) and the
// soft hyphen (U+00AD) are dropped. A dash counts as "between words or spaces"
// unless it is followed by a digit and not preceded by a letter ("1990-2000", "-0.5").
// A character left unchanged keeps its bytes; each normalized byte maps to the
// whole original character it came from.
// Every byte of the normalized text maps back to a byte range of the original,
// so a match in the view becomes a span of the original text (ToOriginal).
#ifndef ARGMAP_TEXT_NORMALIZE_H_
#define ARGMAP_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace argmap {

struct NormalizedText {
  std::string text;                // the normalized view (valid UTF-8 when the input is)
  std::vector<size_t> orig_begin;  // per byte of `text`: start of its original character
  std::vector<size_t> orig_end;    // per byte of `text`: end of its original character
  size_t original_size = 0;

  // The original span covered by normalized bytes [begin, end). An empty range maps
  // to an empty span at the corresponding original position.
  Span ToOriginal(size_t begin, size_t end) const;
};

NormalizedText Normalize(std::string_view original);

}  // namespace argmap

#endif  // ARGMAP_TEXT_NORMALIZE_H_
