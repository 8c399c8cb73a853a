// End-to-end tests of `argmap eval`'s options (the mapping options it shares
// with extract, render and compare: cli/options.h), through the real binary in
// a fresh directory (tests/argmap_run.h). The gold abstracts are made up.
#include <string>
#include <vector>

#include "argmap_run.h"
#include "gold_sample.h"

namespace argmap {
namespace {

using testing::ArgmapRun;
using testing::GoldWithAccent;
using testing::kGold;
using testing::RunDir;

const std::string kHint = "run 'argmap eval --help' for usage\n";

TEST_SUITE("eval_cli") {
  TEST_CASE("a bad mapping option value exits 2 with the shared message") {
    struct Case {
      const char* args;
      std::string err;
    };
    const Case cases[] = {
        {"eval --jobs 0 g.jsonl",
         "argmap: error: --jobs needs a whole number from 1 to 256, got '0'\n"},
        {"eval -j two g.jsonl",
         "argmap: error: --jobs needs a whole number from 1 to 256, got 'two'\n"},
        {"eval --encoding latin-1 g.jsonl",
         "argmap: error: unknown encoding 'latin-1', did you mean 'latin1'?\n"},
        {"eval --input-format bibtex g.jsonl",
         "argmap: error: gold files are JSON Lines: --input-format must be auto or jsonl, not "
         "'bibtex'\n"},
        {"eval --pack nosuch g.jsonl", "argmap: error: unknown pack 'nosuch'\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.args);
      RunDir dir;
      dir.Write("g.jsonl", kGold);
      ArgmapRun r = dir.Argmap(c.args);
      CHECK(r.status == 2);
      CHECK(r.out == "");
      CHECK(r.err == c.err + kHint);
    }
  }

  TEST_CASE("--jobs and --input-format jsonl give the report of one thread") {
    RunDir dir;
    dir.Write("g.jsonl", kGold);
    ArgmapRun one = dir.Argmap("eval --jobs 1 g.jsonl");
    REQUIRE(one.status == 0);
    CHECK(one.err == "");
    CHECK(one.out.find("on 4 abstracts") != std::string::npos);
    for (const char* args : {"eval --jobs 2 g.jsonl", "eval -j 3 --misses g.jsonl",
                             "eval --input-format jsonl g.jsonl", "eval g.jsonl"}) {
      CAPTURE(args);
      ArgmapRun r = dir.Argmap(args);
      CHECK(r.status == 0);
      CHECK(r.err == "");
      if (std::string(args).find("--misses") == std::string::npos) CHECK(r.out == one.out);
    }
    CHECK(dir.Argmap("eval -j 3 --misses g.jsonl").out ==
          dir.Argmap("eval -j 1 --misses g.jsonl").out);
  }

  TEST_CASE("--encoding reads a Windows-1252 gold file as its UTF-8 twin") {
    RunDir dir;
    dir.Write("utf8.jsonl", GoldWithAccent("\xC3\xA9"));
    dir.Write("cp1252.jsonl", GoldWithAccent("\xE9"));
    ArgmapRun utf8 = dir.Argmap("eval utf8.jsonl");
    REQUIRE(utf8.status == 0);
    ArgmapRun cp1252 = dir.Argmap("eval --encoding windows-1252 cp1252.jsonl");
    CHECK(cp1252.status == 0);
    CHECK(cp1252.err == "");
    CHECK(cp1252.out == utf8.out);
    ArgmapRun bad = dir.Argmap("eval cp1252.jsonl");
    CHECK(bad.status == 1);
    CHECK(bad.out == "");
    CHECK(bad.err ==
          "cp1252.jsonl:1:153: error: invalid UTF-8 (byte 0xE9): for Latin-1 or Windows-1252 "
          "text, give --encoding windows-1252\n"
          "... We conclude that light rail pays for itself in mid-sized towns like Orl?ans.\", "
          "\"components\": [{\"id\": \"T1\", \"role\": \"premise\", \"text\": \"Tram use...\n"
          "                                                                           ^\n"
          "argmap: error: no abstracts to score\n");
  }

  TEST_CASE("--strict stops at the first bad record, without it the rest is scored") {
    RunDir dir;
    std::string gold = kGold;
    dir.Write("bad.jsonl", "{\"id\": \"cut\", \n" + gold + "{\"text\": \"no id\"}\n");
    const std::string first =
        "bad.jsonl:1:14: error: invalid JSON: syntax error while parsing object key - "
        "unexpected end of input; expected string literal\n"
        "{\"id\": \"cut\", \n"
        "             ^\n";
    ArgmapRun strict = dir.Argmap("eval --strict bad.jsonl");
    CHECK(strict.status == 1);
    CHECK(strict.out == "");
    CHECK(strict.err == first);
    ArgmapRun lenient = dir.Argmap("eval bad.jsonl");
    CHECK(lenient.status == 1);
    CHECK(lenient.err ==
          first + "bad.jsonl:6: error: abstract has no \"id\" (a string or a number)\n");
    CHECK(lenient.out.find("on 4 abstracts") != std::string::npos);
  }
}

}  // namespace
}  // namespace argmap
