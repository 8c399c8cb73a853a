// Tests of read/json_records: the one JSON Lines sniffer that the argmap map
// reader, the JSON record readers and the record stream share.
#include "read/json_records.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap::read_internal {
namespace {

TEST_SUITE("json_records") {
  TEST_CASE("JSON Lines is a whole first value and a second line opening another") {
    struct Case {
      std::string text;
      bool lines;
    };
    const std::vector<Case> cases = {
        {"{\"a\": 1}\n{\"b\": 2}\n", true},
        {"\n  {\"a\": 1}\r\n\n\t{\"b\": 2}", true},
        {"\xEF\xBB\xBF{\"a\": 1}\n{\"b\": 2}\n", true},  // after a byte order mark
        {"[{\"a\": 1}]\n[{\"b\": 2}]\n", true},          // arrays of records, a line each
        {"{\"a\": 1}\n{\"b\": ", true},                  // a head cut in the second line
        {"{\"a\": 1}\n", false},                         // one value
        {"{\"a\": 1}\n\n  \n", false},
        {"{\n  \"a\": 1\n}\n", false},  // pretty-printed: the first line is not whole
        {"{\"a\": 1}\nsome page text\n", false},
        {"1\n2\n", false},                      // scalars are not records
        {"\v{\"a\": 1}\n{\"b\": 2}\n", false},  // not JSON white space
        {"", false},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(LooksLikeJsonLines(c.text) == c.lines);
    }
  }
}

}  // namespace
}  // namespace argmap::read_internal
