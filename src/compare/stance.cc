// Stance signals of a text (evaluative words, negation, reversal) and the
// stance of a pair; see stance.h for the rules.
#include "compare/stance.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>

#include "compare/terms.h"
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
    {Stance::kAgrees, "agrees",
     "the same evaluation of the same terms (increases / may increase), or the same "
     "proposition"},
    {Stance::kContrasts, "contrasts",
     "opposite evaluations of the same terms (credible / not credible, affects / no effect "
     "on), or the same proposition negated in one paper only"},
    {Stance::kRelated, "related", "the same subject, with no stance on the same terms"},
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
    "abandon", "abandoning", "abandons", "ending",   "exit",     "exiting",    "leave",
    "leaves",  "leaving",    "quit",     "quitting", "withdraw", "withdrawing"};
constexpr std::string_view kClauseWords[] = {"although", "but",   "however", "though",
                                             "whereas",  "while", "yet"};
constexpr std::string_view kNegations[] = {"cannot", "hardly", "neither", "never",  "no",
                                           "none",   "nor",    "not",     "without"};
constexpr std::string_view kFailures[] = {"fail", "failed", "fails"};  // negations before "to"
constexpr std::string_view kHedges[] = {"appear", "appears", "could",    "likely",      "may",
                                        "might",  "perhaps", "possibly", "potentially", "probably",
                                        "seem",   "seems",   "tend",     "tends"};
constexpr int kHedgeWindow = 3;           // words from a hedge to the word it qualifies
constexpr double kNearlyIdentical = 0.9;  // claim score of two wordings of one claim
constexpr int kObjectWindow = 3;          // words after an evaluation in which its object starts
// "the likelihood of" between a directional word and its object is skipped.
constexpr std::string_view kDegreeNouns[] = {"chance", "chances",     "likelihood",
                                             "odds",   "probability", "risk"};

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
  int part = 0;  // like clause, but commas, parentheses and dashes do not end a part
};

bool IsClauseBreak(char c) {
  return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' ||
         c == ')';
}

bool IsPartBreak(char c) { return c == ';' || c == ':' || c == '.' || c == '!' || c == '?'; }

// Whether the clause word words[i] stands between two clause breaks inside a
// part ("Parties, however, are ..."): an aside, which ends no part.
bool Parenthetical(const std::vector<Word>& words, size_t i) {
  return i > 0 && i + 1 < words.size() && words[i - 1].part == words[i].part &&
         words[i - 1].clause != words[i].clause && words[i + 1].clause != words[i].clause;
}

// Lower-case words with their clause numbers. Letters, digits, non-ASCII
// letters, inner hyphens and apostrophes make words; dashes (U+2013, U+2014)
// and IsClauseBreak characters end clauses, except the period after a single
// letter.
std::vector<Word> Words(std::string_view text) {
  std::vector<Word> words;
  std::string word;
  int clause = 0;
  int part = 0;
  auto flush = [&] {
    while (!word.empty() && (word.back() == '\'' || word.back() == '-')) word.pop_back();
    if (!word.empty()) words.push_back({word, clause, part});
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
      if (IsPartBreak(static_cast<char>(c)) && !initial) ++part;
    }
  }
  flush();
  std::vector<bool> aside(words.size());
  for (size_t i = 0; i < words.size(); ++i) aside[i] = Parenthetical(words, i);
  int opened = 0;  // parts opened by clause words so far
  for (size_t i = 0; i < words.size(); ++i) {
    Word& w = words[i];
    if (In(kClauseWords, w.text) && !aside[i]) {
      w.clause = ++clause;  // the clause word opens a new clause and part
      ++opened;
    }
    w.part += opened;
  }
  return words;
}

