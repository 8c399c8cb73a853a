// Text clean-up shared by the interchange exporters (graphml, aif, argdown,
// mermaid, outline).
//
// Every function returns well-formed UTF-8: a byte that does not start a valid
// sequence (or a surrogate, or a code point past U+10FFFF) becomes U+FFFD.
#ifndef ARGMAP_EXPORT_PLAIN_TEXT_H_
#define ARGMAP_EXPORT_PLAIN_TEXT_H_

#include <string>
#include <string_view>

namespace argmap {

// `text` as well-formed UTF-8; control characters other than tab and line feed
// become spaces (what XML 1.0 and JSON viewers accept as they are).
std::string ValidUtf8(std::string_view text);

// ValidUtf8, with every run of white space and control characters as one space
// and no space at either end: one line of text.
std::string SingleLine(std::string_view text);

// The upper-case kind name, as DOT labels start: "CLAIM", "PREMISE", ...
std::string UpperCase(std::string_view ascii);

}  // namespace argmap

#endif  // ARGMAP_EXPORT_PLAIN_TEXT_H_
