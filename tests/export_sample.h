// Hand-built argument graphs shared by the exporter tests (dot, json, explain).
//
// SampleGraph(): two documents with nodes of all seven types, edges of all four
// types, non-ASCII text (curly quotes, an em dash), a double quote and a
// backslash, plus a third document with no nodes.
#ifndef ARGMAP_TESTS_EXPORT_SAMPLE_H_
#define ARGMAP_TESTS_EXPORT_SAMPLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/utf8.h"
#include "graph/argument_graph.h"

namespace argmap::testing {

struct SampleNode {
  NodeType type;
  std::string_view text;  // found in the document text
  int sentence;
  std::string_view rule;
  std::string_view qualifier;
  std::string_view cue;
};

// Adds the node for the first occurrence of `s.text` in `doc.text`, with id "<doc>/n<k>".
inline NodeIndex AddSampleNode(const Document& doc, int k, const SampleNode& s,
                               ArgumentGraph* graph) {
  Node node;
  node.id = doc.id + "/n" + std::to_string(k);
  node.doc = doc.id;
  node.type = s.type;
  node.text = std::string(s.text);
  size_t begin = doc.text.find(s.text);
  node.span = {begin, begin + s.text.size()};
  node.cp_span = {CodePointOffset(doc.text, node.span.begin),
                  CodePointOffset(doc.text, node.span.end)};
  node.sentence = s.sentence;
  node.rule = std::string(s.rule);
  node.qualifier = std::string(s.qualifier);
  node.cue = std::string(s.cue);
  return graph->AddNode(std::move(node));
}

inline void AddSampleEdge(const Document& doc, int k, NodeIndex source, NodeIndex target,
                          EdgeType type, std::string_view rule, ArgumentGraph* graph) {
  graph->AddEdge(source, target, {doc.id + "/e" + std::to_string(k), type, std::string(rule), {}});
}

struct Sample {
  std::vector<Document> documents;
  ArgumentGraph graph;
};

inline Document SampleDocument(std::string id, std::string title, std::string text) {
  Document doc;
  doc.id = std::move(id);
  doc.title = std::move(title);
  doc.text = std::move(text);
  doc.source = "abstracts.jsonl";
  return doc;
}

inline Sample SampleGraph() {
  Sample s;
  Document a = SampleDocument(
      "smith2021",
      "Coalitions and \xE2\x80\x9C"
      "compromise\xE2\x80\x9D",
      "We argue that coalition governments delay reform because veto players multiply. "
      "Voters face two options: \xE2\x80\x9Cgrand coalitions\xE2\x80\x9D or minority cabinets "
      "\xE2\x80\x94 a \"hard\\soft\" choice.");
  a.authors = {"Ann Smith", "Bo Jones"};
  a.year = "2021";
  a.doi = "10.1000/argmap.1";
  a.venue = "Journal of Sample Politics";
  a.record = 1;
  Document b = SampleDocument(
      "lee2019", "",
      "This study examines turnout in local elections. Using panel data, we find that "
      "scandals may reduce turnout, although earlier work disputes this.");
  b.record = 2;
  Document c = SampleDocument("empty2020", "A paper without an argument", "Nothing to see.");
  c.record = 3;

  ArgumentGraph& g = s.graph;
  NodeIndex a1 = AddSampleNode(
      a, 1, {NodeType::kClaim, "coalition governments delay reform", 0, "claim/argue", "", "argue"},
      &g);
  NodeIndex a2 = AddSampleNode(
      a, 2, {NodeType::kPremise, "veto players multiply", 0, "premise/because", "", "because"}, &g);
  NodeIndex a3 =
      AddSampleNode(a, 3, {NodeType::kGroup, "two options", 1, "group/count", "", ""}, &g);
  NodeIndex a4 = AddSampleNode(
      a, 4,
      {NodeType::kOption, "\xE2\x80\x9Cgrand coalitions\xE2\x80\x9D", 1, "option/or", "", "or"},
      &g);
  NodeIndex a5 =
      AddSampleNode(a, 5,
                    {NodeType::kOption, "minority cabinets \xE2\x80\x94 a \"hard\\soft\" choice", 1,
                     "option/or", "", "or"},
                    &g);
  AddSampleEdge(a, 1, a2, a1, EdgeType::kSupports, "default/premise", &g);
  AddSampleEdge(a, 2, a4, a3, EdgeType::kPartOf, "default/member", &g);
  AddSampleEdge(a, 3, a5, a3, EdgeType::kPartOf, "default/member", &g);
  AddSampleEdge(a, 4, a4, a5, EdgeType::kAlternative, "option/or", &g);

  NodeIndex b1 = AddSampleNode(
      b, 1, {NodeType::kPurpose, "examines turnout in local elections", 0, "purpose/study", "", ""},
      &g);
  NodeIndex b2 =
      AddSampleNode(b, 2, {NodeType::kMethod, "panel data", 1, "method/using", "", "Using"}, &g);
  NodeIndex b3 = AddSampleNode(b, 3,
                               {NodeType::kConclusion, "scandals may reduce turnout", 1,
                                "conclusion/find", "may", "we find that"},
                               &g);
  NodeIndex b4 = AddSampleNode(
      b, 4,
      {NodeType::kPremise, "earlier work disputes this", 1, "premise/although", "", "although"},
      &g);
  AddSampleEdge(b, 1, b2, b3, EdgeType::kSupports, "default/method", &g);
  AddSampleEdge(b, 2, b4, b3, EdgeType::kAttacks, "premise/although", &g);
  (void)b1;

  s.documents = {a, b, c};
  return s;
}

// One document, two nodes and one edge: small enough to compare whole outputs.
inline Sample TinyGraph() {
  Sample s;
  Document d = SampleDocument("d1", "Aid",
                              "\xE2\x80\x9C"
                              "Aid\xE2\x80\x9D works \xE2\x80\x94 it may help.");
  d.authors = {"Ann Lee"};
  d.year = "2020";
  d.source = "in.txt";
  d.record = 1;
  NodeIndex n1 = AddSampleNode(d, 1,
                               {NodeType::kPremise,
                                "\xE2\x80\x9C"
                                "Aid\xE2\x80\x9D works",
                                0, "p/x", "", ""},
                               &s.graph);
  NodeIndex n2 = AddSampleNode(
      d, 2, {NodeType::kClaim, "it may help", 0, "c/y", "may", "\xE2\x80\x94"}, &s.graph);
  AddSampleEdge(d, 1, n1, n2, EdgeType::kSupports, "default/premise", &s.graph);
  s.documents = {d};
  return s;
}

}  // namespace argmap::testing

#endif  // ARGMAP_TESTS_EXPORT_SAMPLE_H_
