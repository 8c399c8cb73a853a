// nlohmann/json's errors in argmap's words. A syntax error is a parse_error,
// whose message loses nlohmann's prefix; a number too large for a double
// ("1e309") is an out_of_range exception, not a parse_error: every Json::parse
// that may throw catches it too and reports it as invalid JSON at the number.
#ifndef ARGMAP_READ_JSON_OVERFLOW_H_
#define ARGMAP_READ_JSON_OVERFLOW_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace argmap {

// nlohmann's message without its "[json.exception.parse_error.101] parse error
// at line 1, column 5: " prefix, safe to print: the bytes it quotes after "last
// read:" may cut a character, whose bytes are then '?' (Sanitized,
// core/input_bytes.h). Every JSON reader's syntax error goes through it: the
// abstracts, argmap's maps, AIF and the gold files.
std::string JsonParseReason(const nlohmann::json::parse_error& e);

// "number overflow parsing '1e309'" (nlohmann's words without its
// "[json.exception.out_of_range.406] " prefix); *offset is where that number
// first occurs in `text`, or 0.

std::string JsonOverflowReason(const nlohmann::json::out_of_range& e, std::string_view text,
                               size_t* offset);

}  // namespace argmap

#endif  // ARGMAP_READ_JSON_OVERFLOW_H_
