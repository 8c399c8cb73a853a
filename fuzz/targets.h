// The fuzz targets of argmap as plain functions: one input in, the first broken
// invariant out ("" when every invariant holds).
//
// The libFuzzer mains in fuzz/*_fuzzer.cc call these and abort on a non-empty
// answer (a crash, a sanitizer report or a hang is found by libFuzzer itself);
// tests/fuzz_regression_test.cc runs every saved input of fuzz/regressions/
// through the same functions, so each crash once found stays a test.
// Each function accepts any bytes and never throws.
#ifndef ARGMAP_FUZZ_TARGETS_H_
#define ARGMAP_FUZZ_TARGETS_H_

#include <string>
#include <string_view>
#include <vector>

namespace argmap::fuzz {

// Reads `data` as input format `format` ("text", "json", ... as InputFormatNames()).
std::string FuzzRead(std::string_view format, std::string_view data);
// Parses `data` as one rule file, compiles it, runs its examples and matches a sample text.
std::string FuzzRuleParser(std::string_view data);
// Normalizes `data` (when it is valid UTF-8), splits it into sentences and each
// sentence into list members; the first byte chooses ListOptions::allow_pair.
std::string FuzzSegment(std::string_view data);
// The whole extract pipeline with the built-in pack: read (format detected),
// extract, and every exporter of the table.
std::string FuzzExtract(std::string_view data);

// Writes `data` to a temporary file (one per process) and reads it with a
// RecordStream in chunks of 1 to 64 bytes (1 + the first byte % 64): the
// documents (id, record, line, text), the messages and the result must be
// those of ReadInputFile on the whole file.
std::string FuzzStream(std::string_view data);

// Reads `data` as a map (argmap JSON, AIF or Argdown, as the input gate tells
// them apart: read/graph_reader.h). A map read without an error must survive its
// own exports: its argmap JSON read back gives the same JSON, and its Argdown
// and AIF read back without an error.
std::string FuzzMap(std::string_view data);

// The targets by name, for the fuzz executable and the regression test:
// "read_<format>", "read_map", "stream", "rule_parser", "segment", "extract".
struct Target {
  std::string name;
  std::string (*run)(std::string_view data);  // nullptr for read_<format>
  std::string format;                         // the format of a read_<format> target
};
std::vector<Target> Targets();
// Runs the target named `name` on `data`; "unknown target" for an unknown name.
std::string RunTarget(std::string_view name, std::string_view data);

}  // namespace argmap::fuzz

#endif  // ARGMAP_FUZZ_TARGETS_H_
