#include "pipeline/extract.h"

#include <doctest/doctest.h>

#include "pack_fixtures.h"
#include "rules/rule_parser.h"

namespace argmap {
namespace {

using testing::Doc;
using testing::Edges;
using testing::PackOf;

// "type:text" per node, in graph order.
std::vector<std::string> Nodes(const ArgumentGraph& g) {
  std::vector<std::string> out;
  for (NodeIndex v = 0; v < g.node_count(); ++v) {
    out.push_back(std::string(NodeTypeName(g.node(v).type)) + ":" + g.node(v).text);
  }
  return out;
}

// These cases test the rules' own mechanics, so they run without a model: the
// rules' nodes and relations stand as the rules made them (scoring_test.cc has the model).
const Model kNoModel;

ExtractOptions RulesOnly() {
  ExtractOptions options;
  options.model = &kNoModel;
  return options;
}

ArgumentGraph Run(const CompiledPack& pack, const std::vector<Document>& docs) {
  ArgumentGraph g;
  Extract(docs, pack, &g, nullptr, RulesOnly());
  return g;
}

const char* kConcludeRules =
    "lexicon hedge: may | likely\n"
    "rule c\n  pattern: conclude that (?P<conclusion>.+)\n  emits: conclusion\n  priority: 80\n"
    "rule basis\n  pattern: ^based on (?P<premise>[^,]+), .*conclude that (?P<conclusion>.+)\n"
    "  emits: premise, conclusion, premise supports conclusion\n  priority: 90\n"
    "rule p\n  pattern: ^(?P<premise>.+ grew\\b.*)$\n  emits: premise\n  priority: 10\n";

}  // namespace

TEST_SUITE("extract") {
  TEST_CASE("a higher-priority rule takes the words and a lower one that overlaps is dropped") {
    CompiledPack pack = PackOf(kConcludeRules);
    ArgumentGraph g = Run(pack, {Doc("Based on new data, we conclude that trade calms rivals.")});
    CHECK(Nodes(g) ==
          std::vector<std::string>{"premise:new data", "conclusion:trade calms rivals"});
    CHECK(Edges(g) == std::vector<std::string>{"new data -supports-> trade calms rivals [basis]"});
  }

  TEST_CASE("a rule whose cue is negated does not apply, so the negation stays in the node") {
    CompiledPack pack = PackOf(
        "rule a\n  pattern: (?P<cue>suggests?|finds?) that (?P<claim>.+)\n  emits: claim\n"
        "  priority: 80\n");
    ArgumentGraph g =
        Run(pack, {Doc("The model suggests that trade calms rivals. "
                       "Our theory does not suggest that trade calms rivals. "
                       "We cannot find that trade calms rivals. "
                       "Not surprisingly, we find that trade does not calm rivals.")});
    // The second and third sentences are left to the clause units, which keep the
    // negation; the model is off here, so they make no nodes. (The last sentence's
    // claim is the conclusion, as no rule made one.)
    CHECK(Nodes(g) == std::vector<std::string>{"claim:trade calms rivals",
                                               "conclusion:trade does not calm rivals"});
  }

  TEST_CASE("a sentence that opens with a structured abstract's heading starts after it") {
    // The rule is anchored at the sentence's start: it sees "The data suggest",
    // not "CONCLUSIONS: The data suggest"; a heading alone on its line is no sentence.
    CompiledPack pack = PackOf(
        "rule a\n  pattern: ^the data (?P<cue>suggest) that (?P<claim>.+)\n  emits: claim\n"
        "  priority: 80\n");
    ArgumentGraph g = Run(pack, {Doc("RESULTS: The data suggest that trade grew. "
                                     "CONCLUSIONS: The data suggest that trade calms rivals."),
                                 Doc("Results\nThe data suggest that aid helps.", "e")});
    // (Without a conclusion, the claims of a paper's last sentence become it.)
    CHECK(Nodes(g) == std::vector<std::string>{"claim:trade grew", "conclusion:trade calms rivals",
                                               "claim:aid helps"});
  }

  TEST_CASE("node ids are stable, spans point into the original text in code points") {
    CompiledPack pack = PackOf(kConcludeRules);
    ArgumentGraph g =
        Run(pack, {Doc("The army\u2019s budget grew. We conclude that \u201cpeace\u201d "
                       "may last.")});
    REQUIRE(g.node_count() == 2);
    const Node& p = g.node(0);
    CHECK(p.id == "d/n1");
    CHECK(p.text == "The army\u2019s budget grew");
    CHECK(p.span == Span{0, 24});
    CHECK(p.cp_span == Span{0, 22});
    CHECK(p.sentence == 0);
    const Node& c = g.node(1);
    CHECK(c.id == "d/n2");
    CHECK(c.text == "\u201cpeace\u201d may last");
    CHECK(c.qualifier == "may");
    CHECK(c.sentence == 1);
    CHECK(c.rule == "c");
  }

  TEST_CASE("a premise no rule linked supports the nearest claim after it, else before it") {
    CompiledPack pack = PackOf(kConcludeRules);
    ArgumentGraph g = Run(pack, {Doc("Exports grew. We conclude that trade calms rivals. "
                                     "Imports grew too.")});
    CHECK(
        Edges(g) ==
        std::vector<std::string>{
            "Exports grew -supports-> trade calms rivals [default/premise-supports-nearest-claim]",
            "Imports grew too -supports-> trade calms rivals "
            "[default/premise-supports-nearest-claim]"});
  }

  TEST_CASE("a premise after every claim supports the last one, a premise a rule linked is left") {
    CompiledPack pack = PackOf(
        "rule claim\n  pattern: ^(?P<claim>states .+)$\n  emits: claim\n"
        "rule p\n  pattern: ^(?P<premise>.+ grew\\b.*)$\n  emits: premise\n"
        "rule yet\n  pattern: ^yet (?P<premise>.+)$\n  emits: premise, premise attacks "
        "earlier_claim\n");
    ArgumentGraph g = Run(pack, {Doc("Exports grew. States balance. States hedge. "
                                     "Yet some bandwagon. Imports grew too.")});
    CHECK(
        Edges(g) ==
        std::vector<std::string>{
            "Exports grew -supports-> States balance [default/premise-supports-nearest-claim]",
            "some bandwagon -attacks-> States hedge [yet]",
            "Imports grew too -supports-> States hedge [default/premise-supports-nearest-claim]"});
  }

  TEST_CASE("earlier_claims are the claims of every earlier sentence and of no later one") {
    CompiledPack pack = PackOf(
        "rule claim\n  pattern: ^(?P<claim>states .+)$\n  emits: claim\n"
        "rule found\n  pattern: ^(?P<conclusion>support is found .+)$\n"
        "  emits: conclusion, conclusion supports earlier_claims\n");
    ArgumentGraph g = Run(pack, {Doc("States balance. Support is found early. States hedge. "
                                     "Support is found for both. States arm.")});
    CHECK(Edges(g) ==
          std::vector<std::string>{"Support is found early -supports-> States balance [found]",
                                   "Support is found for both -supports-> States balance [found]",
                                   "Support is found for both -supports-> States hedge [found]"});
  }

  TEST_CASE("split captures become members joined to their group and to each other") {
    CompiledPack pack = PackOf(
        "rule opts\n"
        "  pattern: (?P<group>two options): (?P<option>.+)\n"
        "  emits: group, option, option part_of group, option alternative option\n"
        "  split: option\n");
    ArgumentGraph g = Run(pack, {Doc("The state has two options: 1) to fight; 2) to wait.")});
    CHECK(Nodes(g) ==
          std::vector<std::string>{"group:two options", "option:to fight", "option:to wait"});
    CHECK(Edges(g) == std::vector<std::string>{"to fight -part_of-> two options [opts]",
                                               "to fight -alternative-> to wait [opts]",
                                               "to wait -part_of-> two options [opts]"});
  }

  TEST_CASE("earlier_options is the group of the nearest earlier sentence that sets out options") {
    CompiledPack pack = PackOf(
        "rule opts\n"
        "  pattern: (?P<group>two options): (?P<option>.+)\n"
        "  emits: group, option, option part_of group, option alternative option\n"
        "  split: option\n"
        "rule c\n  pattern: concludes that (?P<conclusion>.+)\n  emits: conclusion\n"
        "rule weighs\n  pattern: ^weighing both options\n  emits: earlier_options supports this\n");
    ArgumentGraph g = Run(pack, {Doc("The state has two options: 1) to fight; 2) to wait. "
                                     "Weighing both options, the author concludes that waiting "
                                     "pays.")});
    CHECK(Edges(g) == std::vector<std::string>{"two options -supports-> waiting pays [weighs]",
                                               "to fight -part_of-> two options [opts]",
                                               "to fight -alternative-> to wait [opts]",
                                               "to wait -part_of-> two options [opts]"});
    // No options set out before: no edge, and the conclusion stands alone.
    ArgumentGraph none =
        Run(pack, {Doc("Weighing both options, the author concludes that waiting pays.")});
    CHECK(Edges(none).empty());
  }

  TEST_CASE("the previous anchor ties a sentence back to the one before it") {
    CompiledPack pack = PackOf(
        "rule claim\n  pattern: ^(?P<claim>states .+)$\n  emits: claim\n"
        "rule however\n  pattern: ^however, (?P<premise>.+)$\n"
        "  emits: premise, premise attacks previous\n");
    ArgumentGraph g = Run(pack, {Doc("States balance. However, some bandwagon.")});
    CHECK(Edges(g) ==
          std::vector<std::string>{"some bandwagon -attacks-> States balance [however]"});
  }

  TEST_CASE("sentence and follows limit where a rule applies") {
    CompiledPack pack = PackOf(
        "rule last\n  pattern: ^(?P<conclusion>.+)$\n  emits: conclusion\n  sentence: last\n"
        "  priority: 5\n"
        "rule find\n  pattern: we find that (?P<conclusion>.+)\n  emits: conclusion\n"
        "rule more\n  pattern: ^(?P<conclusion>trade .+)$\n  emits: conclusion\n"
        "  follows: conclusion\n  priority: 6\n");
    ArgumentGraph g = Run(pack, {Doc("Trade is old. We find that war is rare. Trade lowers risk. "
                                     "Peace holds.")});
    CHECK(Nodes(g) == std::vector<std::string>{"conclusion:war is rare",
                                               "conclusion:Trade lowers risk",
                                               "conclusion:Peace holds"});
  }

  TEST_CASE("first-N and last-N limit a rule to the first or last sentences") {
    CompiledPack pack = PackOf(
        "rule head\n  pattern: ^(?P<claim>alpha .+)$\n  emits: claim\n  sentence: first-2\n"
        "rule tail\n  pattern: ^(?P<premise>beta .+)$\n  emits: premise\n  sentence: last-2\n");
    ArgumentGraph g = Run(pack, {Doc("Alpha one. Alpha two. Alpha three. Beta one. Beta two. "
                                     "Beta three.")});
    CHECK(Nodes(g) == std::vector<std::string>{"claim:Alpha one", "claim:Alpha two",
                                               "premise:Beta two", "premise:Beta three"});
  }

  TEST_CASE("the thesis anchor is the paper's first claim outside the sentence") {
    CompiledPack pack = PackOf(
        "rule claim\n  pattern: ^(?P<claim>states .+)$\n  emits: claim\n"
        "rule support\n  pattern: ^(?P<premise>support .+)$\n  emits: premise, premise supports "
        "thesis\n");
    ArgumentGraph g =
        Run(pack, {Doc("States balance. States hedge. Support is found across cases.")});
    CHECK(Edges(g) == std::vector<std::string>{
                          "Support is found across cases -supports-> States balance [support]"});
    ArgumentGraph none = Run(pack, {Doc("Support is found across cases.")});
    CHECK(Edges(none).empty());
  }

  TEST_CASE("documents keep their own ids and the same input gives the same graph") {
    CompiledPack pack = PackOf(kConcludeRules);
    std::vector<Document> docs = {Doc("We conclude that war is rare.", "a"),
                                  Doc("Exports grew.", "b")};
    ArgumentGraph g1 = Run(pack, docs);
    ArgumentGraph g2 = Run(pack, docs);
    CHECK(Nodes(g1) == Nodes(g2));
    REQUIRE(g1.node_count() == 2);
    CHECK(g1.node(0).id == "a/n1");
    CHECK(g1.node(1).id == "b/n1");
    CHECK(g1.edge_count() == 0);
  }

  TEST_CASE("without a conclusion, the claims of the last sentence become the conclusion") {
    CompiledPack pack = PackOf("rule c\n  pattern: ^(?P<claim>.+ must .+)$\n  emits: claim\n");
    ArgumentGraph g = Run(pack, {Doc("States must arm. Allies must pay.")});
    CHECK(Nodes(g) ==
          std::vector<std::string>{"claim:States must arm", "conclusion:Allies must pay"});
    ArgumentGraph one = Run(pack, {Doc("States must arm. Nothing else.")});
    CHECK(Nodes(one) == std::vector<std::string>{"claim:States must arm"});
  }

  TEST_CASE("earlier_claim reaches back past premises to the nearest claim") {
    CompiledPack pack = PackOf(
        "rule claim\n  pattern: ^(?P<claim>states .+)$\n  emits: claim\n"
        "rule fact\n  pattern: ^(?P<premise>budgets .+)$\n  emits: premise\n"
        "rule yet\n  pattern: ^yet (?P<premise>.+)$\n  emits: premise, premise attacks "
        "earlier_claim\n");
    ArgumentGraph g = Run(pack, {Doc("States balance. Budgets shrink. Yet some bandwagon.")});
    CHECK(Edges(g) == std::vector<std::string>{"Budgets shrink -supports-> States balance "
                                               "[default/premise-supports-nearest-claim]",
                                               "some bandwagon -attacks-> States balance [yet]"});
  }

  TEST_CASE("a rule of a field pack runs only on abstracts of that pack") {
    CompiledPack pack = PackOf(
        "lexicon pack_clinical: patients | placebo | dose | trial\n"
        "rule result\n  pattern: ^(?P<premise>.+ was .+)$\n  emits: premise\n  pack: clinical\n");
    std::vector<Document> docs = {
        Doc("The trial gave patients a placebo dose. Survival was longer.", "trial"),
        Doc("The war was long.", "war")};
    ExtractStats stats;
    ArgumentGraph g;
    Extract(docs, pack, &g, &stats, RulesOnly());
    CHECK(stats.packs == std::vector<std::string>{"clinical", "general"});
    CHECK(Nodes(g) == std::vector<std::string>{"premise:Survival was longer"});
    ArgumentGraph forced;
    ExtractOptions options = RulesOnly();
    options.pack = "clinical";
    Extract(docs, pack, &forced, nullptr, options);
    CHECK(Nodes(forced) ==
          std::vector<std::string>{"premise:Survival was longer", "premise:The war was long"});
  }

  TEST_CASE("a document where no rule fires gives no nodes") {
    CompiledPack pack = PackOf(kConcludeRules);
    CHECK(Run(pack, {Doc("Nothing argued here.")}).node_count() == 0);
    CHECK(Run(pack, {Doc("")}).node_count() == 0);
  }
}

}  // namespace argmap
