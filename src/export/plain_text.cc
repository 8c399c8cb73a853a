#include "export/plain_text.h"

#include "core/utf8.h"

namespace argmap {
namespace {

bool IsControl(char32_t cp) { return cp < 0x20 || cp == 0x7F; }

}  // namespace

std::string CleanText(std::string_view text, std::string_view keep) {
  std::string out;
  out.reserve(text.size());
  ForEachCodePoint(text, [&](char32_t cp) {
    bool kept = cp < 0x80 && keep.find(static_cast<char>(cp)) != std::string_view::npos;
    AppendUtf8(IsControl(cp) && !kept ? char32_t{' '} : cp, &out);
  });
  return out;
}

std::string ValidUtf8(std::string_view text) { return CleanText(text, "\t\n"); }

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

std::string Shorten(std::string_view text, size_t width) {
  if (text.size() <= width) return std::string(text);
  size_t cut = text.rfind(' ', width - 3);
  if (cut == std::string::npos || cut < width / 2) cut = width - 3;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

}  // namespace argmap
