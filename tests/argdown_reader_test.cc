#include "read/argdown_reader.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "argmap_run.h"
#include "core/limits.h"
#include "export/exporter.h"
#include "export_sample.h"
#include "real_maps.h"

namespace argmap {
namespace {

using Json = nlohmann::json;
using testing::Sample;
using testing::Sh;

struct ReadBack {
  bool ok = false;
  ArgumentGraph graph;
  std::vector<Document> docs;
  std::string messages;
};

ReadBack Read(const std::string& text, const std::string& path = "map.argdown") {
  ReadBack r;
  std::vector<Diagnostic> diags;
  r.ok = ReadArgdown(path, text, &r.graph, &r.docs, &diags);
  r.messages = FormatAll(diags);
  return r;
}

std::string Argdown(const Sample& s) { return ExportArgdown({s.graph, s.documents, {}}); }

// The lines, each ended by a newline (so that a failed check shows them).
std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

// Every field of a node that Argdown holds, one line per node in graph order.
std::string Nodes(const ArgumentGraph& g) {
  std::vector<std::string> out;
  for (NodeIndex v = 0; v < g.node_count(); ++v) {
    const Node& n = g.node(v);
    out.push_back(n.id + " " + n.doc + " " + std::string(NodeTypeName(n.type)) + " " + n.rule +
                  " s" + std::to_string(n.sentence) + " [" + std::to_string(n.cp_span.begin) +
                  ", " + std::to_string(n.cp_span.end) + "] q=" + n.qualifier + " c=" + n.cue +
                  " | " + n.text);
  }
  return Join(out);
}

// "source -type-> target" per edge, sorted (Argdown lists edges under their target).
std::string EdgeSet(const ArgumentGraph& g) {
  std::vector<std::string> out;
  for (const ArgumentGraph::EdgeRef& e : g.Edges()) {
    out.push_back(g.node(e.source).id + " -" + std::string(EdgeTypeName(e.edge->type)) + "-> " +
                  g.node(e.target).id);
  }
  std::sort(out.begin(), out.end());
  return Join(out);
}

// "id | title | authors | year | doi | venue | source | record" per document.
std::string Docs(const std::vector<Document>& docs) {
  std::vector<std::string> out;
  for (const Document& d : docs) {
    std::string authors;
    for (const std::string& a : d.authors) authors += a + ";";
    out.push_back(d.id + " | " + d.title + " | " + authors + " | " + d.year + " | " + d.doi +
                  " | " + d.venue + " | " + d.source + " | " + std::to_string(d.record));
  }
  return Join(out);
}

// "id source -type-> target rule" per edge, in graph order.
std::string Edges(const ArgumentGraph& g) {
  std::vector<std::string> out;
  for (const ArgumentGraph::EdgeRef& e : g.Edges()) {
    out.push_back(e.edge->id + " " + g.node(e.source).id + " -" +
                  std::string(EdgeTypeName(e.edge->type)) + "-> " + g.node(e.target).id + " " +
                  e.edge->rule);
  }
  return Join(out);
}

void CheckRoundTrip(const Sample& s) {
  ReadBack r = Read(Argdown(s));
  CHECK(r.ok);
  CHECK(r.messages == "");
  CHECK(Docs(r.docs) == Docs(s.documents));
  CHECK(Nodes(r.graph) == Nodes(s.graph));
  CHECK(EdgeSet(r.graph) == EdgeSet(s.graph));
}

// The hand-written map of the relation and default tests.
constexpr char kHandMap[] = R"(===
title: a teacher's map
===

Before any heading: an untitled statement.

# Aid {id: "aid", year: "2020"}

// a comment
/* a comment
   of two lines */
[Aid works]: Aid works where donors \[stay\]. // and a comment after it
    + [Donors stay]: Donors stay for years.
        - [Donors leave]
    <+ <Monitoring>: Monitors check the books.
    - Audits find fraud.
    <- [Fraud]: Fraud grows.
    +> [Growth]: Growth follows.
    -> [Waste]: Waste falls.
    >< [No aid]: Aid should stop.

## A subsection stays in the paper

[Donors stay]
    + <Monitoring>
)";

TEST_SUITE("argdown reader") {
  TEST_CASE("the exporter's tiny and sample maps read back as their documents, nodes and edges") {
    CheckRoundTrip(testing::TinyGraph());
    CheckRoundTrip(testing::SampleGraph());
  }

  TEST_CASE("the exporter's data restores kinds and ids, edges get new ids and rule argdown") {
    ReadBack r = Read(Argdown(testing::SampleGraph()));
    CHECK(Edges(r.graph) == Join({
                                "smith2021/e1 smith2021/n2 -supports-> smith2021/n1 argdown",
                                "smith2021/e2 smith2021/n4 -alternative-> smith2021/n5 argdown",
                                "lee2019/e1 lee2019/n2 -supports-> lee2019/n3 argdown",
                                "lee2019/e2 lee2019/n4 -attacks-> lee2019/n3 argdown",
                                "smith2021/e3 smith2021/n4 -part_of-> smith2021/n3 argdown",
                                "smith2021/e4 smith2021/n5 -part_of-> smith2021/n3 argdown",
                            }));
  }

  TEST_CASE("extracted examples and seeds read back with the same nodes and edges") {
    testing::Needs(testing::SeedsPresent(), "ARGMAP_SHARED_DIR/seeds (checking the examples only)");
    std::vector<std::string> files = testing::ExampleAndSeedFiles();
    std::filesystem::path gold = std::filesystem::path(ARGMAP_SHARED_DIR) / "gold" / "seeds.jsonl";
    if (testing::Needs(std::filesystem::exists(gold), gold.string())) files.push_back(gold);
    for (const std::string& file : files) {
      CAPTURE(file);
      Sample s = testing::MapFile(file);
      CHECK(s.graph.node_count() > 0);
      CheckRoundTrip(s);
    }
  }

  TEST_CASE("relation symbols, comments, headings and untitled statements read as Argdown says") {
    ReadBack r = Read(kHandMap);
    CHECK(r.messages == "");
    CHECK(r.ok);
    CHECK(Docs(r.docs) == Join({
                              "map |  |  |  |  |  | map.argdown | 1",
                              "aid | Aid |  | 2020 |  |  | map.argdown | 1",
                          }));
    CHECK(Nodes(r.graph) == Join({
                                "map/n1 map claim argdown s0 [0, 0] q= c= | Before any heading: an "
                                "untitled statement.",
                                "aid/n1 aid claim argdown s0 [0, 0] q= c= | Aid works where donors "
                                "[stay].",
                                "aid/n2 aid claim argdown s0 [0, 0] q= c= | Donors stay for years.",
                                "aid/n3 aid claim argdown s0 [0, 0] q= c= | Donors leave",
                                "aid/n4 aid claim argdown s0 [0, 0] q= c= | Monitors check the "
                                "books.",
                                "aid/n5 aid claim argdown s0 [0, 0] q= c= | Audits find fraud.",
                                "aid/n6 aid claim argdown s0 [0, 0] q= c= | Fraud grows.",
                                "aid/n7 aid claim argdown s0 [0, 0] q= c= | Growth follows.",
                                "aid/n8 aid claim argdown s0 [0, 0] q= c= | Waste falls.",
                                "aid/n9 aid claim argdown s0 [0, 0] q= c= | Aid should stop.",
                            }));
    CHECK(Edges(r.graph) == Join({
                                "aid/e1 aid/n2 -supports-> aid/n1 argdown",
                                "aid/e2 aid/n3 -attacks-> aid/n2 argdown",
                                "aid/e3 aid/n4 -supports-> aid/n1 argdown",
                                "aid/e4 aid/n5 -attacks-> aid/n1 argdown",
                                "aid/e5 aid/n6 -attacks-> aid/n1 argdown",
                                "aid/e6 aid/n1 -supports-> aid/n7 argdown",
                                "aid/e7 aid/n1 -attacks-> aid/n8 argdown",
                                "aid/e8 aid/n1 -alternative-> aid/n9 argdown",
                                "aid/e9 aid/n4 -supports-> aid/n2 argdown",
                            }));
  }

  TEST_CASE("tags leave the text, a tag that names a kind sets it, over the data's type") {
    struct Case {
      std::string line;  // one statement after a heading
      std::string kind;
      std::string text;
    };
    const std::vector<Case> cases = {
        {"[Teacher note]: some text #premise", "premise", "some text"},
        {"[T]: #conclusion Aid works.", "conclusion", "Aid works."},
        {"[T]: Aid #Purpose works.", "purpose", "Aid works."},
        {"[T]: Aid works. #method #claim", "method", "Aid works."},
        {"[T]: Aid works. #(key point) #option", "option", "Aid works."},
        {"[T]: Aid works. #important", "claim", "Aid works."},
        {"[T]: Aid works. #premise {type: \"conclusion\"}", "premise", "Aid works."},
        {"[T]: Aid works. {type: \"conclusion\"}", "conclusion", "Aid works."},
        {"[T]: Aid works. #premises", "claim", "Aid works."},
        {"[T]: Aid \\#premise works.", "claim", "Aid #premise works."},
        {"[T]: C#premise and F# stay text. # too", "claim", "C#premise and F# stay text. # too"},
        {"Untitled text #premise", "premise", "Untitled text"},
        {"[T]: #group", "group", ""},
    };
    for (const Case& c : cases) {
      CAPTURE(c.line);
      ReadBack r = Read("# Aid {id: \"aid\"}\n\n" + c.line + "\n");
      CHECK(r.messages == "");
      REQUIRE(r.graph.node_count() == 1);
      CHECK(NodeTypeName(r.graph.node(0).type) == c.kind);
      CHECK(r.graph.node(0).text == c.text);
    }
    // A relation's statement and a paper's heading lose their tags too.
    ReadBack r = Read("# Aid #week1 {id: \"aid\"}\n\n[A]: Aid works.\n    + [B]: Roads #premise\n");
    CHECK(r.messages == "");
    CHECK(Docs(r.docs) == Join({"aid | Aid |  |  |  |  | map.argdown | 1"}));
    CHECK(Nodes(r.graph) == Join({
                                "aid/n1 aid claim argdown s0 [0, 0] q= c= | Aid works.",
                                "aid/n2 aid premise argdown s0 [0, 0] q= c= | Roads",
                            }));
  }

  TEST_CASE("@argdown/cli finds the statements and relations argmap reads in a hand-written map") {
    if (!testing::Needs(std::filesystem::exists(testing::ArgdownCli()),
                        "@argdown/cli is not installed in " ARGMAP_TOOLS_DIR
                        " (scripts/test-tools.sh installs it with npm)")) {
      return;
    }
    testing::RunDir dir;
    dir.Write("hand.argdown", kHandMap);
    testing::ArgmapRun run =
        dir.Shell(Sh(testing::ArgdownCli().string()) + " json hand.argdown out");
    REQUIRE(run.status == 0);
    Json out = Json::parse(dir.Read("out/hand.json"));
    // Argdown's text of a statement or argument: its first member with a text, else its title.
    auto text = [&out](const std::string& title) {
      for (const char* kind : {"statements", "arguments"}) {
        if (!out[kind].contains(title)) continue;
        for (const Json& m : out[kind][title]["members"]) {
          std::string t = m.value("text", "");
          t.erase(t.find_last_not_of(' ') + 1);
          if (!t.empty()) return t;
        }
      }
      return title;
    };
    const std::map<std::string, std::string> kTypes = {
        {"support", "supports"}, {"attack", "attacks"}, {"contradictory", "alternative"}};
    std::vector<std::string> theirs;
    for (const Json& r : out["relations"]) {
      theirs.push_back(text(r["from"]) + " -" + kTypes.at(r["relationType"]) + "-> " +
                       text(r["to"]));
    }
    ReadBack mine = Read(kHandMap);
    std::vector<std::string> ours;
    for (const ArgumentGraph::EdgeRef& e : mine.graph.Edges()) {
      ours.push_back(mine.graph.node(e.source).text + " -" +
                     std::string(EdgeTypeName(e.edge->type)) + "-> " +
                     mine.graph.node(e.target).text);
    }
    std::sort(theirs.begin(), theirs.end());
    std::sort(ours.begin(), ours.end());
    CHECK(Join(ours) == Join(theirs));
    CHECK(out["statements"].size() + out["arguments"].size() == mine.graph.node_count());
  }

  TEST_CASE("a teacher's edits: rename, move, add a support and an attack, delete a node") {
    std::string map = Argdown(testing::SampleGraph());
    auto edit = [&map](const std::string& from, const std::string& to) {
      size_t at = map.find(from);
      REQUIRE(at != std::string::npos);
      map.replace(at, from.size(), to);
    };
    // Rename C1's text (its title stays).
    edit("]: coalition governments delay reform {", "]: coalition governments slow reform {");
    // Move M1 from under Con1 to under P2.
    edit("    + [M1 panel data]\n", "");
    edit("sentence: 1, span: [117, 143], cue: \"although\"}\n",
         "sentence: 1, span: [117, 143], cue: \"although\"}\n    + [M1 panel data]\n");
    // Add an attack on C1 by O1, and a new reason for C1.
    edit("    + [P1 veto players multiply]\n",
         "    + [P1 veto players multiply]\n    - [O1 grand coalitions]\n"
         "    + [New reason]: parties need time\n");
    // Delete O2: the >< under O1 still names it, so it is a claim whose text is
    // its title. New nodes take the first free "<paper>/n<k>" in file order: the
    // new reason takes O2's old id n5.
    size_t o2 = map.find("[O2 minority cabinets a hard]: ");
    REQUIRE(o2 != std::string::npos);
    map.erase(o2, map.find('\n', o2) + 2 - o2);

    ReadBack r = Read(map);
    CHECK(r.messages == "");
    CHECK(r.ok);
    CHECK(Nodes(r.graph) ==
          Join({
              "smith2021/n1 smith2021 claim claim/argue s0 [14, 48] q= c=argue | coalition "
              "governments slow reform",
              "smith2021/n5 smith2021 claim argdown s0 [0, 0] q= c= | parties need time",
              "smith2021/n2 smith2021 premise premise/because s0 [57, 78] q= c=because | veto "
              "players multiply",
              "smith2021/n3 smith2021 group group/count s1 [92, 103] q= c= | two options",
              "smith2021/n4 smith2021 option option/or s1 [105, 123] q= c=or | “grand coalitions”",
              "smith2021/n6 smith2021 claim argdown s0 [0, 0] q= c= | O2 minority cabinets a hard",
              "lee2019/n1 lee2019 purpose purpose/study s0 [11, 46] q= c= | examines turnout in "
              "local elections",
              "lee2019/n2 lee2019 method method/using s1 [54, 64] q= c=Using | panel data",
              "lee2019/n3 lee2019 conclusion conclusion/find s1 [79, 106] q=may c=we find that | "
              "scandals may reduce turnout",
              "lee2019/n4 lee2019 premise premise/although s1 [117, 143] q= c=although | earlier "
              "work disputes this",
          }));
    CHECK(Edges(r.graph) == Join({
                                "smith2021/e1 smith2021/n2 -supports-> smith2021/n1 argdown",
                                "smith2021/e2 smith2021/n4 -attacks-> smith2021/n1 argdown",
                                "smith2021/e3 smith2021/n5 -supports-> smith2021/n1 argdown",
                                "smith2021/e4 smith2021/n4 -alternative-> smith2021/n6 argdown",
                                "lee2019/e1 lee2019/n4 -attacks-> lee2019/n3 argdown",
                                "lee2019/e2 lee2019/n2 -supports-> lee2019/n4 argdown",
                                "smith2021/e5 smith2021/n4 -part_of-> smith2021/n3 argdown",
                            }));
  }

  TEST_CASE("bad Argdown is an error at its place, the rest is still read") {
    struct Case {
      std::string name;
      std::string text;
      std::string messages;
      size_t nodes;
      bool ok = false;
    };
    const Case cases[] = {
        {"an unclosed [", "[Aid works: yes\n[B]: b\n",
         "map.argdown:1:1: error: '[' is not closed by ']'\n[Aid works: yes\n^\n", 1},
        {"an unclosed <", "<Aid: yes\n",
         "map.argdown:1:1: error: '<' is not closed by '>'\n<Aid: yes\n^\n", 0},
        {"an empty title", "[ ]: x\n", "map.argdown:1:1: error: an empty title '[]'\n[ ]: x\n^\n",
         0},
        {"a relation with no statement", "[A]: a\n    +\n",
         "map.argdown:2:6: error: the relation '+' has no statement after it\n    +\n     ^\n", 1},
        {"a relation that is not indented", "[A]: a\n+ [B]\n",
         "map.argdown:2:1: error: the relation '+' is not indented under a statement it could "
         "relate to\n+ [B]\n^\n",
         1},
        {"a relation with nothing above it", "# P\n    -> [B]\n",
         "map.argdown:2:5: error: the relation '->' is not indented under a statement it could "
         "relate to\n    -> [B]\n    ^\n",
         0},
        {"text after a title", "[A] works\n",
         "map.argdown:1:5: error: text after the title [A]: write '[A]: text' to give it a "
         "text\n[A] works\n    ^\n",
         0},
        {"a title defined twice with two texts", "[A]: a\n[A]: b\n",
         "map.argdown:2:1: error: [A] is defined twice with two texts (first at line 1)\n[A]: "
         "b\n^\n",
         1},
        {"an undercut", "[A]: a\n    _> [B]\n",
         "map.argdown:2:5: error: an undercut ('_>'): argmap has no relation to an inference; use "
         "'-' to attack the statement\n    _> [B]\n    ^\n",
         1},
        {"unclosed data", "[A]: a {type: \"claim\"\n",
         "map.argdown:1:8: error: the data '{' is not closed by '}'\n[A]: a {type: "
         "\"claim\"\n       ^\n",
         0},
        {"a data key without a colon", "[A]: a {type claim}\n",
         "map.argdown:1:14: error: ':' expected after the data key 'type'\n[A]: a {type "
         "claim}\n             ^\n",
         0},
        {"an unclosed string in the data", "[A]: a {type: \"claim}\n",
         "map.argdown:1:15: error: the string '\"' is not closed by '\"'\n[A]: a {type: "
         "\"claim}\n              ^\n",
         0},
        {"text after the data", "[A]: a {type: \"claim\"} more\n",
         "map.argdown:1:24: error: text after the data\n[A]: a {type: \"claim\"} more\n          "
         "             ^\n",
         0},
        {"an unknown kind", "[A]: a {type: \"clam\"}\n",
         "map.argdown:1:8: error: [A] has an unknown type 'clam', did you mean 'claim'?\n[A]: a "
         "{type: \"clam\"}\n       ^\n",
         0},
        {"an id used twice", "[A]: a {id: \"x\"}\n[B]: b {id: \"x\"}\n",
         "map.argdown:2:8: error: [B] has an id already used: x\n[B]: b {id: \"x\"}\n       ^\n",
         1},
        {"a part_of naming no statement", "[A]: a {part_of: [\"G\"]}\n",
         "map.argdown:1:8: error: [A] is part_of [G], which is no statement\n[A]: a {part_of: "
         "[\"G\"]}\n       ^\n",
         1},
        {"a paper with a bad record", "# P {record: -1}\n[A]: a\n",
         "map.argdown:1:1: error: the paper 'P' has no \"record\" count (a whole number from "
         "0)\n# P {record: -1}\n^\n",
         1},
        {"unclosed front matter", "===\ntitle: x\n",
         "map.argdown:1:1: error: the front matter '===' is not closed\n===\n^\n", 0},
        {"an unclosed comment", "[A]: a\n/* note\n[B]: b\n",
         "map.argdown:2:1: error: the comment '/*' is not closed by '*/'\n/* note\n^\n", 1},
        {"two mistakes, told in line order", "[A]: a {type: \"clam\"}\n[B: b\n",
         "map.argdown:1:8: error: [A] has an unknown type 'clam', did you mean 'claim'?\n[A]: a "
         "{type: \"clam\"}\n       ^\nmap.argdown:2:1: error: '[' is not closed by ']'\n[B: "
         "b\n^\n",
         0},
        {"a relation repeated (a warning)", "[A]: a\n    + [B]\n    + [B]\n",
         "map.argdown:3:5: warning: a relation that repeats another or relates a statement to "
         "itself; dropped\n    + [B]\n    ^\n",
         2, true},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      ReadBack r = Read(c.text);
      CHECK(r.messages == c.messages);
      CHECK(r.ok == c.ok);
      CHECK(r.graph.node_count() == c.nodes);
    }
  }

  TEST_CASE("data nested as deep as kMaxArgdownDataDepth is read, one level deeper is an error") {
    // A mapping holding `lists` nested lists: lists + 1 levels of nesting.
    auto nested = [](int lists) {
      return "[A]: a {x: " + std::string(lists, '[') + "1" + std::string(lists, ']') + "}\n";
    };
    ReadBack deepest = Read(nested(kMaxArgdownDataDepth - 1));
    CHECK(deepest.messages == "");
    CHECK(deepest.ok);
    std::string deeper = nested(kMaxArgdownDataDepth);
    ReadBack r = Read(deeper);
    CHECK(r.messages == "map.argdown:1:28: error: data nested too deeply\n" + deeper +
                            std::string(27, ' ') + "^\n");
    CHECK_FALSE(r.ok);
  }

  TEST_CASE("convert, render and compare read a .argdown map through the one gate") {
    testing::RunDir dir;
    const std::string file = std::string(ARGMAP_SOURCE_DIR) + "/examples/sanctions-dilemma.txt";
    REQUIRE(dir.Argmap("extract -o a.json " + Sh(file)).status == 0);
    REQUIRE(dir.Argmap("extract -f argdown -o a.argdown " + Sh(file)).status == 0);
    testing::ArgmapRun r = dir.Argmap("convert a.argdown b.json");
    CHECK(r.status == 0);
    CHECK(r.out == "");
    CHECK(r.err == "");
    Json a = Json::parse(dir.Read("a.json"));
    Json b = Json::parse(dir.Read("b.json"));
    // Argdown holds neither the abstracts nor the model's reasons.
    for (Json& d : a["documents"]) d.erase("text");
    CHECK(b["documents"] == a["documents"]);
    for (Json& n : a["nodes"]) n.erase("why");
    CHECK(b["nodes"] == a["nodes"]);
    REQUIRE(b["edges"].size() == a["edges"].size());
    for (const Json& e : a["edges"]) {
      CAPTURE(e.dump());
      bool found = false;
      for (const Json& f : b["edges"]) {
        found = found || (f["source"] == e["source"] && f["target"] == e["target"] &&
                          f["type"] == e["type"]);
      }
      CHECK(found);
    }
    // Back to Argdown: the same text.
    CHECK(dir.Argmap("convert b.json c.argdown").status == 0);
    CHECK(dir.Read("c.argdown") == dir.Read("a.argdown"));
    // compare reads maps as the papers they hold: the same nodes (without the
    // model's reasons) and the same links from Argdown as from JSON without the
    // abstracts.
    if (testing::Needs(testing::SeedsPresent(), "ARGMAP_SHARED_DIR/seeds (two maps that link)")) {
      std::string argdowns, jsons;
      int k = 0;
      for (const std::string& seed : testing::ExampleAndSeedFiles()) {
        if (seed.find("/seeds/") == std::string::npos) continue;
        std::string name = "seed" + std::to_string(++k);
        REQUIRE(dir.Argmap("extract -o " + name + ".json " + Sh(seed)).status == 0);
        Json map = Json::parse(dir.Read(name + ".json"));
        for (Json& d : map["documents"]) d.erase("text");  // as the Argdown map holds them
        dir.Write(name + ".json", map.dump());
        REQUIRE(dir.Argmap("extract -f argdown -o " + name + ".argdown " + Sh(seed)).status == 0);
        argdowns += " " + name + ".argdown";
        jsons += " " + name + ".json";
      }
      testing::ArgmapRun from_argdown = dir.Argmap("compare -f json" + argdowns);
      testing::ArgmapRun from_json = dir.Argmap("compare -f json" + jsons);
      CHECK(from_argdown.status == 0);
      CHECK(from_argdown.err == "");
      Json x = Json::parse(from_argdown.out);
      Json y = Json::parse(from_json.out);
      for (Json& n : y["nodes"]) n.erase("why");
      CHECK(x["nodes"] == y["nodes"]);
      CHECK(x["alignments"] == y["alignments"]);
      CHECK(x["alignments"].size() > 0);
    }
    // A broken map is the reader's error, with its place, and status 1.
    dir.Write("bad.ad", "[A: a\n");
    r = dir.Argmap("convert bad.ad out.json");
    CHECK(r.status == 1);
    CHECK(r.err == "bad.ad:1:1: error: '[' is not closed by ']'\n[A: a\n^\n");
  }
}

}  // namespace
}  // namespace argmap
