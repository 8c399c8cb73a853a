#include "rules/compiled_pack.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <map>

#include "core/limits.h"
#include "core/name_table.h"
#include "core/spellcheck.h"
#include "rules/rule_parser.h"

namespace argmap {
namespace {

// Required strings shorter than this make the prefilter pass too many rules.
constexpr int kMinAtomLength = 3;

}  // namespace

struct CompiledPack::Impl {
  std::vector<std::unique_ptr<RE2>> regexes;   // per rule: its pattern
  std::vector<std::unique_ptr<RE2>> required;  // per rule: its requires, or null
  // Per rule: its pattern and its requires with the lexicons substituted, as
  // RE2 compiles them ("" for no requires). The parsed rule is never changed.
  std::vector<std::string> expanded, requires_expanded;
  // The prefilter: each rule's required literals ("atoms"), found in a text by
  // one set of plain strings; only rules whose atoms are present are run.
  re2::FilteredRE2 filter{kMinAtomLength};
  std::unique_ptr<RE2::Set> atoms;
  std::vector<int> filter_rule;            // filter entry -> rule index
  std::vector<std::string> whole_capture;  // per rule: WholeCapture of its pattern
  std::unique_ptr<RE2> hedge;
  std::vector<std::pair<std::string, std::unique_ptr<RE2>>> packs;  // name, cue pattern
  // Every lexicon as a whole-word pattern, for the scorer's lexicon features.
  std::unique_ptr<RE2::Set> lexicon_set;
  std::vector<std::string> lexicon_names;  // set entry -> lexicon name
  bool compiled = false;
};

namespace {

RE2::Options PatternOptions() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  o.set_max_mem(kMaxPatternMemory);
  return o;
}

std::string ExpandEntry(const std::string& entry) {
  std::string out;
  for (size_t i = 0; i < entry.size(); ++i) {
    if (entry[i] == ' ') {
      while (i + 1 < entry.size() && entry[i + 1] == ' ') ++i;
      out += "\\s+";
    } else {
      out += entry[i];
    }
  }
  return out;
}

SourceLoc Shift(SourceLoc loc, size_t by) {
  loc.column += static_cast<int>(by);
  return loc;
}

// The name of the capture that is the whole pattern ("^(?P<x>...)$", anchors
// optional) when it is the pattern's only capture, else "". That capture is
// the match itself, which RE2 finds with its fast DFA alone.
std::string WholeCapture(std::string_view p, const RE2& re) {
  if (re.NumberOfCapturingGroups() != 1) return "";
  if (p.starts_with('^')) p.remove_prefix(1);
  if (p.ends_with('$') && !p.ends_with("\\$")) p.remove_suffix(1);
  if (!p.starts_with("(?P<")) return "";
  int depth = 0;
  bool in_class = false;
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\') {
      ++i;
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
      if (i + 1 < p.size() && p[i + 1] == '^') ++i;
      if (i + 1 < p.size() && p[i + 1] == ']') ++i;  // a ']' first in a class is literal
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth == 0) {
      return i + 1 == p.size() ? re.CapturingGroupNames().begin()->second : "";
    }
  }
  return "";
}

std::string Alternation(const Lexicon& lex) {
  std::string out = "(?:";
  for (size_t i = 0; i < lex.entries.size(); ++i) {
    if (i) out += "|";
    out += ExpandEntry(lex.entries[i]);
  }
  return out + ")";
}

}  // namespace

CompiledPack::CompiledPack() : impl_(std::make_unique<Impl>()) {}
CompiledPack::~CompiledPack() = default;
CompiledPack::CompiledPack(CompiledPack&&) noexcept = default;
CompiledPack& CompiledPack::operator=(CompiledPack&&) noexcept = default;

