// Which language an abstract is written in, by Compact Language Detector 2
// (CLD2, Debian's libcld2-dev): argmap's rules, lexicons and model read English,
// so an abstract in another language gets a warning naming the language found
// instead of a silent, empty map.
//
// What a caller may rely on: DetectLanguage never throws and reads any bytes
// (text that is not valid UTF-8 is "unknown"); it is deterministic and
// thread-safe. A text is called non-English only when CLD2 is sure of it (its
// "reliable" flag), English has less than a quarter of the text, and the text
// holds at least kMinLanguageBytes letters' worth of bytes: short texts, and
// English abstracts with a foreign title, name or quotation, are never flagged.
#ifndef ARGMAP_TEXT_LANGUAGE_H_
#define ARGMAP_TEXT_LANGUAGE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace argmap {

// Below this many bytes of text CLD2 is not asked.
inline constexpr size_t kMinLanguageBytes = 120;

struct DetectedLanguage {
  std::string name;     // "GERMAN", "ENGLISH", "Unknown", ...: CLD2's name
  std::string code;     // "de", "en", "un", ...: CLD2's code
  bool english = true;  // false only when the text is surely in another language
};

DetectedLanguage DetectLanguage(std::string_view text);

// "German" for "GERMAN", "Portuguese" for "PORTUGUESE", "Chinese (Traditional)"
// for "ChineseT": the name as a sentence shows it.
std::string DisplayLanguageName(std::string_view cld2_name);

}  // namespace argmap

#endif  // ARGMAP_TEXT_LANGUAGE_H_
