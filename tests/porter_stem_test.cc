#include "compare/porter_stem.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace argmap {

TEST_SUITE("porter_stem") {
  TEST_CASE("the inflection stemmer undoes plurals, -ed, -ing and -y only") {
    const std::vector<std::pair<std::string, std::string>> table = {
        {"wars", "war"},
        {"alliances", "alliance"},
        {"initiated", "initiate"},
        {"policies", "polici"},
        {"policy", "polici"},
        {"hopping", "hop"},
        {"caresses", "caress"},
        {"ponies", "poni"},
        {"agreed", "agree"},
        {"feed", "feed"},
        {"plastered", "plaster"},
        {"motoring", "motor"},
        {"conflated", "conflate"},
        {"troubled", "trouble"},
        {"sized", "size"},
        {"falling", "fall"},
        {"filing", "file"},
        {"happy", "happi"},
        {"sky", "sky"},
        {"international", "international"},
        {"internal", "internal"},
        {"civilizations", "civilization"},
        {"civil", "civil"},
        {"community", "communiti"},
        {"communism", "communism"},
        {"deterrence", "deterrence"},
    };
    for (const auto& [word, stem] : table) {
      CAPTURE(word);
      CHECK(PorterInflection(word) == stem);
    }
  }

  TEST_CASE("short words and words that are not lower-case ASCII come back unchanged") {
    for (std::string word : {"", "a", "is", "Wars", "g20", "détente", "US"}) {
      CAPTURE(word);
      CHECK(PorterInflection(word) == word);
    }
  }
}

}  // namespace argmap
