#include "compare/terms.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace argmap {
namespace {

// "key|surface" with "+" for a multi-word term and "!" for a name.
std::vector<std::string> Show(std::string_view text) {
  std::vector<std::string> out;
  for (const Term& t : ExtractTerms(text)) {
    out.push_back(t.key + "|" + t.surface + (t.multiword ? "+" : "") + (t.name ? "!" : ""));
  }
  return out;
}

}  // namespace

TEST_SUITE("compare_terms") {
  TEST_CASE("content words, then the phrase each one ends, with stop words left out") {
    CHECK(Show("The alliance’s nuclear deterrence is not credible, say U.S. officials.") ==
          std::vector<std::string>{"alliance|alliance", "nuclear|nuclear",
                                   "alliance nuclear|alliance nuclear+", "deterrence|deterrence",
                                   "nuclear deterrence|nuclear deterrence+", "credible|credible",
                                   "us|U.S.!", "official|officials",
                                   "us official|U.S. officials+"});
  }

  TEST_CASE("spellings of one name share a key and a run of names is one more term") {
    CHECK(Show("Sanctions against the United States and the UK failed; the World Trade "
               "Organization ruled.") ==
          std::vector<std::string>{
              "sanction|Sanctions", "us|United States!", "uk|UK!", "fail|failed",
              "uk fail|UK failed+", "world|World!", "trade|Trade!", "world trade|World Trade+!",
              "organization|Organization!", "trade organization|Trade Organization+!",
              "world trade organization|World Trade Organization+!", "rule|ruled",
              "organization rule|Organization ruled+"});
  }

  TEST_CASE("hyphens join words, and numbers and brackets separate phrases") {
    CHECK(Show("US-Japan alliance") ==
          std::vector<std::string>{"us|US!", "japan|Japan!", "us japan|US Japan+!",
                                   "alliance|alliance", "japan alliance|Japan alliance+"});
    CHECK(Show("Trade wars (1990-2000) hurt growth.") ==
          std::vector<std::string>{"trade|Trade", "war|wars", "trade war|Trade wars+", "hurt|hurt",
                                   "growth|growth", "hurt growth|hurt growth+"});
  }

  TEST_CASE("a capitalized word opening a sentence is not a name, an acronym always is") {
    CHECK(Show("Japan waits. IMF lending rose in Japan") ==
          std::vector<std::string>{"japan|Japan", "wait|waits", "japan wait|Japan waits+",
                                   "imf|IMF!", "lend|lending", "imf lend|IMF lending+", "rose|rose",
                                   "lend rose|lending rose+", "japan|Japan!"});
  }

  TEST_CASE("texts without content words give no terms") {
    for (std::string text :
         {"", "   ", "It is not. We argue that they do.", "1999 (2001)", "— … “ ”", "e.g. i.e."}) {
      CAPTURE(text);
      CHECK(ExtractTerms(text).empty());
    }
  }

  TEST_CASE("stop words are function words and the vocabulary of abstracts") {
    for (std::string word : {"the", "not", "paper", "argue", "findings", "however", "is", "us"}) {
      CAPTURE(word);
      CHECK(IsStopWord(word));
    }
    for (std::string word : {"war", "nuclear", "credible", "sanction", "alliance"}) {
      CAPTURE(word);
      CHECK_FALSE(IsStopWord(word));
    }
  }

  TEST_CASE("name aliases") {
    CHECK(NameAlias("united states") == "us");
    CHECK(NameAlias("usa") == "us");
    CHECK(NameAlias("united kingdom") == "uk");
    CHECK(NameAlias("japan") == "");
  }
}

}  // namespace argmap
