// `argmap rules check|test|list [DIR]`: validate a pack, run its examples, list it.
#include <algorithm>
#include <ostream>

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/options.h"
#include "core/spellcheck.h"
#include "rules/compiled_pack.h"
#include "rules/rule_tester.h"

namespace argmap {
namespace {

const std::vector<OptionSpec>& RulesOptions() {
  static const std::vector<OptionSpec> specs = {
      kAddRulesOption,
      kHelpOption,
  };
  return specs;
}

void PrintRulesHelp(std::ostream& out) {
  out << "usage: argmap rules check|test|list [DIR]\n\n"
         "  check  parse and compile the pack in DIR (default: the built-in pack)\n"
         "  test   also run every rule's match: and no-match: examples\n"
         "  list   print each rule's id, priority and what it emits\n\n"
      << FormatOptions(RulesOptions());
}

std::string PackSummary(const CompiledPack& pack) {
  const RulePack& p = pack.pack();
  return std::to_string(p.rules.size()) + " rules, " + std::to_string(p.lexicons.size()) +
         " lexicons in " + std::to_string(p.files.size()) + " files";
}

int ListRules(const CompiledPack& pack, CliIo& io) {
  for (const Rule& r : pack.pack().rules) {
    io.out << r.id << "  priority " << r.priority << "  emits";
    std::string sep = " ";
    for (const std::string& c : r.node_captures) {
      io.out << sep << c;
      sep = ", ";
    }
    for (const RelationSpec& rel : r.relations) {
      io.out << sep << rel.source << " " << EdgeTypeName(rel.type) << " " << rel.target;
      sep = ", ";
    }
    io.out << "\n";
  }
  return 0;
}

int TestRules(const CompiledPack& pack, CliIo& io) {
  RuleTestResult result = TestRuleExamples(pack);
  for (const Diagnostic& d : result.failures) io.err << d.Format();
  io.out << "rules: " << PackSummary(pack) << "; " << result.rules_without_examples
         << " rules without examples\n";
  io.out << result.passed << " passed, " << result.failed << " failed\n";
  return result.failed == 0 ? 0 : 1;
}

}  // namespace

int RunRules(const std::vector<std::string>& argv, CliIo& io) {
  ParsedArgs args;
  std::string err;
  if (!ParseArgs(argv, RulesOptions(), &args, &err)) return UsageError(io, "rules", err);
  if (args.Has("--help")) {
    PrintRulesHelp(io.out);
    return 0;
  }
  const std::vector<std::string> actions = {"check", "test", "list"};
  if (args.positional.empty()) return UsageError(io, "rules", "expected check, test or list");
  const std::string& action = args.positional[0];
  if (std::count(actions.begin(), actions.end(), action) == 0) {
    return UsageError(io, "rules", "unknown action '" + action + "'" + DidYouMean(action, actions));
  }
  if (args.positional.size() > 2) return UsageError(io, "rules", "expected at most one DIR");
  std::string dir = args.positional.size() == 2 ? args.positional[1] : "";
  std::vector<Diagnostic> diags;
  CompiledPack pack;
  bool ok = LoadPack(dir, args.All("--add-rules"), &pack, &diags);
  for (const Diagnostic& d : diags) io.err << d.Format();
  if (!ok) {
    io.err << "argmap: rule pack has errors\n";
    return 1;
  }
  if (action == "list") return ListRules(pack, io);
  if (action == "test") return TestRules(pack, io);
  io.out << "rules: " << PackSummary(pack) << ": ok\n";
  return 0;
}

}  // namespace argmap