bool CompiledPack::Expand(const std::string& p, const SourceLoc& loc, std::string* expanded,
                          std::vector<Diagnostic>* diags) const {
  std::string out;
  bool ok = true;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '\\' && i + 1 < p.size()) {
      out += p.substr(i, 2);
      ++i;
      continue;
    }
    size_t close = p.find('}', i);
    bool ref = p[i] == '{' && i + 1 < p.size() &&
               (std::isalpha(static_cast<unsigned char>(p[i + 1])) || p[i + 1] == '_') &&
               close != std::string::npos;
    if (!ref) {
      out += p[i];
      continue;
    }
    std::string name = p.substr(i + 1, close - i - 1);
    if (const Lexicon* lexicon = RowNamed(pack_.lexicons, name)) {
      out += Alternation(*lexicon);
    } else {
      std::vector<std::string> names = Names(pack_.lexicons);
      diags->push_back(
          ErrorAt(Shift(loc, i), "unknown lexicon '" + name + "'" + DidYouMean(name, names)));
      ok = false;
    }
    i = close;
  }
  *expanded = out;
  return ok;
}

// Compiles `text` (a rule's pattern or requires, as written) expanded to
// `expanded`; reports a bad pattern at its place in the file.
std::unique_ptr<RE2> CompiledPack::CompilePattern(const std::string& text, const SourceLoc& loc,
                                                  std::string* expanded,
                                                  std::vector<Diagnostic>* diags) const {
  bool ok = Expand(text, loc, expanded, diags);
  auto re = std::make_unique<RE2>(*expanded, PatternOptions());
  if (ok && !re->ok()) {
    size_t at = re->error_arg().empty() ? std::string::npos : text.find(re->error_arg());
    diags->push_back(
        ErrorAt(Shift(loc, at == std::string::npos ? 0 : at), "invalid pattern: " + re->error()));
  }
  return ok ? std::move(re) : nullptr;
}

bool CompiledPack::CheckNames(const Rule& rule, const RE2& re,
                              std::vector<Diagnostic>* diags) const {
  bool ok = true;
  auto error = [&](std::string message) {
    diags->push_back(ErrorAt(rule.loc, "rule '" + rule.id + "': " + message));
    ok = false;
  };
  std::vector<std::string> captures;
  for (const auto& [index, name] : re.CapturingGroupNames()) captures.push_back(name);
  std::vector<std::string> roles = NodeTypeNames();
  roles.push_back("cue");
  for (const std::string& c : captures) {
    NodeType type;
    if (!CaptureNodeType(c, &type) && !IsCueCapture(c)) {
      std::string prefix = c.substr(0, c.find('_'));
      error("unknown role '" + prefix + "' in capture '" + c + "'" + DidYouMean(prefix, roles));
    } else if (!IsCueCapture(c) &&
               std::count(rule.node_captures.begin(), rule.node_captures.end(), c) == 0) {
      error("the pattern captures '" + c + "' but emits does not list it");
    }
  }
  auto captured = [&](const std::string& n) {
    return std::count(captures.begin(), captures.end(), n) > 0;
  };
  for (const std::string& n : rule.node_captures) {
    NodeType type;
    if (!CaptureNodeType(n, &type) && !captured(n)) {
      std::string prefix = n.substr(0, n.find('_'));
      error("unknown role '" + prefix + "' in emits" + DidYouMean(prefix, NodeTypeNames()));
    } else if (!captured(n) && CaptureNodeType(n, &type)) {
      error("emits '" + n + "' but the pattern has no capture named '" + n + "'");
    }
  }
  std::string anchors;  // "this, previous, ..."
  for (const std::string& a : AnchorNames()) anchors += (anchors.empty() ? "" : ", ") + a;
  for (const RelationSpec& r : rule.relations) {
    for (const std::string& end : {r.source, r.target}) {
      if (!IsAnchor(end) && !captured(end)) {
        error("relation end '" + end + "' is neither a capture nor an anchor (" + anchors + ")");
      }
    }
  }
  for (const std::string& s : rule.split) {
    if (!captured(s)) error("split names '" + s + "' but the pattern has no such capture");
  }
  return ok;
}

