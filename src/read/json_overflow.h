// nlohmann/json reports a number too large for a double ("1e309") with an
// out_of_range exception, not a parse_error; every Json::parse that may throw
// catches it too and reports it as invalid JSON at the number.
#ifndef ARGMAP_READ_JSON_OVERFLOW_H_
#define ARGMAP_READ_JSON_OVERFLOW_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace argmap {

// "number overflow parsing '1e309'" (nlohmann's words without its
// "[json.exception.out_of_range.406] " prefix); *offset is where that number
// first occurs in `text`, or 0.
std::string JsonOverflowReason(const nlohmann::json::out_of_range& e, std::string_view text,
                               size_t* offset);

}  // namespace argmap

#endif  // ARGMAP_READ_JSON_OVERFLOW_H_
