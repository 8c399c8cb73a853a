// Parses rule files (the format is described in docs/rules.md).
//
//   # comment
//   lexicon conclude: conclude | concludes | concluded
//     | infer | infers          (indented lines continue a lexicon)
//
//   rule conclusion/conclude-that
//     pattern: \b{conclude}\s+that\s+(?P<conclusion>.+)
//     emits: conclusion
//     priority: 60
//     match: The authors conclude that sanctions rarely work.
//     no-match: We conclude with a discussion of policy implications.
//
// ParseRuleFile checks the syntax only and appends to `pack`; names that span
// files (lexicons, duplicate ids, captures) are checked by CompiledPack::Compile.
// Errors are "path:line:col: error: ..." diagnostics with the source line.
#ifndef ARGMAP_RULES_RULE_PARSER_H_
#define ARGMAP_RULES_RULE_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "rules/rule.h"

namespace argmap {

bool ParseRuleFile(const std::string& path, std::string_view content, RulePack* pack,
                   std::vector<Diagnostic>* diags);

// Reads every *.rules file of `dir` in name order. A missing or empty directory is an error.
bool LoadRuleDir(const std::string& dir, RulePack* pack, std::vector<Diagnostic>* diags);
bool LoadRuleFile(const std::string& path, RulePack* pack, std::vector<Diagnostic>* diags);
// The pack built into the binary from rules/ at build time.
bool LoadEmbeddedRules(RulePack* pack, std::vector<Diagnostic>* diags);

// Field names a rule may have, for help and "did you mean".
const std::vector<std::string>& RuleFieldNames();

Diagnostic ErrorAt(const SourceLoc& loc, std::string message);

}  // namespace argmap

#endif  // ARGMAP_RULES_RULE_PARSER_H_
