#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "argmap_run.h"
#include "export/exporter.h"
#include "export_sample.h"

namespace argmap {
namespace {

using testing::Sample;

std::string Dot(const Sample& s, ExportOptions options = {}) {
  return ExportDot({s.graph, s.documents, options});
}

bool HasLine(const std::string& text, const std::string& line) {
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) {
    if (l == line) return true;
  }
  return false;
}

// The label of node n1 in a one-node graph whose text is `text`.
std::string LabelOf(const std::string& text, int wrap_width) {
  Sample s;
  s.documents = {testing::SampleDocument("d", "T", text)};
  testing::AddSampleNode(s.documents[0], 1, {NodeType::kClaim, text, 0, "r", "", ""}, &s.graph);
  std::string dot = Dot(s, {.rankdir = "BT", .wrap_width = wrap_width});
  size_t begin = dot.find("label=\"", dot.find("    n1 [")) + 7;
  return dot.substr(begin, dot.find("\", shape=", begin) - begin);
}

// What `dot -Tsvg` writes to stderr for `dot_text`, plus a note when it fails.
std::string DotStderr(const std::string& dot_text) {
  testing::RunDir dir;
  dir.Write("graph.dot", dot_text);
  testing::ArgmapRun r = dir.Shell("dot -Tsvg graph.dot >/dev/null");
  return r.err + (r.status != 0 ? "(dot failed)" : "");
}

TEST_SUITE("dot") {
  TEST_CASE("a tiny graph gives exactly the documented DOT before the legend") {
    std::string dot = Dot(testing::TinyGraph());
    CHECK(dot.substr(0, dot.find("  subgraph cluster_legend {\n")) == R"(digraph argmap {
  graph [rankdir="BT", fontname="Helvetica", fontsize=11, compound=true, newrank=true];
  node [fontname="Helvetica", fontsize=10];
  edge [fontname="Helvetica", fontsize=9];
  subgraph cluster_1 {
    label="Aid";
    style="rounded";
    color="#999999";
    n2 [id="d1/n2", label="CLAIM (hedged: may)\nit may help", shape=box, style="rounded,filled", fillcolor="#dae8fc"];
    n1 [id="d1/n1", label="PREMISE\n“Aid” works", shape=note, style="filled", fillcolor="#d5e8d4"];
  }
  n1 -> n2 [id="d1/e1", color="#2e7d32", style=solid, arrowhead=normal];
)");
    CHECK(dot.size() > 2);
    CHECK(dot.substr(dot.size() - 6) == "  }\n}\n");
  }

  TEST_CASE("a map reads in text order: nodes declared last to first for BT, rows chained") {
    std::string dot = Dot(testing::SampleGraph());
    // The group's members side by side.
    CHECK(HasLine(dot, "    {rank=same; n4; n5;}"));
    CHECK(HasLine(dot, "    n4 -> n5 [style=invis];"));
    // The alternative's two options.
    CHECK(HasLine(dot, "  {rank=same; n4; n5;}"));
    CHECK(dot.find("    n5 [id=") < dot.find("    n4 [id="));
    // Left to right: chained forwards. Top to bottom (LR): declared in order,
    // chained backwards, as dot then draws them in reading order.
    ExportOptions left_right;
    left_right.rankdir = "LR";
    std::string lr = Dot(testing::SampleGraph(), left_right);
    CHECK(lr.find("    n4 [id=") < lr.find("    n5 [id="));
    CHECK(HasLine(lr, "    {rank=same; n4; n5;}"));
    CHECK(HasLine(lr, "    n5 -> n4 [style=invis];"));
  }

  // A paper whose loose nodes (no support, attack or part-of edge) are, in text
  // order: a purpose, two methods, three options, an unlinked claim; and an
  // argument of `leaves` premises supporting one conclusion.
  Sample LoosePaper(int leaves) {
    Sample s;
    std::string text = "P0. M1. M2. O3. O4. O5. C6. K7.";
    for (int i = 0; i < leaves; ++i) text += " L" + std::to_string(8 + i) + ".";
    Document d = testing::SampleDocument("d1", "Loose", text);
    const NodeType loose[] = {NodeType::kPurpose, NodeType::kMethod, NodeType::kMethod,
                              NodeType::kOption,  NodeType::kOption, NodeType::kOption,
                              NodeType::kClaim};
    std::vector<std::string> words = {"P0", "M1", "M2", "O3", "O4", "O5", "C6", "K7"};
    for (int i = 0; i < leaves; ++i) words.push_back("L" + std::to_string(8 + i));
    for (int i = 0; i < 7; ++i) {
      testing::AddSampleNode(d, i + 1, {loose[i], words[i], i, "r/x", "", ""}, &s.graph);
    }
    NodeIndex conclusion =
        testing::AddSampleNode(d, 8, {NodeType::kConclusion, words[7], 7, "r/x", "", ""}, &s.graph);
    for (int i = 0; i < leaves; ++i) {
      NodeIndex premise = testing::AddSampleNode(
          d, 9 + i, {NodeType::kPremise, words[8 + i], 8 + i, "r/x", "", ""}, &s.graph);
      testing::AddSampleEdge(d, i + 1, premise, conclusion, EdgeType::kSupports, "r/x", &s.graph);
    }
    s.documents = {d};
    return s;
  }

  TEST_CASE("loose nodes sit in rows of three in text order, the first row on top") {
    std::string dot = Dot(LoosePaper(1));
    CHECK(HasLine(dot, "    {rank=same; n1; n2; n3;}"));
    CHECK(HasLine(dot, "    n1 -> n2 -> n3 [style=invis];"));
    // The three options of one choice stay together: they start a row.
    CHECK(HasLine(dot, "    {rank=same; n4; n5; n6;}"));
    // BT: a later row points up to the row before it, so the first row is on top.
    CHECK(HasLine(dot, "    n4 -> n1 [style=invis];"));
    CHECK(HasLine(dot, "    n7 -> n4 [style=invis];"));
    // Loose options are in their row already: no second row for the alternative.
    CHECK(dot.find("  {rank=same; n4; n5;}") == std::string::npos);
    // TB: the earlier row points down to the later one.
    std::string tb = Dot(LoosePaper(1), {.rankdir = "TB"});
    CHECK(HasLine(tb, "    n1 -> n4 [style=invis];"));
    CHECK(HasLine(tb, "    n4 -> n7 [style=invis];"));
    // Beside one premise the widest row makes a rank of four: the rows stay beside it.
    CHECK(dot.find("-> n9 [style=invis]") == std::string::npos);
  }

  TEST_CASE("loose rows go under the argument when beside it a rank would hold more than four") {
    std::string dot = Dot(LoosePaper(2));
    // BT: the first row sits a rank under the leaves: one edge to the argument's
    // top (the conclusion, one rank above its premises), none to the leaves.
    CHECK(HasLine(dot, "    n1 -> n8 [style=invis, minlen=2];"));
    CHECK(dot.find("-> n9 [style=invis") == std::string::npos);
    CHECK(dot.find("-> n10 [style=invis") == std::string::npos);
    // TB: the last row sits above them.
    std::string tb = Dot(LoosePaper(2), {.rankdir = "TB"});
    CHECK(HasLine(tb, "    n7 -> n8 [style=invis, minlen=2];"));
    if (testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) CHECK(DotStderr(dot) == "");
  }

  // A hand-written map: two loose statements, then a claim that three premises
  // support, then (with `conclusion`) a conclusion nothing is tied to.
  Sample PremisesAndLoose(bool conclusion) {
    Sample s;
    Document d = testing::SampleDocument(
        "d1", "Order", "Context. Aside. Thesis. First. Second. Third. Outcome. More8. More9.");
    const std::vector<std::pair<NodeType, std::string>> nodes = {
        {NodeType::kClaim, "Context"}, {NodeType::kClaim, "Aside"},   {NodeType::kClaim, "Thesis"},
        {NodeType::kPremise, "First"}, {NodeType::kPremise, "Second"}, {NodeType::kPremise, "Third"},
        {NodeType::kConclusion, "Outcome"}};
    for (size_t i = 0; i < nodes.size() - (conclusion ? 0 : 1); ++i) {
      testing::AddSampleNode(d, static_cast<int>(i) + 1,
                             {nodes[i].first, nodes[i].second, 0, "argdown", "", ""}, &s.graph);
    }
    for (NodeIndex premise : {3, 4, 5}) {
      testing::AddSampleEdge(d, static_cast<int>(premise), premise, 2, EdgeType::kSupports,
                             "argdown", &s.graph);
    }
    s.documents = {d};
    return s;
  }

  // Where dot puts each node of `dot_text` (dot -Tplain, inches): x and y by DOT name.
  std::map<std::string, std::pair<double, double>> Positions(const std::string& dot_text) {
    testing::RunDir dir;
    dir.Write("graph.dot", dot_text);
    testing::ArgmapRun r = dir.Shell("dot -Tplain graph.dot");
    REQUIRE(r.status == 0);
    std::map<std::string, std::pair<double, double>> at;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) {
      std::istringstream words(line);
      std::string kind, name;
      double x = 0, y = 0;
      if (words >> kind >> name >> x >> y && kind == "node") at[name] = {x, y};
    }
    return at;
  }