bool IsNegation(const std::vector<Word>& words, size_t i) {
  const std::string& w = words[i].text;
  if (w == "not" && i + 1 < words.size() && words[i + 1].text == "only") return false;
  if (In(kFailures, w)) return i + 1 < words.size() && words[i + 1].text == "to";
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

// The words at `positions` (ascending), "a b" when adjacent, else "a ... b".
std::string JoinAt(const std::vector<Word>& words, const std::vector<size_t>& positions) {
  std::string out;
  for (size_t k = 0; k < positions.size(); ++k) {
    if (k > 0) out += positions[k] == positions[k - 1] + 1 ? " " : " ... ";
    out += words[positions[k]].text;
  }
  return out;
}

// A reversal verb after words[end - 1] within the window and clause, or npos.
size_t FindReversal(const std::vector<Word>& words, size_t end) {
  for (size_t j = end; j < words.size() && j < end + kReversalWindow; ++j) {
    if (words[j].clause != words[end - 1].clause) break;
    if (In(kReversals, words[j].text)) return j;
  }
  return std::string::npos;
}

// A hedge up to kHedgeWindow words before words[begin] in its clause, or npos.
size_t FindHedge(const std::vector<Word>& words, size_t begin) {
  for (size_t j = begin; j > 0 && begin - j < kHedgeWindow;) {
    --j;
    if (words[j].clause != words[begin].clause) break;
    if (In(kHedges, words[j].text)) return j;
  }
  return std::string::npos;
}

// One place where an anchor is written: words [begin, end).
struct Occurrence {
  size_t anchor;
  size_t begin;
  size_t end;
  bool specific;
};

// "japan's" is written "Japan" as a term.
bool WordMatches(const std::string& text, const std::string& term) {
  return text == term || text == term + "'s";
}

// Every place where an anchor is written, in anchor order. A hyphenated word
// ("epoetin-alfa") matches the anchor's words one by one ("epoetin alfa").
std::vector<Occurrence> FindAnchors(const std::vector<Word>& words,
                                    const std::vector<StanceAnchor>& anchors) {
  struct Piece {
    std::string text;
    size_t word;
  };
  std::vector<Piece> pieces;
  for (size_t w = 0; w < words.size(); ++w) {
    const std::string& t = words[w].text;
    for (size_t p = 0, q = 0; p <= t.size(); p = q + 1) {
      q = std::min(t.find('-', p), t.size());
      if (q > p) pieces.push_back({t.substr(p, q - p), w});
    }
  }
  std::vector<Occurrence> out;
  for (size_t k = 0; k < anchors.size(); ++k) {
    std::vector<Word> term = Words(anchors[k].surface);
    if (term.empty()) continue;
    for (size_t i = 0; i + term.size() <= pieces.size(); ++i) {
      size_t n = 0;
      while (n < term.size() && WordMatches(pieces[i + n].text, term[n].text)) ++n;
      if (n < term.size()) continue;
      // "program appears" and "negative effect" name no subject.
      bool specific = anchors[k].specific;
      for (size_t m = i; m < i + n; ++m) {
        const std::string& t = pieces[m].text;
        if (In(kHedges, t) || Lexicon().count(t) > 0) specific = false;
      }
      out.push_back({k, pieces[i].word, pieces[i + n - 1].word + 1, specific});
    }
  }
  return out;
}

// Whether words [begin, end) lie inside a shared term of several words
// ("node negative", "special interests"): then they name a subject both texts
// share, not an evaluation.
bool InsidePhrase(const std::vector<Occurrence>& anchors, size_t begin, size_t end) {
  for (const Occurrence& o : anchors) {
    if (o.end - o.begin > 1 && o.begin <= begin && end <= o.end) return true;
  }
  return false;
}

// Whether words[i] follows "whether" or "extent to which" in its part: a
// question takes no stance.
bool InQuestion(const std::vector<Word>& words, size_t i) {
  for (size_t j = i; j > 0 && words[j - 1].part == words[i].part; --j) {
    const std::string& w = words[j - 1].text;
    if (w == "whether") return true;
    if (w == "extent" && j + 1 < i && words[j].text == "to" && words[j + 1].text == "which") {
      return true;  // "the extent to which X improves Y is not known"
    }
  }
  return false;
}

bool IsContent(const std::string& word) { return word.size() >= 2 && !IsStopWord(word); }

// The first run of content words that starts within kObjectWindow words from
// `from`, in the clause of words[from - 1], as [*begin, *end); false if none.
bool ContentRun(const std::vector<Word>& words, size_t from, size_t* begin, size_t* end) {
  int clause = words[from - 1].clause;
  size_t i = from;
  while (i < words.size() && i < from + kObjectWindow && words[i].clause == clause &&
         !IsContent(words[i].text)) {
    ++i;
  }
  if (i >= words.size() || i >= from + kObjectWindow || words[i].clause != clause) return false;
  *begin = i;
  while (i < words.size() && words[i].clause == clause && IsContent(words[i].text)) ++i;
  *end = i;
  return true;
}

void AddAnchor(std::vector<size_t>* set, size_t anchor) {
  auto it = std::lower_bound(set->begin(), set->end(), anchor);
  if (it == set->end() || *it != anchor) set->insert(it, anchor);
}

// Past "the likelihood of" after words[end - 1], if it is there.
size_t SkipDegree(const std::vector<Word>& words, size_t end) {
  size_t j = end;
  if (j < words.size() && (words[j].text == "the" || words[j].text == "a")) ++j;
  if (j + 1 < words.size() && In(kDegreeNouns, words[j].text) && words[j + 1].text == "of") {
    return j + 2;
  }
  return end;
}

// Whether every word of [begin, end) lies in an anchor inside it.
bool Covered(const std::vector<Occurrence>& anchors, size_t begin, size_t end) {
  for (size_t w = begin; w < end; ++w) {
    bool in = std::any_of(anchors.begin(), anchors.end(), [&](const Occurrence& o) {
      return o.begin >= begin && o.end <= end && o.begin <= w && w < o.end;
    });
    if (!in) return false;
  }
  return true;
}

// The subject and object of `e`, the lexicon words at [begin, end) (see stance.h).
void Anchor(const std::vector<Word>& words, const std::vector<Occurrence>& anchors, size_t begin,
            size_t end, size_t reversal, Evaluation* e) {
  int part = words[begin].part;
  const EvaluativeDimension& row = EvaluativeDimensions()[e->dimension];
  // "the failure of X" evaluates X, the first content words after "of".
  size_t of_begin = 0, of_end = 0;
  bool of_subject = row.evaluative && end < words.size() && words[end].text == "of";
  if (of_subject && !ContentRun(words, end + 1, &of_begin, &of_end)) of_begin = of_end = 0;
  size_t object_begin = 0, object_end = 0;
  bool object =
      !row.evaluative && ContentRun(words, SkipDegree(words, end), &object_begin, &object_end);
  for (const Occurrence& o : anchors) {
    if (words[o.begin].part != part || words[o.end - 1].part != part) continue;
    if (o.specific) {
      if (of_subject ? (o.begin >= of_begin && o.end <= of_end) : o.end <= begin) {
        AddAnchor(&e->subject, o.anchor);
      }
      if (reversal != std::string::npos && o.begin > reversal) AddAnchor(&e->subject, o.anchor);
    } else if (!of_subject && o.end <= begin) {
      AddAnchor(&e->plain_subject, o.anchor);
    }
    if (object && o.begin >= object_begin && o.end == object_end) AddAnchor(&e->object, o.anchor);
  }
  // The object is shared whole when the anchors in it cover every word of it
  // ("civil war" and "war onset" cover "civil war onset").
  if (object && Covered(anchors, object_begin, object_end)) e->object_whole = e->object;
}

// The evaluation of the lexicon words at [i, i + len): flipped by *negation
// (which it uses up) and by a reversal after it, with any hedge before it.
Evaluation Evaluate(const std::vector<Word>& words, const std::vector<Occurrence>& anchors,
                    const LexiconEntry& entry, size_t i, size_t len, size_t* negation) {
  Evaluation e;
  e.dimension = entry.dimension;
  e.polarity = entry.polarity;
  std::vector<size_t> positions;  // hedge, negation, the lexicon words, reversal
  size_t hedge = FindHedge(words, i);
  if (hedge != std::string::npos) positions.push_back(hedge);
  if (*negation != std::string::npos) {
    e.polarity = -e.polarity;
    positions.push_back(*negation);
    *negation = std::string::npos;
  }
  for (size_t k = 0; k < len; ++k) positions.push_back(i + k);
  size_t reversal = EvaluativeDimensions()[e.dimension].evaluative ? FindReversal(words, i + len)
                                                                   : std::string::npos;
  if (reversal != std::string::npos) {
    e.polarity = -e.polarity;
    positions.push_back(reversal);
  }
  std::sort(positions.begin(), positions.end());
  e.words = JoinAt(words, positions);
  Anchor(words, anchors, i, i + len, reversal, &e);
  return e;
}

bool Intersect(const std::vector<size_t>& x, const std::vector<size_t>& y) {
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] == y[j]) return true;
    x[i] < y[j] ? ++i : ++j;
  }
  return false;
}

