#include "cli/cli.h"

#include <algorithm>
#include <ostream>

#include "core/kinds.h"
#include "core/name_table.h"
#include "core/spellcheck.h"
#include "read/reader.h"

namespace argmap {

const std::vector<Subcommand>& Subcommands() {
  static const std::vector<Subcommand> table = {
      {"extract", "map abstracts into an argument graph (JSON, DOT, ...)", RunExtract},
      {"render", "draw the argument map with Graphviz (SVG, PNG, PDF, HTML viewer)", RunRender},
      {"rules", "check a rule pack, run its examples, or list its rules", RunRules},
      {"eval", "score the maps against a gold file", RunEval},
      {"train", "fit the role and relation model to gold files; cross-validate", RunTrain},
      {"convert", "convert an argmap JSON, AIF or Argdown graph to another format", RunConvert},
      {"compare", "link claims across papers by content; write a review matrix", RunCompare},
      {"help", "show help for argmap or a subcommand, or list the node and edge kinds", RunHelp},
      {"version", "print the version", RunVersion},
  };
  return table;
}

namespace {

const Subcommand* FindSubcommand(std::string_view name) { return RowNamed(Subcommands(), name); }

std::vector<std::string> SubcommandNames() { return Names(Subcommands()); }

void PrintUsage(std::ostream& out) {
  out << "usage: argmap <command> [options] [args]\n\n"
         "argmap reads scholarly abstracts, finds their claims, premises and conclusions\n"
         "with editable rules, and writes the argument as a typed graph.\n\nCommands:\n";
  for (const Subcommand& s : Subcommands()) {
    std::string name(s.name);
    name.resize(10, ' ');
    out << "  " << name << s.summary << "\n";
  }
  out << "\nRun 'argmap <command> --help' for a command's options.\n";
}

void PrintKinds(std::ostream& out) {
  out << "Node kinds:\n";
  for (NodeType t : kAllNodeTypes) {
    std::string name(NodeTypeName(t));
    name.resize(12, ' ');
    out << "  " << name << NodeTypeDescription(t) << "\n";
  }
  out << "Edge kinds:\n";
  for (EdgeType t : kAllEdgeTypes) {
    std::string name(EdgeTypeName(t));
    name.resize(12, ' ');
    out << "  " << name << EdgeTypeDescription(t) << "\n";
  }
}

}  // namespace

int UsageError(CliIo& io, std::string_view command, const std::string& message) {
  io.err << "argmap: error: " << message << "\n";
  std::string what =
      command.empty() ? "argmap --help" : "argmap " + std::string(command) + " --help";
  io.err << "run '" << what << "' for usage\n";
  return 2;
}

int RunHelp(const std::vector<std::string>& args, CliIo& io) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    PrintUsage(io.out);
    return 0;
  }
  if (args[0] == "kinds") {
    PrintKinds(io.out);
    return 0;
  }
  const Subcommand* s = FindSubcommand(args[0]);
  if (!s) {
    return UsageError(io, "",
                      "unknown command '" + args[0] + "'" + DidYouMean(args[0], SubcommandNames()));
  }
  return s->run({"--help"}, io);
}

int RunVersion(const std::vector<std::string>& args, CliIo& io) {
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    io.out << "usage: argmap version\n\nPrints the version of argmap.\n";
    return 0;
  }
  io.out << "argmap " << ARGMAP_VERSION << "\n";
  return 0;
}

int RunCli(const std::vector<std::string>& args, CliIo& io) {
  if (args.empty()) {
    PrintUsage(io.err);
    return 2;
  }
  const std::string& name = args[0];
  if (name == "--help" || name == "-h") return RunHelp({}, io);
  if (name == "--version" || name == "-V") return RunVersion({}, io);
  const Subcommand* s = FindSubcommand(name);
  if (!s) {
    return UsageError(io, "",
                      "unknown command '" + name + "'" + DidYouMean(name, SubcommandNames()));
  }
  return s->run(std::vector<std::string>(args.begin() + 1, args.end()), io);
}

void PrintDiagnostics(const std::vector<Diagnostic>& diags, bool quiet, std::ostream& err) {
  for (const Diagnostic& d : diags) {
    if (!quiet || d.severity == Severity::kError) err << d.Format();
  }
}

bool PrintGoldDiagnostics(const std::vector<Diagnostic>& diags, bool strict, std::ostream& err) {
  for (const Diagnostic& d : diags) {
    err << d.Format();
    if (strict && d.severity == Severity::kError) return false;
  }
  return true;
}

void RunTally::Count(const std::vector<Diagnostic>& diags) {
  for (const Diagnostic& d : diags) {
    if (d.severity == Severity::kError) ++errors;
    if (IsSkippedRecord(d)) ++skipped;
    if (IsSkippedOtherRecord(d)) ++skipped_other;
  }
}

void RunTally::Print(std::ostream& err) const {
  if (mapped == 0 || skipped + skipped_other + errors == 0) return;
  auto count = [](size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
  };
  err << "argmap: mapped " << count(mapped, "abstract", "abstracts");
  if (skipped > 0)
    err << "; skipped " << count(skipped, "record", "records") << " without an abstract";
  if (skipped_other > 0) {
    err << (skipped > 0 ? " and " : "; skipped ") << count(skipped_other, "record", "records")
        << " for another reason";
  }
  if (errors > 0) err << "; " << count(errors, "error", "errors") << " above";
  err << "\n";
}

bool ApplyModelOption(const ParsedArgs& args, Model* model, ExtractOptions* options, CliIo& io) {
  if (!args.Has("--model")) return true;
  std::vector<Diagnostic> diags;
  if (!LoadModel(args.Get("--model"), model, &diags)) {
    io.err << FormatAll(diags);
    return false;
  }
  options->model = model;
  return true;
}

bool LoadPacks(const ParsedArgs& args, int jobs, std::vector<CompiledPack>* packs, CliIo& io) {
  packs->resize(jobs);
  for (CompiledPack& pack : *packs) {
    std::vector<Diagnostic> diags;
    if (!LoadPack(args.Get("--rules"), args.All("--add-rules"), &pack, &diags)) {
      PrintDiagnostics(diags, false, io.err);
      return false;
    }
  }
  return true;
}

std::vector<const CompiledPack*> Pointers(const std::vector<CompiledPack>& packs) {
  std::vector<const CompiledPack*> out;
  for (const CompiledPack& p : packs) out.push_back(&p);
  return out;
}

}  // namespace argmap
