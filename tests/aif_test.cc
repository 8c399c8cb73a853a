#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "argmap_run.h"
#include "export/exporter.h"
#include "export_sample.h"
#include "real_maps.h"

namespace argmap {
namespace {

using testing::Sample;
using Json = nlohmann::json;

std::string Aif(const Sample& s) { return ExportAif({s.graph, s.documents, {}}); }

// The AIF invariants: unique ids, every edge end a node, every RA and CA node
// with at least one edge in and one out. Returns what is wrong, or "".
std::string CheckAif(const Json& aif) {
  std::set<std::string> node_ids, edge_ids;
  std::map<std::string, std::string> type_of;
  for (const Json& n : aif["nodes"]) {
    if (!node_ids.insert(n["nodeID"].get<std::string>()).second) return "node id used twice";
    type_of[n["nodeID"]] = n["type"];
  }
  std::map<std::string, int> in, out;
  for (const Json& e : aif["edges"]) {
    if (!edge_ids.insert(e["edgeID"].get<std::string>()).second) return "edge id used twice";
    if (!type_of.count(e["fromID"]) || !type_of.count(e["toID"])) return "edge end is no node";
    if (!e["formEdgeID"].is_null()) return "formEdgeID is not null";
    ++out[e["fromID"]];
    ++in[e["toID"]];
  }
  for (const auto& [id, type] : type_of) {
    if ((type == "RA" || type == "CA") && (in[id] < 1 || out[id] < 1))
      return type + " " + id + " is open";
  }
  return "";
}

std::map<std::string, int> TypeCounts(const Json& aif) {
  std::map<std::string, int> counts;
  for (const Json& n : aif["nodes"]) ++counts[n["type"].get<std::string>()];
  return counts;
}

TEST_SUITE("aif") {
  TEST_CASE("a tiny graph gives exactly the documented AIF JSON") {
    CHECK(Aif(testing::TinyGraph()) == R"({
  "nodes": [
    {
      "nodeID": "1",
      "text": "“Aid” works",
      "type": "I",
      "argmap": {
        "id": "d1/n1",
        "doc": "d1",
        "type": "premise",
        "span": [
          0,
          11
        ],
        "sentence": 0,
        "rule": "p/x"
      }
    },
    {
      "nodeID": "2",
      "text": "it may help",
      "type": "I",
      "argmap": {
        "id": "d1/n2",
        "doc": "d1",
        "type": "claim",
        "span": [
          14,
          25
        ],
        "sentence": 0,
        "rule": "c/y",
        "qualifier": "may",
        "cue": "—"
      }
    },
    {
      "nodeID": "3",
      "text": "Default Inference",
      "type": "RA",
      "argmap": {
        "id": "d1/e1",
        "type": "supports",
        "rule": "default/premise"
      }
    }
  ],
  "edges": [
    {
      "edgeID": "1",
      "fromID": "1",
      "toID": "3",
      "formEdgeID": null
    },
    {
      "edgeID": "2",
      "fromID": "3",
      "toID": "2",
      "formEdgeID": null
    }
  ],
  "locutions": [],
  "argmap": {
    "format": "argmap",
    "version": 1,
    "offsets": "codepoint",
    "documents": [
      {
        "id": "d1",
        "title": "Aid",
        "authors": [
          "Ann Lee"
        ],
        "year": "2020",
        "doi": "",
        "venue": "",
        "source": "in.txt",
        "record": 1,
        "text": "“Aid” works — it may help."
      }
    ],
    "part_of": []
  }
}
)");
  }

  TEST_CASE(
      "supports become RA nodes, attacks and alternatives CA nodes, part_of stays in the "
      "extension") {
    Json aif = Json::parse(Aif(testing::SampleGraph()));
    CHECK(TypeCounts(aif) == std::map<std::string, int>{{"CA", 2}, {"I", 9}, {"RA", 2}});
    CHECK(aif["edges"].size() == 8);
    CHECK(aif["locutions"] == Json::array());
    CHECK(aif["nodes"][9]["text"] == "Default Inference");
    CHECK(aif["nodes"][10]["text"] == "Default Conflict");
    CHECK(aif["nodes"][10]["argmap"] ==
          Json::parse(R"({"id": "smith2021/e4", "type": "alternative", "rule": "option/or"})"));
    CHECK(aif["nodes"][12]["text"] == "Default Conflict");
    CHECK(aif["nodes"][12]["argmap"]["type"] == "attacks");
    REQUIRE(aif["argmap"]["part_of"].size() == 2);
    CHECK(aif["argmap"]["part_of"][0] ==
          Json::parse(R"({"id": "smith2021/e2", "source": "smith2021/n4",
        "target": "smith2021/n3", "type": "part_of", "rule": "default/member"})"));
    CHECK(aif["argmap"]["documents"].size() == 3);
    CHECK(CheckAif(aif) == "");
  }

  TEST_CASE("the maps of the examples and seeds give well-formed AIF") {
    testing::Needs(testing::SeedsPresent(), "ARGMAP_SHARED_DIR/seeds (checking the examples only)");
    for (const std::string& file : testing::ExampleAndSeedFiles()) {
      CAPTURE(file);
      Sample s = testing::MapFile(file);
      Json aif = Json::parse(Aif(s));
      CHECK(CheckAif(aif) == "");
      size_t part_of = aif["argmap"]["part_of"].size();
      std::map<std::string, int> counts = TypeCounts(aif);
      CHECK(counts["I"] == static_cast<int>(s.graph.node_count()));
      CHECK(counts["RA"] + counts["CA"] + part_of == s.graph.edge_count());
      CHECK(aif["edges"].size() == 2 * (s.graph.edge_count() - part_of));
    }
  }

  TEST_CASE("invalid UTF-8 is written as U+FFFD and two exports are byte-identical") {
    Sample s;
    s.documents = {testing::SampleDocument("d", "", "bad \xFF byte")};
    testing::AddSampleNode(s.documents[0], 1, {NodeType::kClaim, "bad \xFF byte", 0, "r", "", ""},
                           &s.graph);
    CHECK(Json::parse(Aif(s))["nodes"][0]["text"] == "bad \xEF\xBF\xBD byte");
    CHECK(Aif(testing::SampleGraph()) == Aif(testing::SampleGraph()));
  }
}

}  // namespace
}  // namespace argmap
