// Text clean-up shared by the interchange exporters (graphml, aif, argdown,
// mermaid, outline).
//
// Every function returns well-formed UTF-8: each ill-formed part of the text
// (core/utf8.h) becomes U+FFFD.
#ifndef ARGMAP_EXPORT_PLAIN_TEXT_H_
#define ARGMAP_EXPORT_PLAIN_TEXT_H_

#include <string>
#include <string_view>

namespace argmap {

// `text` as well-formed UTF-8 with every control character (U+0000..U+001F and
// U+007F) that `keep` does not hold turned into a space.
std::string CleanText(std::string_view text, std::string_view keep = {});

// CleanText keeping tab and line feed (what XML 1.0 and JSON viewers accept as
// they are).
std::string ValidUtf8(std::string_view text);

// ValidUtf8, with every run of white space and control characters as one space
// and no space at either end: one line of text.
std::string SingleLine(std::string_view text);

// `text` when it has at most `width` bytes, else cut at the last space that
// leaves room for "..." (at a code point boundary within `width` when that space
// is in the first half) with "..." appended. `width` must be at least 4.
std::string Shorten(std::string_view text, size_t width);

// The upper-case kind name, as DOT labels start: "CLAIM", "PREMISE", ...
std::string UpperCase(std::string_view ascii);

}  // namespace argmap

#endif  // ARGMAP_EXPORT_PLAIN_TEXT_H_
