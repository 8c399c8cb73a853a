// The values of the options that the command line and the library share, each
// checked once, with its one message. A value comes in as the text given (the
// command line's word, or the text of an API option: api/argmap.cc), and the
// result is "" or the usage error, which names the option and the value as
// given ("--jobs needs a whole number from 1 to 256, got '0'"). The command
// line reads the values out of its arguments in cli/options.h and calls these;
// nothing here knows the command line.
#ifndef ARGMAP_OPTIONS_OPTION_VALUES_H_
#define ARGMAP_OPTIONS_OPTION_VALUES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "read/graph_reader.h"
#include "read/reader.h"

namespace argmap {

// What --input-format names in a command: a reader of abstracts
// (read/reader.h: extract, compare), a map format (read/graph_reader.h:
// convert), or either (render).
enum class InputFormats { kAbstracts, kMaps, kBoth };

// The names --input-format takes for `accepted`, "auto" first.
std::vector<std::string> AcceptedInputFormatNames(InputFormats accepted);

// --input-format: "auto" or a name `accepted` takes, into *abstracts or *map
// (the other stays kAuto; either may be null where `accepted` does not take
// it); else "unknown input format 'x'" with "did you mean" among those names.
std::string CheckInputFormat(const std::string& value, InputFormats accepted,
                             InputFormat* abstracts, GraphFormat* map);

// --input-format of a gold file (eval, train; eval/gold.h): auto or jsonl,
// the one format gold files have; else
// "gold files are JSON Lines: --input-format must be auto or jsonl, not 'x'".
std::string CheckGoldInputFormat(const std::string& value);

// --encoding: "" (UTF-8, or UTF-16 with its mark) or a name iconv knows;
// else "unknown encoding 'x'" with "did you mean".
std::string CheckEncoding(const std::string& value);

// --jobs: a whole number from 1 to kMaxJobs (core/limits.h) into *jobs.
std::string CheckJobs(const std::string& value, int* jobs);

// The number option `option` ("--cost") from `low` to `high` into *number:
// "--cost needs a number from 0.0001 to 10000, not 'x'".
std::string CheckNumber(std::string_view option, const std::string& value, double low, double high,
                        double* number);

// The whole-number option `option` from `low` to `high` into *count:
// "--dpi needs a whole number from 36 to 600, not 'x'", and
// "--top needs a whole number (0 or more), not '-1'" when `high` is SIZE_MAX.
std::string CheckCount(std::string_view option, const std::string& value, size_t low, size_t high,
                       size_t* count);

// The number options of `compare` and `train` that the library takes too
// (api/argmap.h), each with its range in one place: --threshold above 0 and at
// most 1 ("--threshold needs a number from 0 to 1, not '5'", and for 0 "...
// needs a number above 0 and at most 1, not '0'"), --max-links 1 or more,
// --top 0 or more (0: all), --cost from 0.0001 to 10000.
std::string CheckThreshold(const std::string& value, double* threshold);
std::string CheckMaxLinks(const std::string& value, size_t* max_links);
std::string CheckTop(const std::string& value, size_t* top);
std::string CheckCost(const std::string& value, double* cost);

}  // namespace argmap

#endif  // ARGMAP_OPTIONS_OPTION_VALUES_H_
