#include "compare/compare_export.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace argmap {
namespace {

struct Sample {
  ArgumentGraph graph;
  std::vector<Document> documents;
  std::vector<Alignment> links;
};

Node MakeNode(const std::string& doc, int k, NodeType type, const std::string& text) {
  Node n;
  n.id = doc + "/n" + std::to_string(k);
  n.doc = doc;
  n.type = type;
  n.text = text;
  n.rule = "r/x";
  return n;
}

// Two papers of one claim-like node each, and one link between them.
Sample MakeSample() {
  Sample s;
  Document a;
  a.id = "a1";
  a.title = "Umbrellas";
  a.authors = {"Ann Lee"};
  a.year = "2020";
  Document b;
  b.id = "b2";
  s.documents = {a, b};
  NodeIndex x = s.graph.AddNode(MakeNode("a1", 1, NodeType::kConclusion, "staying is wise"));
  NodeIndex p = s.graph.AddNode(MakeNode("a1", 2, NodeType::kPremise, "threats grow"));
  Edge e;
  e.id = "a1/e1";
  e.rule = "r/x";
  s.graph.AddEdge(p, x, e);
  NodeIndex y =
      s.graph.AddNode(MakeNode("b2", 1, NodeType::kClaim, "the umbrella is not credible"));
  Alignment link;
  link.a = x;
  link.b = y;
  link.stance = Stance::kContrasts;
  link.score = 0.41234;
  link.claim_score = 0.5;
  link.paper_score = 0.34;
  link.terms = {"umbrella", "U.S./US"};
  link.cue = "wise / not credible";
  s.links = {link};
  return s;
}

CompareInput Input(const Sample& s) { return {s.graph, s.documents, s.links, {}, {}, 20}; }

}  // namespace

