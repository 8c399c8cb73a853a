#include "rules/compiled_pack.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <map>

#include "core/spellcheck.h"
#include "rules/rule_parser.h"

namespace argmap {

struct CompiledPack::Impl {
  std::vector<std::unique_ptr<RE2>> regexes;
  std::unique_ptr<RE2::Set> set;
  std::unique_ptr<RE2> hedge;
  std::vector<std::pair<std::string, std::unique_ptr<RE2>>> packs;  // name, cue pattern
  bool compiled = false;
};

namespace {

RE2::Options PatternOptions() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  o.set_max_mem(32 << 20);
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

bool CompiledPack::Expand(Rule* rule, std::vector<Diagnostic>* diags) const {
  const std::string& p = rule->pattern;
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
    auto it = std::find_if(pack_.lexicons.begin(), pack_.lexicons.end(),
                           [&](const Lexicon& l) { return l.name == name; });
    if (it == pack_.lexicons.end()) {
      std::vector<std::string> names;
      for (const Lexicon& l : pack_.lexicons) names.push_back(l.name);
      diags->push_back(ErrorAt(Shift(rule->pattern_loc, i),
                               "unknown lexicon '" + name + "'" + DidYouMean(name, names)));
      ok = false;
    } else {
      out += Alternation(*it);
    }
    i = close;
  }
  rule->expanded = out;
  return ok;
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
  for (const RelationSpec& r : rule.relations) {
    for (const std::string& end : {r.source, r.target}) {
      if (!IsAnchor(end) && !captured(end)) {
        error("relation end '" + end +
              "' is neither a capture nor an anchor (this, previous, next, earlier_claim, "
              "earlier_claims)");
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
  impl_->set = std::make_unique<RE2::Set>(PatternOptions(), RE2::UNANCHORED);
  for (Rule& rule : pack_.rules) {
    auto [it, added] = ids.emplace(rule.id, &rule);
    if (!added) {
      diags->push_back(ErrorAt(rule.loc, "duplicate rule id '" + rule.id + "' (first defined at " +
                                             it->second->loc.path + ":" +
                                             std::to_string(it->second->loc.line) + ")"));
      ok = false;
    }
    bool expanded = Expand(&rule, diags);
    auto re = std::make_unique<RE2>(rule.expanded, PatternOptions());
    if (expanded && !re->ok()) {
      size_t at = re->error_arg().empty() ? std::string::npos : rule.pattern.find(re->error_arg());
      diags->push_back(ErrorAt(Shift(rule.pattern_loc, at == std::string::npos ? 0 : at),
                               "invalid pattern: " + re->error()));
    }
    ok = expanded && re->ok() && CheckNames(rule, *re, diags) && ok;
    std::string err;
    if (re->ok() && impl_->set->Add(rule.expanded, &err) < 0) {
      diags->push_back(ErrorAt(rule.pattern_loc, "invalid pattern: " + err));
      ok = false;
    }
    impl_->regexes.push_back(std::move(re));
  }
  for (const Lexicon& l : pack_.lexicons) {
    if (l.name == kHedgeLexicon) {
      impl_->hedge = std::make_unique<RE2>("\\b(" + Alternation(l) + ")\\b", PatternOptions());
    }
    if (l.name.starts_with(kPackLexiconPrefix)) {
      impl_->packs.emplace_back(
          l.name.substr(kPackLexiconPrefix.size()),
          std::make_unique<RE2>("\\b" + Alternation(l) + "\\b", PatternOptions()));
    }
  }
  std::sort(impl_->packs.begin(), impl_->packs.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  ok = CheckPacks(diags) && ok;
  impl_->compiled = ok && impl_->set->Compile();
  if (ok && !impl_->compiled) {
    diags->push_back(MakeError(pack_.files.empty() ? "" : pack_.files[0],
                               "the rule pack is too large to compile into one set"));
    ok = false;
  }
  return ok;
}

void CompiledPack::MatchAll(int rule, std::string_view text, std::vector<RuleMatch>* out) const {
  const RE2& re = *impl_->regexes[rule];
  int n = 1 + re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> groups(n);
  size_t pos = 0;
  for (int found = 0; found < 16 && pos <= text.size(); ++found) {
    if (!re.Match(text, pos, text.size(), RE2::UNANCHORED, groups.data(), n)) break;
    RuleMatch m;
    m.rule = rule;
    size_t begin = groups[0].data() - text.data();
    m.span = {begin, begin + groups[0].size()};
    for (const auto& [index, name] : re.CapturingGroupNames()) {
      if (groups[index].data() == nullptr) continue;
      size_t b = groups[index].data() - text.data();
      m.captures.push_back({name, {b, b + groups[index].size()}});
    }
    out->push_back(std::move(m));
    pos = std::max(m.span.end, pos + 1);
    if (out->back().span.empty()) break;
  }
}

std::vector<RuleMatch> CompiledPack::Match(std::string_view text) const {
  std::vector<RuleMatch> out;
  std::vector<int> hits;
  if (!impl_->compiled || !impl_->set->Match(text, &hits)) return out;
  std::sort(hits.begin(), hits.end());
  for (int rule : hits) MatchAll(rule, text, &out);
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
    while (count < 1000 && RE2::FindAndConsume(&input, *re)) ++count;
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

}  // namespace argmap