bool CompiledPack::Compile(RulePack pack, std::vector<Diagnostic>* diags) {
  pack_ = std::move(pack);
  impl_ = std::make_unique<Impl>();
  bool ok = true;
  std::map<std::string, const Lexicon*> lexicons;
  for (const Lexicon& l : pack_.lexicons) {
    auto [it, added] = lexicons.emplace(l.name, &l);
    if (!added) {
      diags->push_back(ErrorAt(l.loc, "duplicate lexicon '" + l.name + "' (first defined at " +
                                          it->second->loc.path + ":" +
                                          std::to_string(it->second->loc.line) + ")"));
      ok = false;
    }
  }
  std::map<std::string, const Rule*> ids;
  for (const Rule& rule : pack_.rules) {
    std::string& expanded = impl_->expanded.emplace_back();
    std::string& requires_expanded = impl_->requires_expanded.emplace_back();
    auto [it, added] = ids.emplace(rule.id, &rule);
    if (!added) {
      diags->push_back(ErrorAt(rule.loc, "duplicate rule id '" + rule.id + "' (first defined at " +
                                             it->second->loc.path + ":" +
                                             std::to_string(it->second->loc.line) + ")"));
      ok = false;
    }
    auto re = CompilePattern(rule.pattern, rule.pattern_loc, &expanded, diags);
    ok = re && re->ok() && CheckNames(rule, *re, diags) && ok;
    std::unique_ptr<RE2> required;
    if (!rule.requires_pattern.empty()) {
      required =
          CompilePattern(rule.requires_pattern, rule.requires_loc, &requires_expanded, diags);
      ok = required && required->ok() && ok;
      if (required && required->ok() && required->NumberOfCapturingGroups() > 0) {
        diags->push_back(ErrorAt(rule.requires_loc, "rule '" + rule.id +
                                                        "': requires takes no captures "
                                                        "(write (?:...) for a group)"));
        ok = false;
      }
    }
    impl_->whole_capture.push_back(re && re->ok() ? WholeCapture(expanded, *re) : "");
    impl_->regexes.push_back(std::move(re));
    impl_->required.push_back(std::move(required));
  }
  // A lexicon whose words do not compile is reported once, by the set.
  bool lexicons_ok = CompileLexiconSet(diags);
  std::vector<Diagnostic> reported;
  ok = CompileCues(lexicons_ok ? diags : &reported) && lexicons_ok && ok;
  std::sort(impl_->packs.begin(), impl_->packs.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  ok = CheckPacks(diags) && ok;
  impl_->compiled = ok && CompileFilter();
  if (ok && !impl_->compiled) {
    diags->push_back(MakeError(pack_.files.empty() ? "" : pack_.files[0],
                               "the rule pack is too large to compile its prefilter"));
    ok = false;
  }
  return ok;
}

bool CompiledPack::CompileCues(std::vector<Diagnostic>* diags) {
  bool ok = true;
  // Checked as every pattern is: a cue that does not compile is an error, never
  // hedge or field detection silently turned off.
  auto cue = [&](const Lexicon& l, const std::string& pattern) {
    auto re = std::make_unique<RE2>(pattern, PatternOptions());
    if (re->ok()) return re;
    diags->push_back(ErrorAt(l.loc, "lexicon '" + l.name + "': " + re->error()));
    ok = false;
    return std::unique_ptr<RE2>();
  };
  for (const Lexicon& l : pack_.lexicons) {
    if (l.name == kHedgeLexicon) impl_->hedge = cue(l, "\\b(" + Alternation(l) + ")\\b");
    if (!l.name.starts_with(kPackLexiconPrefix)) continue;
    if (auto re = cue(l, "\\b" + Alternation(l) + "\\b")) {
      impl_->packs.emplace_back(l.name.substr(kPackLexiconPrefix.size()), std::move(re));
    }
  }
  return ok;
}

bool CompiledPack::CompileLexiconSet(std::vector<Diagnostic>* diags) {
  if (pack_.lexicons.empty()) return true;
  impl_->lexicon_set = std::make_unique<RE2::Set>(PatternOptions(), RE2::UNANCHORED);
  for (const Lexicon& l : pack_.lexicons) {
    std::string error;
    if (impl_->lexicon_set->Add("\\b" + Alternation(l) + "\\b", &error) < 0) {
      diags->push_back(ErrorAt(l.loc, "lexicon '" + l.name + "': " + error));
      return false;
    }
    impl_->lexicon_names.push_back(l.name);
  }
  if (!impl_->lexicon_set->Compile()) {
    diags->push_back(MakeError(pack_.files.empty() ? "" : pack_.files[0],
                               "the lexicons are too large to compile as one set"));
    return false;
  }
  return true;
}

std::vector<std::string_view> CompiledPack::LexiconHits(std::string_view text) const {
  std::vector<std::string_view> out;
  if (!impl_->lexicon_set) return out;
  std::vector<int> hits;
  impl_->lexicon_set->Match(re2::StringPiece(text.data(), text.size()), &hits);
  std::sort(hits.begin(), hits.end());
  for (int h : hits) out.push_back(impl_->lexicon_names[h]);
  return out;
}

bool CompiledPack::CompileFilter() {
  if (pack_.rules.empty()) return true;
  // Each rule adds its pattern, and its requires when it has one; a rule is a
  // candidate when every entry it added passes the filter.
  for (int r = 0; r < static_cast<int>(pack_.rules.size()); ++r) {
    for (const std::string* p : {&impl_->expanded[r], &impl_->requires_expanded[r]}) {
      if (p->empty()) continue;
      int id = 0;
      if (impl_->filter.Add(*p, PatternOptions(), &id) != RE2::NoError) return false;
      impl_->filter_rule.push_back(r);
    }
  }
  std::vector<std::string> atoms;
  impl_->filter.Compile(&atoms);
  if (atoms.empty()) return true;
  RE2::Options options = PatternOptions();
  options.set_literal(true);
  impl_->atoms = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const std::string& atom : atoms) {
    if (impl_->atoms->Add(atom, nullptr) < 0) return false;
  }
  return impl_->atoms->Compile();
}