// Whether the objects of a and b share an anchor that is the whole object of
// one of them and the end of the other's ("transfusions" / "blood transfusions").
bool SameObject(const Evaluation& a, const Evaluation& b) {
  for (size_t k : a.object) {
    if (!std::binary_search(b.object.begin(), b.object.end(), k)) continue;
    if (std::binary_search(a.object_whole.begin(), a.object_whole.end(), k) ||
        std::binary_search(b.object_whole.begin(), b.object_whole.end(), k)) {
      return true;
    }
  }
  return false;
}

size_t SharedCount(const std::vector<size_t>& x, const std::vector<size_t>& y) {
  size_t n = 0;
  for (size_t k : x) n += std::binary_search(y.begin(), y.end(), k);
  return n;
}

// Whether two evaluations are of one row and about the same anchors.
bool Matches(const Evaluation& a, const Evaluation& b) {
  Anchoring anchoring = EvaluativeDimensions()[a.dimension].anchoring;
  if (a.dimension != b.dimension &&
      (anchoring != Anchoring::kDirection ||
       EvaluativeDimensions()[b.dimension].anchoring != Anchoring::kDirection)) {
    return false;
  }
  switch (anchoring) {
    case Anchoring::kSubject:
      return Intersect(a.subject, b.subject);
    case Anchoring::kDirected:
      return Intersect(a.subject, b.subject) && SameObject(a, b);
    case Anchoring::kDirection:
      return (Intersect(a.subject, b.subject) ||
              SharedCount(a.plain_subject, b.plain_subject) >= 2) &&
             SameObject(a, b);
    case Anchoring::kEither:
      return (Intersect(a.subject, b.subject) && SameObject(a, b)) ||
             (Intersect(a.subject, b.object_whole) && Intersect(a.object_whole, b.subject)) ||
             (Intersect(a.plain_subject, b.plain_subject) &&
              Intersect(a.object_whole, b.object_whole));
  }
  return false;
}

