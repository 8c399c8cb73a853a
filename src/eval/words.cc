// Words for scoring: fold (NFKC in part), lower, drop apostrophes, split.
#include "eval/words.h"

#include <algorithm>

#include "core/utf8.h"

namespace argmap {
namespace {

struct Range {
  char32_t first;
  char32_t last;
};

bool InRanges(char32_t cp, std::initializer_list<Range> ranges) {
  for (const Range& r : ranges) {
    if (cp >= r.first && cp <= r.last) return true;
  }
  return false;
}

// The NFKC compatibility folds that change which words a text has.
std::u32string Fold(char32_t cp) {
  switch (cp) {
    case 0x00A0:
      return U" ";
    case 0x00AA:
      return U"a";
    case 0x00B2:
      return U"2";
    case 0x00B3:
      return U"3";
    case 0x00B5:
      return U"\u03BC";
    case 0x00B9:
      return U"1";
    case 0x00BA:
      return U"o";
    case 0x00BC:
      return U"1\u20444";
    case 0x00BD:
      return U"1\u20442";
    case 0x00BE:
      return U"3\u20444";
    case 0x017F:
      return U"s";
    case 0x2071:
      return U"i";
    case 0x207F:
      return U"n";
    case 0x2122:
      return U"tm";
    case 0x2126:
      return U"\u03C9";
    case 0x212A:
      return U"k";
    case 0x212B:
      return U"\u00E5";
    case 0xFB00:
      return U"ff";
    case 0xFB01:
      return U"fi";
    case 0xFB02:
      return U"fl";
    case 0xFB03:
      return U"ffi";
    case 0xFB04:
      return U"ffl";
    case 0xFB05:
    case 0xFB06:
      return U"st";
  }
  if (cp == 0x2070 || (cp >= 0x2074 && cp <= 0x2079)) return std::u32string(1, cp - 0x2070 + U'0');
  if (cp >= 0x2080 && cp <= 0x2089) return std::u32string(1, cp - 0x2080 + U'0');
  if (cp >= 0xFF01 && cp <= 0xFF5E) return std::u32string(1, cp - 0xFEE0);
  return std::u32string(1, cp);
}

bool AlternateCase(char32_t cp, Range r, bool even_upper) {
  return cp >= r.first && cp <= r.last && (cp % 2 == 0) == even_upper;
}

// Appends the lower case of `cp` (two code points for U+0130, as Python does).
void Lower(char32_t cp, std::u32string* out) {
  if (cp == 0x0130) {
    out->append(U"i\u0307");
    return;
  }
  char32_t lower = cp;
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
      (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F)) {
    lower = cp + 0x20;
  } else if (cp >= 0x400 && cp <= 0x40F) {
    lower = cp + 0x50;
  } else if (AlternateCase(cp, {0x100, 0x137}, true) || AlternateCase(cp, {0x139, 0x148}, false) ||
             AlternateCase(cp, {0x14A, 0x177}, true) || AlternateCase(cp, {0x179, 0x17E}, false) ||
             AlternateCase(cp, {0x460, 0x481}, true) || AlternateCase(cp, {0x48A, 0x4BF}, true) ||
             AlternateCase(cp, {0x4C1, 0x4CE}, false) || AlternateCase(cp, {0x4D0, 0x52F}, true) ||
             AlternateCase(cp, {0x1E00, 0x1E95}, true) ||
             AlternateCase(cp, {0x1EA0, 0x1EFF}, true)) {
    lower = cp + 1;
  } else if (cp == 0x178) {
    lower = 0xFF;
  } else if (cp == 0x386) {
    lower = 0x3AC;
  } else if (cp >= 0x388 && cp <= 0x38A) {
    lower = cp + 37;
  } else if (cp == 0x38C) {
    lower = 0x3CC;
  } else if (cp == 0x38E || cp == 0x38F) {
    lower = cp + 63;
  } else if (cp == 0x1E9E) {
    lower = 0xDF;
  } else if (cp >= 0x2160 && cp <= 0x216F) {
    lower = cp + 16;
  } else if (cp >= 0x24B6 && cp <= 0x24CF) {
    lower = cp + 26;
  }
  out->push_back(lower);
}

bool IsDroppedApostrophe(char32_t cp) {
  return cp == 0x2018 || cp == 0x2019 || cp == '`' || cp == '\'' || cp == 0x02BC;
}

// Non-ASCII code points that are not letters or digits (punctuation, symbols,
// spaces, marks, format and private-use characters) in the ranges abstracts use.
bool IsNonWord(char32_t cp) {
  return InRanges(cp, {{0x80, 0xA9},       {0xAB, 0xB1},       {0xB4, 0xB4},      {0xB6, 0xB8},
                       {0xBB, 0xBB},       {0xBF, 0xBF},       {0xD7, 0xD7},      {0xF7, 0xF7},
                       {0x2C2, 0x2C5},     {0x2D2, 0x2DF},     {0x2E5, 0x2EB},    {0x2ED, 0x2ED},
                       {0x2EF, 0x36F},     {0x375, 0x375},     {0x37E, 0x37E},    {0x384, 0x385},
                       {0x387, 0x387},     {0x3F6, 0x3F6},     {0x482, 0x489},    {0x2000, 0x206F},
                       {0x207A, 0x207E},   {0x208A, 0x208F},   {0x20A0, 0x20FF},  {0x2100, 0x2101},
                       {0x2103, 0x2106},   {0x2108, 0x2109},   {0x2114, 0x2114},  {0x2116, 0x2118},
                       {0x211E, 0x2123},   {0x2125, 0x2125},   {0x2127, 0x2127},  {0x2129, 0x2129},
                       {0x212E, 0x212E},   {0x213A, 0x213B},   {0x2140, 0x2144},  {0x214A, 0x214D},
                       {0x214F, 0x214F},   {0x218A, 0x245F},   {0x2500, 0x2775},  {0x2794, 0x2BFF},
                       {0x2E00, 0x2E7F},   {0x3000, 0x3004},   {0x3008, 0x3020},  {0x302A, 0x3030},
                       {0x3036, 0x3037},   {0x303D, 0x303F},   {0xD800, 0xF8FF},  {0xFE00, 0xFE6F},
                       {0xFEFF, 0xFEFF},   {0xFF00, 0xFF00},   {0xFF5F, 0xFF65},  {0xFFE0, 0xFFFF},
                       {0x1F000, 0x1F0FF}, {0x1F10D, 0x1FAFF}, {0xE0000, 0xE01EF}});
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  return !IsNonWord(cp);
}

bool IsLetter(char32_t cp) { return IsWordChar(cp) && !(cp >= '0' && cp <= '9'); }

// Python lowers a capital sigma at the end of a word (after a letter, not before
// one) to the final form. `begin` and `end` are the sigma's bytes in `text`.
bool IsFinalSigma(std::string_view text, size_t begin, size_t end) {
  if (begin == 0) return false;
  size_t before = begin - 1;
  while (before > 0 && (static_cast<unsigned char>(text[before]) & 0xC0) == 0x80) --before;
  size_t len = 1;
  if (!IsLetter(DecodeUtf8(text, before, &len))) return false;
  return end >= text.size() || !IsLetter(DecodeUtf8(text, end, &len));
}

}  // namespace

std::vector<std::string> EvalWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  size_t pos = 0;
  while (pos < text.size()) {
    size_t len = 1;
    char32_t cp = DecodeUtf8(text, pos, &len);
    pos += len;
    std::u32string lowered;
    if (cp == 0x3A3 && IsFinalSigma(text, pos - len, pos)) {
      lowered.push_back(0x3C2);
    } else {
      for (char32_t folded : Fold(cp)) Lower(folded, &lowered);
    }
    for (char32_t c : lowered) {
      if (IsDroppedApostrophe(c)) continue;
      if (IsWordChar(c)) {
        AppendUtf8(c, &word);
      } else {
        flush();
      }
    }
  }
  flush();
  return words;
}

std::vector<std::string> SortedWords(std::string_view text) {
  std::vector<std::string> words = EvalWords(text);
  std::sort(words.begin(), words.end());
  return words;
}

double WordOverlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t longer = std::max(a.size(), b.size());
  if (longer == 0) return 0.0;
  size_t shared = 0;
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++shared;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(shared) / static_cast<double>(longer);
}

}  // namespace argmap
