#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "export/exporter.h"
#include "export_sample.h"

namespace argmap {
namespace {

using testing::Sample;

std::string Json(const Sample& s) { return ExportJson({s.graph, s.documents, {}}); }
std::string Jsonl(const Sample& s) { return ExportJsonl({s.graph, s.documents, {}}); }

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_SUITE("json_export") {
  TEST_CASE("a tiny graph exports exactly the documented JSON") {
    CHECK(Json(testing::TinyGraph()) == R"({
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
  "nodes": [
    {
      "id": "d1/n1",
      "doc": "d1",
      "type": "premise",
      "text": "“Aid” works",
      "span": [
        0,
        11
      ],
      "sentence": 0,
      "rule": "p/x"
    },
    {
      "id": "d1/n2",
      "doc": "d1",
      "type": "claim",
      "text": "it may help",
      "span": [
        14,
        25
      ],
      "sentence": 0,
      "rule": "c/y",
      "qualifier": "may",
      "cue": "—"
    }
  ],
  "edges": [
    {
      "id": "d1/e1",
      "source": "d1/n1",
      "target": "d1/n2",
      "type": "supports",
      "rule": "default/premise"
    }
  ]
}
)");
  }

  TEST_CASE("the JSON of a graph parses back with every field in graph order") {
    Sample s = testing::SampleGraph();
    nlohmann::json j = nlohmann::json::parse(Json(s));
    CHECK(j["format"] == "argmap");
    CHECK(j["version"] == 1);
    CHECK(j["offsets"] == "codepoint");
    REQUIRE(j["documents"].size() == 3);
    CHECK(j["documents"][0]["id"] == "smith2021");
    CHECK(j["documents"][0]["authors"] == nlohmann::json({"Ann Smith", "Bo Jones"}));
    CHECK(j["documents"][1]["title"] == "");
    CHECK(j["documents"][2]["id"] == "empty2020");
    CHECK(j["documents"][2]["record"] == 3);
    REQUIRE(j["nodes"].size() == s.graph.node_count());
    for (NodeIndex v = 0; v < s.graph.node_count(); ++v) {
      const nlohmann::json& n = j["nodes"][v];
      const Node& node = s.graph.node(v);
      CHECK(n["id"] == node.id);
      CHECK(n["doc"] == node.doc);
      CHECK(n["type"] == NodeTypeName(node.type));
      CHECK(n["text"] == node.text);
      CHECK(n["span"] == nlohmann::json({node.cp_span.begin, node.cp_span.end}));
      CHECK(n["sentence"] == node.sentence);
      CHECK(n["rule"] == node.rule);
      CHECK(n.contains("qualifier") == !node.qualifier.empty());
      CHECK(n.contains("cue") == !node.cue.empty());
    }
    REQUIRE(j["edges"].size() == 6);
    CHECK(j["edges"][3]["source"] == "smith2021/n4");
    CHECK(j["edges"][3]["target"] == "smith2021/n5");
    CHECK(j["edges"][3]["type"] == "alternative");
    CHECK(j["edges"][5]["type"] == "attacks");
  }

  TEST_CASE("spans are code points while texts keep quotes and backslashes") {
    nlohmann::json j = nlohmann::json::parse(Json(testing::SampleGraph()));
    CHECK(j["nodes"][3]["text"] == "\xE2\x80\x9Cgrand coalitions\xE2\x80\x9D");
    CHECK(j["nodes"][3]["span"] == nlohmann::json({105, 123}));
    CHECK(j["nodes"][4]["text"] == "minority cabinets \xE2\x80\x94 a \"hard\\soft\" choice");
    CHECK(j["nodes"][4]["span"] == nlohmann::json({127, 167}));
  }

  TEST_CASE("JSON Lines gives one parsable object per document with only its graph") {
    std::string text = Jsonl(testing::SampleGraph());
    CHECK(text.back() == '\n');
    std::vector<std::string> lines = Lines(text);
    REQUIRE(lines.size() == 3);
    const struct {
      std::string doc;
      size_t nodes;
      size_t edges;
    } expected[] = {{"smith2021", 5, 4}, {"lee2019", 4, 2}, {"empty2020", 0, 0}};
    for (size_t i = 0; i < lines.size(); ++i) {
      CAPTURE(i);
      nlohmann::json j = nlohmann::json::parse(lines[i]);
      CHECK(j["format"] == "argmap");
      REQUIRE(j["documents"].size() == 1);
      CHECK(j["documents"][0]["id"] == expected[i].doc);
      CHECK(j["nodes"].size() == expected[i].nodes);
      CHECK(j["edges"].size() == expected[i].edges);
      for (const auto& n : j["nodes"]) CHECK(n["doc"] == expected[i].doc);
    }
  }

  TEST_CASE("invalid UTF-8 in a node text is written as U+FFFD instead of throwing") {
    Sample s = testing::TinyGraph();
    s.graph.node(0).text = "bad \xFF byte \xE2\x80";
    std::string json;
    std::string jsonl;
    CHECK_NOTHROW(json = Json(s));
    CHECK_NOTHROW(jsonl = Jsonl(s));
    nlohmann::json j = nlohmann::json::parse(json);
    CHECK(j["nodes"][0]["text"] == "bad \xEF\xBF\xBD byte \xEF\xBF\xBD");
    CHECK(nlohmann::json::parse(jsonl)["nodes"][0]["text"] == j["nodes"][0]["text"]);
  }

  TEST_CASE("two exports of the same graph are byte-identical") {
    Sample s = testing::SampleGraph();
    CHECK(Json(s) == Json(s));
    CHECK(Jsonl(s) == Jsonl(s));
    CHECK(Json(s) == Json(testing::SampleGraph()));
  }

  TEST_CASE("an empty graph exports valid JSON and no JSON lines") {
    Sample empty;
    CHECK(Json(empty) == R"({
  "format": "argmap",
  "version": 1,
  "offsets": "codepoint",
  "documents": [],
  "nodes": [],
  "edges": []
}
)");
    CHECK(Jsonl(empty) == "");
  }

  TEST_CASE("a document without nodes is still listed") {
    Sample s;
    s.documents = {testing::SampleDocument("x1", "", "Nothing here.")};
    CHECK(Jsonl(s) ==
          "{\"format\":\"argmap\",\"version\":1,\"offsets\":\"codepoint\",\"documents\":[{\"id\":"
          "\"x1\",\"title\":\"\",\"authors\":[],\"year\":\"\",\"doi\":\"\",\"venue\":\"\","
          "\"source\":\"abstracts.jsonl\",\"record\":0,\"text\":\"Nothing here.\"}],\"nodes\":[],\"edges\":[]}\n");
    CHECK(nlohmann::json::parse(Json(s))["documents"][0]["id"] == "x1");
  }
}

}  // namespace
}  // namespace argmap
