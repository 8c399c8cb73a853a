#include "compare/stance_lexicon.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace argmap {

TEST_SUITE("stance_lexicon") {
  TEST_CASE("every entry is lower case, one or two words, in one row and on one side only") {
    std::map<std::string, std::string> seen;  // entry -> "row+" or "row-"
    std::set<std::string_view> names;
    for (const EvaluativeDimension& row : EvaluativeDimensions()) {
      CHECK(names.insert(row.name).second);
      CHECK_FALSE(row.positive.empty());
      for (int side : {1, -1}) {
        for (std::string_view w : side > 0 ? row.positive : row.negative) {
          std::string entry(w);
          CAPTURE(entry);
          std::string where = std::string(row.name) + (side > 0 ? "+" : "-");
          auto [it, added] = seen.emplace(entry, where);
          CHECK_MESSAGE(added, "also in " << it->second);
          bool ok = !entry.empty() && entry.front() != ' ' && entry.back() != ' ' &&
                    entry.find("  ") == std::string::npos &&
                    std::count(entry.begin(), entry.end(), ' ') <= 1;
          for (char c : entry) ok = ok && !(c >= 'A' && c <= 'Z');
          CHECK(ok);
        }
      }
    }
  }

  TEST_CASE("the evaluative rows judge a subject, the others are matched on an object") {
    for (const EvaluativeDimension& row : EvaluativeDimensions()) {
      CAPTURE(row.name);
      CHECK(row.evaluative == (row.anchoring == Anchoring::kSubject));
    }
  }
}

}  // namespace argmap
