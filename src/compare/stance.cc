// Stance signals of a text (evaluative words, negation, reversal) and the
// stance of a pair; see stance.h for the rules.
#include "compare/stance.h"

#include <cctype>
#include <iterator>
#include <map>

#include "core/name_table.h"

namespace argmap {
namespace {

struct StanceRow {
  Stance value;
  std::string_view name;
  std::string_view description;
};

// One row per Stance, in enum order (checked below).
constexpr StanceRow kStanceRows[] = {
    {Stance::kAgrees, "agrees", "the same proposition with the same polarity"},
    {Stance::kContrasts, "contrasts",
     "opposite evaluations of the same subject (credible / not credible), or the same "
     "proposition negated in one paper only"},
    {Stance::kRelated, "related", "the same subject, with no stance signal"},
};
static_assert(std::size(kStanceRows) == kAllStances.size());

constexpr bool StanceRowsInOrder() {
  for (size_t i = 0; i < std::size(kStanceRows); ++i) {
    if (static_cast<size_t>(kStanceRows[i].value) != i) return false;
  }
  return true;
}
static_assert(StanceRowsInOrder());

constexpr int kNegationWindow = 6;  // words from a negation to the word it flips
constexpr int kReversalWindow = 8;  // words from an evaluative word to "leave", "abandon", ...

constexpr std::string_view kReversals[] = {
    "abandon", "abandoning", "abandons", "end",  "ending",   "exit",     "exiting",
    "leave",   "leaves",     "leaving",  "quit", "quitting", "withdraw", "withdrawing"};
constexpr std::string_view kClauseWords[] = {"although", "but",   "however", "though",
                                             "whereas",  "while", "yet"};
constexpr std::string_view kNegations[] = {"cannot", "hardly", "neither", "never",  "no",
                                           "none",   "nor",    "not",     "without"};

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view word) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

struct Word {
  std::string text;  // lower case, "’" folded to "'"
  int clause = 0;
};

bool IsClauseBreak(char c) {
  return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' ||
         c == ')';
}

// Lower-case words with their clause numbers. Letters, digits, non-ASCII
// letters, inner hyphens and apostrophes make words; dashes (U+2013, U+2014)
// and IsClauseBreak characters end clauses, except the period after a single
// letter.
std::vector<Word> Words(std::string_view text) {
  std::vector<Word> words;
  std::string word;
  int clause = 0;
  auto flush = [&] {
    while (!word.empty() && (word.back() == '\'' || word.back() == '-')) word.pop_back();
    if (!word.empty()) words.push_back({word, clause});
    word.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (text.substr(i, 3) == "\u2019") {
      if (!word.empty()) word += '\'';
      i += 2;
    } else if (text.substr(i, 3) == "\u2013" || text.substr(i, 3) == "\u2014") {
      flush();
      ++clause;
      i += 2;
    } else if (std::isalnum(c) || c >= 0x80 || ((c == '\'' || c == '-') && !word.empty())) {
      word += static_cast<char>(std::tolower(c));
    } else {
      // The periods of "U.S." and "e.g." do not end a clause.
      bool initial = c == '.' && word.size() == 1;
      flush();
      if (IsClauseBreak(static_cast<char>(c)) && !initial) ++clause;
    }
  }
  flush();
  for (Word& w : words) {
    if (In(kClauseWords, w.text)) w.clause = ++clause;  // the clause word opens a new clause
  }
  return words;
}

bool IsNegation(const std::vector<Word>& words, size_t i) {
  const std::string& w = words[i].text;
  if (w == "not" && i + 1 < words.size() && words[i + 1].text == "only") return false;
  return In(kNegations, w) || w.ends_with("n't");
}

struct LexiconEntry {
  size_t dimension;
  int polarity;
};

// Words and two-word phrases of the lexicon, each with its row and polarity.
const std::map<std::string, LexiconEntry, std::less<>>& Lexicon() {
  static const std::map<std::string, LexiconEntry, std::less<>> lexicon = [] {
    std::map<std::string, LexiconEntry, std::less<>> out;
    const auto& rows = EvaluativeDimensions();
    for (size_t d = 0; d < rows.size(); ++d) {
      for (std::string_view w : rows[d].positive) out.emplace(std::string(w), LexiconEntry{d, 1});
      for (std::string_view w : rows[d].negative) out.emplace(std::string(w), LexiconEntry{d, -1});
    }
    return out;
  }();
  return lexicon;
}

// The lexicon entry at words[i] (two-word phrases first); *len is 1 or 2.
const LexiconEntry* MatchAt(const std::vector<Word>& words, size_t i, size_t* len) {
  const auto& lexicon = Lexicon();
  if (i + 1 < words.size() && words[i + 1].clause == words[i].clause) {
    auto it = lexicon.find(words[i].text + " " + words[i + 1].text);
    if (it != lexicon.end()) {
      *len = 2;
      return &it->second;
    }
  }
  auto it = lexicon.find(words[i].text);
  *len = 1;
  return it == lexicon.end() ? nullptr : &it->second;
}

// "a b" when the words are adjacent, else "a ... b".
std::string Join(const std::string& a, size_t a_end, const std::string& b, size_t b_begin) {
  return a + (a_end == b_begin ? " " : " ... ") + b;
}

// A reversal verb after words[end - 1] within the window and clause, or npos.
size_t FindReversal(const std::vector<Word>& words, size_t end) {
  for (size_t j = end; j < words.size() && j < end + kReversalWindow; ++j) {
    if (words[j].clause != words[end - 1].clause) break;
    if (In(kReversals, words[j].text)) return j;
  }
  return std::string::npos;
}

std::string EvaluativeWords(const StanceSignals& s) {
  std::string out;
  for (const Evaluation& e : s.evaluations) {
    if (!EvaluativeDimensions()[e.dimension].evaluative) continue;
    out += (out.empty() ? "" : ", ") + e.words;
  }
  return out;
}

}  // namespace

