// End-to-end tests of the argmap command line: each case runs the real binary
// (ARGMAP_BIN) with /bin/sh in a fresh temporary directory and checks its standard
// output, standard error and exit status (0 ok, 1 input or rule errors, 2 usage).
// Inputs are small made-up abstracts written by the tests; the shared seed files
// (ARGMAP_SHARED_DIR/seeds) are used only when present.
#include <doctest/doctest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "argmap_run.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

using RunResult = testing::ArgmapRun;
using TempDir = testing::RunDir;
using testing::Slurp;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.starts_with(prefix); }
bool EndsWith(const std::string& s, const std::string& suffix) { return s.ends_with(suffix); }
bool Has(const std::string& s, const std::string& part) { return s.find(part) != s.npos; }

// A fresh directory under the system temp directory, removed with its contents.
// Commands run inside it, so messages name files by their short relative names.

// Made-up abstracts in the style of political-science papers, one per paragraph.
constexpr char kAbstracts[] =
    "We argue that sanctions rarely change regimes because ruling elites adapt. The results "
    "show that targeted measures work better than broad embargoes.\n"
    "\n"
    "This article examines why coalition governments collapse early. Using survey data from "
    "twelve democracies, we find that coalitions with many parties break up sooner.\n"
    "\n"
    "Peacekeeping missions may reduce violence against civilians. We conclude that mandates "
    "matter more than troop numbers.\n";

constexpr char kUsage[] =
    "usage: argmap <command> [options] [args]\n"
    "\n"
    "argmap reads scholarly abstracts, finds their claims, premises and conclusions\n"
    "with editable rules, and writes the argument as a typed graph.\n"
    "\n"
    "Commands:\n"
    "  extract   map abstracts into an argument graph (JSON, DOT, ...)\n"
    "  render    draw the argument map with Graphviz (SVG, PNG, PDF, HTML viewer)\n"
    "  rules     check a rule pack, run its examples, or list its rules\n"
    "  eval      score the maps against a gold file\n"
    "  train     fit the role and relation model to gold files; cross-validate\n"
    "  convert   convert an argmap JSON, AIF or Argdown graph to another format\n"
    "  compare   link claims across papers by content; write a review matrix\n"
    "  help      show help for argmap or a subcommand, or list the node and edge kinds\n"
    "  version   print the version\n"
    "\n"
    "Run 'argmap <command> --help' for a command's options.\n";

// A pack of one rule that makes every sentence a claim.
constexpr char kAllClaimsRule[] =
    "rule claim/everything\n"
    "  pattern: ^(?P<claim>.+)$\n"
    "  emits: claim\n"
    "  match: Any sentence at all.\n";

constexpr char kBadPatternRule[] =
    "rule claim/broken\n"
    "  pattern: (?P<claim>x\n"
    "  emits: claim\n";

constexpr char kBadPatternError[] =
    "bad.rules:2:12: error: invalid pattern: missing ): (?P<claim>x\n"
    "  pattern: (?P<claim>x\n"
    "           ^\n";

fs::path SeedsDir() { return fs::path(ARGMAP_SHARED_DIR) / "seeds"; }

