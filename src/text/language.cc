#include "text/language.h"

#include <cld2/public/compact_lang_det.h>

#include <climits>

#include "text/scan.h"

namespace argmap {
namespace {

// English below this share of the text (CLD2's percent) lets another language
// be named.
constexpr int kMaxEnglishPercent = 25;

}  // namespace

DetectedLanguage DetectLanguage(std::string_view text) {
  DetectedLanguage out{"ENGLISH", "en", true};
  if (text.size() < kMinLanguageBytes || text.size() > INT_MAX) return out;
  // CLD2 returns at once, filling nothing, for text that is not valid UTF-8.
  CLD2::Language top3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE};
  int percent3[3] = {0, 0, 0};
  double scores3[3];
  int text_bytes = 0, valid_prefix = 0;
  bool reliable = false;
  CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, nullptr, 0, top3,
      percent3, scores3, nullptr, &text_bytes, &reliable, &valid_prefix);
  out.name = CLD2::LanguageName(lang);
  out.code = CLD2::LanguageCode(lang);
  int english = 0;
  for (int i = 0; i < 3; ++i) {
    if (top3[i] == CLD2::ENGLISH) english += percent3[i];
  }
  out.english = !reliable || lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::ENGLISH ||
                english >= kMaxEnglishPercent;
  return out;
}

std::string DisplayLanguageName(std::string_view cld2_name) {
  if (cld2_name == "ChineseT") return "Chinese (Traditional)";
  std::string out;
  bool start = true;
  for (char c : cld2_name) {
    if (c == '_') {
      out += ' ';
      start = true;
      continue;
    }
    out += start ? c : AsciiLower(c);
    start = false;
  }
  return out;
}

}  // namespace argmap
