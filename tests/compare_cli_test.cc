// End-to-end tests of `argmap compare`: each case runs the real binary
// (ARGMAP_BIN) with /bin/sh in a fresh temporary directory. The quality cases
// read the shared seeds and gold files (ARGMAP_SHARED_DIR) and are skipped with
// a message when they are absent.
#include <doctest/doctest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "argmap_run.h"
#include "compare/align.h"
#include "core/utf8.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

using Run = testing::ArgmapRun;
using Dir = testing::RunDir;
using testing::Slurp;

fs::path Shared(const std::string& name) { return fs::path(ARGMAP_SHARED_DIR) / name; }

// Two made-up abstracts on one subject and one on another.
constexpr char kAbstracts[] =
    "{\"id\": \"umbrella\", \"title\": \"Staying allied\", \"authors\": [\"Ann Lee\"], "
    "\"year\": 2020, \"abstract\": \"We argue that it is not in the interest of small states to "
    "leave the nuclear umbrella of their ally. Therefore nuclear deterrence keeps small states "
    "safe.\"}\n"
    "{\"id\": \"doubt\", \"title\": \"Doubting the umbrella\", \"authors\": [\"Bo Kim\", \"Cy "
    "Ng\"], \"year\": 2021, \"abstract\": \"We argue that the nuclear umbrella of the alliance "
    "is not credible for small states. Therefore arms control is the better path.\"}\n"
    "{\"id\": \"trade\", \"title\": \"Tariffs\", \"abstract\": \"We find that tariffs lower "
    "growth over time.\"}\n";

// Four made-up abstracts on trade, sanctions, aid and alliances, with words that
// no node of their maps holds.
constexpr char kBackgroundAbstracts[] =
    "{\"id\": \"tariffs\", \"abstract\": \"Trade wars have returned to world politics. This "
    "article examines how tariffs shape public trust in trading partners. Using survey data from "
    "twelve democracies, we find that tariffs reduce trust in foreign governments. We conclude "
    "that trade policy has lasting effects on international cooperation.\"}\n"
    "{\"id\": \"sanctions\", \"abstract\": \"Economic sanctions are a common tool of "
    "statecraft. We argue that sanctions reduce cooperation between rival states because they "
    "harden public opinion. Drawing on panel data, we show that sanctions lower trust in foreign "
    "governments. Therefore, sanctions should be used sparingly.\"}\n"
    "{\"id\": \"aid\", \"abstract\": \"Foreign aid is often justified by its diplomatic "
    "returns. We argue that aid increases trust in donor governments among recipient publics. Our "
    "experiments in four countries show that aid raises goodwill toward donors. Thus, aid can "
    "support international cooperation.\"}\n"
    "{\"id\": \"alliances\", \"abstract\": \"Alliances rest on credible commitments. This "
    "paper asks whether trade disputes weaken alliances. We find that tariffs between allies "
    "reduce cooperation in security affairs. We conclude that economic conflict spills over into "
    "military relations.\"}\n";

// The fields of RFC 4180 CSV text (quoted fields may hold commas, quotes and line breaks).
std::vector<std::vector<std::string>> ParseCsv(const std::string& text, bool* ok) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  *ok = true;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      *ok = *ok && field.empty();
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      *ok = false;  // text outside quotes
    }
  }
  *ok = *ok && !quoted && field.empty() && rows.back().empty();
  rows.pop_back();
  return rows;
}

// The pipes that separate Markdown table cells (not the escaped ones).
size_t CellSeparators(const std::string& line) {
  size_t n = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
    } else if (line[i] == '|') {
      ++n;
    }
  }
  return n;
}

// The paper of each node id in a compare JSON graph.
std::map<std::string, std::string> PaperOfNode(const Json& graph) {
  std::map<std::string, std::string> out;
  for (const Json& n : graph["nodes"]) out[n["id"]] = n["doc"];
  return out;
}

// The links `argmap compare -f json` finds among the abstracts of a gold file
// (id, title and text of each record), by the texts of their nodes.
struct LinkStances {
  Json graph;
  std::map<std::string, std::string> text;  // node id -> text
  // "stance: cue" of the link between the nodes whose texts start with x and
  // y, "stance" when it has no cue, or "unlinked".
  std::string Of(const std::string& x, const std::string& y) const {
    for (const Json& a : graph["alignments"]) {
      const std::string& s = text.at(a["source"]);
      const std::string& t = text.at(a["target"]);
      if ((s.starts_with(x) && t.starts_with(y)) || (s.starts_with(y) && t.starts_with(x))) {
        std::string cue = a["cue"];
        return a["stance"].get<std::string>() + (cue.empty() ? "" : ": " + cue);
      }
    }
    return "unlinked";
  }
};

