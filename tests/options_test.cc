// Tests of cli/options: the shared option rows, and their values read from
// the command line's arguments (the checks are options/option_values').
#include "cli/options.h"

#include <doctest/doctest.h>

#include <string>

namespace argmap {
namespace {

TEST_SUITE("options") {
  TEST_CASE("the --input-format row of each command names what it takes") {
    CHECK(InputFormatOption(InputFormats::kMaps).help == "auto (default), argmap, aif, argdown");
    CHECK(InputFormatOption().help.starts_with("auto (default), text, lines, paragraphs, json"));
    CHECK(InputFormatOption(InputFormats::kBoth).help ==
          "auto (default), argmap, aif or argdown for graphs, or an input format of 'extract'");
  }

  TEST_CASE("an option's value is read from the arguments, with its default when absent") {
    ParsedArgs args;
    int jobs = 0;
    CHECK(ParseJobs(args, &jobs) == "");
    CHECK(jobs >= 1);
    std::string rankdir;
    CHECK(ParseRankdir(args, &rankdir) == "");
    CHECK(rankdir == "BT");
    args.values["--jobs"].push_back("0");
    args.values["--rankdir"].push_back("XY");
    args.values["--input-format"].push_back("jsnl");
    InputFormat format = InputFormat::kText;
    CHECK(ParseJobs(args, &jobs) == "--jobs needs a whole number from 1 to 256, got '0'");
    CHECK(ParseRankdir(args, &rankdir) == "--rankdir must be BT, TB, LR or RL");
    CHECK(ParseInputFormatOption(args, &format) ==
          "unknown input format 'jsnl', did you mean 'jsonl'?");
  }
}

}  // namespace
}  // namespace argmap
