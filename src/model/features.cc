#include "model/features.h"

#include <algorithm>

#include "model/linear_model.h"
#include "text/scan.h"

namespace argmap {
namespace {

std::string Bucket(int n, std::initializer_list<int> bounds) {
  int lo = 0;
  for (int b : bounds) {
    if (n <= b) return lo == b ? std::to_string(b) : std::to_string(lo) + "-" + std::to_string(b);
    lo = b + 1;
  }
  return std::to_string(lo) + "+";
}

bool HasWord(const std::vector<std::string>& words, std::initializer_list<std::string_view> any) {
  for (const std::string& w : words) {
    for (std::string_view a : any) {
      if (w == a) return true;
    }
  }
  return false;
}

// "p < 0.05", "P=.01", "95% CI", "HR 0.7": the marks of a reported statistic.
bool HasStatistic(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    char c = AsciiLower(text[i]);
    if (c == 'p' && (i == 0 || !IsWordByte(text[i - 1]))) {
      size_t j = i + 1;
      while (j < text.size() && text[j] == ' ') ++j;
      if (j < text.size() && (text[j] == '<' || text[j] == '=' || text[j] == '>')) return true;
    }
  }
  return false;
}

void AddWordFeatures(const UnitFacts& u, std::vector<std::string>* out) {
  std::vector<std::string> words = FeatureWords(u.text);
  for (const std::string& w : words) out->push_back("word:" + w);
  if (!words.empty()) out->push_back("first:" + words.front());
  std::vector<std::string> cue = FeatureWords(u.cue);
  size_t from = cue.size() > 6 ? cue.size() - 6 : 0;
  for (size_t i = from; i < cue.size(); ++i) out->push_back("cue:" + cue[i]);
  if (cue.empty()) out->push_back("cue=none");
  for (char c : u.cue) {
    if (c == ':') out->push_back("cue-mark:colon");
    if (c == ';') out->push_back("cue-mark:semicolon");
    if (c == ',') out->push_back("cue-mark:comma");
    if (c == '(') out->push_back("cue-mark:bracket");
  }
  for (size_t i = from; i + 1 < cue.size(); ++i) out->push_back("cue:" + cue[i] + "_" + cue[i + 1]);
  std::vector<std::string> next = FeatureWords(u.next_sentence);
  for (size_t i = 0; i < next.size() && i < 2; ++i) out->push_back("next:" + next[i]);
  std::vector<std::string> prev = FeatureWords(u.previous_sentence);
  for (size_t i = 0; i < prev.size() && i < 2; ++i) out->push_back("before:" + prev[i]);
  if (HasWord(words, {"was", "were", "had", "did"})) out->push_back("tense=past");
  if (HasWord(words, {"is", "are", "has", "have", "does"})) out->push_back("tense=present");
  if (HasWord(words, {"may", "might", "could", "would", "should", "can"})) {
    out->push_back("modal");
  }
  if (HasWord(words, {"not", "no", "never", "neither", "nor", "cannot"})) {
    out->push_back("negation");
  }
  out->push_back("length=" + Bucket(static_cast<int>(words.size()), {3, 6, 10, 20, 40}));
}

void AddPlaceFeatures(const UnitFacts& u, std::vector<std::string>* out) {
  int s = u.sentence_index, n = u.sentence_count;
  if (s == 0) out->push_back("sentence=first");
  if (s == n - 1) out->push_back("sentence=last");
  if (n > 2 && s == n - 2) out->push_back("sentence=second-last");
  if (s > 0 && s < n - 1) out->push_back("sentence=middle");
  out->push_back("position=" + std::to_string(n > 1 ? (s * 4 + (n - 2)) / (n - 1) : 0));
  if (u.unit_count == 1) {
    out->push_back("unit=only");
  } else {
    out->push_back(u.unit_index == 0 ? "unit=first" : "unit=later");
    if (u.unit_index == u.unit_count - 1) out->push_back("unit=last");
  }
  if (!u.section.empty()) out->push_back("section=" + std::string(u.section));
}

void AddLexiconFeatures(const UnitFacts& u, const CompiledPack& pack,
                        std::vector<std::string>* out) {
  for (std::string_view l : pack.LexiconHits(u.text)) out->push_back("lex:" + std::string(l));
  for (std::string_view l : pack.LexiconHits(u.cue)) out->push_back("cue-lex:" + std::string(l));
  if (std::any_of(u.text.begin(), u.text.end(), IsAsciiDigit)) out->push_back("number");
  if (u.text.find('%') != std::string_view::npos) out->push_back("percent");
  if (HasStatistic(u.text)) out->push_back("statistic");
}

// Each feature plain and once more behind its field pack.
void AddPackCopies(std::string_view pack, std::vector<std::string>* features) {
  size_t n = features->size();
  std::string prefix = std::string(pack) + "|";
  for (size_t i = 0; i < n; ++i) features->push_back(prefix + (*features)[i]);
  UniqueFeatures(features);
}

}  // namespace