void CompiledPack::MatchAll(int rule, std::string_view text, std::vector<RuleMatch>* out) const {
  const RE2* required = impl_->required[rule].get();
  if (required && !RE2::PartialMatch(text, *required)) return;
  const RE2& re = *impl_->regexes[rule];
  const std::string& whole = impl_->whole_capture[rule];
  // A match without submatches, or with only the match's bounds, runs RE2's
  // DFA, which is linear and fast; with submatches on a short text RE2 goes
  // straight to a slower engine, so ask first whether there is a match at all
  // (most candidate rules have none).
  if (whole.empty() && !re.Match(text, 0, text.size(), RE2::UNANCHORED, nullptr, 0)) return;
  int n = whole.empty() ? 1 + re.NumberOfCapturingGroups() : 1;
  std::vector<re2::StringPiece> groups(n);
  size_t pos = 0;
  for (int found = 0; found < kMaxMatchesPerRule && pos <= text.size(); ++found) {
    if (!re.Match(text, pos, text.size(), RE2::UNANCHORED, groups.data(), n)) break;
    RuleMatch m;
    m.rule = rule;
    size_t begin = groups[0].data() - text.data();
    m.span = {begin, begin + groups[0].size()};
    if (!whole.empty()) m.captures.push_back({whole, m.span});
    for (const auto& [index, name] : re.CapturingGroupNames()) {
      if (index >= n) continue;
      if (groups[index].data() == nullptr) continue;
      size_t b = groups[index].data() - text.data();
      m.captures.push_back({name, {b, b + groups[index].size()}});
    }
    out->push_back(std::move(m));
    pos = std::max(m.span.end, pos + 1);
    if (out->back().span.empty()) break;
  }
}

