// Small UTF-8 helpers shared by the input gate, the text stages and exporters.
//
// Decoding is strict, as Unicode's Table 3-7 defines well-formed UTF-8: an
// overlong form, a surrogate (U+D800..U+DFFF), a code point past U+10FFFF, a
// stray continuation byte or a truncated sequence is ill-formed, and each of
// its maximal subparts decodes as one U+FFFD (as Python's and browsers'
// decoders do). So a caller never sees a code point that is not a Unicode
// scalar value, and IsValidUtf8 is the one validity check (read/input.h).
#ifndef ARGMAP_CORE_UTF8_H_
#define ARGMAP_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace argmap {

// Number of code points in text[0, byte_offset). Each maximal subpart of an
// ill-formed sequence counts one.
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

// Decodes the code point at text[pos]; sets *len to its byte length. An
// ill-formed sequence decodes as U+FFFD, *len its maximal subpart (at least 1).
char32_t DecodeUtf8(std::string_view text, size_t pos, size_t* len);
// DecodeUtf8 that also says whether the sequence was well-formed (a U+FFFD in
// the text is, as EF BF BD).
char32_t DecodeUtf8(std::string_view text, size_t pos, size_t* len, bool* ok);

// Calls emit(code point) for each code point of `text`, ill-formed parts as U+FFFD.
template <typename Emit>
void ForEachCodePoint(std::string_view text, Emit emit) {
  for (size_t pos = 0; pos < text.size();) {
    size_t len = 1;
    emit(DecodeUtf8(text, pos, &len));
    pos += len;
  }
}

void AppendUtf8(char32_t cp, std::string* out);

// True when every sequence in `text` is well-formed UTF-8; else *bad_offset is the first bad byte.
bool IsValidUtf8(std::string_view text, size_t* bad_offset);

}  // namespace argmap

#endif  // ARGMAP_CORE_UTF8_H_