std::string_view StanceName(Stance stance) { return kStanceRows[static_cast<int>(stance)].name; }

std::string_view StanceDescription(Stance stance) {
  return kStanceRows[static_cast<int>(stance)].description;
}

bool ParseStance(std::string_view name, Stance* stance) {
  return FindName(kStanceRows, name, stance);
}

std::vector<std::string> StanceNames() { return Names(kStanceRows); }

const std::vector<EvaluativeDimension>& EvaluativeDimensions() {
  static const std::vector<EvaluativeDimension> rows = {
      {"credible",
       true,
       {"credible", "credibility", "believable", "convincing", "plausible"},
       {"implausible", "unconvincing", "incredible"}},
      {"success",
       true,
       {"succeed", "succeeds", "succeeded", "success", "successful", "successfully", "works",
        "worked"},
       {"fail", "fails", "failed", "failing", "failure", "failures", "unsuccessful"}},
      {"interest", true, {"interest", "interests"}, {}},
      {"effective",
       true,
       {"effective", "effectively", "effectiveness", "efficacy", "efficient", "efficiency"},
       {"ineffective", "ineffectiveness", "inefficient", "ineffectual", "futile"}},
      {"viable",
       true,
       {"viable", "feasible", "workable", "sustainable"},
       {"unviable", "infeasible", "unworkable", "unsustainable"}},
      {"beneficial",
       true,
       {"beneficial", "productive", "helpful", "useful", "desirable", "advantageous"},
       {"counterproductive", "counter-productive", "harmful", "detrimental", "useless",
        "undesirable"}},
      {"necessary",
       true,
       {"necessary", "needed", "essential", "required"},
       {"unnecessary", "needless"}},
      {"valid",
       true,
       {"valid", "accurate", "correct", "confirm", "confirms", "confirmed", "consistent"},
       {"invalid", "inaccurate", "incorrect", "misleading", "flawed", "refute", "refutes",
        "refuted", "inconsistent", "mistaken", "wrong"}},
      {"change",
       false,
       {"increase",   "increases",   "increased", "increasing", "raise",   "raises",
        "raised",     "higher",      "rise",      "rises",      "grow",    "grows",
        "strengthen", "strengthens", "promote",   "promotes",   "enhance", "enhances",
        "prolong",    "prolongs",    "lengthen",  "lengthens"},
       {"decrease", "decreases", "decreased", "decreasing", "reduce", "reduces", "reduced",
        "reducing", "lower", "lowers", "decline", "declines", "weaken", "weakens", "undermine",
        "undermines", "shorten", "shortens"}},
      {"sign", false, {"positive", "positively"}, {"negative", "negatively"}},
      {"likelihood", false, {"more likely"}, {"less likely", "unlikely"}},
  };
  return rows;
}

int StanceSignals::Polarity() const {
  int sum = 0;
  for (const Evaluation& e : evaluations) {
    if (EvaluativeDimensions()[e.dimension].evaluative) sum += e.polarity;
  }
  return (sum > 0) - (sum < 0);
}

StanceSignals ReadStanceSignals(std::string_view text) {
  StanceSignals out;
  std::vector<Word> words = Words(text);
  size_t negation = std::string::npos;  // the latest negation not yet used
  auto free_negation = [&] {
    if (negation != std::string::npos && out.negation.empty()) out.negation = words[negation].text;
  };
  for (size_t i = 0; i < words.size(); ++i) {
    if (negation != std::string::npos &&
        (words[negation].clause != words[i].clause || i - negation > kNegationWindow)) {
      free_negation();
      negation = std::string::npos;
    }
    if (IsNegation(words, i)) {
      free_negation();
      negation = i;
      continue;
    }
    size_t len = 1;
    const LexiconEntry* entry = MatchAt(words, i, &len);
    if (!entry) continue;
    Evaluation e{entry->dimension, entry->polarity, words[i].text};
    if (len == 2) e.words += " " + words[i + 1].text;
    if (negation != std::string::npos) {
      e.polarity = -e.polarity;
      e.words = Join(words[negation].text, negation + 1, e.words, i);
      negation = std::string::npos;
    }
    size_t reversal = EvaluativeDimensions()[e.dimension].evaluative ? FindReversal(words, i + len)
                                                                     : std::string::npos;
    if (reversal != std::string::npos) {
      e.polarity = -e.polarity;
      e.words = Join(e.words, i + len, words[reversal].text, reversal);
    }
    out.evaluations.push_back(std::move(e));
    i += len - 1;
  }
  free_negation();
  return out;
}

StanceJudgement JudgeStance(const StanceSignals& a, const StanceSignals& b, double score,
                            double same_proposition) {
  for (const Evaluation& ea : a.evaluations) {
    for (const Evaluation& eb : b.evaluations) {
      if (ea.dimension == eb.dimension && ea.polarity != eb.polarity) {
        return {Stance::kContrasts, ea.words + " / " + eb.words};
      }
    }
  }
  int pa = a.Polarity();
  int pb = b.Polarity();
  if (pa != 0 && pb != 0 && pa != pb) {
    return {Stance::kContrasts, EvaluativeWords(a) + " / " + EvaluativeWords(b)};
  }
  if (score < same_proposition) return {Stance::kRelated, ""};
  bool na = !a.negation.empty();
  bool nb = !b.negation.empty();
  if (na != nb) {
    return {Stance::kContrasts, (na ? a.negation : "-") + " / " + (nb ? b.negation : "-")};
  }
  if (na) return {Stance::kAgrees, a.negation + " / " + b.negation};
  return {Stance::kAgrees, ""};
}

}  // namespace argmap