// The subjects of the evaluative-row evaluations of s.
std::vector<size_t> EvaluatedSubjects(const StanceSignals& s) {
  std::vector<size_t> out;
  for (const Evaluation& e : s.evaluations) {
    if (!EvaluativeDimensions()[e.dimension].evaluative) continue;
    for (size_t k : e.subject) AddAnchor(&out, k);
  }
  return out;
}

// The words and net polarity of the evaluative-row evaluations of s whose
// subject holds one of `subjects`.
int NetPolarityAbout(const StanceSignals& s, const std::vector<size_t>& subjects,
                     std::string* words) {
  int sum = 0;
  for (const Evaluation& e : s.evaluations) {
    if (!EvaluativeDimensions()[e.dimension].evaluative || !Intersect(e.subject, subjects)) {
      continue;
    }
    sum += e.polarity;
    *words += (words->empty() ? "" : ", ") + e.words;
  }
  return (sum > 0) - (sum < 0);
}

// The rows and polarities of the evaluations of s, sorted.
std::vector<std::pair<size_t, int>> Rows(const StanceSignals& s) {
  std::vector<std::pair<size_t, int>> out;
  for (const Evaluation& e : s.evaluations) out.emplace_back(e.dimension, e.polarity);
  std::sort(out.begin(), out.end());
  return out;
}

