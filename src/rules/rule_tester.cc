#include "rules/rule_tester.h"

#include "rules/rule_parser.h"
#include "text/normalize.h"

namespace argmap {

RuleTestResult TestRuleExamples(const CompiledPack& pack) {
  RuleTestResult result;
  const std::vector<Rule>& rules = pack.pack().rules;
  for (int r = 0; r < static_cast<int>(rules.size()); ++r) {
    const Rule& rule = rules[r];
    if (rule.examples.empty()) ++result.rules_without_examples;
    RuleMatch m;
    for (size_t i = 0; i < rule.examples.size(); ++i) {
      if (pack.MatchRule(r, Normalize(rule.examples[i]).text, &m)) {
        ++result.passed;
      } else {
        ++result.failed;
        result.failures.push_back(
            ErrorAt(rule.example_locs[i], "rule '" + rule.id + "' does not match this example"));
      }
    }
    for (size_t i = 0; i < rule.counterexamples.size(); ++i) {
      if (!pack.MatchRule(r, Normalize(rule.counterexamples[i]).text, &m)) {
        ++result.passed;
      } else {
        ++result.failed;
        result.failures.push_back(ErrorAt(rule.counterexample_locs[i],
                                          "rule '" + rule.id + "' matches this no-match example"));
      }
    }
  }
  return result;
}

}  // namespace argmap
