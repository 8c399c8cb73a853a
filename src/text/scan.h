// Byte-level scanning helpers shared by the text stages: ASCII character
// classes, case-insensitive whole-word matching and bracket nesting.
//
// All functions work on UTF-8 bytes; non-ASCII bytes count as word bytes so a
// word boundary is never placed inside a multi-byte letter.
#ifndef ARGMAP_TEXT_SCAN_H_
#define ARGMAP_TEXT_SCAN_H_

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace argmap {

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLetter(char c) { return IsAsciiLower(c) || IsAsciiUpper(c); }
inline bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }
// A letter, a digit or any byte of a non-ASCII character.
inline bool IsWordByte(char c) { return IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }
inline char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

std::string AsciiLowerCopy(std::string_view s);

// True when `lower` (one lower-case word) negates what follows it: "not", "no",
// "never", "neither", "nor", "cannot", or a contraction ending in "n't".
bool IsNegationWord(std::string_view lower);

// True when `s` equals `lower` (lower-case ASCII) ignoring ASCII case.
bool EqualsIgnoreCase(std::string_view s, std::string_view lower);

// True when `word` (lower-case; may hold spaces or dots, "such as", "i.e.")
// occurs at text[pos] ignoring case, ends by `limit`, and is not part of a
// longer word: a word byte at either end of `word` must not touch another word byte.
bool WordAt(std::string_view text, size_t pos, size_t limit, std::string_view word);

struct NestingOptions {
  // Bracket pairs longer than this (in bytes, brackets included) are ignored as stray.
  size_t max_bracket_bytes = std::numeric_limits<size_t>::max();
  // Double quotes pair up, first with second and so on, when the pair is at most
  // this long; 0 leaves quotes alone.
  size_t max_quote_bytes = 0;
};

// Per byte of text[span]: true when the byte lies strictly inside a matched pair
// of "()", "[]" or "{}" (or of double quotes, see NestingOptions). Unmatched
// brackets ("1) ...") are ignored. Linear in the span's size.
std::vector<bool> InsideBrackets(std::string_view text, Span span,
                                 const NestingOptions& options = {});

}  // namespace argmap

#endif  // ARGMAP_TEXT_SCAN_H_