std::vector<int> CompiledPack::Candidates(std::string_view text) const {
  std::vector<int> atoms;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (pack_.rules.empty()) return atoms;
  if (impl_->atoms && !impl_->atoms->Match(text, &atoms, &error) &&
      error.kind != RE2::Set::kNoError) {
    // The set's automaton ran out of memory on this text: run every rule
    // rather than lose a match.
    std::vector<int> all(pack_.rules.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
    return all;
  }
  std::vector<int> passed;
  impl_->filter.AllPotentials(atoms, &passed);
  std::vector<int> count(pack_.rules.size(), 0);
  for (int entry : passed) ++count[impl_->filter_rule[entry]];
  std::vector<int> rules;
  for (int r = 0; r < static_cast<int>(count.size()); ++r) {
    if (count[r] == (impl_->requires_expanded[r].empty() ? 1 : 2)) rules.push_back(r);
  }
  return rules;
}

std::vector<RuleMatch> CompiledPack::Match(std::string_view text) const {
  return Match(text, [](int) { return true; });
}

std::vector<RuleMatch> CompiledPack::Match(std::string_view text,
                                           const std::function<bool(int)>& allowed) const {
  std::vector<RuleMatch> out;
  if (!impl_->compiled) return out;
  for (int rule : Candidates(text)) {
    if (allowed(rule)) MatchAll(rule, text, &out);
  }
  std::stable_sort(out.begin(), out.end(), [&](const RuleMatch& a, const RuleMatch& b) {
    const Rule& ra = pack_.rules[a.rule];
    const Rule& rb = pack_.rules[b.rule];
    if (ra.priority != rb.priority) return ra.priority > rb.priority;
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.rule < b.rule;
  });
  return out;
}

bool CompiledPack::MatchRule(int rule, std::string_view text, RuleMatch* match) const {
  std::vector<RuleMatch> all;
  MatchAll(rule, text, &all);
  if (all.empty()) return false;
  *match = all.front();
  return true;
}

bool CompiledPack::CheckPacks(std::vector<Diagnostic>* diags) const {
  std::vector<std::string> names = PackNames();
  bool ok = true;
  for (const Rule& rule : pack_.rules) {
    for (const std::string& name : rule.packs) {
      if (std::count(names.begin(), names.end(), name)) continue;
      diags->push_back(ErrorAt(rule.loc, "rule '" + rule.id + "': unknown pack '" + name +
                                             "' (define lexicon pack_" + name + ")" +
                                             DidYouMean(name, names)));
      ok = false;
    }
  }
  return ok;
}

std::vector<std::string> CompiledPack::PackNames() const {
  std::vector<std::string> names = {std::string(kGeneralPack)};
  for (const auto& [name, re] : impl_->packs) names.push_back(name);
  return names;
}

std::string CompiledPack::DetectPack(std::string_view text) const {
  std::string best(kGeneralPack);
  int best_count = kPackDetectThreshold - 1;
  for (const auto& [name, re] : impl_->packs) {
    int count = 0;
    re2::StringPiece input(text.data(), text.size());
    while (count < kMaxCueCount && RE2::FindAndConsume(&input, *re)) ++count;
    if (count > best_count) {
      best_count = count;
      best = name;
    }
  }
  return best;
}

std::string CompiledPack::FindHedge(std::string_view text) const {
  std::string word;
  if (impl_->hedge && RE2::PartialMatch(text, *impl_->hedge, &word)) return word;
  return "";
}

bool LoadPack(const std::string& rules_dir, const std::vector<std::string>& extra_files,
              CompiledPack* pack, std::vector<Diagnostic>* diags) {
  RulePack raw;
  bool ok =
      rules_dir.empty() ? LoadEmbeddedRules(&raw, diags) : LoadRuleDir(rules_dir, &raw, diags);
  for (const std::string& f : extra_files) ok = LoadRuleFile(f, &raw, diags) && ok;
  return pack->Compile(std::move(raw), diags) && ok;
}

std::string CheckPackName(const std::vector<std::string>& packs, const std::string& name) {
  if (name.empty() || std::count(packs.begin(), packs.end(), name) > 0) return "";
  return "unknown pack '" + name + "'" + DidYouMean(name, packs);
}

}  // namespace argmap