// Rule 4's condition besides the score (stance.h).
bool SameProposition(const StanceSignals& a, const StanceSignals& b, double score) {
  size_t shared = 0;
  for (size_t k : a.specific) shared += std::binary_search(b.specific.begin(), b.specific.end(), k);
  return shared >= 2 || (score >= kNearlyIdentical && Rows(a) == Rows(b));
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

int StanceSignals::Polarity() const {
  int sum = 0;
  for (const Evaluation& e : evaluations) {
    if (EvaluativeDimensions()[e.dimension].evaluative) sum += e.polarity;
  }
  return (sum > 0) - (sum < 0);
}

StanceSignals ReadStanceSignals(std::string_view text, const std::vector<StanceAnchor>& anchors) {
  StanceSignals out;
  std::vector<Word> words = Words(text);
  std::vector<Occurrence> occurrences = FindAnchors(words, anchors);
  for (const Occurrence& o : occurrences) {
    if (o.specific) AddAnchor(&out.specific, o.anchor);
  }
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
    if (InsidePhrase(occurrences, i, i + len) || InQuestion(words, i)) {
      i += len - 1;
      continue;
    }
    out.evaluations.push_back(Evaluate(words, occurrences, *entry, i, len, &negation));
    i += len - 1;
  }
  free_negation();
  return out;
}

namespace {

// The stance of the two texts as written (rules 1 to 5 of stance.h) and the
// words of each side, both "" when no words made it.
struct TextStance {
  Stance stance = Stance::kRelated;
  std::string a, b;
};

TextStance JudgeTexts(const StanceSignals& a, const StanceSignals& b, double score,
                      double same_proposition) {
  for (const Evaluation& ea : a.evaluations) {
    for (const Evaluation& eb : b.evaluations) {
      if (ea.polarity != eb.polarity && Matches(ea, eb)) {
        return {Stance::kContrasts, ea.words, eb.words};
      }
    }
  }
  std::vector<size_t> subjects = EvaluatedSubjects(a);
  std::vector<size_t> both;
  for (size_t k : EvaluatedSubjects(b)) {
    if (std::binary_search(subjects.begin(), subjects.end(), k)) both.push_back(k);
  }
  std::string wa, wb;
  int pa = NetPolarityAbout(a, both, &wa);
  int pb = NetPolarityAbout(b, both, &wb);
  if (pa != 0 && pb != 0 && pa != pb) return {Stance::kContrasts, wa, wb};
  for (const Evaluation& ea : a.evaluations) {
    for (const Evaluation& eb : b.evaluations) {
      if (ea.polarity == eb.polarity && Matches(ea, eb)) {
        return {Stance::kAgrees, ea.words, eb.words};
      }
    }
  }
  if (score < same_proposition || !SameProposition(a, b, score)) return {};
  bool na = !a.negation.empty();
  bool nb = !b.negation.empty();
  if (na != nb) return {Stance::kContrasts, na ? a.negation : "-", nb ? b.negation : "-"};
  return {Stance::kAgrees, a.negation, b.negation};
}

}  // namespace

StanceJudgement JudgeStance(const StanceSignals& a, const StanceSignals& b, double score,
                            double same_proposition) {
  TextStance t = JudgeTexts(a, b, score, same_proposition);
  if (t.stance == Stance::kRelated) return {};
  if (a.disputed == b.disputed) {
    return {t.stance, t.a.empty() && t.b.empty() ? "" : t.a + " / " + t.b};
  }
  // One paper disputes what its text says: the papers' stance is the texts' turned.
  auto side = [](const std::string& words, bool disputed) {
    if (words.empty() || words == "-") return std::string(disputed ? "disputed" : "held");
    return disputed ? words + " (disputed)" : words;
  };
  return {t.stance == Stance::kAgrees ? Stance::kContrasts : Stance::kAgrees,
          side(t.a, a.disputed) + " / " + side(t.b, b.disputed)};
}

}  // namespace argmap
