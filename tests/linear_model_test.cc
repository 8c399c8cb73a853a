// Tests of src/model/linear_model: scores, probabilities, explanations and the text form.
#include "model/linear_model.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

LinearModel Sample() {
  LinearModel m({"none", "claim", "premise"});
  m.SetWeight(std::string(kBiasFeature), 0, 0.5);
  m.SetWeight("word:because", 2, 1.25);
  m.SetWeight("word:because", 0, -0.25);
  m.SetWeight("first:we", 1, 2.0);
  m.SetWeight("number", 2, -0.0000001);  // rounds to zero: not written
  return m;
}

}  // namespace

TEST_SUITE("linear_model") {
  TEST_CASE("a score is the bias plus each known feature's weight, counted once") {
    LinearModel m = Sample();
    std::vector<std::string> f = {"first:we", "word:because", "word:because", "word:unknown"};
    std::vector<double> s = m.Scores(f);
    REQUIRE(s.size() == 3);
    CHECK(s[0] == doctest::Approx(0.25));
    CHECK(s[1] == doctest::Approx(2.0));
    CHECK(s[2] == doctest::Approx(1.25));
  }

  TEST_CASE("probabilities are logistic scores normalized over the classes") {
    std::vector<double> p = LinearModel::Probabilities({0.0, 0.0});
    CHECK(p[0] == doctest::Approx(0.5));
    CHECK(p[1] == doctest::Approx(0.5));
    p = LinearModel::Probabilities({10.0, -10.0, -10.0});
    CHECK(p[0] > 0.99);
  }

  TEST_CASE("explain names the weightiest features of a class, largest first") {
    LinearModel m = Sample();
    std::vector<Reason> why = m.Explain(std::vector<std::string>{"first:we", "word:because"}, 0, 3);
    REQUIRE(why.size() == 1);
    CHECK(why[0].feature == "word:because");
    CHECK(why[0].weight == doctest::Approx(-0.25));
    CHECK(m.Explain(std::vector<std::string>{"first:we", "word:because"}, 1, 3).size() == 1);
    CHECK(m.Explain(std::vector<std::string>{"first:we", "word:because"}, 2, 0).empty());
  }

  TEST_CASE("the text form is sorted by feature then class and leaves out zero weights") {
    CHECK(Sample().Serialize("roles") ==
          "roles (bias) none 0.500000\n"
          "roles first:we claim 2.000000\n"
          "roles word:because none -0.250000\n"
          "roles word:because premise 1.250000\n");
  }

  TEST_CASE("unknown classes and features are reported as such") {
    LinearModel m = Sample();
    CHECK(m.ClassIndex("premise") == 2);
    CHECK(m.ClassIndex("option") == -1);
    CHECK(m.Knows("first:we"));
    CHECK_FALSE(m.Knows("first:they"));
  }
}

}  // namespace argmap
