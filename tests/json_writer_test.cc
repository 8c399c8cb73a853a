// Tests of export/json_writer: the direct JSON Lines writer gives the bytes
// nlohmann's dump gives for the same objects, for real maps and for strings
// with every kind of character that needs care.
#include "export/json_writer.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "export/json_fields.h"
#include "pipeline/extract.h"
#include "read/reader.h"

namespace argmap {
namespace {

std::string Reference(const ArgumentGraph& graph, const DocumentGroup& group) {
  OrderedJson line = OrderedJson::object();
  line["format"] = "argmap";
  line["version"] = 1;
  line["offsets"] = "codepoint";
  line["documents"] = OrderedJson::array({DocumentJson(group.document)});
  line["nodes"] = OrderedJson::array();
  line["edges"] = OrderedJson::array();
  for (NodeIndex v : group.nodes) line["nodes"].push_back(NodeJson(graph.node(v)));
  for (const auto& ref : group.edges) line["edges"].push_back(EdgeJson(graph, ref));
  return line.dump(-1, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

void CheckSameAsReference(const ArgumentGraph& graph, const std::vector<Document>& docs) {
  for (const DocumentGroup& group : GroupByDocument(graph, docs)) {
    CAPTURE(group.document.id);
    std::string line;
    REQUIRE(AppendJsonLine(graph, group, &line));
    CHECK(line == Reference(graph, group));
  }
}

}  // namespace

TEST_SUITE("json_writer") {
  TEST_CASE(
      "strings with quotes, controls and non-ASCII text are written as nlohmann writes them") {
    Document doc;
    doc.id = "q\"1\\";
    doc.title =
        std::string("tab\there, nl\nthere, cr\r, bell\a, nul") + '\0' + ", esc\x1b, del\x7f";
    doc.authors = {"Zoë Ünal", "李 雷", ""};
    doc.source = "a/b.jsonl";
    doc.record = 12;
    doc.text = "“Curly” — dash, é, 🙂.";
    ArgumentGraph graph;
    Node a;
    a.id = doc.id + "/n1";
    a.doc = doc.id;
    a.type = NodeType::kPremise;
    a.text = "“Curly” \b\f";
    a.cp_span = {0, 9};
    a.sentence = 3;
    a.rule = "p/x";
    a.qualifier = "may";
    Node b = a;
    b.id = doc.id + "/n2";
    b.type = NodeType::kClaim;
    b.cue = "—";
    b.qualifier = "";
    NodeIndex va = graph.AddNode(a);
    NodeIndex vb = graph.AddNode(b);
    Edge e;
    e.id = doc.id + "/e1";
    e.type = EdgeType::kAttacks;
    e.rule = "default/x";
    graph.AddEdge(va, vb, e);
    CheckSameAsReference(graph, {doc});
  }

  TEST_CASE("a string that is not UTF-8 is left to nlohmann") {
    Document doc;
    doc.id = "bad\xff";
    ArgumentGraph graph;
    std::string line = "kept";
    CHECK_FALSE(AppendJsonLine(graph, DocumentGroup{doc, {}, {}}, &line));
    CHECK(line == "kept");
  }

  TEST_CASE("the maps of the examples are written as nlohmann writes them") {
    std::vector<Document> docs;
    std::vector<Diagnostic> diags;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(ARGMAP_SOURCE_DIR) + "/examples")) {
      if (entry.path().extension() != ".txt") continue;  // the abstracts, not the notebook
      REQUIRE(ReadInputFile(entry.path().string(), nullptr, InputFormat::kAuto, &docs, &diags));
    }
    std::vector<Diagnostic> pack_diags;
    CompiledPack pack;
    REQUIRE(LoadPack("", {}, &pack, &pack_diags));
    ArgumentGraph graph;
    Extract(docs, pack, &graph);
    CHECK(graph.node_count() > 10);
    CheckSameAsReference(graph, docs);
  }
}

}  // namespace argmap
