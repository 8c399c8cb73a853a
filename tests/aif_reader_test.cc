#include "read/aif_reader.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "export/exporter.h"
#include "export_sample.h"

namespace argmap {
namespace {

using testing::Sample;

struct ReadBack {
  bool ok = false;
  ArgumentGraph graph;
  std::vector<Document> docs;
  std::string messages;
};

ReadBack Read(const std::string& text, const std::string& path = "debate.json") {
  ReadBack r;
  std::vector<Diagnostic> diags;
  r.ok = ReadAifJson(path, text, &r.graph, &r.docs, &diags);
  r.messages = FormatAll(diags);
  return r;
}

// "id type text" per node and "id source -type-> target rule" per edge, in graph order.
std::vector<std::string> Describe(const ArgumentGraph& g) {
  std::vector<std::string> out;
  for (NodeIndex v = 0; v < g.node_count(); ++v) {
    const Node& n = g.node(v);
    out.push_back(n.id + " " + std::string(NodeTypeName(n.type)) + " " + n.text);
  }
  for (const ArgumentGraph::EdgeRef& e : g.Edges()) {
    out.push_back(e.edge->id + " " + g.node(e.source).id + " -" +
                  std::string(EdgeTypeName(e.edge->type)) + "-> " + g.node(e.target).id + " " +
                  e.edge->rule);
  }
  return out;
}

// Two premises for a conclusion (one RA) and an objection (one CA), as AIFdb writes them.
constexpr char kAifdb[] = R"({
  "nodes": [
    {"nodeID": "10", "text": "Taxes should fall", "type": "I", "timestamp": "2020-01-01 10:00:00"},
    {"nodeID": "11", "text": "Growth is slow", "type": "I"},
    {"nodeID": "12", "text": "Debt is low", "type": "I"},
    {"nodeID": "13", "text": "Default Inference", "type": "RA"},
    {"nodeID": "14", "text": "Deficits widen", "type": "I"},
    {"nodeID": "15", "text": "Default Conflict", "type": "CA"},
    {"nodeID": "16", "text": "Bob: taxes should fall", "type": "L"}
  ],
  "edges": [
    {"edgeID": "1", "fromID": "11", "toID": "13", "formEdgeID": null},
    {"edgeID": "2", "fromID": "12", "toID": "13", "formEdgeID": null},
    {"edgeID": "3", "fromID": "13", "toID": "10", "formEdgeID": null},
    {"edgeID": "4", "fromID": "14", "toID": "15", "formEdgeID": null},
    {"edgeID": "5", "fromID": "15", "toID": "10", "formEdgeID": null}
  ],
  "locutions": [{"nodeID": "16", "personID": "1"}]
})";

const std::vector<std::string> kAifdbGraph = {
    "debate/n1 claim Taxes should fall",
    "debate/n2 claim Growth is slow",
    "debate/n3 claim Debt is low",
    "debate/n4 claim Deficits widen",
    "debate/e1 debate/n2 -supports-> debate/n1 aif/RA",
    "debate/e2 debate/n3 -supports-> debate/n1 aif/RA",
    "debate/e3 debate/n4 -attacks-> debate/n1 aif/CA",
};

