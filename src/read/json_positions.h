// Where the records of a parsed JSON document start in its text, so that a
// message about record N can name its line (nlohmann/json keeps no positions).
//
// RecordOffsets takes the text a value was parsed from and a node `records`
// inside that value (what a JsonFormat's records() returned: an array, or
// one record), and gives the byte offset in `text` where each record starts:
// one offset per element of an array, or one for a single record. The text
// must be exactly the JSON value `root` was parsed from (valid JSON); for
// anything else, or a node not inside `root`, the answer is empty. One pass
// over the text, skipping what lies off the path to `records`. RecordLines
// gives their lines (fast while a LineIndexScope for `text` is alive).
#ifndef ARGMAP_READ_JSON_POSITIONS_H_
#define ARGMAP_READ_JSON_POSITIONS_H_

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

namespace argmap::read_internal {

std::vector<size_t> RecordOffsets(std::string_view text, const nlohmann::json& root,
                                  const nlohmann::json& records);

// For a text that starts with '[' but need not be valid JSON: where each
// element of that array lies ([begin, end) byte offsets, white space trimmed),
// found by following only strings and nesting, so that a reader can parse the
// elements one by one and lose only a bad one. An element whose brackets do not
// close runs to the end. Empty when the text does not start with '[' (after
// white space) or the array is empty. Linear in the text's length.
struct ElementSpan {
  size_t begin = 0;
  size_t end = 0;
};
std::vector<ElementSpan> ArrayElementSpans(std::string_view text);

// The 1-based lines of those offsets.
std::vector<int> RecordLines(std::string_view text, const nlohmann::json& root,
                             const nlohmann::json& records);

}  // namespace argmap::read_internal

#endif  // ARGMAP_READ_JSON_POSITIONS_H_
