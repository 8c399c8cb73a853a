#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "argmap_run.h"
#include "export/exporter.h"
#include "export_sample.h"
#include "real_maps.h"

namespace argmap {
namespace {

using testing::Sample;

std::string Graphml(const Sample& s) { return ExportGraphml({s.graph, s.documents, {}}); }

bool Has(const std::string& text, const std::string& part) { return text.find(part) != text.npos; }

bool NetworkxAvailable(const testing::RunDir& dir) {
  return dir.Shell("python3 -c 'import networkx'").status == 0;
}

// Runs `script` with python3 in `dir`, the named GraphML files as its arguments.
testing::ArgmapRun Python(const testing::RunDir& dir, const std::string& script,
                          const std::vector<std::string>& files) {
  std::string command = "python3 -c " + testing::Sh(script);
  for (const std::string& f : files) command += " " + testing::Sh(f);
  return dir.Shell(command);
}

constexpr char kTinyGraphml[] =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="key0" for="node" attr.name="cue" attr.type="string" />
  <key id="key1" for="node" attr.name="doc" attr.type="string" />
  <key id="key2" for="edge" attr.name="edge_id" attr.type="string" />
  <key id="key3" for="node" attr.name="id" attr.type="string" />
  <key id="key4" for="node" attr.name="qualifier" attr.type="string" />
  <key id="key5" for="node" attr.name="rule" attr.type="string" />
  <key id="key6" for="edge" attr.name="rule" attr.type="string" />
  <key id="key7" for="node" attr.name="sentence" attr.type="long" />
  <key id="key8" for="node" attr.name="span_begin" attr.type="long" />
  <key id="key9" for="node" attr.name="span_end" attr.type="long" />
  <key id="key10" for="node" attr.name="text" attr.type="string" />
  <key id="key11" for="node" attr.name="type" attr.type="string" />
  <key id="key12" for="edge" attr.name="type" attr.type="string" />
  <graph id="G" edgedefault="directed" parse.nodeids="canonical" parse.edgeids="canonical" parse.order="nodesfirst">
    <node id="n0">
      <data key="key0"></data>
      <data key="key1">d1</data>
      <data key="key3">d1/n1</data>
      <data key="key4"></data>
      <data key="key5">p/x</data>
      <data key="key7">0</data>
      <data key="key8">0</data>
      <data key="key9">11</data>
      <data key="key10">“Aid” works</data>
      <data key="key11">premise</data>
    </node>
    <node id="n1">
      <data key="key0">—</data>
      <data key="key1">d1</data>
      <data key="key3">d1/n2</data>
      <data key="key4">may</data>
      <data key="key5">c/y</data>
      <data key="key7">0</data>
      <data key="key8">14</data>
      <data key="key9">25</data>
      <data key="key10">it may help</data>
      <data key="key11">claim</data>
    </node>
    <edge id="e0" source="n0" target="n1">
      <data key="key2">d1/e1</data>
      <data key="key6">default/premise</data>
      <data key="key12">supports</data>
    </edge>
  </graph>
</graphml>
)";

// Prints, per file, the node and edge counts; for the first file also a few attributes.
constexpr char kReadBack[] = R"(
import sys, networkx as nx
for i, path in enumerate(sys.argv[1:]):
    g = nx.read_graphml(path)
    print(g.number_of_nodes(), g.number_of_edges())
    if i == 0:
        n = g.nodes["n4"]
        print(n["id"], n["type"], n["span_begin"], n["span_end"], n["text"])
        print(g.nodes["n7"]["qualifier"], g.nodes["n7"]["cue"])
        for s, t, e in sorted(g.edges(data=True), key=lambda x: x[2]["edge_id"]):
            print(e["edge_id"], g.nodes[s]["id"], e["type"], g.nodes[t]["id"], e["rule"])
)";

TEST_SUITE("graphml") {
  TEST_CASE("a tiny graph gives exactly the documented GraphML") {
    CHECK(Graphml(testing::TinyGraph()) == kTinyGraphml);
  }

  TEST_CASE("texts are escaped for XML and keep their UTF-8") {
    std::string out = Graphml(testing::SampleGraph());
    CHECK(
        Has(out, "<data key=\"key10\">minority cabinets — a &quot;hard\\soft&quot; choice</data>"));
    CHECK(Has(out, "<data key=\"key10\">“grand coalitions”</data>"));
  }

  TEST_CASE("invalid UTF-8 and control characters become U+FFFD and spaces") {
    Sample s;
    s.documents = {testing::SampleDocument("d", "",
                                           "a\x01"
                                           "b\xFF"
                                           "c\td\ne")};
    testing::AddSampleNode(s.documents[0], 1,
                           {NodeType::kClaim, s.documents[0].text, 0, "r", "", ""}, &s.graph);
    CHECK(Has(Graphml(s),
              "<data key=\"key10\">a b\xEF\xBF\xBD"
              "c\td\ne</data>"));
  }

  TEST_CASE("two exports of the same graph are byte-identical") {
    CHECK(Graphml(testing::SampleGraph()) == Graphml(testing::SampleGraph()));
  }

  TEST_CASE("NetworkX reads the graph back with its nodes, edges and attributes") {
    testing::RunDir dir;
    if (!testing::Needs(NetworkxAvailable(dir),
                        "python3 with networkx is not installed (Debian: python3-networkx)"))
      return;
    std::vector<std::string> files = {"sample.graphml"};
    dir.Write(files[0], Graphml(testing::SampleGraph()));
    std::vector<size_t> nodes, edges;
    for (const std::string& input : testing::ExampleAndSeedFiles()) {
      Sample s = testing::MapFile(input);
      files.push_back("real" + std::to_string(files.size()) + ".graphml");
      dir.Write(files.back(), Graphml(s));
      nodes.push_back(s.graph.node_count());
      edges.push_back(s.graph.edge_count());
    }
    testing::ArgmapRun r = Python(dir, kReadBack, files);
    CHECK(r.err == "");
    REQUIRE(r.status == 0);
    std::string expected =
        "9 6\n"
        "smith2021/n5 option 127 167 minority cabinets — a \"hard\\soft\" choice\n"
        "may we find that\n"
        "lee2019/e1 lee2019/n2 supports lee2019/n3 default/method\n"
        "lee2019/e2 lee2019/n4 attacks lee2019/n3 premise/although\n"
        "smith2021/e1 smith2021/n2 supports smith2021/n1 default/premise\n"
        "smith2021/e2 smith2021/n4 part_of smith2021/n3 default/member\n"
        "smith2021/e3 smith2021/n5 part_of smith2021/n3 default/member\n"
        "smith2021/e4 smith2021/n4 alternative smith2021/n5 option/or\n";
    for (size_t i = 0; i < nodes.size(); ++i) {
      expected += std::to_string(nodes[i]) + " " + std::to_string(edges[i]) + "\n";
    }
    CHECK(r.out == expected);
  }
}

}  // namespace
}  // namespace argmap
