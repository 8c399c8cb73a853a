// Tests of src/model/train: fitting a linear model to examples, training both scorers
// on gold abstracts, and K-fold cross-validation. The abstracts are made up for these
// tests; a small rule pack keeps the candidates easy to follow.
#include "model/train.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pack_fixtures.h"
#include "rules/rule_parser.h"

namespace argmap {
namespace {

using testing::Doc;
using testing::PackOf;

const char* const kRules =
    "rule argue\n  pattern: we argue that (?P<claim>.+)\n  emits: claim\n"
    "rule conclude\n  pattern: we conclude that (?P<conclusion>.+)\n  emits: conclusion\n"
    "rule grew\n  pattern: ^(?P<premise>.+ grew\\b.*)$\n  emits: premise\n";

// Five annotated abstracts: 10 core components, 5 supports relations, no attack, and
// two sentences that are no component.
const char* const kGold =
    R"({"id": "g1", "text": "Cycling trips grew in every district after the lanes opened. )"
    R"(The survey ran for two years in four regions. We conclude that protected bike lanes )"
    R"(save lives in dense cities.", "components": [{"id": "T1", "role": "premise", "text": )"
    R"("Cycling trips grew in every district after the lanes opened"}, {"id": "T2", "role": )"
    R"("major_claim", "text": "protected bike lanes save lives in dense cities"}], )"
    R"("relations": [{"source": "T1", "target": "T2", "type": "supports"}]})"
    "\n"
    R"({"id": "g2", "text": "We argue that free school meals raise attendance among poor )"
    R"(pupils. Attendance grew by a tenth in the pilot towns. Twelve councils took part in )"
    R"(the scheme.", "components": [{"id": "T1", "role": "claim", "text": "free school meals )"
    R"(raise attendance among poor pupils"}, {"id": "T2", "role": "premise", "text": )"
    R"("Attendance grew by a tenth in the pilot towns"}], "relations": [{"source": "T2", )"
    R"("target": "T1", "type": "supports"}]})"
    "\n"
    R"({"id": "g3", "text": "Library visits grew after the evening hours were extended. We )"
    R"(conclude that late opening hours draw working adults back to libraries.", )"
    R"("components": [{"id": "T1", "role": "premise", "text": "Library visits grew after the )"
    R"(evening hours were extended"}, {"id": "T2", "role": "conclusion", "text": "late )"
    R"(opening hours draw working adults back to libraries"}], "relations": [{"source": "T1", )"
    R"("target": "T2", "type": "supports"}]})"
    "\n"
    R"({"id": "g4", "text": "We argue that cheaper ferry fares revive island shops. Ferry )"
    R"(traffic grew in both summers after the fare cut.", "components": [{"id": "T1", )"
    R"("role": "claim", "text": "cheaper ferry fares revive island shops"}, {"id": "T2", )"
    R"("role": "evidence", "text": "Ferry traffic grew in both summers after the fare cut"}], )"
    R"("relations": [{"source": "T2", "target": "T1", "type": "supports"}]})"
    "\n"
    R"({"id": "g5", "text": "Park use grew in the neighbourhoods that planted new trees. We )"
    R"(conclude that shade brings residents outdoors in hot summers.", "components": [{"id": )"
    R"("T1", "role": "premise", "text": "Park use grew in the neighbourhoods that planted new )"
    R"(trees"}, {"id": "T2", "role": "conclusion", "text": "shade brings residents outdoors )"
    R"(in hot summers"}], "relations": [{"source": "T1", "target": "T2", "type": )"
    R"("supports"}]})"
    "\n";

std::vector<GoldDoc> Gold() {
  std::vector<GoldDoc> docs;
  std::vector<Diagnostic> diags;
  REQUIRE(ParseGold("gold.jsonl", kGold, &docs, &diags));
  REQUIRE(FormatAll(diags) == "");
  REQUIRE(docs.size() == 5);
  return docs;
}

const std::vector<std::string> kThree = {"none", "claim", "premise"};

// Twelve examples: "word:because" marks every claim; "word:noise" and "word:other"
// are as common in either class. No example is a premise.
std::vector<Example> Separable() {
  std::vector<Example> out;
  for (int i = 0; i < 6; ++i) {
    std::string noise = i % 2 ? "word:noise" : "word:other";
    out.push_back({{"word:because", noise}, 1});
    out.push_back({{noise}, 0});
  }
  return out;
}

}  // namespace

