#include "model/features.h"

#include <algorithm>

#include "model/linear_model.h"
#include "text/scan.h"

namespace argmap {
namespace {

using Parts = std::initializer_list<std::string_view>;

// Hands each feature to the sink plain and once more behind the field pack.
class Emit {
 public:
  Emit(std::string_view pack, FeatureSink* sink) : prefix_(std::string(pack) + "|"), sink_(sink) {}
  void operator()(Parts parts) {
    sink_->Add("", parts);
    sink_->Add(prefix_, parts);
  }
  // A feature that is not copied behind the pack (the many word features).
  void Plain(Parts parts) { sink_->Add("", parts); }

 private:
  std::string prefix_;
  FeatureSink* sink_;
};

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

// "p < 0.05", "P=.01", "p>0.1": the mark of a reported statistic.
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

void AddCueFeatures(const UnitFacts& u, Emit& emit) {
  std::vector<std::string> cue = FeatureWords(u.cue);
  size_t from = cue.size() > 6 ? cue.size() - 6 : 0;
  for (size_t i = from; i < cue.size(); ++i) emit.Plain({"cue:", cue[i]});
  for (size_t i = from; i + 1 < cue.size(); ++i) emit.Plain({"cue:", cue[i], "_", cue[i + 1]});
  if (cue.empty()) emit({"cue=none"});
  for (char c : u.cue) {
    if (c == ':') emit({"cue-mark:colon"});
    if (c == ';') emit({"cue-mark:semicolon"});
    if (c == ',') emit({"cue-mark:comma"});
    if (c == '(') emit({"cue-mark:bracket"});
  }
  for (const std::string& w : FeatureWords(u.next_sentence, 2)) emit({"next:", w});
  for (const std::string& w : FeatureWords(u.previous_sentence, 2)) emit({"before:", w});
}

void AddWordFeatures(const UnitFacts& u, Emit& emit) {
  std::vector<std::string> words = FeatureWords(u.text);
  for (const std::string& w : words) emit.Plain({"word:", w});
  if (!words.empty()) emit({"first:", words.front()});
  if (HasWord(words, {"was", "were", "had", "did"})) emit({"tense=past"});
  if (HasWord(words, {"is", "are", "has", "have", "does"})) emit({"tense=present"});
  if (HasWord(words, {"may", "might", "could", "would", "should", "can"})) emit({"modal"});
  if (std::any_of(words.begin(), words.end(), IsNegationWord)) emit({"negation"});
  emit({"length=", Bucket(static_cast<int>(words.size()), {3, 6, 10, 20, 40})});
}

void AddPlaceFeatures(const UnitFacts& u, Emit& emit) {
  int s = u.sentence_index, n = u.sentence_count;
  if (s == 0) emit({"sentence=first"});
  if (s == n - 1) emit({"sentence=last"});
  if (n > 2 && s == n - 2) emit({"sentence=second-last"});
  if (s > 0 && s < n - 1) emit({"sentence=middle"});
  emit({"position=", std::to_string(n > 1 ? (s * 4 + (n - 2)) / (n - 1) : 0)});
  if (u.unit_count == 1) {
    emit({"unit=only"});
  } else {
    emit({u.unit_index == 0 ? "unit=first" : "unit=later"});
    if (u.unit_index == u.unit_count - 1) emit({"unit=last"});
  }
  if (!u.section.empty()) emit({"section=", u.section});
}

void AddLexiconFeatures(const UnitFacts& u, const CompiledPack& pack, Emit& emit) {
  for (std::string_view l : pack.LexiconHits(u.text)) emit({"lex:", l});
  for (std::string_view l : pack.LexiconHits(u.cue)) emit({"cue-lex:", l});
  if (std::any_of(u.text.begin(), u.text.end(), IsAsciiDigit)) emit({"number"});
  if (u.text.find('%') != std::string_view::npos) emit({"percent"});
  if (HasStatistic(u.text)) emit({"statistic"});
}

// Collects feature names, sorted and without duplicates at the end.
class Collect : public FeatureSink {
 public:
  void Add(std::string_view prefix, Parts parts) override {
    std::string name(prefix);
    for (std::string_view p : parts) name += p;
    names.push_back(std::move(name));
  }
  std::vector<std::string> names;
};

}  // namespace

std::vector<std::string> FeatureWords(std::string_view text, size_t max) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size() && out.size() < max) {
    if (!IsAsciiLetter(text[i])) {
      ++i;
      continue;
    }
    size_t b = i;
    while (i < text.size() &&
           (IsAsciiLetter(text[i]) || ((text[i] == '-' || text[i] == '\'') && i + 1 < text.size() &&
                                       IsAsciiLetter(text[i + 1])))) {
      ++i;
    }
    // A word glued to a digit or a non-ASCII letter is not a plain word.
    bool glued = (b > 0 && IsWordByte(text[b - 1])) || (i < text.size() && IsWordByte(text[i]));
    if (!glued) out.push_back(AsciiLowerCopy(text.substr(b, i - b)));
  }
  return out;
}

