#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "argmap_run.h"
#include "export/exporter.h"
#include "export/plain_text.h"
#include "export_sample.h"
#include "real_maps.h"

namespace argmap {
namespace {

using testing::Sample;
using Json = nlohmann::json;

std::string Argdown(const Sample& s) { return ExportArgdown({s.graph, s.documents, {}}); }

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The statement line of a one-node graph whose text is `text`, without its data.
std::string StatementOf(const std::string& text, NodeType type = NodeType::kClaim) {
  Sample s;
  s.documents = {testing::SampleDocument("d", "T", text)};
  testing::AddSampleNode(s.documents[0], 1, {type, text, 0, "r", "", ""}, &s.graph);
  for (const std::string& line : Lines(Argdown(s))) {
    if (line.starts_with("[")) return line.substr(0, line.rfind(" {id: "));
  }
  return "";
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

constexpr char kTinyArgdown[] = R"(===
title: argmap
model:
    mode: loose
===

# Aid {id: "d1", title: "Aid", authors: ["Ann Lee"], year: "2020", doi: "", venue: "", source: "in.txt", record: 1}

[P1 Aid works]: “Aid” works {id: "d1/n1", type: "premise", rule: "p/x", sentence: 0, span: [0, 11]}

[C1 it may help]: it may help {id: "d1/n2", type: "claim", rule: "c/y", sentence: 0, span: [14, 25], qualifier: "may", cue: "—"}
    + [P1 Aid works]
)";

constexpr char kSampleArgdown[] = R"(===
title: argmap
model:
    mode: loose
===

# Coalitions and “compromise” {id: "smith2021", title: "Coalitions and “compromise”", authors: ["Ann Smith", "Bo Jones"], year: "2021", doi: "10.1000/argmap.1", venue: "Journal of Sample Politics", source: "abstracts.jsonl", record: 1}

[C1 coalition governments delay reform]: coalition governments delay reform {id: "smith2021/n1", type: "claim", rule: "claim/argue", sentence: 0, span: [14, 48], cue: "argue"}
    + [P1 veto players multiply]

[P1 veto players multiply]: veto players multiply {id: "smith2021/n2", type: "premise", rule: "premise/because", sentence: 0, span: [57, 78], cue: "because"}

[G1 two options]: two options {id: "smith2021/n3", type: "group", rule: "group/count", sentence: 1, span: [92, 103]}

[O1 grand coalitions]: “grand coalitions” {id: "smith2021/n4", type: "option", rule: "option/or", sentence: 1, span: [105, 123], cue: "or", part_of: ["G1 two options"]}
    >< [O2 minority cabinets a hard]

[O2 minority cabinets a hard]: minority cabinets — a "hard\\soft" choice {id: "smith2021/n5", type: "option", rule: "option/or", sentence: 1, span: [127, 167], cue: "or", part_of: ["G1 two options"]}

# lee2019 {id: "lee2019", title: "", authors: [], year: "", doi: "", venue: "", source: "abstracts.jsonl", record: 2}

[Pur1 examines turnout in local]: examines turnout in local elections {id: "lee2019/n1", type: "purpose", rule: "purpose/study", sentence: 0, span: [11, 46]}

[M1 panel data]: panel data {id: "lee2019/n2", type: "method", rule: "method/using", sentence: 1, span: [54, 64], cue: "Using"}

[Con1 scandals may reduce turnout]: scandals may reduce turnout {id: "lee2019/n3", type: "conclusion", rule: "conclusion/find", sentence: 1, span: [79, 106], qualifier: "may", cue: "we find that"}
    + [M1 panel data]
    - [P2 earlier work disputes this]

[P2 earlier work disputes this]: earlier work disputes this {id: "lee2019/n4", type: "premise", rule: "premise/although", sentence: 1, span: [117, 143], cue: "although"}

# A paper without an argument {id: "empty2020", title: "A paper without an argument", authors: [], year: "", doi: "", venue: "", source: "abstracts.jsonl", record: 3}

// no argument found
)";

TEST_SUITE("argdown") {
  TEST_CASE("a tiny graph gives exactly the documented Argdown") {
    CHECK(Argdown(testing::TinyGraph()) == kTinyArgdown);
  }

  TEST_CASE(
      "sections per paper, supports as +, attacks as -, alternatives as ><, part_of as data") {
    CHECK(Argdown(testing::SampleGraph()) == kSampleArgdown);
  }

  TEST_CASE("titles are the kind's prefix, its number and the first words, without punctuation") {
    struct Case {
      NodeType type;
      std::string text;
      std::string statement;
    };
    const Case cases[] = {
        {NodeType::kClaim, "Aid works.", "[C1 Aid works]: Aid works."},
        {NodeType::kPremise, "[1] p<0.05, as (n=3) shows",
         "[P1 1 p 0 05]: \\[1\\] p\\<0\\.05, as (n\\=3) shows"},
        {NodeType::kConclusion, "“Quoted” — words – here",
         "[Con1 Quoted words here]: “Quoted” — words – here"},
        {NodeType::kPurpose, "études of Zürich's élite",
         "[Pur1 études of Zürich s]: études of Zürich's élite"},
        {NodeType::kMethod, "-- ...", "[M1]: -- \\.\\.."},
        {NodeType::kOption, "x", "[O1 x]: x"},
        {NodeType::kGroup, "two\nlines", "[G1 two lines]: two lines"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CHECK(StatementOf(c.text, c.type) == c.statement);
    }
  }

  TEST_CASE("Argdown's special characters in texts are escaped with a backslash") {
    CHECK(StatementOf("a *b* _c_ @d #e [f] <g> {h} // i /* j */ === k \\ l e.g. x: y :z: .w.") ==
          "[C1 a b c d]: a \\*b\\* \\_c\\_ \\@d \\#e \\[f\\] \\<g\\> \\{h\\} \\/\\/ i "
          "\\/\\* j \\*\\/ \\=\\=\\= k \\\\ l e\\.g. x: y \\:z: \\.w.");
  }

  TEST_CASE("@argdown/cli reads every map with one statement per node and one relation per edge") {
    if (!testing::Needs(std::filesystem::exists(testing::ArgdownCli()),
                        "@argdown/cli is not installed in " ARGMAP_TOOLS_DIR
                        " (scripts/test-tools.sh installs it with npm)")) {
      return;
    }
    testing::Needs(testing::SeedsPresent(), "ARGMAP_SHARED_DIR/seeds (checking the examples only)");
    testing::RunDir dir;
    std::vector<Sample> maps;
    maps.push_back(testing::SampleGraph());
    for (const std::string& file : testing::ExampleAndSeedFiles())
      maps.push_back(testing::MapFile(file));
    for (size_t i = 0; i < maps.size(); ++i) {
      dir.Write("map" + std::to_string(i) + ".argdown", Argdown(maps[i]));
    }
    testing::ArgmapRun r =
        dir.Shell(testing::Sh(testing::ArgdownCli().string()) + " json '*.argdown' out");
    CHECK(r.status == 0);
    CHECK(Lower(r.out + r.err).find("error") == std::string::npos);
    CHECK(Lower(r.out + r.err).find("warn") == std::string::npos);
    for (size_t i = 0; i < maps.size(); ++i) {
      const ArgumentGraph& g = maps[i].graph;
      CAPTURE(i);
      Json out = Json::parse(dir.Read("out/map" + std::to_string(i) + ".json"));
      // Every node is one statement, with its text and id; part_of is data, not a relation.
      size_t relations = 0;
      for (const auto& e : g.Edges()) relations += e.edge->type != EdgeType::kPartOf;
      CHECK(out["statements"].size() == g.node_count());
      CHECK(out["relations"].size() == relations);
      CHECK(out["arguments"].size() == 0);
      for (const auto& [title, statement] : out["statements"].items()) {
        CAPTURE(title);
        const Json* defined = nullptr;
        for (const Json& m : statement["members"]) {
          if (m["role"] == "top-level-statement") defined = &m;
        }
        REQUIRE(defined != nullptr);
        std::string id = (*defined)["data"]["id"];
        NodeIndex v = 0;
        while (v < g.node_count() && g.node(v).id != id) ++v;
        REQUIRE(v < g.node_count());
        std::string text = (*defined)["text"];
        CHECK(text.substr(0, text.find_last_not_of(' ') + 1) == SingleLine(g.node(v).text));
      }
    }
  }
}

}  // namespace
}  // namespace argmap
