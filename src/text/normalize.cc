#include "text/normalize.h"

#include <algorithm>

#include "core/utf8.h"

namespace argmap {
namespace {

bool IsAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

bool IsAsciiLetter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

// A letter or digit, roughly: ASCII alphanumerics and non-ASCII code points
// outside the punctuation, symbol and space blocks.
bool IsWordCodePoint(char32_t cp) {
  if (cp < 0x80) return IsAsciiLetter(cp) || IsAsciiDigit(cp);
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  return true;
}

bool IsLetterCodePoint(char32_t cp) { return IsWordCodePoint(cp) && !IsAsciiDigit(cp); }

bool IsDash(char32_t cp) { return (cp >= 0x2013 && cp <= 0x2015) || cp == 0x2212; }

bool IsUnicodeSpace(char32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == '\t' || cp == '\r' || cp == '\n';
}

// Zero-width characters and the soft hyphen, which only get in the way of matching.
bool IsInvisible(char32_t cp) { return cp == 0x200B || cp == 0xFEFF || cp == 0xAD; }

// The normalized form of a dash: "-" inside a number range or before a
// negative number ("1990-2000", "-0.5"), else "--".
std::string_view FoldDash(char32_t prev, char32_t next) {
  if (IsAsciiDigit(next) && !IsLetterCodePoint(prev)) return "-";
  return "--";
}

// The replacement for `cp` given its neighbours: `*keep` is set when the
// character is copied unchanged, else the returned text (possibly empty) replaces it.
std::string_view Fold(char32_t prev, char32_t cp, char32_t next, bool* keep) {
  *keep = false;
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x02BC:
    case 0x2032:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033:
      return "\"";
    case 0x2010:
    case 0x2011:
      return "-";
    default:
      break;
  }
  if (IsDash(cp)) return FoldDash(prev, next);
  if (IsUnicodeSpace(cp)) return " ";
  if (IsInvisible(cp)) return "";
  if (cp == '`' && IsWordCodePoint(prev) && IsWordCodePoint(next)) return "";
  *keep = true;
  return "";
}

void Emit(std::string_view bytes, size_t begin, size_t end, NormalizedText* out) {
  out->text.append(bytes);
  out->orig_begin.insert(out->orig_begin.end(), bytes.size(), begin);
  out->orig_end.insert(out->orig_end.end(), bytes.size(), end);
}

}  // namespace

Span NormalizedText::ToOriginal(size_t begin, size_t end) const {
  size_t n = std::min({text.size(), orig_begin.size(), orig_end.size()});
  begin = std::min(begin, n);
  end = std::min(end, n);
  if (begin >= end) {
    size_t at = begin < n ? orig_begin[begin] : original_size;
    return {at, at};
  }
  return {orig_begin[begin], orig_end[end - 1]};
}

NormalizedText Normalize(std::string_view original) {
  NormalizedText out;
  out.original_size = original.size();
  out.text.reserve(original.size());
  out.orig_begin.reserve(original.size());
  out.orig_end.reserve(original.size());
  char32_t prev = 0;
  size_t pos = 0;
  while (pos < original.size()) {
    unsigned char c = static_cast<unsigned char>(original[pos]);
    if (c < 0x80 && c != '\t' && c != '\r' && c != '\n' && c != '`') {  // kept as it is
      out.text.push_back(static_cast<char>(c));
      out.orig_begin.push_back(pos);
      out.orig_end.push_back(pos + 1);
      prev = c;
      ++pos;
      continue;
    }
    size_t len = 1;
    char32_t cp = DecodeUtf8(original, pos, &len);
    size_t next_pos = pos + len;
    size_t next_len = 0;
    char32_t next = next_pos < original.size() ? DecodeUtf8(original, next_pos, &next_len) : 0;
    bool keep = false;
    std::string_view folded = Fold(prev, cp, next, &keep);
    Emit(keep ? original.substr(pos, len) : folded, pos, next_pos, &out);
    prev = cp;
    pos = next_pos;
  }
  return out;
}

}  // namespace argmap