// Compares the abstracts of ../shared/NAME; nothing (and a skip message, a
// failure under CI) when the file is absent.
std::optional<LinkStances> CompareGold(const std::string& name) {
  fs::path gold = Shared(name);
  if (!testing::Needs(fs::exists(gold), std::string("no ") + gold.string())) return std::nullopt;
  std::ifstream in(gold);
  std::string abstracts;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    Json d = Json::parse(line);
    abstracts +=
        Json{{"id", d["id"]}, {"title", d.value("title", "")}, {"text", d["text"]}}.dump() + "\n";
  }
  Dir dir;
  dir.Write("gold.jsonl", abstracts);
  Run r = dir.Argmap("compare -q -f json gold.jsonl");
  REQUIRE(r.status == 0);
  LinkStances links;
  links.graph = Json::parse(r.out);
  for (const Json& n : links.graph["nodes"]) links.text[n["id"]] = n["text"];
  return links;
}

}  // namespace

// The python3 that reads xlsx workbooks (openpyxl), or "" when none does: the
// test is then skipped, or fails under CI=true (testing::Needs).
std::string PythonWithOpenpyxl() {
  std::string python = testing::PythonWith("openpyxl");
  testing::Needs(!python.empty(),
                 "python3 with openpyxl is not installed (Debian: python3-openpyxl)");
  return python;
}