  TEST_CASE("premises read left to right when loose nodes go under the argument") {
    std::string dot = Dot(PremisesAndLoose(false));
    CHECK(HasLine(dot, "    n1 -> n3 [style=invis, minlen=2];"));
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    auto at = Positions(dot);
    CHECK(at["n4"].first < at["n5"].first);  // First, Second, Third
    CHECK(at["n5"].first < at["n6"].first);
    CHECK(at["n1"].first < at["n2"].first);  // Context, Aside
    CHECK(at["n1"].second < at["n4"].second);  // the loose row under the premises
    CHECK(at["n4"].second < at["n3"].second);  // the premises under their claim
  }

  TEST_CASE("a conclusion nothing is tied to is drawn on top, above the argument and loose rows") {
    std::string dot = Dot(PremisesAndLoose(true));
    // BT: an invisible edge up from the argument's top and from the loose rows' top.
    CHECK(HasLine(dot, "    n3 -> n7 [style=invis];"));
    CHECK(HasLine(dot, "    n1 -> n7 [style=invis];"));
    // The conclusion is not one of the loose rows.
    CHECK(HasLine(dot, "    {rank=same; n1; n2;}"));
    CHECK(dot.find("n7;}") == std::string::npos);
    // Several loose conclusions are rows of their own, in text order.
    Sample three = PremisesAndLoose(true);
    for (int k : {8, 9}) {
      testing::AddSampleNode(three.documents[0], k,
                             {NodeType::kConclusion, "More" + std::to_string(k), 0, "argdown", "", ""},
                             &three.graph);
    }
    std::string dot3 = Dot(three);
    CHECK(HasLine(dot3, "    {rank=same; n7; n8; n9;}"));
    CHECK(HasLine(dot3, "    n3 -> n7 [style=invis];"));
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    CHECK(DotStderr(dot3) == "");
    auto at = Positions(dot);
    for (const char* other : {"n1", "n2", "n3", "n4", "n5", "n6"}) {
      CAPTURE(other);
      CHECK(at["n7"].second > at[other].second);
    }
    // A paper of loose nodes only: its conclusions are on top of its rows.
    Sample loose;
    loose.documents = {testing::SampleDocument("d1", "Loose", "Outcome. Aim.")};
    testing::AddSampleNode(loose.documents[0], 1, {NodeType::kConclusion, "Outcome", 0, "r", "", ""},
                           &loose.graph);
    testing::AddSampleNode(loose.documents[0], 2, {NodeType::kPurpose, "Aim", 0, "r", "", ""},
                           &loose.graph);
    std::string loose_dot = Dot(loose);
    CHECK(HasLine(loose_dot, "    n2 -> n1 [style=invis];"));
    auto loose_at = Positions(loose_dot);
    CHECK(loose_at["n1"].second > loose_at["n2"].second);
  }

