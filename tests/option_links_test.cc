#include "pipeline/option_links.h"

#include <doctest/doctest.h>

namespace argmap {

TEST_SUITE("option_links") {
  TEST_CASE("content stems drop short and function words and common suffixes") {
    CHECK(ContentStems("Pursuing the nuclear options, which states pursued") ==
          std::vector<std::string>{"nuclear", "option", "pursu", "state"});
  }

  TEST_CASE("negation is a word, not a substring") {
    CHECK(IsNegated("it is not wise"));
    CHECK(IsNegated("the state can no longer wait"));
    CHECK(IsNegated("they cannot win"));
    CHECK_FALSE(IsNegated("nothing notable happened"));
    CHECK_FALSE(IsNegated("no state waits"));
  }

  TEST_CASE("a negated conclusion rejects the option it shares most words with") {
    std::vector<std::string_view> options = {"pursuing nuclear autonomy",
                                             "remaining under the allied nuclear umbrella"};
    CHECK(RejectedOption("it is not in the interest of the state to pursue autonomy through "
                         "independent nuclear capabilities",
                         options) == 0);
    CHECK(RejectedOption("it is in the interest of the state to pursue nuclear autonomy",
                         options) == -1);
  }

  TEST_CASE("a tie or a single shared word rejects nothing") {
    CHECK(RejectedOption("nuclear weapons are not the answer",
                         {"nuclear autonomy", "nuclear umbrella"}) == -1);
    CHECK(RejectedOption("autonomy is not wise", {"pursuing autonomy", "staying allied"}) == -1);
    CHECK(RejectedOption("trade does not pay", {}) == -1);
  }
}

}  // namespace argmap