TEST_SUITE("compare_cli") {
  TEST_CASE("help compare and compare --help print the options and formats") {
    Dir dir;
    Run help = dir.Argmap("help compare");
    Run flag = dir.Argmap("compare --help");
    CHECK(help.status == 0);
    CHECK(help.out == flag.out);
    CHECK(help.out.starts_with("usage: argmap compare [options] INPUT...\n"));
    CHECK(help.out.find("  --threshold X             least score of a link, above 0 and at "
                        "most 1 (default 0.15)\n") != std::string::npos);
    CHECK(CompareOptions{}.threshold == 0.15);
    CHECK(help.out.find("\n  markdown  the review matrix as a Markdown table\n") !=
          std::string::npos);
  }

  TEST_CASE("command-line mistakes exit 2 with one error line and a hint") {
    Dir dir;
    dir.Write("a.jsonl", kAbstracts);
    const std::vector<std::pair<std::string, std::string>> table = {
        {"compare", "no input: give files, or - for standard input"},
        {"compare --format reprot a.jsonl", "unknown format 'reprot', did you mean 'report'?"},
        {"compare --threshold high a.jsonl", "--threshold needs a number from 0 to 1, not 'high'"},
        {"compare --threshold 0 a.jsonl",
         "--threshold needs a number above 0 and at most 1, not '0'"},
        {"compare --threshold 1.5 a.jsonl", "--threshold needs a number from 0 to 1, not '1.5'"},
        {"compare --top -1 a.jsonl", "--top needs a whole number (0 or more), not '-1'"},
        {"compare --max-links 0 a.jsonl", "--max-links needs a whole number (1 or more), not '0'"},
        {"compare --jobs 0 a.jsonl", "--jobs needs a whole number from 1 to 256, got '0'"},
        {"compare --input-format bibtx a.jsonl",
         "unknown input format 'bibtx', did you mean 'bibtex'?"},
        {"compare --rankdir XY a.jsonl", "--rankdir must be BT, TB, LR or RL"},
        {"compare -o links.svg a.jsonl",
         "'links.svg': '.svg' is the extension of no compare format (.txt, .json, .jsonl, .dot, "
         ".gv, .csv, .md, .xlsx)"},
        {"compare -o matrix.csv --format json a.jsonl",
         "'matrix.csv' names csv, but --format is json: make them agree"},
        {"compare -o links.txt --format json a.jsonl",
         "'links.txt' names report, explain or summary, but --format is json: make them agree"},
        {"compare --topp 3 a.jsonl", "unknown option '--topp', did you mean '--top'?"},
        {"compare --pack clinicl a.jsonl", "unknown pack 'clinicl', did you mean 'clinical'?"},
    };
    for (const auto& [args, message] : table) {
      CAPTURE(args);
      Run r = dir.Argmap(args);
      CHECK(r.status == 2);
      CHECK(r.out == "");
      CHECK(r.err == "argmap: error: " + message + "\nrun 'argmap compare --help' for usage\n");
    }
  }

  TEST_CASE(
      "a saved map is compared as its abstracts are (a map without its abstracts by its nodes' "
      "texts), and a missing file is an input error") {
    Dir dir;
    dir.Write("a.jsonl", kAbstracts);
    Run map = dir.Argmap("extract --format json -o map.json a.jsonl");
    REQUIRE(map.status == 0);
    Run lines = dir.Argmap("extract --format jsonl -o map.jsonl a.jsonl");
    REQUIRE(lines.status == 0);
    Run abstracts = dir.Argmap("compare a.jsonl");
    REQUIRE(abstracts.status == 0);
    CHECK(abstracts.out.starts_with("argmap compare: 3 papers, "));
    CHECK(dir.Argmap("compare map.json").out == abstracts.out);
    CHECK(dir.Argmap("compare - < map.jsonl").out == abstracts.out);
    Run r = dir.Argmap("compare map.json nope.txt");
    CHECK(r.status == 1);
    // The run ends in the count extract ends in.
    CHECK(r.err ==
          "nope.txt: error: cannot read file: No such file or directory\n"
          "argmap: mapped 3 abstracts; 1 error above\n");
    CHECK(r.out == abstracts.out);
    // A saved argmap map keeps each paper's abstract ("text" of its document), so
    // words no node holds ("Alliances rest on credible commitments.", "we find
    // that") still weigh in the paper scores: the same links, scores and stances.
    // A map without its abstracts (an AIF or Argdown map, or JSON with "text"
    // taken out) is read from its nodes' texts: the same links, stances and claim
    // scores, but other paper scores.
    dir.Write("b.jsonl", kBackgroundAbstracts);
    REQUIRE(dir.Argmap("extract --format json -o b.json b.jsonl").status == 0);
    Json without_text = Json::parse(dir.Read("b.json"));
    for (Json& d : without_text["documents"]) {
      REQUIRE(d.contains("text"));
      d.erase("text");
    }
    dir.Write("bare.json", without_text.dump());
    auto links = [&](const std::string& input) {
      std::map<std::pair<std::string, std::string>, Json> out;
      Json graph = Json::parse(dir.Argmap("compare -f json " + input).out);
      for (const Json& a : graph["alignments"]) out[{a["source"], a["target"]}] = a;
      return out;
    };
    auto from_abstracts = links("b.jsonl");
    CHECK(links("b.json") == from_abstracts);
    auto from_bare = links("bare.json");
    REQUIRE(from_abstracts.size() >= 3);
    REQUIRE(from_bare.size() == from_abstracts.size());
    size_t other_paper_scores = 0;
    for (const auto& [ends, a] : from_abstracts) {
      CAPTURE(ends.first);
      CAPTURE(ends.second);
      REQUIRE(from_bare.count(ends) == 1);
      const Json& m = from_bare[ends];
      CHECK(m["stance"] == a["stance"]);
      CHECK(m["claim_score"] == a["claim_score"]);
      CHECK(m["terms"] == a["terms"]);
      other_paper_scores += m["paper_score"] != a["paper_score"];
    }
    CHECK(other_paper_scores > 0);
  }

  TEST_CASE("two AIF maps of one file name in two folders are two papers, ids told apart") {
    // As OVA and AIFdb write them: no argmap documents, so each paper's id is its file's.
    const std::string map =
        R"({"nodes": [{"nodeID": "1", "text": "Tariffs raise prices for consumers", "type": "I"},
                      {"nodeID": "2", "text": "Importers pass costs on", "type": "I"},
                      {"nodeID": "3", "text": "Default Inference", "type": "RA"}],
            "edges": [{"edgeID": "1", "fromID": "2", "toID": "3"},
                      {"edgeID": "2", "fromID": "3", "toID": "1"}], "locutions": []})";
    Dir dir;
    dir.Write("a/m.json", map);
    dir.Write("b/m.json", map);
    Run r = dir.Argmap("compare --format json a/m.json b/m.json");
    CHECK(r.status == 0);
    CHECK(r.err == "");
    Json graph = Json::parse(r.out);
    std::vector<std::string> docs, nodes, edges;
    for (const Json& d : graph["documents"]) docs.push_back(d["id"]);
    for (const Json& n : graph["nodes"]) nodes.push_back(n["id"]);
    for (const Json& e : graph["edges"]) edges.push_back(e["id"]);
    CHECK(docs == std::vector<std::string>{"a/m", "b/m"});
    CHECK(nodes == std::vector<std::string>{"a/m/n1", "a/m/n2", "b/m/n1", "b/m/n2"});
    CHECK(edges == std::vector<std::string>{"a/m/e1", "b/m/e1"});
  }

  TEST_CASE("the report links the two papers on one subject") {
    Dir dir;
    dir.Write("a.jsonl", kAbstracts);
    Run r = dir.Argmap("compare a.jsonl");
    CHECK(r.status == 0);
    CHECK(r.err == "");
    CHECK(r.out.find("  [umbrella/n") != std::string::npos);
    CHECK(r.out.find("  [doubt/n") != std::string::npos);
    CHECK(r.out.find("  [trade/n") == std::string::npos);
    CHECK(r.out.find("   shared: small states, nuclear umbrella\n   stance words: not ... interest "
                     "... leave / not credible\n") != std::string::npos);
  }

  TEST_CASE("every format is written, twice byte-identical, and -o writes a file") {
    Dir dir;
    dir.Write("a.jsonl", kAbstracts);
    for (std::string format :
         {"report", "json", "jsonl", "dot", "explain", "summary", "csv", "markdown"}) {
      CAPTURE(format);
      Run first = dir.Argmap("compare -f " + format + " a.jsonl");
      Run second = dir.Argmap("compare -f " + format + " -o out a.jsonl");
      CHECK(first.status == 0);
      CHECK(second.status == 0);
      CHECK(second.out == "");
      CHECK_FALSE(first.out.empty());
      CHECK(dir.Read("out") == first.out);
    }
    // Without --format, -o's extension names the format.
    CHECK(dir.Argmap("compare -o matrix.csv a.jsonl").status == 0);
    CHECK(dir.Read("matrix.csv") == dir.Argmap("compare -f csv a.jsonl").out);
  }

  TEST_CASE("the review matrix is valid CSV in UTF-8 and a Markdown table") {
    Dir dir;
    dir.Write("a.jsonl", kAbstracts);
    Run csv = dir.Argmap("compare -f csv a.jsonl");
    REQUIRE(csv.out.starts_with("\xEF\xBB\xBF"));
    size_t bad = 0;
    CHECK(IsValidUtf8(csv.out, &bad));
    bool ok = false;
    auto rows = ParseCsv(csv.out.substr(3), &ok);
    CHECK(ok);
    REQUIRE(rows.size() == 4);
    for (const auto& row : rows) CHECK(row.size() == 12);
    CHECK(rows[0][0] == "id");
    CHECK(rows[2][1] == "Bo Kim; Cy Ng");
    CHECK(rows[2][2] == "2021");
    // The claims column holds the thesis; the links column what another paper says to it.
    CHECK(rows[1][7] ==
          "it is not in the interest of small states to leave the nuclear umbrella of their ally");
    CHECK(rows[2][11] ==
          "contrasts with Staying allied: \"it is not in the interest of small states to leave the "
          "nuclear umbrella of...\"\nrelated to Staying allied: \"nuclear deterrence keeps small "
          "states safe\"");

    Run md = dir.Argmap("compare -f markdown a.jsonl");
    std::istringstream lines(md.out);
    std::vector<std::string> table;
    for (std::string line; std::getline(lines, line);) table.push_back(line);
    REQUIRE(table.size() == 5);
    CHECK(table[1] == "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const std::string& line : table) {
      CAPTURE(line);
      CHECK(CellSeparators(line) == 13);
    }
  }

  TEST_CASE("the review matrix as an Excel workbook holds the CSV's cells, read back by openpyxl") {
    Dir dir;
    const std::string python = PythonWithOpenpyxl();
    if (python.empty()) return;
    dir.Write("a.jsonl", kAbstracts);
    Run r = dir.Argmap("compare -o matrix.xlsx a.jsonl");  // the format from the extension
    CHECK(r.status == 0);
    REQUIRE(dir.Argmap("compare -f csv -o matrix.csv a.jsonl").status == 0);
    REQUIRE(dir.Argmap("compare -f xlsx a.jsonl > out.xlsx").status == 0);
    CHECK(dir.Read("out.xlsx") == dir.Read("matrix.xlsx"));  // byte-identical, file or stdout
    CHECK(dir.Read("matrix.xlsx").starts_with("PK\x03\x04"));
    // openpyxl reads every cell; each equals the CSV's, the year a number.
    dir.Write("check.py", R"(import csv, sys, openpyxl
book = openpyxl.load_workbook("matrix.xlsx")
sheet = book.active
cells = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
with open("matrix.csv", encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
print(sheet.title, sheet.freeze_panes, sheet.auto_filter.ref, book.properties.created.year)
print("same" if cells == rows else "differ: %r / %r" % (cells, rows))
print(type(sheet.cell(3, 3).value).__name__, sheet.cell(1, 1).font.b)
)");
    Run check = dir.Shell(python + " check.py");
    CHECK(check.err == "");
    CHECK(check.out == "Review matrix A2 A1:L4 2000\nsame\nint True\n");
  }

  TEST_CASE("a workbook that cannot be written is an error, and no file is left") {
    Dir dir;
    dir.Write("a.jsonl", kAbstracts);
    dir.Write("not-a-dir", "");
    Run r = dir.Shell("TMPDIR=not-a-dir " + testing::Sh(ARGMAP_BIN) +
                      " compare -q -o matrix.xlsx a.jsonl");
    CHECK(r.status == 1);
    CHECK(r.out == "");
    CHECK(r.err ==
          "argmap: error: cannot write the workbook: cannot make a temporary directory: Not a "
          "directory\n");
    CHECK_FALSE(fs::exists(dir / "matrix.xlsx"));
  }

  TEST_CASE(
      "a cell longer than Excel allows is cut at a character, and control characters become "
      "spaces") {
    Dir dir;
    const std::string python = PythonWithOpenpyxl();
    if (python.empty()) return;
    // One title of 40,001 characters, each "é" two bytes, opening with a control character.
    std::string title;
    for (int i = 0; i < 20000; ++i) title += std::string("\xC3\xA9") + "a";
    dir.Write("long.jsonl", "{\"id\": \"p1\", \"title\": \"\\u0007" + title +
                                "\", \"abstract\": \"We argue that aid works.\"}\n");
    REQUIRE(dir.Argmap("compare -q -o m.xlsx long.jsonl").status == 0);
    dir.Write("check.py", R"(import openpyxl
value = openpyxl.load_workbook("m.xlsx").active.cell(2, 4).value
print(len(value.encode("utf-8")), value.endswith("\u2026"), value[:4])
)");
    Run check = dir.Shell(python + " check.py");
    CHECK(check.err == "");
    CHECK(check.out == "32767 True  éaé\n");
  }

  TEST_CASE("dot renders the compared seeds without complaint") {
    Dir dir;
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    if (!testing::Needs(fs::exists(Shared("seeds")), std::string("no ") + Shared("seeds").string()))
      return;
    Run r = dir.Argmap("compare -f dot -o map.dot " + testing::Sh(Shared("seeds").string()) +
                       "/*.txt && dot -Tsvg map.dot -o map.svg");
    CHECK(r.status == 0);
    CHECK(r.err == "");
    CHECK(dir.Read("map.svg").starts_with("<?xml"));
  }

  TEST_CASE("seeds: the Japan and Kulacki conclusions are linked, the China one is not") {
    if (!testing::Needs(fs::exists(Shared("seeds")), std::string("no ") + Shared("seeds").string()))
      return;
    Dir dir;
    Run r = dir.Argmap("compare -f json " + testing::Sh(Shared("seeds").string()) + "/*.txt");
    REQUIRE(r.status == 0);
    Json graph = Json::parse(r.out);
    std::map<std::string, std::string> paper = PaperOfNode(graph);
    const std::string japan = "000_43ff421e1196b072#1";
    const std::string china = "000_43ff421e1196b072#2";
    const std::string kulacki = "10.1080/25751654.2021.1994744";
    bool linked = false;
    for (const Json& a : graph["alignments"]) {
      std::set<std::string> ends = {paper[a["source"]], paper[a["target"]]};
      CHECK(ends.count(china) == 0);
      if (ends != std::set<std::string>{japan, kulacki}) continue;
      std::string source = a["source"];
      CAPTURE(source);
      CAPTURE(a.dump());
      // From the Japan conclusion to a Kulacki node about nuclear weapons: the two
      // share "nuclear" and "Japan".
      bool conclusion = false, nuclear = false;
      for (const Json& n : graph["nodes"]) {
        std::string text = n["text"];
        if (n["id"] == source) {
          conclusion =
              n["type"] == "conclusion" && text.find("nuclear umbrella") != std::string::npos;
        }
        if (n["id"] == a["target"]) nuclear = text.find("nuclear") != std::string::npos;
      }
      if (!conclusion || !nuclear) continue;
      std::vector<std::string> terms = a["terms"];
      CHECK(std::count(terms.begin(), terms.end(), "nuclear") == 1);
      CHECK(std::count(terms.begin(), terms.end(), "Japan") == 1);
      CHECK((a["stance"] == "contrasts" || a["stance"] == "related"));
      linked = true;
    }
    CHECK(linked);
    // The China paper's conclusion stays unlinked even well under the threshold.
    Run low = dir.Argmap("compare -f json --threshold 0.05 " +
                         testing::Sh(Shared("seeds").string()) + "/*.txt");
    Json low_graph = Json::parse(low.out);
    std::map<std::string, std::string> low_paper = PaperOfNode(low_graph);
    for (const Json& a : low_graph["alignments"]) {
      CHECK(low_paper[a["source"]] != china);
      CHECK(low_paper[a["target"]] != china);
    }
  }

  TEST_CASE("social-dev: the strongest links join papers on one subject") {
    fs::path gold = Shared("gold/social-dev.jsonl");
    if (!testing::Needs(fs::exists(gold), std::string("no ") + gold.string())) return;
    Dir dir;
    Run r = dir.Argmap("compare -f json --threshold 0.01 --max-links 100 " +
                       testing::Sh(gold.string()));
    REQUIRE(r.status == 0);
    Json graph = Json::parse(r.out);
    std::map<std::string, std::string> paper = PaperOfNode(graph);
    // Papers on ethnic conflict and civil war, read by hand.
    const std::set<std::string> civil_war = {
        "wpo-S0043887111000049",  // Roessler 2011: personal rule, coups and civil war
        "wpo-S004388711100030X",  // Cederman et al. 2012: ethnicity and civil war duration
        "wpo-S0043887109990219",  // Cederman et al. 2010: why ethnic groups rebel
        "wpo-S0043887100020074",  // Sambanis 2000: partition and ethnic war
        "wpo-wp_2001_0022",       // Kalyvas 2001: new and old civil wars
        "wpo-wp_2007_0023",       // Kocher and Kalyvas 2007: free riding in civil wars
    };
    // The best score between two papers (0 when no claims of theirs link).
    std::map<std::set<std::string>, double> best;
    std::vector<std::set<std::string>> ranked;
    for (const Json& a : graph["alignments"]) {
      std::set<std::string> ends = {paper[a["source"]], paper[a["target"]]};
      best[ends] = std::max(best[ends], a["score"].get<double>());
      ranked.push_back(ends);
    }
    REQUIRE(ranked.size() >= 5);
    for (size_t k = 0; k < 5; ++k) {
      CAPTURE(k);
      for (const std::string& p : ranked[k]) CHECK(civil_war.count(p) == 1);
    }
    const std::vector<std::set<std::string>> related = {
        {"wpo-S0043887111000049", "wpo-S004388711100030X"},
        {"wpo-S0043887109990219", "wpo-S0043887100020074"},
        {"wpo-wp_2007_0023", "wpo-wp_2001_0022"},
    };
    const std::vector<std::set<std::string>> unrelated = {
        {"wpo-S0043887100020025", "wpo-S0043887111000049"},  // IMF lending; coups
        {"wpo-wp_2002_0010", "wpo-S0043887109990219"},       // smart sanctions; ethnic rebels
        {"wpo-S0043887109990190", "wpo-wp_2007_0023"},       // investment treaties; free riding
        {"wpo-wp_2003_0006", "wpo-S0043887100020074"},       // secularism; partition
        {"wpo-S0043887100020025", "wpo-wp_2001_0022"},       // IMF lending; new civil wars
    };
    double weakest_related = 1.0;
    for (const auto& pair : related) weakest_related = std::min(weakest_related, best[pair]);
    CHECK(weakest_related >= CompareOptions{}.threshold);
    for (const auto& pair : unrelated) {
      CAPTURE(*pair.begin());
      CAPTURE(*pair.rbegin());
      CHECK(best[pair] < weakest_related);
    }
  }

  TEST_CASE("the report labels agreement and contrast with the words that made them") {
    Dir dir;
    dir.Write("two.jsonl",
              // Two findings the paper's own relations leave unopposed: a claim its
              // paper attacks is disputed and turns its stance (a case of its own,
              // tested apart), and where the model draws an attack between two
              // findings depends on their order and wording.
              "{\"id\": \"exclusion\", \"abstract\": \"We also find that trade openness has no "
              "effect on democracy in poor states. We find that ethnic exclusion increases "
              "the risk of civil war onset.\"}\n"
              "{\"id\": \"openness\", \"abstract\": \"We argue that ethnic exclusion may "
              "increase civil war onset in weak states. Our results show that trade openness "
              "affects democracy in poor states.\"}\n");
    Run r = dir.Argmap("compare -q two.jsonl");
    CHECK(r.status == 0);
    CHECK(r.out.find("stances: 1 agrees, 1 contrasts, 0 related\n") != std::string::npos);
    CHECK(r.out.find("     \"ethnic exclusion may increase civil war onset in weak states\"\n"
                     "   shared: ethnic exclusion, civil war, war onset, increases/increase\n"
                     "   stance words: increases / may increase\n") != std::string::npos);
    CHECK(r.out.find("     \"trade openness affects democracy in poor states\"\n"
                     "   shared: trade openness, poor states, democracy\n"
                     "   stance words: no effect on / affects\n") != std::string::npos);
  }

  TEST_CASE("social-dev: the stances of links read by hand") {
    std::optional<LinkStances> links = CompareGold("gold/social-dev.jsonl");
    if (!links) return;
    auto stance = [&](const std::string& x, const std::string& y) { return links->Of(x, y); };
    // Each pair shares words and evaluates, but not the same thing: a rule that
    // read the words alone would call them contrasts.
    // Other causes raise the risk of war; ethnicity does not change its length.
    CHECK(stance("External bases, refugee communities", "ethnicity per se does not affect") ==
          "related");
    // "shaped by processes of change" is not about ethnicity.
    CHECK(stance("ethnicity per se does not affect",
                 "Civil war dynamics and outcomes are shaped") == "related");
    // Lower barriers reduce disputes; democracy predicts them in peaceful regions.
    CHECK(stance("joint democracy is only statistically significant",
                 "lower regulatory barriers to commerce reduce") == "related");
    // Two theses about the end of the cold war, on different subjects.
    CHECK(stance("civil wars have fundamentally changed", "the IMF has become less politicized") ==
          "related");
  }

  TEST_CASE("social-train: agreement read by hand, one side disputed by its own paper") {
    std::optional<LinkStances> links = CompareGold("gold/social-train.jsonl");
    if (!links) return;
    // Both say the ruling party of an autocracy goes along with democratization.
    CHECK(links->Of("Authoritarian parties, however, are associated with a higher likelihood",
                    "some of the strongest authoritarian parties in the world have not resisted") ==
          "agrees: higher / not resisted");
    // The expectation that such parties resist is what the second paper disputes.
    CHECK(links->Of("Authoritarian parties, however, are associated with a higher likelihood",
                    "Authoritarian ruling parties are expected to be exceptionally resistant") ==
          "agrees: higher / resistant (disputed)");
  }

  TEST_CASE("the number of jobs does not change the output") {
    fs::path gold = Shared("gold/social-dev.jsonl");
    if (!testing::Needs(fs::exists(gold), std::string("no ") + gold.string())) return;
    Dir dir;
    Run one = dir.Argmap("compare -f json --jobs 1 " + testing::Sh(gold.string()));
    Run three = dir.Argmap("compare -f json --jobs 3 " + testing::Sh(gold.string()));
    CHECK(one.status == 0);
    CHECK(one.out == three.out);
  }
}

}  // namespace argmap
