// End-to-end tests of `argmap train` and of `--model`: each case runs the real binary
// (ARGMAP_BIN) in a fresh directory (tests/argmap_run.h) and checks its standard output,
// standard error and exit status (0 ok, 1 input errors, 2 usage). The gold abstracts
// are made up for these tests.
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

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

const char* const kAbstract =
    "We argue that cheaper trams revive old town centres. Tram use grew in every district.\n";

const std::string kHint = "run 'argmap train --help' for usage\n";

}  // namespace

TEST_SUITE("train_cli") {
  TEST_CASE("command-line mistakes exit 2 with one error line and a hint, and write nothing") {
    struct Case {
      const char* args;
      std::string err;
    };
    const Case cases[] = {
        {"train", "argmap: error: give one gold file or more (GOLD.jsonl)\n"},
        {"train -o m.model", "argmap: error: give one gold file or more (GOLD.jsonl)\n"},
        {"train --folds 1 g.jsonl",
         "argmap: error: --folds needs a whole number from 2 to 20, not '1'\n"},
        {"train --folds 21 g.jsonl",
         "argmap: error: --folds needs a whole number from 2 to 20, not '21'\n"},
        {"train --folds 2.5 g.jsonl",
         "argmap: error: --folds needs a whole number from 2 to 20, not '2.5'\n"},
        {"train --folds two g.jsonl",
         "argmap: error: --folds needs a whole number from 2 to 20, not 'two'\n"},
        {"train g.jsonl --folds", "argmap: error: option '--folds' needs a value (K)\n"},
        {"train --cost abc g.jsonl",
         "argmap: error: --cost needs a number from 0.0001 to 10000, not 'abc'\n"},
        {"train --cost 0 g.jsonl",
         "argmap: error: --cost needs a number from 0.0001 to 10000, not '0'\n"},
        {"train --ouput m.model g.jsonl",
         "argmap: error: unknown option '--ouput', did you mean '--output'?\n"},
        {"train --fold 2 g.jsonl",
         "argmap: error: unknown option '--fold', did you mean '--folds'?\n"},
        {"train --jobs 0 g.jsonl",
         "argmap: error: --jobs needs a whole number from 1 to 256, got '0'\n"},
        {"train --input-format ris g.jsonl",
         "argmap: error: gold files are JSON Lines: --input-format must be auto or jsonl, not "
         "'ris'\n"},
        {"train --encoding utf-9 g.jsonl",
         "argmap: error: unknown encoding 'utf-9', did you mean 'utf-8'?\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.args);
      RunDir dir;
      dir.Write("g.jsonl", kGold);
      ArgmapRun r = dir.Argmap(c.args);
      CHECK(r.status == 2);
      CHECK(r.out == "");
      CHECK(r.err == c.err + kHint);
      CHECK(dir.Entries() == std::vector<std::string>{"g.jsonl"});
    }
  }

  TEST_CASE("a bad gold line is reported with its place and the other abstracts are trained on") {
    RunDir dir;
    std::vector<std::string> good = Lines(kGold);
    REQUIRE(good.size() == 4);
    dir.Write("bad.jsonl", good[0] + "\n" + good[1] + "\n{\"id\": \"cut\", \n" + good[2] + "\n" +
                               good[3] + "\n");
    ArgmapRun r = dir.Argmap("train bad.jsonl -o m.model");
    CHECK(r.status == 1);
    CHECK(r.out == "");
    CHECK(r.err ==
          "bad.jsonl:3:14: error: invalid JSON: syntax error while parsing object key - "
          "unexpected end of input; expected string literal\n"
          "{\"id\": \"cut\", \n"
          "             ^\n");
    std::vector<std::string> model = Lines(dir.Read("m.model"));
    REQUIRE(model.size() > 5);
    CHECK(model[1] == "# Made by `argmap train` from 4 abstracts: bad.jsonl");
  }

  TEST_CASE("a gold file with no abstract to train on is an error") {
    RunDir dir;
    dir.Write("empty.jsonl", "\n");
    ArgmapRun r = dir.Argmap("train empty.jsonl -o m.model");
    CHECK(r.status == 1);
    CHECK(r.out == "");
    CHECK(r.err ==
          "empty.jsonl: error: no abstracts found\n"
          "argmap: error: no annotated abstracts to train on\n");
    CHECK(dir.Entries() == std::vector<std::string>{"empty.jsonl"});
  }

  TEST_CASE("-o writes a model file that extract --model reads") {
    RunDir dir;
    dir.Write("g.jsonl", kGold);
    dir.Write("x.txt", kAbstract);
    ArgmapRun r = dir.Argmap("train g.jsonl -o m.model");
    CHECK(r.status == 0);
    CHECK(r.out == "");
    CHECK(r.err == "");
    std::string model = dir.Read("m.model");
    std::vector<std::string> lines = Lines(model);
    REQUIRE(lines.size() > 5);
    CHECK(std::vector<std::string>(lines.begin(), lines.begin() + 5) ==
          std::vector<std::string>{
              "# argmap model: the weights of the role and relation scorers (docs/rules.md).",
              "# Made by `argmap train` from 4 abstracts: g.jsonl",
              "# LIBLINEAR L1-regularised logistic regression, cost 0.5. Lines: MODEL FEATURE "
              "CLASS WEIGHT.",
              "classes roles none claim conclusion premise purpose method",
              "classes relations none supports attacks"});
    for (size_t i = 5; i < lines.size(); ++i) {
      CAPTURE(lines[i]);
      CHECK((lines[i].starts_with("roles ") || lines[i].starts_with("relations ")));
    }
    // Without -o the same model goes to standard output, byte for byte.
    ArgmapRun again = dir.Argmap("train g.jsonl");
    CHECK(again.status == 0);
    CHECK(again.out == model);
    // A larger cost is written in the comment.
    ArgmapRun cost = dir.Argmap("train --cost 2 g.jsonl");
    CHECK(cost.status == 0);
    CHECK(Lines(cost.out)[2] ==
          "# LIBLINEAR L1-regularised logistic regression, cost 2. Lines: MODEL FEATURE CLASS "
          "WEIGHT.");

    ArgmapRun x = dir.Argmap("extract --model m.model --format explain x.txt");
    CHECK(x.status == 0);
    CHECK(x.err == "");
    CHECK(x.out.starts_with("== x#1\n"));
    ArgmapRun json = dir.Argmap("extract --model m.model x.txt");
    CHECK(json.status == 0);
    CHECK(json.out == dir.Argmap("extract --model m.model x.txt").out);
  }

  TEST_CASE("--folds prints the cross-validated scores, fold by fold") {
    RunDir dir;
    dir.Write("g.jsonl", kGold);
    ArgmapRun r = dir.Argmap("train --folds 2 g.jsonl");
    CHECK(r.status == 0);
    CHECK(r.err == "");
    std::vector<std::string> lines = Lines(r.out);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "fold     abstracts  core P  core R core F1   rel P   rel R  rel F1");
    CHECK(lines[1].starts_with("1                2   "));
    CHECK(lines[2].starts_with("2                2   "));
    CHECK(lines[3].starts_with("all              4   "));
    for (size_t i = 1; i < 4; ++i) CHECK(lines[i].size() == lines[0].size());
    CHECK(lines[4].starts_with("cross-validated (2 folds): core F1 "));
    CHECK(lines[4].ends_with(" on 4 abstracts"));
    // Without -o no model is written; with it, both.
    CHECK(dir.Entries() == std::vector<std::string>{"g.jsonl"});
    ArgmapRun both = dir.Argmap("train --folds 2 g.jsonl -o m.model");
    CHECK(both.status == 0);
    CHECK(both.out == r.out);
    CHECK(dir.Read("m.model") == dir.Argmap("train g.jsonl").out);
  }

  TEST_CASE("--jobs gives the folds and the model of one thread") {
    RunDir dir;
    dir.Write("g.jsonl", kGold);
    ArgmapRun one = dir.Argmap("train --folds 4 --jobs 1 g.jsonl -o one.model");
    REQUIRE(one.status == 0);
    ArgmapRun two = dir.Argmap("train --folds 4 --jobs 2 g.jsonl -o two.model");
    CHECK(two.status == 0);
    CHECK(two.err == "");
    CHECK(two.out == one.out);
    CHECK(dir.Read("two.model") == dir.Read("one.model"));
    CHECK(dir.Argmap("train -j 3 g.jsonl").out == dir.Read("one.model"));
  }

  TEST_CASE("--encoding trains on a Windows-1252 gold file as on its UTF-8 twin") {
    RunDir utf8, cp1252;
    utf8.Write("g.jsonl", GoldWithAccent("\xC3\xA9"));
    cp1252.Write("g.jsonl", GoldWithAccent("\xE9"));
    ArgmapRun want = utf8.Argmap("train g.jsonl");
    REQUIRE(want.status == 0);
    ArgmapRun got = cp1252.Argmap("train --encoding windows-1252 g.jsonl");
    CHECK(got.status == 0);
    CHECK(got.err == "");
    CHECK(got.out == want.out);
  }

  TEST_CASE("--folds with several gold files also prints each file's held-out scores") {
    RunDir dir;
    std::vector<std::string> gold = Lines(kGold);
    REQUIRE(gold.size() == 4);
    dir.Write("first.jsonl", gold[0] + "\n");
    dir.Write("rest.jsonl", gold[1] + "\n" + gold[2] + "\n" + gold[3] + "\n");
    ArgmapRun r = dir.Argmap("train --folds 2 first.jsonl rest.jsonl");
    CHECK(r.status == 0);
    CHECK(r.err == "");
    std::vector<std::string> lines = Lines(r.out);
    REQUIRE(lines.size() == 8);
    CHECK(lines[0] == "fold          abstracts  core P  core R core F1   rel P   rel R  rel F1");
    CHECK(lines[3].starts_with("all                   4   "));
    CHECK(lines[4] == "file          abstracts  core P  core R core F1   rel P   rel R  rel F1");
    CHECK(lines[5].starts_with("first.jsonl           1   "));
    CHECK(lines[6].starts_with("rest.jsonl            3   "));
    for (size_t i = 1; i < 7; ++i) CHECK(lines[i].size() == lines[0].size());
    CHECK(lines[7].starts_with("cross-validated (2 folds): core F1 "));
    // The same abstracts in one file give the same folds.
    dir.Write("all.jsonl", kGold);
    ArgmapRun one = dir.Argmap("train --folds 2 all.jsonl");
    CHECK(Lines(one.out)[3].substr(8) == lines[3].substr(13));
  }

  TEST_CASE("extract with a missing model file fails naming the file") {
    RunDir dir;
    dir.Write("x.txt", kAbstract);
    ArgmapRun r = dir.Argmap("extract --model missing.model x.txt");
    CHECK(r.status == 1);
    CHECK(r.out == "");
    CHECK(r.err == "missing.model: error: cannot read file: No such file or directory\n");
  }

  TEST_CASE("a model file with a bad line fails with its place and a caret") {
    struct Case {
      const char* content;
      const char* err;
    };
    const Case cases[] = {
        {"classes roles none claim\nroles x claimm 1\n",
         "bad.model:2:9: error: unknown class 'claimm', did you mean 'claim'?\n"
         "roles x claimm 1\n"
         "        ^\n"},
        {"classes roles none claim conclusion premise purpose method\nroles word:x claim one\n",
         "bad.model:2:20: error: expected a number, got 'one'\n"
         "roles word:x claim one\n"
         "                   ^\n"},
        {"# a comment\nrole x claim 1\n",
         "bad.model:2:1: error: unknown line 'role', did you mean 'roles'?\n"
         "role x claim 1\n"
         "^\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.content);
      RunDir dir;
      dir.Write("x.txt", kAbstract);
      dir.Write("bad.model", c.content);
      ArgmapRun r = dir.Argmap("extract --model bad.model x.txt");
      CHECK(r.status == 1);
      CHECK(r.out == "");
      CHECK(r.err == c.err);
    }
  }
}

}  // namespace argmap
