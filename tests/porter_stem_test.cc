#include "compare/porter_stem.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace argmap {

TEST_SUITE("porter_stem") {
  TEST_CASE("the full stemmer gives Porter's published stems") {
    const std::vector<std::pair<std::string, std::string>> table = {
        {"caresses", "caress"},
        {"ponies", "poni"},
        {"ties", "ti"},
        {"caress", "caress"},
        {"cats", "cat"},
        {"feed", "feed"},
        {"agreed", "agre"},
        {"plastered", "plaster"},
        {"bled", "bled"},
        {"motoring", "motor"},
        {"sing", "sing"},
        {"conflated", "conflat"},
        {"troubled", "troubl"},
        {"sized", "size"},
        {"hopping", "hop"},
        {"tanned", "tan"},
        {"falling", "fall"},
        {"hissing", "hiss"},
        {"fizzed", "fizz"},
        {"failing", "fail"},
        {"filing", "file"},
        {"happy", "happi"},
        {"sky", "sky"},
        {"relational", "relat"},
        {"conditional", "condit"},
        {"rational", "ration"},
        {"digitizer", "digit"},
        {"vietnamization", "vietnam"},
        {"predication", "predic"},
        {"operator", "oper"},
        {"feudalism", "feudal"},
        {"decisiveness", "decis"},
        {"hopefulness", "hope"},
        {"callousness", "callous"},
        {"formaliti", "formal"},
        {"sensitiviti", "sensit"},
        {"triplicate", "triplic"},
        {"formative", "form"},
        {"electrical", "electr"},
        {"goodness", "good"},
        {"revival", "reviv"},
        {"allowance", "allow"},
        {"inference", "infer"},
        {"airliner", "airlin"},
        {"adjustable", "adjust"},
        {"defensible", "defens"},
        {"irritant", "irrit"},
        {"replacement", "replac"},
        {"adjustment", "adjust"},
        {"dependent", "depend"},
        {"adoption", "adopt"},
        {"communism", "commun"},
        {"activate", "activ"},
        {"homologous", "homolog"},
        {"effective", "effect"},
        {"bowdlerize", "bowdler"},
        {"probate", "probat"},
        {"rate", "rate"},
        {"cease", "ceas"},
        {"controll", "control"},
        {"roll", "roll"},
        {"deterrence", "deterr"},
        {"credibility", "credibl"},
    };
    for (const auto& [word, stem] : table) {
      CAPTURE(word);
      CHECK(PorterStem(word) == stem);
    }
  }

  TEST_CASE("the inflection stemmer undoes plurals, -ed, -ing and -y only") {
    const std::vector<std::pair<std::string, std::string>> table = {
        {"wars", "war"},
        {"alliances", "alliance"},
        {"initiated", "initiate"},
        {"policies", "polici"},
        {"policy", "polici"},
        {"hopping", "hop"},
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
      CHECK(PorterStem(word) == word);
      CHECK(PorterInflection(word) == word);
    }
  }
}

}  // namespace argmap
