#include "text/sentences.h"

#include <algorithm>
#include <string>

#include "core/utf8.h"
#include "text/lexicon.h"
#include "text/scan.h"

namespace argmap {
namespace {

// A bracket pair longer than this is taken to be a stray bracket and does not
// stop sentence breaks.
constexpr size_t kMaxBracketBytes = 600;
// Only this many bytes of the word before a period are looked at.
constexpr size_t kMaxWordBytes = 40;

// Length of the terminator at `i` ('.', '?', '!' or U+2026), 0 if none.
size_t TerminatorLength(std::string_view text, size_t i) {
  char c = text[i];
  if (c == '.' || c == '?' || c == '!') return 1;
  if (text.substr(i, 3) == "\xE2\x80\xA6") return 3;
  return 0;
}

bool IsOpening(char c) { return c == '(' || c == '[' || c == '{' || c == '"' || c == '\''; }
bool IsClosing(char c) { return c == ')' || c == ']' || c == '}' || c == '"' || c == '\''; }

// Past further terminators and closing quotes or brackets after a terminator.
size_t SkipClosers(std::string_view text, size_t j) {
  while (j < text.size()) {
    size_t t = TerminatorLength(text, j);
    if (t == 0 && !IsClosing(text[j])) break;
    j += std::max<size_t>(t, 1);
  }
  return j;
}

bool IsUpperCodePoint(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
  return (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F);
}

// An upper-case letter, a digit, an opening quote or bracket.
bool StartsSentence(std::string_view text, size_t k) {
  char c = text[k];
  if (IsAsciiUpper(c) || IsAsciiDigit(c) || c == '"' || c == '\'' || c == '(' || c == '[') {
    return true;
  }
  if (static_cast<unsigned char>(c) < 0x80) return false;
  size_t len = 0;
  return IsUpperCodePoint(DecodeUtf8(text, k, &len));
}

// "U.S", "e.g", "Ph.D": runs of one to three letters joined by periods.
bool IsDottedAbbreviation(std::string_view w) {
  if (w.find('.') == std::string_view::npos) return false;
  size_t run = 0;
  for (char c : w) {
    if (c == '.') {
      if (run == 0) return false;
      run = 0;
    } else if (IsAsciiLetter(c) && run < 3) {
      ++run;
    } else {
      return false;
    }
  }
  return run > 0;
}

// The word starting at k, lower-cased.
std::string NextWord(std::string_view text, size_t k) {
  size_t e = k;
  while (e < text.size() && e - k < kMaxWordBytes && IsAsciiLetter(text[e])) ++e;
  return AsciiLowerCopy(text.substr(k, e - k));
}

// The word ending just before `end`, without leading brackets and quotes.
std::string_view WordBefore(std::string_view text, size_t end, size_t* begin) {
  size_t b = end;
  while (b > 0 && end - b < kMaxWordBytes && !IsAsciiSpace(text[b - 1])) --b;
  while (b < end && IsOpening(text[b])) ++b;
  *begin = b;
  return text.substr(b, end - b);
}

// "et al.": the word before `begin` is "et".
bool FollowsEt(std::string_view text, size_t begin) {
  size_t end = begin;
  while (end > 0 && IsAsciiSpace(text[end - 1])) --end;
  size_t unused = 0;
  return EqualsIgnoreCase(WordBefore(text, end, &unused), "et");
}

// Whether the period at `i`, followed by the sentence start at `k`, ends a sentence.
bool PeriodEndsSentence(std::string_view text, size_t i, size_t k) {
  size_t begin = 0;
  std::string_view word = WordBefore(text, i, &begin);
  if (word.empty()) return true;
  std::string lower = AsciiLowerCopy(word);
  if (IsNonFinalAbbreviation(lower)) return false;
  if (IsNumberAbbreviation(lower) && IsAsciiDigit(text[k])) return false;
  if (lower == "al" && FollowsEt(text, begin)) return false;
  if (word.size() == 1 && IsAsciiLetter(word[0])) return false;  // an initial
  if (IsDottedAbbreviation(word)) {
    return text[k] == '"' || text[k] == '\'' || IsSentenceStarter(NextWord(text, k));
  }
  return true;
}

void AddTrimmed(std::string_view text, size_t begin, size_t end, std::vector<Span>* out) {
  while (begin < end && IsAsciiSpace(text[begin])) ++begin;
  while (end > begin && IsAsciiSpace(text[end - 1])) --end;
  if (begin < end) out->push_back({begin, end});
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> out;
  NestingOptions nesting;
  nesting.max_bracket_bytes = kMaxBracketBytes;
  std::vector<bool> inside = InsideBrackets(text, Span{0, text.size()}, nesting);
  size_t start = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t t = TerminatorLength(text, i);
    if (t == 0 || inside[i]) {
      ++i;
      continue;
    }
    size_t j = SkipClosers(text, i + t);
    size_t k = j;
    while (k < text.size() && IsAsciiSpace(text[k])) ++k;
    bool breaks = k > j && (k == text.size() || StartsSentence(text, k)) &&
                  (text[i] != '.' || k == text.size() || PeriodEndsSentence(text, i, k));
    if (breaks) {
      AddTrimmed(text, start, j, &out);
      start = k;
    }
    i = std::max(j, i + 1);
  }
  AddTrimmed(text, start, text.size(), &out);
  return out;
}

}  // namespace argmap