TEST_SUITE("aif_reader") {
  TEST_CASE("AIFdb JSON reads as claims of one document joined by supports and attacks") {
    ReadBack r = Read(kAifdb);
    CHECK(r.ok);
    CHECK(r.messages == "");
    CHECK(Describe(r.graph) == kAifdbGraph);
    REQUIRE(r.docs.size() == 1);
    CHECK(r.docs[0].id == "debate");
    CHECK(r.docs[0].source == "debate.json");
  }

  TEST_CASE("OVA3 and OVA2 files with integer ids read as the same graph") {
    const std::string ova3 = R"({"AIF": {
      "nodes": [{"nodeID": 10, "text": "Taxes should fall", "type": "I"},
                {"nodeID": 11, "text": "Growth is slow", "type": "I"},
                {"nodeID": 12, "text": "Debt is low", "type": "I"},
                {"nodeID": 13, "text": "Default Inference", "type": "RA"},
                {"nodeID": 14, "text": "Deficits widen", "type": "I"},
                {"nodeID": 15, "text": "Default Conflict", "type": "CA"}],
      "edges": [{"edgeID": 1, "fromID": 11, "toID": 13}, {"edgeID": 2, "fromID": 12, "toID": "13"},
                {"edgeID": 3, "fromID": 13, "toID": 10}, {"edgeID": 4, "fromID": 14, "toID": 15},
                {"edgeID": 5, "fromID": 15, "toID": 10}],
      "schemefulfillments": [], "participants": [], "locutions": []},
      "OVA": {"nodes": [], "edges": []}, "text": ""})";
    const std::string ova2 = R"({"analysis": {"txt": ""},
      "nodes": [{"id": 10, "text": "Taxes should fall", "type": "I", "x": 1, "y": 2},
                {"id": 11, "text": "Growth is slow", "type": "I", "x": 1, "y": 2},
                {"id": 12, "text": "Debt is low", "type": "I", "x": 1, "y": 2},
                {"id": 13, "text": "RA", "type": "RA", "x": 1, "y": 2},
                {"id": 14, "text": "Deficits widen", "type": "I", "x": 1, "y": 2},
                {"id": 15, "text": "CA", "type": "CA", "x": 1, "y": 2}],
      "edges": [{"from": {"id": 11}, "to": {"id": 13}}, {"from": {"id": 12}, "to": {"id": 13}},
                {"from": {"id": 13}, "to": {"id": 10}}, {"from": {"id": 14}, "to": {"id": 15}},
                {"from": {"id": 15}, "to": {"id": 10}}]})";
    for (const std::string& text : {ova3, ova2}) {
      ReadBack r = Read(text);
      CHECK(r.ok);
      CHECK(r.messages == "");
      CHECK(Describe(r.graph) == kAifdbGraph);
    }
  }

  TEST_CASE("argmap's own AIF reads back to the same documents, nodes and edges") {
    for (const Sample& s : {testing::TinyGraph(), testing::SampleGraph()}) {
      ReadBack r = Read(ExportAif({s.graph, s.documents, {}}));
      CHECK(r.ok);
      CHECK(r.messages == "");
      std::string json = ExportJson({s.graph, s.documents, {}});
      std::string again = ExportJson({r.graph, r.docs, {}});
      // part_of edges come last, so compare edges as sets and the rest as text.
      std::vector<std::string> before = Describe(s.graph), after = Describe(r.graph);
      CHECK(std::multiset<std::string>(before.begin(), before.end()) ==
            std::multiset<std::string>(after.begin(), after.end()));
      CHECK(again.substr(0, again.find("\"edges\"")) == json.substr(0, json.find("\"edges\"")));
    }
  }

  TEST_CASE("undercuts, rephrases, open schemes and scheme-less edges are skipped with warnings") {
    ReadBack r = Read(R"({"nodes": [
        {"nodeID": "1", "text": "a", "type": "I"}, {"nodeID": "2", "text": "b", "type": "I"},
        {"nodeID": "3", "text": "Default Inference", "type": "RA"},
        {"nodeID": "4", "text": "c", "type": "I"},
        {"nodeID": "5", "text": "Default Conflict", "type": "CA"},
        {"nodeID": "6", "text": "Default Rephrase", "type": "MA"},
        {"nodeID": "7", "text": "Default Inference", "type": "RA"}],
      "edges": [{"fromID": "1", "toID": "3"}, {"fromID": "3", "toID": "2"},
                {"fromID": "4", "toID": "5"}, {"fromID": "5", "toID": "3"},
                {"fromID": "1", "toID": "6"}, {"fromID": "6", "toID": "4"},
                {"fromID": "1", "toID": "7"}, {"fromID": "2", "toID": "4"}]})");
    CHECK(r.ok);
    CHECK(Describe(r.graph) ==
          std::vector<std::string>{"debate/n1 claim a", "debate/n2 claim b", "debate/n3 claim c",
                                   "debate/e1 debate/n1 -supports-> debate/n2 aif/RA"});
    CHECK(
        r.messages ==
        "debate.json: warning: AIF edge 8 joins two I-nodes without a scheme node; skipped\n"
        "debate.json: warning: CA node 5 points at a scheme node (an undercut); argmap has no "
        "such edge, skipped\n"
        "debate.json: warning: RA node 7 has no premise or no conclusion; skipped\n"
        "debate.json: warning: skipped 1 MA node(s): argmap has no rephrase or preference edge\n");
  }

  TEST_CASE("bad AIF gives errors naming the file, what can be read is still read") {
    struct Case {
      std::string text;
      size_t nodes;
      std::string messages;
    };
    const std::vector<Case> cases = {
        {"{\"nodes\": [", 0,
         "debate.json:1:12: error: invalid JSON: syntax error while parsing value - unexpected end "
         "of input; expected '[', '{', or a literal\n{\"nodes\": [\n           ^\n"},
        {R"({"nodes": []})", 0,
         "debate.json: error: not AIF JSON: no \"nodes\" and \"edges\" lists\n"},
        {R"({"nodes": [{"text": "a", "type": "I"}, {"nodeID": "2", "text": "b", "type": "I"}],
             "edges": []})",
         1, "debate.json: error: AIF node 1 has no \"nodeID\"\n"},
        {R"({"nodes": [{"nodeID": "1", "text": "a", "type": "I"}, {"nodeID": 1, "text": "b", "type": "I"}],
             "edges": []})",
         1, "debate.json: error: AIF node 2 has an id already used: 1\n"},
        {R"({"nodes": [{"nodeID": "1", "text": "a", "type": "I"}],
             "edges": [{"fromID": "1", "toID": "9"}]})",
         1, "debate.json: error: AIF edge 1 joins an unknown node: 9\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      ReadBack r = Read(c.text);
      CHECK_FALSE(r.ok);
      CHECK(r.graph.node_count() == c.nodes);
      CHECK(r.messages == c.messages);
    }
  }

  TEST_CASE("a broken argmap extension falls back to a claim with a warning") {
    ReadBack r = Read(R"({"nodes": [{"nodeID": "1", "text": "a", "type": "I",
                                      "argmap": {"id": "x/n1", "type": "claimm"}}], "edges": []})");
    CHECK(r.ok);
    CHECK(Describe(r.graph) == std::vector<std::string>{"debate/n1 claim a"});
    CHECK(r.messages ==
          "debate.json: warning: AIF node 1: argmap extension has no \"doc\" string; read as a "
          "claim\n");
  }
}

}  // namespace
}  // namespace argmap
