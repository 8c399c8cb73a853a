// Words for scoring, as the shared scorer takes them: NFKC and lower-case by ICU,
// apostrophes dropped, runs of letters and digits.
#include "eval/words.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "core/utf8.h"

namespace argmap {
namespace {

// ’ ‘ ` ' ʼ: the scorer removes them, so "state’s" is one word.
bool IsDroppedApostrophe(UChar32 c) {
  return c == 0x2019 || c == 0x2018 || c == '`' || c == '\'' || c == 0x02BC;
}

// Python's \w less '_': letters and numbers of any script.
bool IsWordChar(UChar32 c) { return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK)) != 0; }

// NFKC, then lower case (full mappings, with the final sigma), as Python's
// unicodedata.normalize("NFKC", text).lower().
icu::UnicodeString FoldAndLower(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (nfkc != nullptr) {
    status = U_ZERO_ERROR;
    icu::UnicodeString folded = nfkc->normalize(s, status);
    if (U_SUCCESS(status)) s = std::move(folded);
  }
  return s.toLower(icu::Locale::getRoot());
}

}  // namespace

std::vector<std::string> EvalWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  icu::UnicodeString s = FoldAndLower(text);
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (IsDroppedApostrophe(c)) continue;
    if (IsWordChar(c)) {
      AppendUtf8(static_cast<char32_t>(c), &word);
    } else {
      flush();
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