TEST_SUITE("train") {
  TEST_CASE("fit learns a positive weight for the feature that separates the classes") {
    LinearModel m = Fit(Separable(), kThree, TrainOptions());
    CHECK(m.classes() == kThree);
    CHECK(m.Weight("word:because", 1) > 0);
    CHECK(m.Weight("word:because", 0) < 0);
    for (const char* noise : {"word:noise", "word:other"}) {
      CAPTURE(noise);
      for (int k = 0; k < 3; ++k) CHECK(m.Weight(noise, k) == 0);
    }
    std::vector<double> with = LinearModel::Probabilities(m.Scores({"word:because"}));
    CHECK(with[1] > with[0]);
    // A larger cost fits the examples closer: a larger weight, and a bias for none.
    TrainOptions close;
    close.c = 10;
    LinearModel tight = Fit(Separable(), kThree, close);
    CHECK(tight.Weight("word:because", 1) > m.Weight("word:because", 1));
    std::vector<double> without = LinearModel::Probabilities(tight.Scores({"word:noise"}));
    CHECK(without[0] > without[1]);
  }

  TEST_CASE("two fits of the same examples give the same bytes") {
    std::string first = Fit(Separable(), kThree, TrainOptions()).Serialize("roles");
    CHECK(first != "");
    CHECK(Fit(Separable(), kThree, TrainOptions()).Serialize("roles") == first);
    // Features in another order within an example change nothing.
    std::vector<Example> swapped = Separable();
    for (Example& e : swapped) std::reverse(e.features.begin(), e.features.end());
    CHECK(Fit(swapped, kThree, TrainOptions()).Serialize("roles") == first);
  }

  TEST_CASE("a class with no examples gets the low bias and is never chosen") {
    LinearModel m = Fit(Separable(), kThree, TrainOptions());
    CHECK(m.Weight(kBiasFeature, 2) == -10.0);
    for (const std::vector<std::string>& features :
         std::vector<std::vector<std::string>>{{}, {"word:because"}, {"word:noise"}}) {
      std::vector<double> p = LinearModel::Probabilities(m.Scores(features));
      CHECK(p[2] < 0.001);
    }
  }

  // Without this, a role model of zeros (gold whose candidates all match nothing)
  // would make every clause unit a claim (1 - p(none) = 5/6) instead of none.
  TEST_CASE("the classes with no examples get the low bias when only one class has examples") {
    std::vector<Example> all_none = {{{"word:a"}, 0}, {{"word:b"}, 0}};
    LinearModel m = Fit(all_none, kThree, TrainOptions());
    CHECK(m.Weight(kBiasFeature, 1) == -10.0);
    CHECK(m.Weight(kBiasFeature, 2) == -10.0);
  }

  TEST_CASE("fit of no examples gives the classes, each with the low bias") {
    LinearModel m = Fit({}, kThree, TrainOptions());
    CHECK(m.classes() == kThree);
    CHECK(m.Serialize("roles") ==
          "roles (bias) claim -10.000000\n"
          "roles (bias) none -10.000000\n"
          "roles (bias) premise -10.000000\n");
  }

  TEST_CASE("training on gold abstracts gives both scorers with their classes") {
    CompiledPack pack = PackOf(kRules);
    TrainOptions options;
    options.pack = "general";
    Model m = Train(Gold(), pack, options);
    CHECK(m.roles.classes() == RoleClasses());
    CHECK(m.relations.classes() == RelationClasses());
    // No gold purpose, method or attack: those classes get the low bias.
    CHECK(m.roles.Weight(kBiasFeature, m.roles.ClassIndex("purpose")) == -10.0);
    CHECK(m.roles.Weight(kBiasFeature, m.roles.ClassIndex("method")) == -10.0);
    CHECK(m.relations.Weight(kBiasFeature, m.relations.ClassIndex("attacks")) == -10.0);
    // Every node of the "grew" rule is a gold premise: the rule's feature weighs for it.
    CHECK(m.roles.Weight("rule:grew=premise", m.roles.ClassIndex("premise")) > 0);
    // The same gold and options give the same model file.
    CHECK(SerializeModel(Train(Gold(), pack, options), "t") == SerializeModel(m, "t"));
  }

  TEST_CASE("cross-validation scores each fold on the abstracts it held out") {
    CompiledPack pack = PackOf(kRules);
    TrainOptions options;
    options.pack = "general";
    std::vector<FoldScore> folds = CrossValidate(Gold(), pack, options, 2);
    REQUIRE(folds.size() == 2);
    CHECK(folds[0].abstracts == 3);  // abstracts 1, 3 and 5
    CHECK(folds[1].abstracts == 2);
    // Every gold component and relation is held out exactly once.
    CHECK(folds[0].core.gold() + folds[1].core.gold() == 10);
    CHECK(folds[0].core.gold() == 6);
    CHECK(folds[0].relations.gold() + folds[1].relations.gold() == 5);
    CHECK(folds[1].relations.gold() == 2);
    for (const FoldScore& f : folds) CHECK(f.by_group.size() == 1);  // no groups: one
    std::vector<FoldScore> five = CrossValidate(Gold(), pack, options, 5);
    REQUIRE(five.size() == 5);
    for (const FoldScore& f : five) {
      CHECK(f.abstracts == 1);
      CHECK(f.core.gold() == 2);
      CHECK(f.relations.gold() == 1);
    }
  }

  TEST_CASE("cross-validation on several threads gives the scores of one") {
    CompiledPack first = PackOf(kRules), second = PackOf(kRules);
    TrainOptions options;
    options.pack = "general";
    std::vector<FoldScore> one = CrossValidate(Gold(), first, options, 5, {0, 0, 1, 1, 1});
    std::vector<FoldScore> two =
        CrossValidate(Gold(), {&first, &second}, options, 5, {0, 0, 1, 1, 1});
    REQUIRE(two.size() == one.size());
    for (size_t k = 0; k < one.size(); ++k) {
      CAPTURE(k);
      CHECK(two[k].abstracts == one[k].abstracts);
      CHECK(two[k].core.Scores().f1 == one[k].core.Scores().f1);
      CHECK(two[k].relations.Scores().f1 == one[k].relations.Scores().f1);
      REQUIRE(two[k].by_group.size() == one[k].by_group.size());
      for (size_t g = 0; g < one[k].by_group.size(); ++g) {
        CHECK(two[k].by_group[g].core.Scores().f1 == one[k].by_group[g].core.Scores().f1);
      }
    }
  }

  TEST_CASE("cross-validation counts each group's held-out abstracts apart") {
    CompiledPack pack = PackOf(kRules);
    TrainOptions options;
    options.pack = "general";
    // Abstracts 1 and 2 in group 0, 3 to 5 in group 1; folds take 1, 3, 5 and 2, 4.
    std::vector<FoldScore> folds = CrossValidate(Gold(), pack, options, 2, {0, 0, 1, 1, 1});
    REQUIRE(folds.size() == 2);
    REQUIRE(folds[0].by_group.size() == 2);
    REQUIRE(folds[1].by_group.size() == 2);
    CHECK(folds[0].by_group[0].abstracts == 1);
    CHECK(folds[0].by_group[1].abstracts == 2);
    CHECK(folds[1].by_group[0].abstracts == 1);
    CHECK(folds[1].by_group[1].abstracts == 1);
    for (const FoldScore& f : folds) {
      Tally sum;
      for (const Tally& g : f.by_group) sum.Add(g);
      CHECK(sum.abstracts == f.abstracts);
      CHECK(sum.core.tp == f.core.tp);
      CHECK(sum.core.gold() == f.core.gold());
      CHECK(sum.relations.pred() == f.relations.pred());
    }
  }
}

}  // namespace argmap
