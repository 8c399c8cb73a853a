#include "export/plain_text.h"

#include "core/utf8.h"

namespace argmap {
namespace {

bool IsScalarValue(char32_t cp, size_t len) {
  static constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
  return cp >= kMinForLength[len] && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
}

// Calls emit(code point) for each code point of `text`, invalid ones as U+FFFD.
template <typename Emit>
void ForEachCodePoint(std::string_view text, Emit emit) {
  for (size_t pos = 0; pos < text.size();) {
    size_t len = 1;
    char32_t cp = DecodeUtf8(text, pos, &len);
    emit(IsScalarValue(cp, len) ? cp : char32_t{0xFFFD});
    pos += len;
  }
}

bool IsControl(char32_t cp) { return cp < 0x20 || cp == 0x7F; }

}  // namespace

std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCodePoint(text, [&out](char32_t cp) {
    AppendUtf8(IsControl(cp) && cp != '\t' && cp != '\n' ? char32_t{' '} : cp, &out);
  });
  return out;
}

std::string SingleLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  ForEachCodePoint(text, [&](char32_t cp) {
    if (cp == ' ' || IsControl(cp)) {
      pending_space = !out.empty();
      return;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    AppendUtf8(cp, &out);
  });
  return out;
}

std::string UpperCase(std::string_view ascii) {
  std::string out(ascii);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace argmap
