// Runs every rule's examples: each `match:` must match the rule's pattern and
// each `no-match:` must not (both on the normalized example text, as in extraction).
#ifndef ARGMAP_RULES_RULE_TESTER_H_
#define ARGMAP_RULES_RULE_TESTER_H_

#include <vector>

#include "core/diagnostic.h"
#include "rules/compiled_pack.h"

namespace argmap {

struct RuleTestResult {
  int passed = 0;
  int failed = 0;
  int rules_without_examples = 0;
  std::vector<Diagnostic> failures;  // one per failed example, pointing at it
};

RuleTestResult TestRuleExamples(const CompiledPack& pack);

}  // namespace argmap

#endif  // ARGMAP_RULES_RULE_TESTER_H_