TEST_SUITE("cli") {
  TEST_CASE("argmap alone prints the usage on standard error and exits 2") {
    TempDir dir;
    RunResult r = dir.Argmap("");
    CHECK(r.status == 2);
    CHECK(r.out == "");
    CHECK(r.err == kUsage);
  }

  TEST_CASE("--help, help and help --help print the usage on standard output") {
    TempDir dir;
    for (std::string args : {"--help", "-h", "help", "help --help", "help help"}) {
      CAPTURE(args);
      RunResult r = dir.Argmap(args);
      CHECK(r.status == 0);
      CHECK(r.out == kUsage);
      CHECK(r.err == "");
    }
  }

  TEST_CASE("help extract and extract --help print the extract options") {
    TempDir dir;
    RunResult help = dir.Argmap("help extract");
    RunResult flag = dir.Argmap("extract --help");
    CHECK(help.status == 0);
    CHECK(flag.status == 0);
    CHECK(help.err == "");
    CHECK(help.out == flag.out);
    CHECK(StartsWith(help.out, "usage: argmap extract [options] INPUT...\n\n"));
    CHECK(
        Has(help.out,
            "\nOptions:\n"
            "  -f, --format FMT          output format (default: FILE's extension, else json): one "
            "of the Formats below\n"
            "  -o, --output FILE         write to FILE (atomically) instead of standard output; "
            "never to an input\n"));
    CHECK(Has(help.out, "\nFormats:\n  json      "));
    CHECK(Has(help.out, "\n  dot       "));
    CHECK(Has(help.out, "\n  html      "));
    CHECK(Has(help.out, "\n  svg       "));
  }

  TEST_CASE("help kinds lists the node and edge kinds") {
    TempDir dir;
    RunResult r = dir.Argmap("help kinds");
    CHECK(r.status == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "Node kinds:\n"
          "  claim       an assertion the authors advance or dispute\n"
          "  premise     a reason or piece of evidence offered for or against a claim\n"
          "  conclusion  what the abstract presents as the outcome of its analysis\n"
          "  purpose     the research aim or question\n"
          "  method      how the analysis is done\n"
          "  option      one of two or more explicitly contrasted alternatives\n"
          "  group       a named set of premises or options, such as \"three factors\"\n"
          "Edge kinds:\n"
          "  supports    the source is a reason or evidence for the target\n"
          "  attacks     the source argues against the target\n"
          "  part_of     the source is a member of the target group\n"
          "  alternative source and target are alternatives (undirected)\n");
  }

  TEST_CASE("rules --help prints the rules actions and options") {
    TempDir dir;
    RunResult r = dir.Argmap("rules --help");
    CHECK(r.status == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "usage: argmap rules check|test|list [DIR]\n"
          "\n"
          "  check  parse and compile the pack in DIR (default: the built-in pack)\n"
          "  test   also run every rule's match: and no-match: examples\n"
          "  list   print each rule's id, priority and what it emits\n"
          "\n"
          "Options:\n"
          "  --add-rules FILE          add the rules of FILE to the pack (repeatable)\n"
          "  -h, --help                show this help\n");
  }

  TEST_CASE("version, --version and -V print one line with the version") {
    TempDir dir;
    RunResult r = dir.Argmap("version");
    CHECK(r.status == 0);
    CHECK(r.err == "");
    CHECK(StartsWith(r.out, "argmap "));
    CHECK(Lines(r.out).size() == 1);
    CHECK(EndsWith(r.out, "\n"));
    CHECK(dir.Argmap("--version").out == r.out);
    CHECK(dir.Argmap("-V").out == r.out);
  }

  TEST_CASE("command-line mistakes exit 2 with one error line and a hint") {
    struct Case {
      std::string args;
      std::string err;
    };
    const std::string extract_hint = "run 'argmap extract --help' for usage\n";
    const std::vector<Case> cases = {
        {"extrct",
         "argmap: error: unknown command 'extrct', did you mean 'extract'?\n"
         "run 'argmap --help' for usage\n"},
        {"help extrct",
         "argmap: error: unknown command 'extrct', did you mean 'extract'?\n"
         "run 'argmap --help' for usage\n"},
        {"extract --fromat json in.txt",
         "argmap: error: unknown option '--fromat', did you mean '--format'?\n" + extract_hint},
        {"extract --format jsn in.txt",
         "argmap: error: unknown format 'jsn', did you mean 'json'?\n" + extract_hint},
        {"extract --input-format pdf in.txt",
         "argmap: error: unknown input format 'pdf'\n" + extract_hint},
        {"extract --input-format jsonn in.txt",
         "argmap: error: unknown input format 'jsonn', did you mean 'json'?\n" + extract_hint},
        {"extract --rankdir XY in.txt",
         "argmap: error: --rankdir must be BT, TB, LR or RL\n" + extract_hint},
        {"extract",
         "argmap: error: no input: give a file, or - for standard input\n" + extract_hint},
        {"extract in.txt --format",
         "argmap: error: option '--format' needs a value (FMT)\n" + extract_hint},
        {"extract --quiet=yes in.txt",
         "argmap: error: option '--quiet' takes no value\n" + extract_hint},
        {"rules",
         "argmap: error: expected check, test or list\nrun 'argmap rules --help' for usage\n"},
        {"rules chek",
         "argmap: error: unknown action 'chek', did you mean 'check'?\n"
         "run 'argmap rules --help' for usage\n"},
    };
    TempDir dir;
    dir.Write("in.txt", kAbstracts);
    for (const Case& c : cases) {
      CAPTURE(c.args);
      RunResult r = dir.Argmap(c.args);
      CHECK(r.status == 2);
      CHECK(r.out == "");
      CHECK(r.err == c.err);
    }
  }

  TEST_CASE("a bad input gives one error naming the file and exits 1") {
    struct Case {
      std::string name;  // the file given to extract
      std::string content;
      std::string err;
    };
    const std::string none = "argmap: error: no abstracts to map\n";
    const std::vector<Case> cases = {
        {"missing.txt", "",
         "missing.txt: error: cannot read file: No such file or directory\n" + none},
        {"adir", "", "adir: error: cannot read file: Is a directory\n" + none},
        {"broken.json", "{\"abstract\": \"Votes matter.\"\n",
         "broken.json:1:29: error: invalid JSON: syntax error while parsing object - unexpected "
         "end of input; expected '}'\n"
         "{\"abstract\": \"Votes matter.\"\n"
         "                            ^\n" +
             none},
        {"empty.txt", "", "empty.txt: error: no abstracts found\n" + none},
        {"blank.txt", "\n  \n\n", "blank.txt: error: no abstracts found\n" + none},
        {"latin1.txt", "Voters \xff reward incumbents.\n",
         "latin1.txt:1:8: error: invalid UTF-8 (byte 0xFF): for Latin-1 or Windows-1252 text, give "
         "--encoding windows-1252\n"
         "Voters ? reward incumbents.\n"
         "       ^\n" +
             none},
    };
    TempDir dir;
    fs::create_directory(dir.path() / "adir");
    for (const Case& c : cases) {
      CAPTURE(c.name);
      if (c.name != "missing.txt" && c.name != "adir") dir.Write(c.name, c.content);
      RunResult r = dir.Argmap("extract " + c.name);
      CHECK(r.status == 1);
      CHECK(r.out == "");
      CHECK(r.err == c.err);
    }
  }

  TEST_CASE("a JSON Lines record without abstract is skipped and the others are still mapped") {
    TempDir dir;
    dir.Write("papers.jsonl",
              "{\"id\": \"a\", \"abstract\": \"We argue that quotas raise turnout.\"}\n"
              "{\"id\": \"b\", \"title\": \"Only a title\"}\n"
              "{\"id\": \"c\", \"abstract\": \"We find that courts constrain presidents.\"}\n");
    RunResult r = dir.Argmap("extract papers.jsonl");
    CHECK(r.status == 1);
    CHECK(r.err ==
          "papers.jsonl:2: error: record 2 has no \"abstract\" or \"text\" field\n"
          "argmap: mapped 2 abstracts; 1 error above\n");
    Json graph = Json::parse(r.out);
    REQUIRE(graph["documents"].size() == 2);
    CHECK(graph["documents"][0]["id"] == "a");
    CHECK(graph["documents"][1]["id"] == "c");
    CHECK(graph["documents"][1]["record"] == 3);
  }

  TEST_CASE("a missing second input still maps the first and exits 1") {
    TempDir dir;
    dir.Write("in.txt", kAbstracts);
    RunResult r = dir.Argmap("extract in.txt missing.txt");
    CHECK(r.status == 1);
    CHECK(r.err ==
          "missing.txt: error: cannot read file: No such file or directory\n"
          "argmap: mapped 3 abstracts; 1 error above\n");
    CHECK(Json::parse(r.out)["documents"].size() == 3);
  }

  TEST_CASE("an added rule file with a bad pattern stops the run with the place of the error") {
    TempDir dir;
    dir.Write("in.txt", kAbstracts);
    dir.Write("bad.rules", kBadPatternRule);
    RunResult r = dir.Argmap("extract --add-rules bad.rules in.txt");
    CHECK(r.status == 1);
    CHECK(r.out == "");
    CHECK(r.err == kBadPatternError);
  }

  TEST_CASE("rules check names an unknown lexicon with did you mean") {
    TempDir dir;
    dir.Write("pack/argue.rules",
              "lexicon argue: argue | contend\n"
              "\n"
              "rule claim/argue\n"
              "  pattern: \\b{argu}\\s+that\\s+(?P<claim>.+)\n"
              "  emits: claim\n");
    RunResult r = dir.Argmap("rules check pack");
    CHECK(r.status == 1);
    CHECK(r.out == "");
    CHECK(r.err ==
          "pack/argue.rules:4:14: error: unknown lexicon 'argu', did you mean 'argue'?\n"
          "  pattern: \\b{argu}\\s+that\\s+(?P<claim>.+)\n"
          "             ^\n"
          "argmap: rule pack has errors\n");
  }

  TEST_CASE("rules check accepts the repository's rule pack") {
    TempDir dir;
    RunResult r =
        dir.Argmap("rules check " + testing::Sh(std::string(ARGMAP_SOURCE_DIR) + "/rules"));
    CHECK(r.status == 0);
    CHECK(StartsWith(r.out, "rules: "));
    CHECK(EndsWith(r.out, " files: ok\n"));
    CHECK(Lines(r.out).size() == 1);
  }

  TEST_CASE("rules check and list on a small pack") {
    TempDir dir;
    dir.Write("pack/all.rules", kAllClaimsRule);
    RunResult check = dir.Argmap("rules check pack");
    CHECK(check.status == 0);
    CHECK(check.err == "");
    CHECK(check.out == "rules: 1 rules, 0 lexicons in 1 files: ok\n");
    RunResult list = dir.Argmap("rules list pack");
    CHECK(list.status == 0);
    CHECK(list.out == "claim/everything  priority 50  emits claim\n");
  }

  TEST_CASE("rules test reports a failing example and exits 1") {
    TempDir dir;
    dir.Write("pack/argue.rules",
              "rule claim/we-argue\n"
              "  pattern: \\bwe argue that\\s+(?P<claim>.+)\n"
              "  emits: claim\n"
              "  match: We argue that quotas raise turnout.\n"
              "  match: Scholars contend that quotas raise turnout.\n");
    RunResult r = dir.Argmap("rules test pack");
    CHECK(r.status == 1);
    CHECK(r.out ==
          "rules: 1 rules, 0 lexicons in 1 files; 0 rules without examples\n"
          "1 passed, 1 failed\n");
    CHECK(r.err ==
          "pack/argue.rules:5:10: error: rule 'claim/we-argue' does not match this example\n"
          "  match: Scholars contend that quotas raise turnout.\n"
          "         ^\n");
  }

  TEST_CASE("--rules DIR replaces the built-in pack") {
    TempDir dir;
    dir.Write("in.txt", kAbstracts);
    dir.Write("pack/all.rules", kAllClaimsRule);
    dir.Write("none.model", "# no weights: the rules' own nodes stand\n");
    RunResult r = dir.Argmap("extract --rules pack --model none.model in.txt");
    CHECK(r.status == 0);
    CHECK(r.err == "");
    Json graph = Json::parse(r.out);
    CHECK(graph["documents"].size() == 3);
    CHECK(graph["nodes"].size() == 6);  // two sentences per abstract
    for (const Json& node : graph["nodes"]) {
      // The final take-away: with no conclusion found, the last sentence's claim is one.
      CHECK(node["type"] == (node["sentence"] == 0 ? "claim" : "conclusion"));
      CHECK(node["rule"] == "claim/everything");
    }
    CHECK(graph["edges"].empty());
  }

  TEST_CASE("- reads standard input and --input-format text forces text") {
    TempDir dir;
    dir.Write("pack/all.rules", kAllClaimsRule);
    dir.Write("none.model", "");
    dir.Write("in.json",
              "{\"id\": \"s1\", \"abstract\": \"Coalitions collapse when budgets shrink.\"}\n");
    RunResult json =
        dir.Argmap("extract --rules pack --model none.model --format explain - < in.json");
    CHECK(json.status == 0);
    CHECK(json.err == "");
    CHECK(json.out ==
          "== s1\n"
          "s1/n1 claim [rule claim/everything] sentence 1, chars 0-39\n"
          "  \"Coalitions collapse when budgets shrink\"\n");
    RunResult text = dir.Argmap(
        "extract --rules pack --model none.model --format explain --input-format text - < in.json");
    CHECK(text.status == 0);
    CHECK(text.err == "");
    CHECK(text.out ==
          "== stdin#1\n"
          "stdin#1/n1 claim [rule claim/everything] sentence 1, chars 0-68\n"
          "  \"{\"id\": \"s1\", \"abstract\": \"Coalitions collapse when budgets shrink.\"}\"\n");
  }

  TEST_CASE("-o FILE writes the file and nothing to standard output") {
    TempDir dir;
    dir.Write("in.txt", kAbstracts);
    RunResult to_stdout = dir.Argmap("extract in.txt");
    REQUIRE(to_stdout.status == 0);
    for (std::string option : {"-o graph.json", "--output graph.json", "--output=graph.json"}) {
      CAPTURE(option);
      RunResult r = dir.Argmap("extract " + option + " in.txt");
      CHECK(r.status == 0);
      CHECK(r.out == "");
      CHECK(r.err == "");
      CHECK(dir.Read("graph.json") == to_stdout.out);
      CHECK(dir.Entries() == std::vector<std::string>{"graph.json", "in.txt"});
    }
  }

  TEST_CASE("-o into a missing directory fails with exit 1") {
    TempDir dir;
    dir.Write("in.txt", kAbstracts);
    RunResult r = dir.Argmap("extract -o nodir/out.json in.txt");
    CHECK(r.status == 1);
    CHECK(r.out == "");
    CHECK(r.err == "nodir/out.json: error: cannot write file: No such file or directory\n");
    CHECK(dir.Entries() == std::vector<std::string>{"in.txt"});
  }

  TEST_CASE("a failed run leaves an existing output file untouched") {
    TempDir dir;
    dir.Write("in.txt", kAbstracts);
    dir.Write("bad.rules", kBadPatternRule);
    dir.Write("graph.json", "the previous graph\n");
    RunResult r = dir.Argmap("extract --add-rules bad.rules -o graph.json in.txt");
    CHECK(r.status == 1);
    CHECK(r.err == kBadPatternError);
    CHECK(dir.Read("graph.json") == "the previous graph\n");
    CHECK(dir.Entries() == std::vector<std::string>{"bad.rules", "graph.json", "in.txt"});
  }

  TEST_CASE("two runs give byte-identical JSON and DOT") {
    TempDir dir;
    dir.Write("in.txt", kAbstracts);
    for (std::string format : {"json", "dot", "jsonl", "explain", "summary"}) {
      CAPTURE(format);
      RunResult first = dir.Argmap("extract --format " + format + " in.txt");
      RunResult second = dir.Argmap("extract --format " + format + " in.txt");
      CHECK(first.status == 0);
      CHECK(first.err == "");
      CHECK(first.out != "");
      CHECK(first.out == second.out);
    }
  }

  TEST_CASE("--format jsonl gives one JSON graph per abstract per line") {
    TempDir dir;
    dir.Write("in.txt", kAbstracts);
    RunResult r = dir.Argmap("extract --format jsonl in.txt");
    CHECK(r.status == 0);
    CHECK(EndsWith(r.out, "\n"));
    std::vector<std::string> lines = Lines(r.out);
    REQUIRE(lines.size() == 3);
    for (size_t i = 0; i < lines.size(); ++i) {
      Json graph = Json::parse(lines[i]);
      REQUIRE(graph["documents"].size() == 1);
      CHECK(graph["documents"][0]["id"] == "in#" + std::to_string(i + 1));
    }
  }

  TEST_CASE("--explain goes to standard error beside the graph, to standard output with -o") {
    TempDir dir;
    dir.Write("in.txt", kAbstracts);
    std::string explanation = dir.Argmap("extract --format explain in.txt").out;
    std::string dot = dir.Argmap("extract --format dot in.txt").out;
    std::string json = dir.Argmap("extract in.txt").out;
    REQUIRE(explanation != "");

    RunResult beside = dir.Argmap("extract --explain --format dot in.txt");
    CHECK(beside.status == 0);
    CHECK(beside.out == dot);
    CHECK(beside.err == explanation);

    RunResult to_file = dir.Argmap("extract --explain -o graph.json in.txt");
    CHECK(to_file.status == 0);
    CHECK(to_file.out == explanation);
    CHECK(to_file.err == "");
    CHECK(dir.Read("graph.json") == json);

    RunResult dash = dir.Argmap("extract --explain -o - in.txt");
    CHECK(dash.status == 0);
    CHECK(dash.out == json);
    CHECK(dash.err == explanation);
  }

  TEST_CASE("the seed with a record and page text maps only its abstract") {
    fs::path seed = SeedsDir() / "001_4effffe76dd68391.txt";
    if (!testing::Needs(fs::exists(seed), std::string("no ") + seed.string())) return;
    TempDir dir;
    RunResult r = dir.Argmap("extract --format json " + testing::Sh(seed.string()));
    CHECK(r.status == 0);
    Json graph = Json::parse(r.out);
    REQUIRE(graph["documents"].size() == 1);
    const std::string id = "10.1080/25751654.2021.1994744";
    CHECK(graph["documents"][0]["id"] == id);
    std::string first_line = Lines(Slurp(seed)).at(0);
    std::string abstract = Json::parse(first_line)["abstract"].get<std::string>();
    REQUIRE_FALSE(graph["nodes"].empty());
    std::map<std::string, int> per_text;
    for (const Json& node : graph["nodes"]) {
      std::string text = node["text"].get<std::string>();
      CAPTURE(text);
      CHECK(node["doc"] == id);
      CHECK(Has(abstract, text));
      ++per_text[text];
    }
    // No node is a second copy of an abstract sentence taken from the page text.
    for (const auto& [text, count] : per_text) {
      CAPTURE(text);
      int occurrences = 0;
      for (size_t at = abstract.find(text); at != std::string::npos;
           at = abstract.find(text, at + 1)) {
        ++occurrences;
      }
      CHECK(count <= occurrences);
    }
  }

  TEST_CASE("the plain-text seed holds two abstracts") {
    fs::path seed = SeedsDir() / "000_43ff421e1196b072.txt";
    if (!testing::Needs(fs::exists(seed), std::string("no ") + seed.string())) return;
    TempDir dir;
    RunResult r = dir.Argmap("extract --format json " + testing::Sh(seed.string()));
    CHECK(r.status == 0);
    CHECK(Json::parse(r.out)["documents"].size() == 2);
  }

  TEST_CASE("dot renders the DOT of the seeds without complaint") {
    TempDir dir;
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    for (std::string name : {"000_43ff421e1196b072.txt", "001_4effffe76dd68391.txt"}) {
      CAPTURE(name);
      fs::path seed = SeedsDir() / name;
      if (!testing::Needs(fs::exists(seed), std::string("no ") + seed.string())) continue;
      RunResult extract =
          dir.Argmap("extract --format dot -o graph.dot " + testing::Sh(seed.string()));
      CHECK(extract.status == 0);
      RunResult render = dir.Shell("dot -Tsvg graph.dot -o graph.svg");
      CHECK(render.status == 0);
      CHECK(render.err == "");
      CHECK(StartsWith(dir.Read("graph.svg"), "<?xml"));
    }
  }
}

}  // namespace
}  // namespace argmap
