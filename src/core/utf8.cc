#include "core/utf8.h"

namespace argmap {

size_t Utf8SequenceLength(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

char32_t DecodeUtf8(std::string_view text, size_t pos, size_t* len) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  size_t n = Utf8SequenceLength(c);
  if (n == 1 || pos + n > text.size()) {
    *len = 1;
    return c < 0x80 ? c : 0xFFFD;
  }
  char32_t cp = c & (0xFF >> (n + 1));
  for (size_t i = 1; i < n; ++i) {
    unsigned char cc = static_cast<unsigned char>(text[pos + i]);
    if ((cc & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *len = n;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t CodePointOffset(std::string_view text, size_t byte_offset) {
  size_t count = 0;
  size_t pos = 0;
  while (pos < byte_offset && pos < text.size()) {
    size_t len = 1;
    DecodeUtf8(text, pos, &len);
    pos += len;
    ++count;
  }
  return count;
}

size_t CodePointCounter::Offset(size_t byte_offset) {
  if (byte_offset < byte_) byte_ = count_ = 0;
  while (byte_ < byte_offset && byte_ < text_.size()) {
    size_t len = 1;
    DecodeUtf8(text_, byte_, &len);
    byte_ += len;
    ++count_;
  }
  return count_;
}

bool IsValidUtf8(std::string_view text, size_t* bad_offset) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t len = 1;
    char32_t cp = DecodeUtf8(text, pos, &len);
    if (cp == 0xFFFD && len == 1 && static_cast<unsigned char>(text[pos]) >= 0x80) {
      if (bad_offset) *bad_offset = pos;
      return false;
    }
    pos += len;
  }
  return true;
}

}  // namespace argmap
