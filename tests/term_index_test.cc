#include "compare/term_index.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

namespace argmap {
namespace {

TermId IdOf(const TermIndex& index, std::string_view key) {
  TermId id = 0;
  REQUIRE(index.Find(key, &id));
  return id;
}

double WeightOf(const TermIndex& index, const TermVector& v, std::string_view key) {
  TermId id = IdOf(index, key);
  for (const WeightedTerm& t : v.terms) {
    if (t.id == id) return t.weight;
  }
  return 0.0;
}

}  // namespace

TEST_SUITE("term_index") {
  TEST_CASE("document frequencies count each paper once, ids in order of first use") {
    TermIndex index;
    std::vector<TermId> ids = index.AddDocument("Sanctions fail. Sanctions fail.");
    index.AddDocument("Trade sanctions work in Japan.");
    CHECK(index.documents() == 2);
    CHECK(index.key(0) == "sanction");
    CHECK(index.key(1) == "fail");
    CHECK(ids == std::vector<TermId>{0, 1, 2, 0, 1, 2});  // sanction, fail, "sanction fail", twice
    CHECK(index.df(IdOf(index, "sanction")) == 2);
    CHECK(index.df(IdOf(index, "fail")) == 1);
    CHECK(index.df(IdOf(index, "sanction fail")) == 1);
    CHECK(index.is_name(IdOf(index, "japan")));
    CHECK_FALSE(index.is_name(IdOf(index, "trade")));
    CHECK(index.is_multiword(IdOf(index, "trade sanction")));
    TermId unknown = 0;
    CHECK_FALSE(index.Find("peace", &unknown));
  }

  TEST_CASE("weights are (1 + ln tf) * idf * boost, and a phrase of one paper is left out") {
    TermIndex index;
    index.AddDocument("Nuclear deterrence in Japan.");
    index.AddDocument("Nuclear deterrence fails.");
    index.AddDocument("Trade grows.");
    TermVector v = index.Vectorize("nuclear deterrence, nuclear weapons and Japan");
    double idf2 = std::log(4.0 / 3.0) + 1.0;  // in 2 of 3 papers
    double idf1 = std::log(4.0 / 2.0) + 1.0;  // in 1 of 3 papers
    CHECK(WeightOf(index, v, "nuclear") == doctest::Approx((1 + std::log(2.0)) * idf2));
    CHECK(WeightOf(index, v, "nuclear deterrence") == doctest::Approx(idf2 * 1.5));
    CHECK(WeightOf(index, v, "japan") == doctest::Approx(idf1 * 1.5));
    // "weapons" is new (df 1), and the phrase "nuclear weapons" is in no paper.
    CHECK(WeightOf(index, v, "weapon") == doctest::Approx(idf1));
    TermId phrase = 0;
    REQUIRE(index.Find("nuclear weapon", &phrase));
    for (const WeightedTerm& t : v.terms) CHECK(t.id != phrase);
    double sum = 0;
    for (size_t i = 0; i < v.terms.size(); ++i) {
      if (i > 0) CHECK(v.terms[i - 1].id < v.terms[i].id);
      sum += static_cast<double>(v.terms[i].weight) * v.terms[i].weight;
    }
    CHECK(v.norm == doctest::Approx(std::sqrt(sum)));
  }

  TEST_CASE("a text without terms has an empty vector of length 0") {
    TermIndex index;
    index.AddDocument("Trade grows.");
    TermVector v = index.Vectorize("It is not so.");
    CHECK(v.terms.empty());
    CHECK(v.norm == 0.0);
  }
}

}  // namespace argmap
