#include "core/utf8.h"

namespace argmap {

size_t Utf8SequenceLength(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

namespace {

// The bytes a well-formed sequence may hold after its lead byte `c` (Unicode's
// Table 3-7): the second byte's range, narrower after E0, ED, F0 and F4 (no
// overlong form, no surrogate, nothing past U+10FFFF); later bytes are 80..BF.
struct SecondByte {
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
};
SecondByte SecondByteRange(unsigned char c) {
  switch (c) {
    case 0xE0:
      return {0xA0, 0xBF};
    case 0xED:
      return {0x80, 0x9F};
    case 0xF0:
      return {0x90, 0xBF};
    case 0xF4:
      return {0x80, 0x8F};
    default:
      return {};
  }
}

}  // namespace

char32_t DecodeUtf8(std::string_view text, size_t pos, size_t* len) {
  bool ok = true;
  return DecodeUtf8(text, pos, len, &ok);
}

char32_t DecodeUtf8(std::string_view text, size_t pos, size_t* len, bool* ok) {
  *ok = false;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  *len = 1;
  if (c < 0x80) {
    *ok = true;
    return c;
  }
  // C0, C1 (overlong) and F5..FF never start a sequence.
  size_t n = c >= 0xC2 && c <= 0xF4 ? Utf8SequenceLength(c) : 1;
  if (n == 1) return 0xFFFD;
  char32_t cp = c & (0xFF >> (n + 1));
  SecondByte range = SecondByteRange(c);
  for (size_t i = 1; i < n; ++i) {
    if (pos + i >= text.size()) return 0xFFFD;  // *len covers the truncated part
    unsigned char cc = static_cast<unsigned char>(text[pos + i]);
    unsigned char low = i == 1 ? range.low : 0x80;
    unsigned char high = i == 1 ? range.high : 0xBF;
    if (cc < low || cc > high) return 0xFFFD;  // the maximal subpart so far
    cp = (cp << 6) | (cc & 0x3F);
    *len = i + 1;
  }
  *ok = true;
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
    bool ok = true;
    DecodeUtf8(text, pos, &len, &ok);
    if (!ok) {
      if (bad_offset) *bad_offset = pos;
      return false;
    }
    pos += len;
  }
  return true;
}

}  // namespace argmap
