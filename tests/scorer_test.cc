// Tests of src/eval/scorer: the matching and scoring of eval/score.py (word
// overlap of at least 0.5, one-to-one best first, per-role, core and relation
// scores), the per-rule counts and the misses, on small hand-made abstracts.
#include "eval/scorer.h"

#include <doctest/doctest.h>

#include <string>
#include <tuple>
#include <vector>

namespace argmap {
namespace {

struct PredNode {
  std::string doc;
  NodeType type;
  std::string text;
  std::string rule;
  int sentence = 0;
};

struct PredEdge {
  int source;  // index into the node list
  int target;
  EdgeType type;
  std::string rule;
};

ArgumentGraph Graph(const std::vector<PredNode>& nodes, const std::vector<PredEdge>& edges = {}) {
  ArgumentGraph graph;
  std::vector<NodeIndex> index;
  for (const PredNode& n : nodes) {
    Node node;
    node.id = n.doc + "/n" + std::to_string(index.size() + 1);
    node.doc = n.doc;
    node.type = n.type;
    node.text = n.text;
    node.rule = n.rule;
    node.sentence = n.sentence;
    index.push_back(graph.AddNode(node));
  }
  int k = 0;
  for (const PredEdge& e : edges) {
    Edge edge{"e" + std::to_string(++k), e.type, e.rule};
    graph.AddEdge(index[e.source], index[e.target], edge);
  }
  return graph;
}

GoldDoc Gold(const std::string& id, const std::vector<GoldComponent>& components,
             const std::vector<GoldRelation>& relations = {}, const std::string& text = "") {
  GoldDoc doc;
  doc.id = id;
  doc.document.id = id;
  doc.document.text = text;
  doc.components = components;
  doc.relations = relations;
  return doc;
}

// tp, fp, fn
std::tuple<int, int, int> Counts(const MatchCounts& c) { return {c.tp, c.fp, c.fn}; }

const MatchCounts* Role(const EvalReport& r, const std::string& role) {
  for (const RoleScore& s : r.roles) {
    if (s.role == role) return &s.counts;
  }
  return nullptr;
}

TEST_SUITE("scorer") {
  TEST_CASE("a node matches a component of its role when half the words are shared") {
    struct Case {
      std::string node;
      std::string component;
      int tp;
    };
    const Case cases[] = {
        {"sanctions rarely change regimes", "Sanctions rarely change regimes.", 1},
        {"sanctions change regimes today", "sanctions weaken regimes abroad", 1},
        {"sanctions change regimes", "sanctions weaken authoritarian regimes abroad", 0},
        {"the state\u2019s capacity", "the states capacity", 1},
    };
    for (const Case& c : cases) {
      CAPTURE(c.node);
      ArgumentGraph g = Graph({{"d", NodeType::kClaim, c.node, "r"}});
      EvalReport r = Score({Gold("d", {{"T1", "claim", c.component}})}, g);
      CHECK(Counts(r.core) == std::tuple(c.tp, 1 - c.tp, 1 - c.tp));
      CHECK(Counts(*Role(r, "claim")) == std::tuple(c.tp, 1 - c.tp, 1 - c.tp));
    }
  }

  TEST_CASE("pairs are one-to-one, best overlap first, ties to the earlier node") {
    ArgumentGraph g =
        Graph({{"d", NodeType::kClaim, "courts defer to legislatures", "loose"},
               {"d", NodeType::kClaim, "courts defer to elected legislatures", "tight"},
               {"d", NodeType::kPremise, "turnout fell", "p1"},
               {"d", NodeType::kPremise, "turnout fell", "p2"}});
    EvalReport r = Score({Gold("d", {{"T1", "claim", "courts defer to elected legislatures"},
                                     {"T2", "premise", "turnout fell"}})},
                         g);
    CHECK(Counts(r.core) == std::tuple(2, 2, 0));
    REQUIRE(r.rules.size() == 4);
    CHECK(r.rules[0].rule == "loose");
    CHECK(r.rules[0].node_hits == 0);
    CHECK(r.rules[1].rule == "p1");
    CHECK(r.rules[1].node_hits == 1);
    CHECK(r.rules[2].rule == "p2");
    CHECK(r.rules[2].node_hits == 0);
    CHECK(r.rules[3].rule == "tight");
    CHECK(r.rules[3].node_hits == 1);
  }

  TEST_CASE("role names are lower-cased with '-' and ' ' as '_'") {
    const std::pair<std::string, std::string> cases[] = {
        {"Major-Claim", "major_claim"},
        {" major claim ", "major_claim"},
        {"PREMISE", "premise"},
        {"partial-attack", "partial_attack"},
        {"", ""},
    };
    for (const auto& [role, normalized] : cases) CHECK(NormalizeRole(role) == normalized);
  }

  TEST_CASE("the core score joins claim-like and premise-like roles, per role they differ") {
    ArgumentGraph g = Graph({{"d", NodeType::kConclusion, "federalism dampens conflict", "c"},
                             {"d", NodeType::kPremise, "ethnic parties win seats", "p"},
                             {"d", NodeType::kPurpose, "to explain secession", "u"}});
    EvalReport r = Score({Gold("d", {{"T1", "Major Claim", "federalism dampens conflict"},
                                     {"T2", "evidence", "ethnic parties win seats"},
                                     {"T3", "purpose", "explain secession"}})},
                         g);
    CHECK(Counts(r.core) == std::tuple(2, 0, 0));
    CHECK(Counts(*Role(r, "conclusion")) == std::tuple(0, 1, 0));
    CHECK(Counts(*Role(r, "major_claim")) == std::tuple(0, 0, 1));
    CHECK(Counts(*Role(r, "premise")) == std::tuple(0, 1, 0));
    CHECK(Counts(*Role(r, "evidence")) == std::tuple(0, 0, 1));
    CHECK(Counts(*Role(r, "purpose")) == std::tuple(1, 0, 0));
    std::vector<std::string> roles;
    for (const RoleScore& s : r.roles) roles.push_back(s.role);
    CHECK(roles ==
          std::vector<std::string>{"conclusion", "evidence", "major_claim", "premise", "purpose"});
  }

  TEST_CASE("relations count when both ends match and the polarity agrees") {
    struct Case {
      std::string name;
      EdgeType edge;
      std::string gold_type;
      std::tuple<int, int, int> counts;
    };
    const Case cases[] = {
        {"support", EdgeType::kSupports, "supports", {1, 0, 0}},
        {"support spelled support", EdgeType::kSupports, "Support", {1, 0, 0}},
        {"partial attack is attack", EdgeType::kAttacks, "partial_attack", {1, 0, 0}},
        {"undercut is attack", EdgeType::kAttacks, "undercuts", {1, 0, 0}},
        {"wrong polarity", EdgeType::kSupports, "attacks", {0, 1, 1}},
        {"part_of is not scored", EdgeType::kPartOf, "supports", {0, 0, 1}},
        {"unknown gold type is not scored", EdgeType::kSupports, "restates", {0, 1, 0}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      ArgumentGraph g = Graph({{"d", NodeType::kPremise, "trade deepens ties", "p"},
                               {"d", NodeType::kClaim, "trade prevents war", "c"}},
                              {{0, 1, c.edge, "e"}});
      EvalReport r = Score(
          {Gold("d",
                {{"T1", "premise", "trade deepens ties"}, {"T2", "claim", "trade prevents war"}},
                {{"T1", "T2", c.gold_type}})},
          g);
      CHECK(Counts(r.relations) == c.counts);
    }
  }

  TEST_CASE("an edge whose end matches no component, or the reverse direction, is wrong") {
    ArgumentGraph g =
        Graph({{"d", NodeType::kPremise, "trade deepens ties", "p"},
               {"d", NodeType::kClaim, "trade prevents war", "c"},
               {"d", NodeType::kPremise, "unrelated words here", "x"}},
              {{1, 0, EdgeType::kSupports, "back"}, {2, 1, EdgeType::kSupports, "x"}});
    EvalReport r = Score(
        {Gold("d", {{"T1", "premise", "trade deepens ties"}, {"T2", "claim", "trade prevents war"}},
              {{"T1", "T2", "supports"}})},
        g);
    CHECK(Counts(r.relations) == std::tuple(0, 2, 1));
  }

  TEST_CASE("an alternative counts in either direction, once") {
    ArgumentGraph g = Graph({{"d", NodeType::kOption, "join the alliance", "o"},
                             {"d", NodeType::kOption, "stay neutral", "o"}},
                            {{1, 0, EdgeType::kAlternative, "alt"}});
    SUBCASE("gold names it once, the other way round") {
      EvalReport r =
          Score({Gold("d", {{"A", "option", "join the alliance"}, {"B", "option", "stay neutral"}},
                      {{"A", "B", "alternative"}})},
                g);
      CHECK(Counts(r.relations) == std::tuple(1, 0, 0));
      REQUIRE(r.rules.size() == 2);
      CHECK(r.rules[0].rule == "alt");
      CHECK(r.rules[0].edges == 1);
      CHECK(r.rules[0].edge_hits == 1);
    }
    SUBCASE("gold names it in both directions") {
      EvalReport r =
          Score({Gold("d", {{"A", "option", "join the alliance"}, {"B", "option", "stay neutral"}},
                      {{"A", "B", "alternative"}, {"B", "A", "alternatives"}})},
                g);
      CHECK(Counts(r.relations) == std::tuple(1, 0, 1));
    }
  }

  TEST_CASE("abstracts with no node are counted and nodes of other abstracts ignored") {
    ArgumentGraph g = Graph({{"other", NodeType::kClaim, "coups follow crises", "r"}});
    EvalReport r = Score({Gold("d", {{"T1", "claim", "coups follow crises"}}), Gold("e", {})}, g);
    CHECK(r.abstracts == 2);
    CHECK(r.abstracts_without_nodes == 2);
    CHECK(Counts(r.core) == std::tuple(0, 0, 1));
    CHECK(r.rules.empty());
  }

  TEST_CASE("the rule table counts nodes, matches and scored edges per rule") {
    ArgumentGraph g = Graph({{"d", NodeType::kPremise, "inflation erodes wages", "premise/since"},
                             {"d", NodeType::kClaim, "unions gain members", "claim/argue"},
                             {"d", NodeType::kMethod, "a panel of firms", "method/using"},
                             {"d", NodeType::kPremise, "strikes are rare", "premise/since"}},
                            {{0, 1, EdgeType::kSupports, "premise/since"},
                             {3, 1, EdgeType::kSupports, "default/attach"},
                             {2, 1, EdgeType::kPartOf, "method/using"}});
    EvalReport r = Score({Gold("d",
                               {{"T1", "premise", "inflation erodes real wages"},
                                {"T2", "claim", "unions gain members"},
                                {"T3", "method", "a panel of firms"}},
                               {{"T1", "T2", "supports"}})},
                         g);
    REQUIRE(r.rules.size() == 4);
    auto row = [](const RuleScore& s) {
      return std::tuple(s.rule, s.nodes, s.node_hits, s.edges, s.edge_hits);
    };
    CHECK(row(r.rules[0]) == std::tuple("claim/argue", 1, 1, 0, 0));
    CHECK(row(r.rules[1]) == std::tuple("default/attach", 0, 0, 1, 0));
    CHECK(row(r.rules[2]) == std::tuple("method/using", 1, 1, 0, 0));
    CHECK(row(r.rules[3]) == std::tuple("premise/since", 2, 1, 1, 1));
    CHECK(Counts(r.relations) == std::tuple(1, 1, 0));
  }

  TEST_CASE("misses list unmatched components with their sentence, then extra nodes") {
    ArgumentGraph g =
        Graph({{"d", NodeType::kClaim, "parties polarize", "claim/a"},
               {"d", NodeType::kPurpose, "to study turnout in cities", "purpose/b", 1}});
    EvalReport r =
        Score({Gold("d",
                    {{"T1", "claim", "parties polarize"},
                     {"T2", "premise", "Voters sort by ideology"},
                     {"T3", "purpose", "why turnout varies"}},
                    {}, "Voters sort by ideology. So parties polarize. Why turnout varies.")},
              g);
    REQUIRE(r.misses.size() == 3);
    auto row = [](const Miss& m) {
      return std::tuple(m.extra, m.doc, m.role, m.text, m.sentence, m.rule);
    };
    CHECK(row(r.misses[0]) == std::tuple(false, "d", "premise", "Voters sort by ideology", 0, ""));
    CHECK(row(r.misses[1]) == std::tuple(false, "d", "purpose", "why turnout varies", -1, ""));
    CHECK(row(r.misses[2]) ==
          std::tuple(true, "d", "purpose", "to study turnout in cities", 1, "purpose/b"));
  }

  TEST_CASE("a missed component's sentence is found in the document text") {
    GoldDoc gold = Gold("d", {{"T1", "claim", "so parties polarize"}}, {},
                        "Voters sort by ideology, e.g. on taxes. So parties polarize.");
    EvalReport r = Score({gold}, ArgumentGraph());
    REQUIRE(r.misses.size() == 1);
    CHECK(r.misses[0].sentence == -1);
    gold.components[0].text = "So parties polarize";
    r = Score({gold}, ArgumentGraph());
    REQUIRE(r.misses.size() == 1);
    CHECK(r.misses[0].sentence == 1);
  }

  TEST_CASE("precision, recall and F1 are 0 where a denominator is 0") {
    MatchCounts none;
    CHECK(none.Scores().f1 == 0.0);
    MatchCounts c{2, 1, 3};
    CHECK(c.gold() == 5);
    CHECK(c.pred() == 3);
    Prf s = c.Scores();
    CHECK(s.precision == 2.0 / 3.0);
    CHECK(s.recall == 2.0 / 5.0);
    CHECK(s.f1 == 2 * (2.0 / 3.0) * (2.0 / 5.0) / (2.0 / 3.0 + 2.0 / 5.0));
  }
}

}  // namespace
}  // namespace argmap
