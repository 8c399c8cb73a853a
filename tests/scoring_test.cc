// Tests of the model-driven stages of Extract (src/pipeline/scoring.h): clause units
// as candidates, roles from the role model, the weight of a rule the model does not
// know, the "why" of a scored node, headings, and relations from the relation model.
// Each case builds a small model by hand, so the expected maps follow from its weights.
#include "pipeline/scoring.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "export/exporter.h"
#include "model/model_file.h"
#include "pack_fixtures.h"
#include "pipeline/extract.h"
#include "rules/rule_parser.h"

namespace argmap {
namespace {

using testing::Doc;
using testing::Edges;
using testing::PackOf;

// "type:text [rule]" per node, in graph order.
std::vector<std::string> Nodes(const ArgumentGraph& g) {
  std::vector<std::string> out;
  for (NodeIndex v = 0; v < g.node_count(); ++v) {
    const Node& n = g.node(v);
    out.push_back(std::string(NodeTypeName(n.type)) + ":" + n.text + " [" + n.rule + "]");
  }
  return out;
}

// A node's reasons, each as FormatReason writes it.
std::vector<std::string> Why(const Node& n) {
  std::vector<std::string> out;
  for (const Reason& r : n.why) out.push_back(FormatReason(r));
  return out;
}

int Role(const char* name) { return LinearModel(RoleClasses()).ClassIndex(name); }

// A role model under which no role is likely: every class but none has bias -10.
Model NoRoles() {
  Model m;
  m.roles = LinearModel(RoleClasses());
  for (const std::string& c : RoleClasses()) {
    if (c != "none") m.roles.SetWeight(std::string(kBiasFeature), Role(c.c_str()), -10.0);
  }
  return m;
}

// Claims are as likely as none (probability 0.5, above the threshold 0.4); the
// other roles are not.
Model AllClaims() {
  Model m = NoRoles();
  m.roles.SetWeight(std::string(kBiasFeature), Role("claim"), 10.0);
  return m;
}

// Each candidate keeps the role a rule proposed for it; a unit no rule placed gets none.
Model RuleRoles() {
  Model m = NoRoles();
  for (const char* role : {"claim", "conclusion", "premise"}) {
    m.roles.SetWeight(std::string("proposed=") + role, Role(role), 20.0);
  }
  return m;
}

struct Run {
  ArgumentGraph graph;
  ExtractStats stats;
  ExtractTrace trace;
};

Run Map(const CompiledPack& pack, const Model& model, const std::vector<Document>& docs) {
  Run r;
  ExtractOptions options;
  options.pack = "general";
  options.model = &model;
  options.trace = &r.trace;
  Extract(docs, pack, &r.graph, &r.stats, options);
  return r;
}

const char* const kRules =
    "rule argue\n  pattern: we argue that (?P<claim>.+)\n  emits: claim\n"
    "rule conclude\n  pattern: we conclude that (?P<conclusion>.+)\n  emits: conclusion\n"
    "rule grew\n  pattern: ^(?P<premise>.+ grew\\b.*)$\n  emits: premise\n"
    "rule because\n  pattern: ^(?P<claim>.+ calm .+) because (?P<premise>.+)$\n"
    "  emits: claim, premise, premise supports claim\n"
    "rule opts\n  pattern: (?P<group>two options): (?P<option>.+)\n"
    "  emits: group, option, option part_of group, option alternative option\n"
    "  split: option\n";

const char* const kThree =
    "We argue that trade calms old rivals. Exports grew in every single year. "
    "We conclude that open borders keep the peace.";

}  // namespace

TEST_SUITE("scoring") {
  TEST_CASE(
      "a model under which no role is likely drops every node, and the documents still count") {
    CompiledPack pack = PackOf(kRules);
    Run r = Map(pack, NoRoles(),
                {Doc(kThree, "a"), Doc("Old rivals trade more with each other today.", "b")});
    CHECK(r.graph.node_count() == 0);
    CHECK(r.graph.edge_count() == 0);
    CHECK(r.stats.documents == 2);
    CHECK(r.stats.sentences == 4);
    CHECK(r.stats.rule_matches == 3);
    CHECK(r.stats.packs == std::vector<std::string>{"general", "general"});
    REQUIRE(r.trace.docs.size() == 2);
    std::vector<std::string> roles;
    for (const TraceUnit& u : r.trace.docs[0].units) roles.push_back(u.text + "=" + u.role);
    CHECK(roles == std::vector<std::string>{"trade calms old rivals=none",
                                            "Exports grew in every single year=none",
                                            "open borders keep the peace=none"});
  }

  TEST_CASE("a unit no rule matched becomes a model/unit node when its words favour a role") {
    CompiledPack pack = PackOf(kRules);
    Model m = NoRoles();
    m.roles.SetWeight("word:treaty", Role("claim"), 20.0);
    Run r = Map(pack, m,
                {Doc("We argue that trade calms old rivals. Every treaty signed since the war "
                     "still holds.")});
    CHECK(Nodes(r.graph) ==
          std::vector<std::string>{"claim:Every treaty signed since the war still holds [" +
                                   std::string(kUnitRule) + "]"});
    CHECK(r.graph.node(0).id == "d/n1");
    CHECK(r.graph.node(0).sentence == 1);
    CHECK(Why(r.graph.node(0)) == std::vector<std::string>{"word:treaty +20.000"});
  }

  TEST_CASE("a sentence of two clauses joined by because gives a node for each clause") {
    CompiledPack pack = PackOf(kRules);
    Run r = Map(pack, AllClaims(),
                {Doc("Old rivals trade more with each other because open borders lower the "
                     "costs of war.")});
    CHECK(Nodes(r.graph) ==
          std::vector<std::string>{"claim:Old rivals trade more with each other [model/unit]",
                                   "claim:open borders lower the costs of war [model/unit]"});
    CHECK(r.stats.rule_matches == 0);
    // A clause too short to stand alone stays with its neighbour: one unit.
    Run one = Map(pack, AllClaims(), {Doc("Exports soared because tariffs fell sharply.")});
    CHECK(
        Nodes(one.graph) ==
        std::vector<std::string>{"claim:Exports soared because tariffs fell sharply [model/unit]"});
  }

  TEST_CASE("a rule the model does not know lends the role it proposes a weight of 2.0") {
    CompiledPack pack = PackOf(kRules);
    Document conclude = Doc("We conclude that open borders keep the peace.");
    Model zero;
    zero.roles = LinearModel(RoleClasses());
    // With every weight zero, the unknown rule's +2.0 keeps its conclusion a conclusion.
    CHECK(Nodes(Map(pack, zero, {conclude}).graph) ==
          std::vector<std::string>{"conclusion:open borders keep the peace [conclude]"});
    // Once the model knows the rule (here with weight 0), it lends nothing: claims and
    // conclusions tie and the claim is taken.
    Model known = zero;
    known.roles.SetWeight("rule:conclude=conclusion", Role("conclusion"), 0.0);
    REQUIRE(known.roles.Knows("rule:conclude=conclusion"));
    CHECK(Nodes(Map(pack, known, {conclude}).graph) ==
          std::vector<std::string>{"claim:open borders keep the peace [conclude]"});
    // The weight is 2.0: a premise rule beats a claim bias of 1.9 and loses to one of 2.1.
    Document grew = Doc("Exports grew in every single year.");
    for (double bias : {1.9, 2.1}) {
      CAPTURE(bias);
      Model m = NoRoles();
      m.roles.SetWeight(std::string(kBiasFeature), Role("none"), -10.0);
      m.roles.SetWeight(std::string(kBiasFeature), Role("claim"), 10.0 + bias);
      m.roles.SetWeight(std::string(kBiasFeature), Role("premise"), 10.0);
      REQUIRE(m.roles.Weight(kBiasFeature, Role("claim")) == doctest::Approx(bias));
      std::string expected = bias < 2 ? "premise" : "claim";
      CHECK(Nodes(Map(pack, m, {grew}).graph) ==
            std::vector<std::string>{expected + ":Exports grew in every single year [grew]"});
    }
  }

  TEST_CASE("with an all-zero model an unknown premise rule keeps its role") {
    CompiledPack pack = PackOf(kRules);
    Model zero;
    zero.roles = LinearModel(RoleClasses());
    CHECK(Nodes(Map(pack, zero, {Doc("Exports grew in every single year.")}).graph) ==
          std::vector<std::string>{"premise:Exports grew in every single year [grew]"});
  }

  TEST_CASE(
      "why names at most three features, largest weight first, options and groups have none") {
    CompiledPack pack = PackOf(kRules);
    Model m = NoRoles();
    m.roles.SetWeight("word:treaty", Role("claim"), 12.0);
    m.roles.SetWeight("word:treaty", Role("none"), 3.0);  // another class: not a reason
    m.roles.SetWeight("first:every", Role("claim"), -1.5);
    m.roles.SetWeight("sentence=last", Role("claim"), 0.5);
    m.roles.SetWeight("length=7-10", Role("claim"), 0.25);  // the fourth: left out
    m.roles.SetWeight("word:wait", Role("claim"), 20.0);    // an option's words: not scored
    Run r = Map(pack, m,
                {Doc("The state has two options: 1) to fight the war; 2) to wait for the "
                     "treaty. Every treaty signed since the war still holds.")});
    CHECK(Nodes(r.graph) ==
          std::vector<std::string>{"group:two options [opts]", "option:to fight the war [opts]",
                                   "option:to wait for the treaty [opts]",
                                   "claim:Every treaty signed since the war still holds "
                                   "[model/unit]"});
    REQUIRE(r.graph.node_count() == 4);
    CHECK(Why(r.graph.node(3)) == std::vector<std::string>{"word:treaty +12.000",
                                                           "first:every -1.500",
                                                           "sentence=last +0.500"});
    for (NodeIndex v = 0; v < 3; ++v) {
      CAPTURE(r.graph.node(v).text);
      CHECK(r.graph.node(v).why.empty());
    }
    CHECK(Edges(r.graph) ==
          std::vector<std::string>{"to fight the war -part_of-> two options [opts]",
                                   "to fight the war -alternative-> to wait for the treaty [opts]",
                                   "to wait for the treaty -part_of-> two options [opts]"});
  }

  TEST_CASE("every scored node has at most three reasons, in order of weight") {
    CompiledPack pack = PackOf(kRules);
    Model m = RuleRoles();
    for (const char* f : {"cue:we", "cue:argue", "cue:conclude", "word:grew", "sentence=first",
                          "sentence=last", "word:the", "length=4-6"}) {
      for (const char* role : {"claim", "conclusion", "premise"}) {
        m.roles.SetWeight(f, Role(role), 0.1 * static_cast<double>(std::string(f).size()));
      }
    }
    Run r = Map(pack, m, {Doc(kThree)});
    REQUIRE(r.graph.node_count() == 3);
    for (NodeIndex v = 0; v < r.graph.node_count(); ++v) {
      const Node& n = r.graph.node(v);
      CAPTURE(n.text);
      CHECK(n.why.size() == 3);
      CHECK(n.why[0].feature == std::string("proposed=") + std::string(NodeTypeName(n.type)));
      for (size_t i = 1; i < n.why.size(); ++i) {
        CHECK(std::fabs(n.why[i - 1].weight) >= std::fabs(n.why[i].weight));
      }
    }
    // The rule "grew" has no weight in this model, so the prior it lends its role
    // is among the reasons.
    CHECK(Why(r.graph.node(1)) == std::vector<std::string>{"proposed=premise +20.000",
                                                           "rule-prior:grew=premise +2.000",
                                                           "length=4-6 +1.000"});
  }

  TEST_CASE("structured-abstract headings are never part of a node's text") {
    CompiledPack pack = PackOf(kRules);
    Model m = AllClaims();
    m.roles.SetWeight("proposed=premise", Role("premise"), 30.0);
    const char* texts[] = {
        "BACKGROUND: Trade between old rivals has grown for decades. METHODS: We coded every "
        "treaty signed since the war. RESULTS: Exports grew in every single year.",
        // Headings alone on their lines, as pasted text and Crossref's JATS give them.
        "Background\nTrade between old rivals has grown for decades.\nMethods\nWe coded every "
        "treaty signed since the war.\nResults\nExports grew in every single year.",
    };
    for (const char* abstract : texts) {
      CAPTURE(abstract);
      Run r = Map(pack, m, {Doc(abstract)});
      CHECK(Nodes(r.graph) ==
            std::vector<std::string>{
                "claim:Trade between old rivals has grown for decades [model/unit]",
                "claim:We coded every treaty signed since the war [model/unit]",
                "premise:Exports grew in every single year [grew]"});
      for (NodeIndex v = 0; v < r.graph.node_count(); ++v) {
        const std::string& text = r.graph.node(v).text;
        CAPTURE(text);
        for (const char* heading :
             {"BACKGROUND", "METHODS", "RESULTS", ":", "Background", "Methods", "Results", "\n"}) {
          CHECK(text.find(heading) == std::string::npos);
        }
      }
      // The heading is the units' section instead.
      REQUIRE(r.trace.docs.size() == 1);
      std::vector<std::string> sections;
      for (const TraceUnit& u : r.trace.docs[0].units) {
        for (const std::string& f : u.features) {
          if (f.starts_with("section=")) sections.push_back(u.text + " " + f);
        }
      }
      std::sort(sections.begin(), sections.end());
      CHECK(sections == std::vector<std::string>{
                            "Exports grew in every single year section=results",
                            "Trade between old rivals has grown for decades section=background",
                            "We coded every treaty signed since the war section=methods"});
    }
  }

  TEST_CASE("the members of a list stand or fall together, as most of them went") {
    CompiledPack pack = PackOf(
        "rule factors\n  pattern: (?P<group>three factors): (?P<premise>.+)\n"
        "  emits: group, premise, premise part_of group\n  split: premise\n");
    // The word "weather" alone would drop the member that holds it; "luck" too.
    Model m = RuleRoles();
    m.roles.SetWeight("word:weather", Role("premise"), -50.0);
    m.roles.SetWeight("word:luck", Role("premise"), -50.0);
    struct Row {
      std::string text;
      std::vector<std::string> nodes;
    };
    const std::vector<Row> table = {
        {"Turnout rose for three factors: cheap postage, bad weather and long campaigns.",
         {"group:three factors [factors]", "premise:cheap postage [factors]",
          "premise:bad weather [factors]", "premise:long campaigns [factors]"}},
        {"Turnout rose for three factors: cheap postage, bad weather and pure luck.",
         {"group:three factors [factors]", "premise:cheap postage [factors]"}},
    };
    for (const Row& row : table) {
      CAPTURE(row.text);
      Run r = Map(pack, m, {Doc(row.text)});
      CHECK(Nodes(r.graph) == row.nodes);
      for (NodeIndex v = 0; v < r.graph.node_count(); ++v) {
        if (r.graph.node(v).text != "bad weather") continue;
        CHECK(Why(r.graph.node(v)) == std::vector<std::string>{"list:kept-whole +0.000"});
      }
    }
  }

  TEST_CASE(
      "a relation model that favours supports gives each premise one supports edge, and "
      "of two claims choosing each other the earlier one's edge on a tie") {
    CompiledPack pack = PackOf(kRules);
    Model m = RuleRoles();
    m.relations = LinearModel(RelationClasses());
    m.relations.SetWeight(std::string(kBiasFeature), 1, 10.0);  // supports
    Run r = Map(pack, m,
                {Doc("Imports grew in every single year. We argue that trade calms old rivals. "
                     "Exports grew in every single year. We conclude that open borders keep the "
                     "peace.")});
    CHECK(Nodes(r.graph) ==
          std::vector<std::string>{"premise:Imports grew in every single year [grew]",
                                   "claim:trade calms old rivals [argue]",
                                   "premise:Exports grew in every single year [grew]",
                                   "conclusion:open borders keep the peace [conclude]"});
    // Each source takes its likeliest target; with equal scores, the first one weighed.
    // The conclusion's choice, the claim, points back at it: two claims never
    // support each other, and on a tie the earlier source's edge stays.
    CHECK(Edges(r.graph) ==
          std::vector<std::string>{
              "Imports grew in every single year -supports-> trade calms old rivals "
              "[model/relation]",
              "trade calms old rivals -supports-> open borders keep the peace [model/relation]",
              "Exports grew in every single year -supports-> trade calms old rivals "
              "[model/relation]"});
    for (const auto& e : r.graph.Edges()) {
      if (r.graph.node(e.source).type != NodeType::kPremise) continue;
      int out = 0;
      for (const auto& f : r.graph.Edges()) out += f.source == e.source;
      CHECK(out == 1);
    }
  }

  TEST_CASE("of two claims choosing each other, the likelier direction stays") {
    CompiledPack pack = PackOf(kRules);
    Model m = RuleRoles();
    m.relations = LinearModel(RelationClasses());
    m.relations.SetWeight(std::string(kBiasFeature), 1, 1.0);  // supports
    m.relations.SetWeight("roles=conclusion>claim", 1, 2.0);   // the later way, likelier
    Run r = Map(pack, m,
                {Doc("We argue that trade calms old rivals. We conclude that open borders keep "
                     "the peace.")});
    CHECK(Edges(r.graph) ==
          std::vector<std::string>{
              "open borders keep the peace -supports-> trade calms old rivals [model/relation]"});
  }

  TEST_CASE("a premise that opens a contrast may attack the premise before it, no other may") {
    CompiledPack pack = PackOf(kRules);
    Model m = RuleRoles();
    for (const char* w : {"word:rose", "word:fell"}) m.roles.SetWeight(w, Role("premise"), 30.0);
    m.relations = LinearModel(RelationClasses());
    m.relations.SetWeight(std::string(kBiasFeature), 1, 1.0);                    // supports
    m.relations.SetWeight("source=contrast/previous/premise>premise", 2, 20.0);  // attacks
    Run contrast = Map(pack, m,
                       {Doc("Exports rose in every single year, although imports fell in every "
                            "single year. We conclude that open borders keep the peace.")});
    CHECK(Edges(contrast.graph) ==
          std::vector<std::string>{
              "Exports rose in every single year -supports-> open borders keep the peace "
              "[model/relation]",
              "imports fell in every single year -attacks-> Exports rose in every single year "
              "[model/relation]"});
    Run plain = Map(pack, m,
                    {Doc("Exports rose in every single year. Imports fell in every single year. "
                         "We conclude that open borders keep the peace.")});
    CHECK(Edges(plain.graph) ==
          std::vector<std::string>{
              "Exports rose in every single year -supports-> open borders keep the peace "
              "[model/relation]",
              "Imports fell in every single year -supports-> open borders keep the peace "
              "[model/relation]"});
  }

  TEST_CASE(
      "a rule's own relation stands beside the model's, and without a relation model "
      "the default attachment does") {
    CompiledPack pack = PackOf(kRules);
    Document doc =
        Doc("Trade will calm old rivals because open borders lower the costs of war. "
            "Exports grew in every single year.");
    Model roles_only = RuleRoles();
    Run rules = Map(pack, roles_only, {doc});
    CHECK(Nodes(rules.graph) ==
          std::vector<std::string>{"claim:Trade will calm old rivals [because]",
                                   "premise:open borders lower the costs of war [because]",
                                   "premise:Exports grew in every single year [grew]"});
    CHECK(Edges(rules.graph) ==
          std::vector<std::string>{
              "open borders lower the costs of war -supports-> Trade will calm old rivals "
              "[because]",
              "Exports grew in every single year -supports-> Trade will calm old rivals "
              "[" +
                  std::string(kDefaultAttachRule) + "]"});
    Model scored = roles_only;
    scored.relations = LinearModel(RelationClasses());
    scored.relations.SetWeight(std::string(kBiasFeature), 2, 10.0);  // attacks
    Run model = Map(pack, scored, {doc});
    CHECK(Edges(model.graph) ==
          std::vector<std::string>{
              "open borders lower the costs of war -supports-> Trade will calm old rivals "
              "[because]",
              "Exports grew in every single year -attacks-> Trade will calm old rivals "
              "[model/relation]"});
  }

  TEST_CASE("a relation model without a role model leaves the rules' relations as they are") {
    CompiledPack pack = PackOf(kRules);
    Model relations_only;
    relations_only.relations = LinearModel(RelationClasses());
    relations_only.relations.SetWeight(std::string(kBiasFeature), 2, 10.0);  // attacks
    Run r = Map(pack, relations_only,
                {Doc("Trade will calm old rivals because open borders lower the costs of war. "
                     "Exports grew in every single year.")});
    CHECK(Edges(r.graph) ==
          std::vector<std::string>{
              "open borders lower the costs of war -supports-> Trade will calm old rivals "
              "[because]",
              "Exports grew in every single year -supports-> Trade will calm old rivals "
              "[" +
                  std::string(kDefaultAttachRule) + "]"});
  }

  TEST_CASE("a heading inside a sentence ends the node before it") {
    CompiledPack pack = PackOf(kRules);
    Model m = AllClaims();
    m.roles.SetWeight("proposed=premise", Role("premise"), 30.0);
    Run r = Map(pack, m,
                {Doc("We enrolled one hundred patients in a randomized trial RESULTS: Exports "
                     "grew in every single year.")});
    for (NodeIndex v = 0; v < r.graph.node_count(); ++v) {
      CAPTURE(r.graph.node(v).text);
      CHECK(r.graph.node(v).text.find("RESULTS") == std::string::npos);
    }
    // The rule "grew" matched the whole sentence, heading and all: its node ends
    // where the heading begins, and the clause after the heading is a unit of its own.
    CHECK(Nodes(r.graph) ==
          std::vector<std::string>{
              "premise:We enrolled one hundred patients in a randomized trial [grew]",
              "claim:Exports grew in every single year [model/unit]"});
  }

  TEST_CASE("the same input gives the same map, whole or one document at a time") {
    CompiledPack pack = PackOf(kRules);
    Model m = AllClaims();
    m.roles.SetWeight("proposed=premise", Role("premise"), 30.0);
    m.relations = LinearModel(RelationClasses());
    m.relations.SetWeight(std::string(kBiasFeature), 1, 1.0);
    m.relations.SetWeight("dir=after", 1, 0.5);
    std::vector<Document> docs = {
        Doc(kThree, "a"),
        Doc("Old rivals trade more with each other because open borders lower the costs of "
            "war. Imports grew in every single year.",
            "b")};
    auto json = [&](const ArgumentGraph& g) { return ExportJson({g, docs, {}}); };
    Run whole = Map(pack, m, docs);
    Run again = Map(pack, m, docs);
    CHECK(Nodes(whole.graph) ==
          std::vector<std::string>{"claim:trade calms old rivals [argue]",
                                   "premise:Exports grew in every single year [grew]",
                                   "claim:open borders keep the peace [conclude]",
                                   "claim:Old rivals trade more with each other [model/unit]",
                                   "claim:open borders lower the costs of war [model/unit]",
                                   "premise:Imports grew in every single year [grew]"});
    CHECK(whole.graph.node(3).id == "b/n1");
    CHECK(Edges(whole.graph) ==
          std::vector<std::string>{
              "trade calms old rivals -supports-> open borders keep the peace [model/relation]",
              "Exports grew in every single year -supports-> open borders keep the peace "
              "[model/relation]",
              "Old rivals trade more with each other -supports-> open borders lower the costs of "
              "war [model/relation]",
              "Imports grew in every single year -supports-> Old rivals trade more with each "
              "other [model/relation]"});
    CHECK(json(again.graph) == json(whole.graph));
    // Extract adds to the graph it is given, and Append joins two graphs.
    ArgumentGraph stepwise;
    ExtractOptions options;
    options.pack = "general";
    options.model = &m;
    Extract({docs[0]}, pack, &stepwise, nullptr, options);
    Extract({docs[1]}, pack, &stepwise, nullptr, options);
    CHECK(json(stepwise) == json(whole.graph));
    ArgumentGraph first, second;
    Extract({docs[0]}, pack, &first, nullptr, options);
    Extract({docs[1]}, pack, &second, nullptr, options);
    first.Append(second);
    CHECK(json(first) == json(whole.graph));
    CHECK(Nodes(first) == Nodes(whole.graph));
    CHECK(Edges(first) == Edges(whole.graph));
  }
}

}  // namespace argmap
