#include "read/argmap_json_reader.h"

#include <doctest/doctest.h>

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
  std::string messages;  // every diagnostic, formatted
};

ReadBack Read(const std::string& text, const std::string& path = "in.json") {
  ReadBack r;
  std::vector<Diagnostic> diags;
  r.ok = ReadArgmapJson(path, text, &r.graph, &r.docs, &diags);
  r.messages = FormatAll(diags);
  return r;
}

std::string Json(const ArgumentGraph& graph, const std::vector<Document>& docs) {
  return ExportJson({graph, docs, {}});
}

// A one-node argmap graph with `node` as its node object and `edges` as its edge list.
std::string GraphWith(const std::string& node, const std::string& edges = "[]") {
  return R"({"format": "argmap", "version": 1, "documents": [], "nodes": [)" + node +
         R"(], "edges": )" + edges + "}";
}

constexpr char kNode[] =
    R"({"id": "d/n1", "doc": "d", "type": "claim", "text": "t", "span": [0, 1], "sentence": 0, "rule": "r"})";

TEST_SUITE("argmap_json_reader") {
  TEST_CASE("JSON that argmap wrote reads back to byte-identical JSON") {
    for (const Sample& s : {testing::TinyGraph(), testing::SampleGraph(), Sample{}}) {
      std::string json = Json(s.graph, s.documents);
      ReadBack r = Read(json);
      CHECK(r.ok);
      CHECK(r.messages == "");
      CHECK(Json(r.graph, r.docs) == json);
    }
  }

  TEST_CASE("JSON Lines read back to the same graph as JSON") {
    Sample s = testing::SampleGraph();
    ReadBack r = Read(ExportJsonl({s.graph, s.documents, {}}), "in.jsonl");
    CHECK(r.ok);
    CHECK(r.messages == "");
    CHECK(Json(r.graph, r.docs) == Json(s.graph, s.documents));
  }

  TEST_CASE("a read node has its fields, and its byte span is its code-point span") {
    ReadBack r = Read(GraphWith(
        R"({"id": "d/n1", "doc": "d", "type": "conclusion", "text": "“x” may", "span": [3, 10],
            "sentence": 2, "rule": "c/r", "qualifier": "may", "cue": "thus"})"));
    REQUIRE(r.graph.node_count() == 1);
    const Node& n = r.graph.node(0);
    CHECK(n.id == "d/n1");
    CHECK(n.type == NodeType::kConclusion);
    CHECK(n.text == "“x” may");
    CHECK(n.cp_span == Span{3, 10});
    CHECK(n.span == Span{3, 10});
    CHECK(n.sentence == 2);
    CHECK(n.qualifier == "may");
    CHECK(n.cue == "thus");
  }

  TEST_CASE("bad graphs give one error each, naming the file and what is wrong") {
    struct Case {
      std::string text;
      std::string messages;
    };
    const std::string node_ok = kNode;
    const std::vector<Case> cases = {
        {"{\"format\": \"argmap\",\n \"version\": 1,,}",
         "in.json:2:15: error: invalid JSON: syntax error while parsing object key - unexpected "
         "','; "
         "expected string literal\n"
         " \"version\": 1,,}\n"
         "              ^\n"},
        {"{\"nodes\": []}", "in.json: error: not an argmap graph: \"format\" is not \"argmap\"\n"},
        {"[1, 2]", "in.json: error: the graph is not a JSON object\n"},
        {R"({"format": "argmap", "version": 2})",
         "in.json: error: unsupported argmap graph version 2; this argmap reads version 1\n"},
        {R"({"format": "argmap", "version": 1, "documents": [], "edges": []})",
         "in.json: error: the graph has no \"nodes\" list\n"},
        {GraphWith(R"({"id": "d/n1", "doc": "d", "type": "claimm", "text": "t", "span": [0, 1],
                       "sentence": 0, "rule": "r"})"),
         "in.json: error: node 1 (\"d/n1\") has an unknown type 'claimm', did you mean 'claim'?\n"},
        {GraphWith(R"({"id": "d/n1", "doc": "d", "type": "claim", "span": [0, 1], "sentence": 0,
                       "rule": "r"})"),
         "in.json: error: node 1 (\"d/n1\") has no \"text\" string\n"},
        {GraphWith(R"({"id": "d/n1", "doc": "d", "type": "claim", "text": "t", "span": [4, 1],
                       "sentence": 0, "rule": "r"})"),
         "in.json: error: node 1 (\"d/n1\") has no \"span\" [begin, end] with begin <= end\n"},
        {GraphWith(R"({"id": "d/n1", "doc": "d", "type": "claim", "text": "t", "span": [0, 1],
                       "sentence": -1, "rule": "r"})"),
         "in.json: error: node 1 (\"d/n1\") has no \"sentence\" count (a whole number from 0)\n"},
        {GraphWith(node_ok + ", " + node_ok),
         "in.json: error: node 2 (\"d/n1\") has an id already used by another node\n"},
        {GraphWith(node_ok,
                   R"([{"id": "d/e1", "source": "d/n1", "target": "d/n9", "type": "supports",
                                 "rule": "r"}])"),
         "in.json: error: edge 1 (\"d/e1\") has a target that is not a node: \"d/n9\"\n"},
        {GraphWith(node_ok,
                   R"([{"id": "d/e1", "source": "d/n1", "target": "d/n1", "type": "support",
                                 "rule": "r"}])"),
         "in.json: error: edge 1 (\"d/e1\") has an unknown type 'support', did you mean "
         "'supports'?\n"},
        {R"({"format": "argmap", "version": 1, "documents": [{"id": "d"}], "nodes": [], "edges": []})",
         "in.json: error: document 1 (\"d\") has no \"title\" string\n"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      ReadBack r = Read(c.text);
      CHECK_FALSE(r.ok);
      CHECK(r.messages == c.messages);
    }
  }

  TEST_CASE("a bad node is skipped and the rest of the graph is still read") {
    ReadBack r = Read(GraphWith(std::string(kNode) + R"(, {"id": "d/n2"})"));
    CHECK_FALSE(r.ok);
    CHECK(r.graph.node_count() == 1);
    CHECK(r.messages == "in.json: error: node 2 (\"d/n2\") has no \"doc\" string\n");
  }

  TEST_CASE("a self-loop is dropped with a warning, and the graph is still good") {
    ReadBack r = Read(GraphWith(
        kNode,
        R"([{"id": "d/e1", "source": "d/n1", "target": "d/n1", "type": "supports", "rule": "r"}])"));
    CHECK(r.ok);
    CHECK(r.graph.edge_count() == 0);
    CHECK(r.messages ==
          "in.json: warning: edge 1 (\"d/e1\") is a self-loop or repeats an edge; dropped\n");
  }

  TEST_CASE("an error on a JSON Lines line names that line") {
    std::string good = GraphWith(kNode);
    ReadBack r =
        Read(good + "\n" + R"({"format": "argmap", "version": 1, "documents": [], "nodes": [)" +
                 kNode + R"(], "edges": []})" + "\n",
             "in.jsonl");
    CHECK_FALSE(r.ok);
    CHECK(r.graph.node_count() == 1);
    CHECK(r.messages ==
          "in.jsonl:2: error: node 1 (\"d/n1\") has an id already used by another node\n");
  }
}

}  // namespace
}  // namespace argmap