void RoleFeatures(const UnitFacts& u, const CompiledPack& pack, FeatureSink* sink) {
  Emit emit(u.pack, sink);
  for (const auto& [rule, role] : u.rules) {
    emit({"rule:", rule, "=", NodeTypeName(role)});
    emit({"proposed=", NodeTypeName(role)});
  }
  if (u.rules.empty()) emit({"proposed=none"});
  for (const auto& [rule, role] : u.overlapping) {
    emit({"overlap:", rule, "=", NodeTypeName(role)});
    emit({"overlap=", NodeTypeName(role)});
  }
  emit({"previous=", u.previous_proposed.empty() ? "none" : u.previous_proposed});
  AddWordFeatures(u, emit);
  AddCueFeatures(u, emit);
  AddPlaceFeatures(u, emit);
  AddLexiconFeatures(u, pack, emit);
}

void RelationFeatures(const PairFacts& p, FeatureSink* sink) {
  Emit emit(p.pack, sink);
  std::string roles = std::string(p.source_role) + ">" + std::string(p.target_role);
  std::string_view dir = p.distance > 0 ? "after" : "before";
  emit({"roles=", roles});
  emit({"dir=", dir});
  emit({"roles-dir=", roles, "/", dir});
  emit({"distance=", dir, "/", Bucket(std::abs(p.distance), {1, 2, 3, 6})});
  emit({"sentences=", Bucket(std::abs(p.sentence_distance) + 1, {1, 2, 3}), "/", dir});
  auto flag = [&](bool on, std::string_view name) {
    if (!on) return;
    emit({name});
    emit({name, "/", roles});
  };
  flag(p.target_is_thesis, "target=thesis");
  flag(p.target_is_last, "target=last");
  flag(p.target_nearest_after, "target=nearest-after");
  flag(p.target_nearest_before, "target=nearest-before");
  flag(p.same_list, "same-list");
  flag(p.most_shared, "target=most-shared-words");
  flag(p.source_first_sentence, "source=first-sentence");
  flag(p.target_last_sentence, "target=last-sentence");
  emit({"shared-words=", Bucket(p.shared_words, {0, 1, 2, 4})});
  emit({"target-rank=", Bucket(p.target_rank, {0, 1, 2}), "/", p.target_role});
  for (const auto& [rule, type] : p.rule_edges) {
    emit({"rule-edge=", EdgeTypeName(type)});
    emit({"rule-edge:", rule, "=", EdgeTypeName(type)});
  }
  for (std::string_view l : p.source_lexicons) {
    emit({"source-lex:", l});
    emit({"source-lex:", l, "/", roles});
  }
  for (std::string_view l : p.target_lexicons) emit({"target-lex:", l});
  if (!p.source_first_word.empty()) emit({"source-first:", p.source_first_word});
  if (p.source_contrast) {
    emit({"source=contrast"});
    emit({"source=contrast/", roles, "/", dir});
    if (p.distance == -1) emit({"source=contrast/previous/", roles});
  }
}

std::vector<std::string> RoleFeatures(const UnitFacts& unit, const CompiledPack& pack) {
  Collect c;
  RoleFeatures(unit, pack, &c);
  UniqueFeatures(&c.names);
  return c.names;
}

std::vector<std::string> RelationFeatures(const PairFacts& pair) {
  Collect c;
  RelationFeatures(pair, &c);
  UniqueFeatures(&c.names);
  return c.names;
}

}  // namespace argmap