std::vector<std::string> FeatureWords(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiLetter(text[i])) {
      ++i;
      continue;
    }
    size_t b = i;
    while (i < text.size() &&
           (IsAsciiLetter(text[i]) ||
            ((text[i] == '-' || text[i] == '\'') && i + 1 < text.size() &&
             IsAsciiLetter(text[i + 1])))) {
      ++i;
    }
    // A word glued to a digit or a non-ASCII letter is not a plain word.
    bool glued = (b > 0 && IsWordByte(text[b - 1])) || (i < text.size() && IsWordByte(text[i]));
    if (!glued) out.push_back(AsciiLowerCopy(text.substr(b, i - b)));
  }
  return out;
}

std::vector<std::string> RoleFeatures(const UnitFacts& u, const CompiledPack& pack) {
  std::vector<std::string> out;
  for (const auto& [rule, role] : u.rules) {
    std::string name(NodeTypeName(role));
    out.push_back("rule:" + std::string(rule) + "=" + name);
    out.push_back("proposed=" + name);
  }
  if (u.rules.empty()) out.push_back("proposed=none");
  for (const auto& [rule, role] : u.overlapping) {
    std::string name(NodeTypeName(role));
    out.push_back("overlap:" + std::string(rule) + "=" + name);
    out.push_back("overlap=" + name);
  }
  out.push_back("previous=" + std::string(u.previous_proposed.empty() ? "none"
                                                                       : u.previous_proposed));
  AddWordFeatures(u, &out);
  AddPlaceFeatures(u, &out);
  AddLexiconFeatures(u, pack, &out);
  AddPackCopies(u.pack, &out);
  return out;
}

std::vector<std::string> RelationFeatures(const PairFacts& p) {
  std::vector<std::string> out;
  std::string roles = std::string(p.source_role) + ">" + std::string(p.target_role);
  std::string dir = p.distance > 0 ? "after" : "before";
  std::string dist = Bucket(std::abs(p.distance), {1, 2, 3, 6});
  out.push_back("roles=" + roles);
  out.push_back("dir=" + dir);
  out.push_back("roles-dir=" + roles + "/" + dir);
  out.push_back("distance=" + dir + "/" + dist);
  out.push_back("sentences=" + Bucket(std::abs(p.sentence_distance) + 1, {1, 2, 3}) + "/" + dir);
  auto flag = [&](bool on, const std::string& name) {
    if (!on) return;
    out.push_back(name);
    out.push_back(name + "/" + roles);
  };
  flag(p.target_is_thesis, "target=thesis");
  flag(p.target_is_last, "target=last");
  flag(p.target_nearest_after, "target=nearest-after");
  flag(p.target_nearest_before, "target=nearest-before");
  flag(p.same_list, "same-list");
  flag(p.most_shared, "target=most-shared-words");
  out.push_back("shared-words=" + Bucket(p.shared_words, {0, 1, 2, 4}));
  out.push_back("target-rank=" + Bucket(p.target_rank, {0, 1, 2}) + "/" +
                std::string(p.target_role));
  flag(p.source_first_sentence, "source=first-sentence");
  flag(p.target_last_sentence, "target=last-sentence");
  for (const auto& [rule, type] : p.rule_edges) {
    std::string t(EdgeTypeName(type));
    out.push_back("rule-edge=" + t);
    out.push_back("rule-edge:" + std::string(rule) + "=" + t);
  }
  for (std::string_view l : p.source_lexicons) {
    out.push_back("source-lex:" + std::string(l));
    out.push_back("source-lex:" + std::string(l) + "/" + roles);
  }
  for (std::string_view l : p.target_lexicons) out.push_back("target-lex:" + std::string(l));
  if (!p.source_first_word.empty()) {
    out.push_back("source-first:" + std::string(p.source_first_word));
  }
  AddPackCopies(p.pack, &out);
  return out;
}

}  // namespace argmap
