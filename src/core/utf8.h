// Small UTF-8 helpers shared by the text stages and exporters.
#ifndef ARGMAP_CORE_UTF8_H_
#define ARGMAP_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace argmap {

// Number of code points in text[0, byte_offset). Bytes of a truncated or
// invalid sequence count one each.
size_t CodePointOffset(std::string_view text, size_t byte_offset);

// CodePointOffset for many offsets into one text: each call goes on from the
// previous one when the offset is not smaller, so increasing offsets cost one
// pass over the text in all.
class CodePointCounter {
 public:
  explicit CodePointCounter(std::string_view text) : text_(text) {}
  size_t Offset(size_t byte_offset);

 private:
  std::string_view text_;
  size_t byte_ = 0;   // a position reached so far (the start of a sequence, or the end)
  size_t count_ = 0;  // code points before byte_
};

// Length in bytes of the UTF-8 sequence starting with lead byte `c` (1 for an invalid byte).
size_t Utf8SequenceLength(unsigned char c);

// Decodes the code point at text[pos]; sets *len to its byte length. An invalid
// sequence decodes as U+FFFD with length 1.
char32_t DecodeUtf8(std::string_view text, size_t pos, size_t* len);

void AppendUtf8(char32_t cp, std::string* out);

// True when every sequence in `text` is well-formed UTF-8; else *bad_offset is the first bad byte.
bool IsValidUtf8(std::string_view text, size_t* bad_offset);

}  // namespace argmap

#endif  // ARGMAP_CORE_UTF8_H_
