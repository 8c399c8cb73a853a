// Tests of options/option_values: the validators of the values the command
// line and the API share, one message each.
#include "options/option_values.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace argmap {
namespace {

TEST_SUITE("option_values") {
  TEST_CASE("--input-format is one validator with one message, over the names a command takes") {
    struct Case {
      InputFormats accepted;
      std::string value;
      InputFormat abstracts;
      GraphFormat map;
      std::string message;
    };
    const InputFormat kAuto = InputFormat::kAuto;
    const GraphFormat kAnyMap = GraphFormat::kAuto;
    const std::vector<Case> cases = {
        {InputFormats::kAbstracts, "auto", kAuto, kAnyMap, ""},
        {InputFormats::kAbstracts, "bibtex", InputFormat::kBibtex, kAnyMap, ""},
        {InputFormats::kAbstracts, "argmap", kAuto, kAnyMap, "unknown input format 'argmap'"},
        {InputFormats::kAbstracts, "jsnl", kAuto, kAnyMap,
         "unknown input format 'jsnl', did you mean 'jsonl'?"},
        {InputFormats::kMaps, "aif", kAuto, GraphFormat::kAif, ""},
        {InputFormats::kMaps, "bibtex", kAuto, kAnyMap, "unknown input format 'bibtex'"},
        {InputFormats::kMaps, "argdwn", kAuto, kAnyMap,
         "unknown input format 'argdwn', did you mean 'argdown'?"},
        {InputFormats::kBoth, "argdown", kAuto, GraphFormat::kArgdown, ""},
        {InputFormats::kBoth, "ris", InputFormat::kRis, kAnyMap, ""},
        {InputFormats::kBoth, "argmapp", kAuto, kAnyMap,
         "unknown input format 'argmapp', did you mean 'argmap'?"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.value);
      InputFormat abstracts = InputFormat::kText;
      GraphFormat map = GraphFormat::kArgmap;
      CHECK(CheckInputFormat(c.value, c.accepted, &abstracts, &map) == c.message);
      if (c.message.empty()) {
        CHECK(abstracts == c.abstracts);
        CHECK(map == c.map);
      }
    }
  }

  TEST_CASE("--jobs, --encoding and the number options name the value as given") {
    struct Case {
      std::string option, value, message;
    };
    const std::vector<Case> cases = {
        {"--jobs", "0", "--jobs needs a whole number from 1 to 256, got '0'"},
        {"--jobs", "2x", "--jobs needs a whole number from 1 to 256, got '2x'"},
        {"--jobs", "", "--jobs needs a whole number from 1 to 256, got ''"},
        {"--jobs", "3", ""},
        {"--encoding", "latin-1", "unknown encoding 'latin-1', did you mean 'latin1'?"},
        {"--encoding", "windows-1252", ""},
        {"--encoding", "", ""},
        {"--cost", "0", "--cost needs a number from 0.0001 to 10000, not '0'"},
        {"--cost", "nan", "--cost needs a number from 0.0001 to 10000, not 'nan'"},
        {"--cost", "0.5", ""},
        {"--dpi", "35", "--dpi needs a whole number from 36 to 600, not '35'"},
        {"--top", "-1", "--top needs a whole number (0 or more), not '-1'"},
        {"--top", "0", ""},
        {"--threshold", "5", "--threshold needs a number from 0 to 1, not '5'"},
        {"--threshold", "nan", "--threshold needs a number from 0 to 1, not 'nan'"},
        {"--threshold", "-3", "--threshold needs a number from 0 to 1, not '-3'"},
        {"--threshold", "0", "--threshold needs a number above 0 and at most 1, not '0'"},
        {"--threshold", "-0", "--threshold needs a number above 0 and at most 1, not '-0'"},
        {"--threshold", "1", ""},
        {"--max-links", "0", "--max-links needs a whole number (1 or more), not '0'"},
        {"--max-links", "-1", "--max-links needs a whole number (1 or more), not '-1'"},
        {"--max-links", "1", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.option);
      CAPTURE(c.value);
      int jobs = 0;
      double number = 0;
      size_t count = 0;
      std::string message;
      if (c.option == "--jobs") message = CheckJobs(c.value, &jobs);
      if (c.option == "--encoding") message = CheckEncoding(c.value);
      if (c.option == "--cost") message = CheckCost(c.value, &number);
      if (c.option == "--dpi") message = CheckCount(c.option, c.value, 36, 600, &count);
      if (c.option == "--top") message = CheckTop(c.value, &count);
      if (c.option == "--threshold") message = CheckThreshold(c.value, &number);
      if (c.option == "--max-links") message = CheckMaxLinks(c.value, &count);
      CHECK(message == c.message);
    }
    int jobs = 0;
    CHECK(CheckJobs("3", &jobs) == "");
    CHECK(jobs == 3);
    double cost = 0;
    CHECK(CheckCost("0.5", &cost) == "");
    CHECK(cost == 0.5);
    double threshold = 0;
    CHECK(CheckThreshold("0.25", &threshold) == "");
    CHECK(threshold == 0.25);
  }
}

}  // namespace
}  // namespace argmap
