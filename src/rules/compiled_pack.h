// A rule pack compiled for matching.
//
// Order of calls: parse files into a RulePack (rule_parser.h), then Compile,
// then Match as often as needed (Match is const and thread-safe).
// Compile substitutes lexicons ({name} -> (?:entry|entry|...), a space in an
// entry matches any white space), compiles each pattern with RE2 (case-insensitive,
// UTF-8) and a prefilter over all of them, and checks names across files: duplicate
// rule ids and lexicons, unknown lexicons, capture names that are not roles, emits
// and split lists that name missing captures. Errors point at the place in the file
// and reuse RE2's own words for a bad pattern. The parsed rules are kept as
// parsed (pack() gives them back unchanged); what compiling makes of them (the
// expanded patterns, the RE2 objects, the prefilter) is the compiled pack's own.
//
// Match scans a text once for the literal strings each rule requires (RE2's
// FilteredRE2 prefilter over one set of plain strings); only the rules whose
// strings are all present are run, each for its captures. A rule with no
// required string always runs. A rule can match several times in one text (left to
// right, not overlapping). Results are in precedence order: higher priority first,
// then the earlier match, then the rule written first.
#ifndef ARGMAP_RULES_COMPILED_PACK_H_
#define ARGMAP_RULES_COMPILED_PACK_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "rules/rule.h"

namespace re2 {
class RE2;
}

namespace argmap {

struct CaptureMatch {
  std::string name;  // capture name as written ("premise", "option_2", "cue")
  Span span;         // bytes of the matched text
};

struct RuleMatch {
  int rule = 0;                        // index into pack().rules
  Span span;                           // the whole match
  std::vector<CaptureMatch> captures;  // participating named captures, in pattern order
};

// Names of lexicons the engine itself uses when a pack defines them.
inline constexpr std::string_view kHedgeLexicon = "hedge";
// A lexicon "pack_NAME" defines the field pack NAME and the cues that detect it.
inline constexpr std::string_view kPackLexiconPrefix = "pack_";
// The pack of abstracts that no field pack claims.
inline constexpr std::string_view kGeneralPack = "general";
// How many cue matches an abstract needs before a field pack claims it.
inline constexpr int kPackDetectThreshold = 4;

class CompiledPack {
 public:
  CompiledPack();
  ~CompiledPack();
  CompiledPack(CompiledPack&&) noexcept;
  CompiledPack& operator=(CompiledPack&&) noexcept;

  bool Compile(RulePack pack, std::vector<Diagnostic>* diags);

  const RulePack& pack() const { return pack_; }
  const Rule& rule(int index) const { return pack_.rules[index]; }

  std::vector<RuleMatch> Match(std::string_view text) const;
  // The same, running only the rules for which `allowed(rule index)` is true
  // (a caller that would discard a rule's matches saves the time of finding them).
  std::vector<RuleMatch> Match(std::string_view text,
                               const std::function<bool(int)>& allowed) const;
  // The first match of one rule in `text`, if any.
  bool MatchRule(int rule, std::string_view text, RuleMatch* match) const;
  // The hedge word in `text` ("may", "likely", ...), or "" (needs a "hedge" lexicon).
  std::string FindHedge(std::string_view text) const;

  // The names of the lexicons that have an entry (as a whole word) in `text`, in
  // the order the pack defines them: the scorer's lexicon features (model/features.h).
  std::vector<std::string_view> LexiconHits(std::string_view text) const;

  // "general" and every field pack the rules define, in name order.
  std::vector<std::string> PackNames() const;
  // The field pack whose cues match `text` most often (at least
  // kPackDetectThreshold times; ties go to the earlier name), else "general".
  std::string DetectPack(std::string_view text) const;

 private:
  bool Expand(const std::string& pattern, const SourceLoc& loc, std::string* expanded,
              std::vector<Diagnostic>* diags) const;
  std::unique_ptr<re2::RE2> CompilePattern(const std::string& text, const SourceLoc& loc,
                                           std::string* expanded,
                                           std::vector<Diagnostic>* diags) const;
  bool CheckNames(const Rule& rule, const re2::RE2& re, std::vector<Diagnostic>* diags) const;
  bool CheckPacks(std::vector<Diagnostic>* diags) const;
  bool CompileLexiconSet(std::vector<Diagnostic>* diags);
  // The hedge and field-cue patterns (after CompileLexiconSet succeeded).
  bool CompileCues(std::vector<Diagnostic>* diags);
  void MatchAll(int rule, std::string_view text, std::vector<RuleMatch>* out) const;
  bool CompileFilter();
  std::vector<int> Candidates(std::string_view text) const;

  struct Impl;
  RulePack pack_;
  std::unique_ptr<Impl> impl_;
};

// Loads and compiles a pack: the embedded default unless `rules_dir` is set,
// plus every file of `extra_files`.
bool LoadPack(const std::string& rules_dir, const std::vector<std::string>& extra_files,
              CompiledPack* pack, std::vector<Diagnostic>* diags);

// "" when `name` is "" or a pack the rules define (PackNames()), else
// "unknown pack '...'" with "did you mean".
std::string CheckPackName(const std::vector<std::string>& packs, const std::string& name);

}  // namespace argmap

#endif  // ARGMAP_RULES_COMPILED_PACK_H_