  TEST_CASE("an option a claim rejects is drawn below it: the attack is written reversed") {
    Sample s = testing::TinyGraph();
    s.graph.node(0).type = NodeType::kOption;
    testing::AddSampleEdge(s.documents[0], 2, 1, 0, EdgeType::kAttacks, "default/rejects",
                           &s.graph);
    std::string dot = Dot(s);
    CHECK(HasLine(
        dot, R"(  n1 -> n2 [id="d1/e2", color="#c62828", style=solid, dir=back, arrowtail=tee];)"));
    if (testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) CHECK(DotStderr(dot) == "");
  }

  TEST_CASE("each document is a cluster labelled with its title, else its id") {
    std::string dot = Dot(testing::SampleGraph());
    CHECK(HasLine(dot, "  subgraph cluster_1 {"));
    CHECK(HasLine(dot,
                  "    label=\"Coalitions and \xE2\x80\x9C"
                  "compromise\xE2\x80\x9D\";"));
    CHECK(HasLine(dot, "  subgraph cluster_2 {"));
    CHECK(HasLine(dot, "    label=\"lee2019\";"));
    CHECK(HasLine(dot, "  subgraph cluster_3 {"));
    CHECK(HasLine(dot, "    d3_empty [label=\"no argument found\", shape=plaintext];"));
    CHECK(HasLine(dot, "  subgraph cluster_legend {"));
  }

  TEST_CASE("nodes are named by vertex and carry their graph id, type heading and style") {
    std::string dot = Dot(testing::SampleGraph());
    CHECK(HasLine(
        dot,
        R"(    n5 [id="smith2021/n5", label="OPTION\nminority cabinets — a\n\"hard\\soft\" choice", shape=ellipse, style="filled", fillcolor="#fce4ec"];)"));
    CHECK(HasLine(
        dot,
        R"(    n8 [id="lee2019/n3", label="CONCLUSION (hedged: may)\nscandals may reduce turnout", shape=box, style="rounded,filled,bold", fillcolor="#ffe6cc", peripheries=2];)"));
  }

  TEST_CASE("edges are styled by type") {
    std::string dot = Dot(testing::SampleGraph());
    const char* expected[] = {
        R"(  n2 -> n1 [id="smith2021/e1", color="#2e7d32", style=solid, arrowhead=normal];)",
        R"(  n4 -> n3 [id="smith2021/e2", color="#808080", style=dotted, arrowhead=onormal];)",
        R"(  n4 -> n5 [id="smith2021/e4", color="#555555", style=dashed, dir=none, constraint=false];)",
        R"(  n9 -> n8 [id="lee2019/e2", color="#c62828", style=solid, arrowhead=tee];)",
    };
    for (const char* line : expected) {
      CAPTURE(line);
      CHECK(HasLine(dot, line));
    }
  }

  TEST_CASE("the legend has one sample node per node type and one sample edge per edge type") {
    std::string dot = Dot(Sample{});
    std::string legend = dot.substr(dot.find("  subgraph cluster_legend {"));
    for (NodeType type : kAllNodeTypes) {
      CAPTURE(NodeTypeName(type));
      CHECK(legend.find("    legend_" + std::string(NodeTypeName(type)) + " [label=") !=
            std::string::npos);
    }
    for (EdgeType type : kAllEdgeTypes) {
      std::string name(EdgeTypeName(type));
      CAPTURE(name);
      CHECK(legend.find("    legend_" + name + "_from -> legend_" + name + "_to [label=\"" + name +
                        "\", ") != std::string::npos);
    }
    CHECK(HasLine(
        legend,
        R"(    legend_purpose [label="purpose", tooltip="the research aim or question", shape=hexagon, style="filled", fillcolor="#fff2cc"];)"));
  }

  TEST_CASE("the compact legend is one row under the map: node kinds, then edge kinds in words") {
    std::string dot = Dot(testing::TinyGraph(), {.legend = LegendStyle::kCompact});
    CHECK(dot.find("cluster_legend") == std::string::npos);
    std::string tail = dot.substr(dot.find("  n1 -> n2 "));
    CHECK(tail.substr(tail.find('\n') + 1) ==
          "  label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" COLOR=\"#999999\" CELLSPACING=\"4\" "
          "CELLPADDING=\"2\"><TR>"
          "<TD BGCOLOR=\"#dae8fc\">claim</TD><TD BGCOLOR=\"#d5e8d4\">premise</TD>"
          "<TD BGCOLOR=\"#ffe6cc\">conclusion</TD><TD BGCOLOR=\"#fff2cc\">purpose</TD>"
          "<TD BGCOLOR=\"#e1d5e7\">method</TD><TD BGCOLOR=\"#fce4ec\">option</TD>"
          "<TD BGCOLOR=\"#eeeeee\">group</TD>"
          "<TD BORDER=\"0\"><FONT COLOR=\"#2e7d32\">&#8594; supports</FONT></TD>"
          "<TD BORDER=\"0\"><FONT COLOR=\"#c62828\">&#8867; attacks</FONT></TD>"
          "<TD BORDER=\"0\"><FONT COLOR=\"#808080\">&#8674; part of</FONT></TD>"
          "<TD BORDER=\"0\"><FONT COLOR=\"#555555\">&#8212; &#8212; alternative</FONT></TD>"
          "</TR></TABLE>>;\n"
          "  labelloc=\"b\";\n"
          "  fontsize=9;\n"
          "}\n");
  }

  TEST_CASE("legend none writes no legend at all") {
    std::string dot = Dot(testing::SampleGraph(), {.legend = LegendStyle::kNone});
    CHECK(dot.find("legend") == std::string::npos);
    CHECK(dot.find("<TABLE") == std::string::npos);
    CHECK(dot.substr(dot.size() - 2) == "}\n");
  }

  TEST_CASE("only_paper writes that paper's cluster and the edges between its nodes") {
    Sample s = testing::SampleGraph();
    std::string all = Dot(s);
    std::string second = Dot(s, {.only_paper = 1});
    CHECK(HasLine(second, "  subgraph cluster_2 {"));
    CHECK(HasLine(second, "    label=\"lee2019\";"));
    CHECK_FALSE(HasLine(second, "  subgraph cluster_1 {"));
    CHECK_FALSE(HasLine(second, "  subgraph cluster_3 {"));
    CHECK(HasLine(second,
                  R"(  n9 -> n8 [id="lee2019/e2", color="#c62828", style=solid, arrowhead=tee];)"));
    CHECK(second.find("smith2021/") == std::string::npos);
    CHECK(HasLine(second, "  subgraph cluster_legend {"));
    // Every line of the one-paper DOT is a line of the whole map's DOT.
    std::istringstream lines(second);
    for (std::string line; std::getline(lines, line);) {
      CAPTURE(line);
      CHECK(HasLine(all, line));
    }
    std::string empty = Dot(s, {.only_paper = 2});
    CHECK(HasLine(empty, "    d3_empty [label=\"no argument found\", shape=plaintext];"));
    CHECK(empty.find(" -> n") == std::string::npos);
  }

  TEST_CASE("labels are word-wrapped at wrap_width code points and escaped") {
    const struct {
      std::string text;
      int width;
      std::string label;
    } cases[] = {
        {"coalition governments delay reform", 10,
         R"(CLAIM\ncoalition\ngovernments\ndelay\nreform)"},
        {"coalition governments delay reform", 27, R"(CLAIM\ncoalition governments delay\nreform)"},
        {"\xE2\x80\x9C"
         "ab\xE2\x80\x9D \xE2\x80\x9C"
         "cd\xE2\x80\x9D",
         9,
         "CLAIM\\n\xE2\x80\x9C"
         "ab\xE2\x80\x9D \xE2\x80\x9C"
         "cd\xE2\x80\x9D"},
        {"\xE2\x80\x9C"
         "ab\xE2\x80\x9D \xE2\x80\x9C"
         "cd\xE2\x80\x9D",
         8,
         "CLAIM\\n\xE2\x80\x9C"
         "ab\xE2\x80\x9D\\n\xE2\x80\x9C"
         "cd\xE2\x80\x9D"},
        {"a   spaced\n\ttext", 32, R"(CLAIM\na spaced text)"},
        {"internationalisation matters", 5, R"(CLAIM\ninternationalisation\nmatters)"},
        {"short words here", 0, R"(CLAIM\nshort words here)"},
        {"short words here", -3, R"(CLAIM\nshort words here)"},
        {"short words here", 2147483647, R"(CLAIM\nshort words here)"},
        {"say \"hi\" \\ now", 32, R"(CLAIM\nsay \"hi\" \\ now)"},
        {"ends with \\", 32, R"(CLAIM\nends with \\)"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.text);
      CAPTURE(c.width);
      CHECK(LabelOf(c.text, c.width) == c.label);
    }
  }

  TEST_CASE("invalid UTF-8 and control characters are written as U+FFFD and spaces") {
    CHECK(LabelOf("bad \xFF byte", 32) == "CLAIM\\nbad \xEF\xBF\xBD byte");
    CHECK(
        LabelOf("surrogate \xED\xA0\x80 overlong \xC0\xAF", 32) ==
        "CLAIM\\nsurrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD overlong \xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(LabelOf("bell\x07there", 32) == R"(CLAIM\nbell there)");
  }

  TEST_CASE("the rankdir option is written as given") {
    CHECK(HasLine(
        Dot(Sample{}, {.rankdir = "LR"}),
        R"(  graph [rankdir="LR", fontname="Helvetica", fontsize=11, compound=true, newrank=true];)"));
  }

  TEST_CASE("two exports of the same graph are byte-identical") {
    Sample s = testing::SampleGraph();
    CHECK(Dot(s) == Dot(s));
    CHECK(Dot(s) == Dot(testing::SampleGraph()));
  }

  TEST_CASE("an empty graph gives only the legend") {
    std::string dot = Dot(Sample{});
    CHECK(dot.find("cluster_1") == std::string::npos);
    CHECK(dot.find(" -> n") == std::string::npos);
    CHECK(dot.find("  subgraph cluster_legend {") != std::string::npos);
  }

  TEST_CASE("dot reads every output without a warning") {
    if (!testing::Needs(testing::OnPath("dot"), "dot is not on PATH")) return;
    Sample bad = testing::TinyGraph();
    bad.graph.node(0).text = "bad \xFF byte \xED\xA0\x80 and \"quotes\" \\ \x01";
    bad.documents[0].title = "Title with \\ and \" and \xC3";
    const struct {
      const char* name;
      std::string dot;
    } cases[] = {
        {"sample", Dot(testing::SampleGraph())},
        {"sample LR, narrow", Dot(testing::SampleGraph(), {.rankdir = "LR", .wrap_width = 4})},
        {"tiny", Dot(testing::TinyGraph())},
        {"invalid UTF-8", Dot(bad)},
        {"empty", Dot(Sample{})},
        {"compact legend", Dot(testing::SampleGraph(), {.legend = LegendStyle::kCompact})},
        {"one paper, no legend",
         Dot(testing::SampleGraph(), {.legend = LegendStyle::kNone, .only_paper = 0})},
    };
    for (const auto& c : cases) {
      CAPTURE(c.name);
      CHECK(DotStderr(c.dot) == "");
    }
  }
}

}  // namespace
}  // namespace argmap
