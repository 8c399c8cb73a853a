// Tests of cli/options: the shared options' validators, one message each.
#include "cli/options.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

TEST_SUITE("options") {
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
      ParsedArgs args;
      args.values["--input-format"].push_back(c.value);
      InputFormat abstracts = InputFormat::kText;
      GraphFormat map = GraphFormat::kArgmap;
      CHECK(ParseInputFormatOption(args, c.accepted, &abstracts, &map) == c.message);
      if (c.message.empty()) {
        CHECK(abstracts == c.abstracts);
        CHECK(map == c.map);
      }
    }
  }

  TEST_CASE("the --input-format row of each command names what it takes") {
    CHECK(InputFormatOption(InputFormats::kMaps).help == "auto (default), argmap, aif, argdown");
    CHECK(InputFormatOption().help.starts_with("auto (default), text, lines, paragraphs, json"));
    CHECK(InputFormatOption(InputFormats::kBoth).help ==
          "auto (default), argmap, aif or argdown for graphs, or an input format of 'extract'");
  }
}

}  // namespace
}  // namespace argmap