TEST_SUITE("compare_export") {
  TEST_CASE("the table lists every format once, report first") {
    CHECK(CompareExporterNames() == std::vector<std::string>{"report", "json", "jsonl", "dot",
                                                             "explain", "summary", "csv",
                                                             "markdown", "xlsx"});
    CHECK((FindCompareExporter("dot")->run == &ExportCompareDot));
    // Every format is text (run) or bytes that may fail (write), never both.
    for (const CompareExporter& e : CompareExporters()) {
      CAPTURE(e.name);
      CHECK((e.run == nullptr) != (e.write == nullptr));
    }
    CHECK(FindCompareExporter("svg") == nullptr);
    CHECK(AlignmentId(0) == "x1");
    CHECK(AlignmentId(11) == "x12");
  }

  TEST_CASE("the report ranks the links with their papers, nodes, terms and stance words") {
    Sample s = MakeSample();
    CHECK(ExportCompareReport(Input(s)) ==
          "argmap compare: 2 papers, 2 claims and conclusions, 1 link (threshold 0.150)\n"
          "stances: 0 agrees, 1 contrasts, 0 related\n"
          "ids in brackets are node ids of --format json, where link N is \"xN\"\n"
          "\n"
          "1. contrasts 0.412 (claims 0.500, papers 0.340)\n"
          "   conclusion of Lee 2020: Umbrellas  [a1/n1]\n"
          "     \"staying is wise\"\n"
          "   claim of b2  [b2/n1]\n"
          "     \"the umbrella is not credible\"\n"
          "   shared: umbrella, U.S./US\n"
          "   stance words: wise / not credible\n");
  }

  TEST_CASE("the report names a paper without authors, year or title by its label") {
    Sample s = MakeSample();
    s.documents[1].id = "000_0123456789abcdef#1";
    s.documents[1].source = "seeds/000_0123456789abcdef.txt";
    s.documents[1].record = 1;
    s.documents[1].text = "Umbrellas leak in storms, and nobody trusts them.";
    Node& b = s.graph.node(2);
    b.doc = s.documents[1].id;
    b.id = b.doc + "/n1";
    std::string report = ExportCompareReport(Input(s));
    CHECK(report.find("   claim of \"Umbrellas leak in storms, and nobody...\"  "
                      "[000_0123456789abcdef#1/n1]\n") != std::string::npos);
    s.links.clear();  // no link listed: no ids to explain
    CHECK(ExportCompareReport(Input(s)) ==
          "argmap compare: 2 papers, 2 claims and conclusions, 0 links (threshold 0.150)\n"
          "stances: 0 agrees, 0 contrasts, 0 related\n");
  }

  TEST_CASE("the report lists at most top links, and says how many it left out") {
    Sample s = MakeSample();
    s.links.push_back(s.links[0]);
    s.links.push_back(s.links[0]);
    CompareInput input = Input(s);
    input.top = 1;
    std::string report = ExportCompareReport(input);
    CHECK(report.find("\n2. ") == std::string::npos);
    CHECK(report.ends_with("\n... 2 more links (--top 0 lists all)\n"));
    input.top = 0;
    CHECK(ExportCompareReport(input).find("\n3. contrasts") != std::string::npos);
  }

  TEST_CASE("JSON is the argmap graph plus an alignments array") {
    Sample s = MakeSample();
    nlohmann::json graph = nlohmann::json::parse(ExportCompareJson(Input(s)));
    CHECK(graph["format"] == "argmap");
    CHECK(graph["nodes"].size() == 3);
    CHECK(graph["edges"].size() == 1);
    CHECK(graph["alignments"] == nlohmann::json::parse(R"([{
      "id": "x1", "source": "a1/n1", "target": "b2/n1", "stance": "contrasts",
      "score": 0.412, "claim_score": 0.5, "paper_score": 0.34,
      "terms": ["umbrella", "U.S./US"], "cue": "wise / not credible"}])"));
    nlohmann::ordered_json ordered = nlohmann::ordered_json::parse(ExportCompareJson(Input(s)));
    std::string keys;
    for (const auto& item : ordered["alignments"][0].items()) keys += item.key() + " ";
    CHECK(keys == "id source target stance score claim_score paper_score terms cue ");
  }

  TEST_CASE("JSON Lines puts each link on the line of its source's paper") {
    Sample s = MakeSample();
    std::string jsonl = ExportCompareJsonl(Input(s));
    size_t newline = jsonl.find('\n');
    nlohmann::json first = nlohmann::json::parse(jsonl.substr(0, newline));
    nlohmann::json second = nlohmann::json::parse(jsonl.substr(newline + 1));
    CHECK(first["documents"][0]["id"] == "a1");
    CHECK(first["alignments"].size() == 1);
    CHECK(second["alignments"].empty());
  }

  TEST_CASE("DOT adds one undirected styled edge per link and a legend of link kinds") {
    Sample s = MakeSample();
    std::string dot = ExportCompareDot(Input(s));
    CHECK(dot.starts_with(ExportDot({s.graph, s.documents, {}}).substr(0, 100)));
    CHECK(dot.find("  n1 -> n3 [id=\"x1\", label=\"contrasts 0.412\", tooltip=\"shared: umbrella, "
                   "U.S./US; wise / not credible\", dir=none, constraint=false, "
                   "color=\"#c62828\", fontcolor=\"#c62828\", style=dashed, penwidth=2];\n") !=
          std::string::npos);
    CHECK(dot.find("subgraph cluster_links_legend {") != std::string::npos);
    CHECK(dot.ends_with("  }\n}\n"));
  }

  TEST_CASE("explain and summary end with the links") {
    Sample s = MakeSample();
    std::string explain = ExportCompareExplain(Input(s));
    CHECK(
        explain.ends_with("\n== links between papers\n"
                          "x1 a1/n1 --contrasts-- b2/n1 score 0.412\n"
                          "  shared: umbrella, U.S./US\n"
                          "  stance words: wise / not credible\n"));
    CHECK(ExportCompareSummary(Input(s)).ends_with(
        "1 link between papers: 0 agrees, 1 contrasts, 0 related\n"));
    s.links.clear();
    CHECK(ExportCompareExplain(Input(s)).ends_with("== links between papers\n  (no links)\n"));
  }
}

}  // namespace argmap
