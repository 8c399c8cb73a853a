#include "text/clauses.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <limits>
#include <string>

#include "text/lexicon.h"
#include "text/lists.h"
#include "text/scan.h"

namespace argmap {
namespace {

constexpr size_t kNone = std::string_view::npos;
// Separators inside brackets or a quotation of up to 200 bytes do not cut.
constexpr NestingOptions kNesting = {std::numeric_limits<size_t>::max(), 200};
// Words after a conjunction looked at for a subject and a verb.
constexpr size_t kClauseLookahead = 6;
// A reporting frame is looked for in this many bytes at the start of a unit.
constexpr size_t kMaxFrameBytes = 160;
// An opening subordinate clause ("Although A, B") holds at least this many words.
constexpr size_t kMinOpeningWords = 2;
// Rounds of cue stripping ("However, we argue that because ...").
constexpr int kStripRounds = 4;
// Words are read up to this many bytes; a longer one reads as several.
constexpr size_t kMaxWordBytes = 64;

bool InList(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Leading discourse connectives, dropped before a comma or a space.
constexpr std::array<std::string_view, 14> kConnectives = {
    "however",     "therefore",    "thus",        "hence",        "moreover",
    "furthermore", "consequently", "accordingly", "nevertheless", "nonetheless",
    "and",         "but",          "or",          "yet"};

// Leading connectives dropped only with their comma ("First," but not "First-line").
constexpr std::array<std::string_view, 48> kCommaConnectives = {"instead",
                                                                "in addition",
                                                                "additionally",
                                                                "first",
                                                                "firstly",
                                                                "second",
                                                                "secondly",
                                                                "third",
                                                                "thirdly",
                                                                "fourth",
                                                                "finally",
                                                                "lastly",
                                                                "in particular",
                                                                "in contrast",
                                                                "by contrast",
                                                                "on the contrary",
                                                                "on the other hand",
                                                                "overall",
                                                                "in sum",
                                                                "in short",
                                                                "in summary",
                                                                "in conclusion",
                                                                "to conclude",
                                                                "taken together",
                                                                "together",
                                                                "as a result",
                                                                "still",
                                                                "indeed",
                                                                "importantly",
                                                                "more importantly",
                                                                "specifically",
                                                                "more specifically",
                                                                "for example",
                                                                "for instance",
                                                                "similarly",
                                                                "likewise",
                                                                "notably",
                                                                "in turn",
                                                                "at the same time",
                                                                "meanwhile",
                                                                "ultimately",
                                                                "in other words",
                                                                "that is",
                                                                "further",
                                                                "also",
                                                                "rather",
                                                                "conversely",
                                                                "so"};

bool IsSubjectPronoun(std::string_view w) {
  return InList(w, {"they", "we", "it", "he", "she", "there", "i"});
}

bool IsDeterminer(std::string_view w) {
  return InList(w, {"the",   "a",    "an",   "this", "these", "those", "that",   "such", "its",
                    "their", "our",  "his",  "her",  "each",  "all",   "both",   "no",   "some",
                    "any",   "many", "most", "more", "less",  "other", "further"});
}

// Adverbs between a conjunction and its clause: ", and thus they ...".
bool IsClauseAdverb(std::string_view w) {
  return InList(w, {"thus", "therefore", "hence", "then", "so", "also", "consequently",
                    "accordingly", "that", "instead", "still"});
}

// Verbs taking a "that" clause that IsReportingVerb does not know.
bool IsOtherReportingVerb(std::string_view w) {
  for (std::string_view base :
       {"hold",       "believe",    "prove",     "report",      "stress", "emphasize", "highlight",
        "underscore", "illustrate", "recognize", "acknowledge", "insist", "assume",    "discover",
        "learn",      "warn",       "seem",      "appear",      "agree",  "mean"}) {
    if (w.substr(0, base.size()) != base) continue;
    if (InList(w.substr(base.size()), {"", "s", "es", "d", "ed", "n"})) return true;
  }
  return InList(w, {"held", "meant", "said", "says", "think", "thinks", "thought", "known", "imply",
                    "implies", "implied", "verify", "verifies", "verified"});
}

bool IsReporting(std::string_view w) { return IsReportingVerb(w) || IsOtherReportingVerb(w); }

// Words opening an introductory phrase that ends at a comma: "Using surveys, we ...".
bool IsIntroOpener(std::string_view w) {
  return IsParticiple(w) || InList(w, {"based", "given", "through", "by", "despite", "unlike",
                                       "compared", "after", "with"});
}

// A finite verb or an auxiliary, guessed from the word alone.
bool IsVerbLike(std::string_view w) {
  bool past = w.size() > 4 && w.substr(w.size() - 2) == "ed";
  return IsAuxiliary(w) || IsReporting(w) || past || InList(w, {"not", "cannot"});
}

struct Word {
  Span span;
  std::string lower;
};

// Cuts one sentence; see SplitClauses.
class ClauseSplitter {
 public:
  ClauseSplitter(std::string_view text, Span sentence)
      : text_(text), sentence_(sentence), inside_(InsideBrackets(text, sentence, kNesting)) {}

  std::vector<Span> Split() const {
    std::vector<Piece> pieces;
    for (const Span& piece : CutAtBoundaries()) AddListMembers(piece, &pieces);
    return MergeShort(pieces);
  }

 private:
  // A raw stretch of the sentence, cue included; list members are exact spans.
  struct Piece {
    Span raw;
    bool member = false;
  };

  bool Top(size_t p) const { return !inside_[p - sentence_.begin]; }

  bool WordStart(size_t p) const {
    return IsAsciiLetter(text_[p]) && (p == 0 || !IsWordByte(text_[p - 1])) && Top(p);
  }

  size_t SkipSpaces(size_t p, size_t end) const {
    while (p < end && IsAsciiSpace(text_[p])) ++p;
    return p;
  }

  // The word at `p` (after white space): word bytes joined by inner '-' or '\''.
  // Empty when punctuation or `end` comes first; at most kMaxWordBytes long.
  Word ReadWord(size_t p, size_t end) const {
    p = SkipSpaces(p, end);
    size_t e = p;
    end = std::min(end, p + kMaxWordBytes);
    while (e < end && (IsWordByte(text_[e]) || (e > p && (text_[e] == '-' || text_[e] == '\'') &&
                                                e + 1 < end && IsWordByte(text_[e + 1])))) {
      ++e;
    }
    return {{p, e}, AsciiLowerCopy(text_.substr(p, e - p))};
  }

  // Whether the word before `p` (a word start) is `word`.
  bool PreviousWordIs(size_t p, std::string_view word) const {
    size_t q = p;
    while (q > sentence_.begin && IsAsciiSpace(text_[q - 1])) --q;
    return q >= sentence_.begin + word.size() && WordAt(text_, q - word.size(), q, word);
  }

  // Whether a clause starts at `p`: a subject pronoun, or a verb within a few words.
  bool ClauseFollows(size_t p) const {
    std::array<Word, kClauseLookahead> words;
    size_t n = 0;
    for (; n < kClauseLookahead; ++n) {
      words[n] = ReadWord(p, sentence_.end);
      if (words[n].span.empty()) break;
      p = words[n].span.end;
    }
    size_t i = 0;
    while (i < n && IsClauseAdverb(words[i].lower)) ++i;
    if (i + 1 < n && IsSubjectPronoun(words[i].lower)) return true;
    for (size_t j = i + 1; j < n; ++j) {
      if (IsVerbLike(words[j].lower) && !IsDeterminer(words[j - 1].lower)) return true;
    }
    return false;
  }

  // Length of the subordinator that opens a clause at `p`, 0 if none.
  size_t SubordinatorAt(size_t p) const {
    if (!WordStart(p)) return 0;
    const size_t end = sentence_.end;
    for (std::string_view w :
         {"although", "whereas", "even though", "so that", "given that", "in order to"}) {
      if (WordAt(text_, p, end, w)) return w.size();
    }
    if (WordAt(text_, p, end, "because")) {
      return WordAt(text_, SkipSpaces(p + 7, end), end, "of") ? 0 : 7;
    }
    if (WordAt(text_, p, end, "while")) return PreviousWordIs(p, "a") ? 0 : 5;
    if (WordAt(text_, p, end, "since")) return ClauseFollows(p + 5) ? 5 : 0;
    if (WordAt(text_, p, end, "though")) {
      size_t after = SkipSpaces(p + 6, end);
      bool adverb = after == end || !IsWordByte(text_[after]);
      return adverb || PreviousWordIs(p, "as") ? 0 : 6;
    }
    return 0;
  }

  enum class Opening { kNone, kSubordinate, kIntro };

  // The state of the left-to-right pass of CutAtBoundaries.
  struct Pass {
    std::vector<Span> pieces;
    size_t start = 0;                  // where the current piece begins
    size_t words = 0;                  // word starts since `start`
    bool verb = false;                 // a verb-like word since `start`
    Opening opening = Opening::kNone;  // how the current piece opens
    size_t fallback = kNone;           // the first comma of an opening subordinate clause
  };

  // The stretches between cuts, each starting right after its separator.
  std::vector<Span> CutAtBoundaries() const {
    Pass s;
    s.start = sentence_.begin;
    for (size_t p = sentence_.begin; p < sentence_.end; ++p) {
      if (!Top(p)) continue;
      char c = text_[p];
      if (c == ';' || (c == ':' && p + 1 < sentence_.end && IsAsciiSpace(text_[p + 1]))) {
        Cut(&s, p, p + 1);
      } else if (c == ',') {
        OnComma(&s, p);
      } else if (size_t len = SubordinatorAt(p); len > 0) {
        if (s.words > 0) Cut(&s, LeftEnd(p), p);
        s.opening = Opening::kSubordinate;
        s.words += 1;
        p += len - 1;
      } else if (IsWordByte(c) && (p == sentence_.begin || !IsWordByte(text_[p - 1]))) {
        OnWord(&s, p);
      }
    }
    Cut(&s, sentence_.end, sentence_.end);
    return s.pieces;
  }

  void Cut(Pass* s, size_t left_end, size_t right_begin) const {
    if (s->opening == Opening::kSubordinate && s->fallback != kNone) {
      s->pieces.push_back({s->start, s->fallback});
      s->start = s->fallback + 1;
    }
    s->pieces.push_back({s->start, left_end});
    *s = Pass{std::move(s->pieces), right_begin};
  }

  void OnComma(Pass* s, size_t p) const {
    size_t q = SkipSpaces(p + 1, sentence_.end);
    if (JoinsClause(q, s->verb) || JoinsParticiple(*s, q)) return Cut(s, p, q);
    if (s->opening == Opening::kNone || s->words < kMinOpeningWords) return;
    bool clause = ClauseFollows(q);
    if (s->opening == Opening::kIntro) {
      if (clause || StartsSubject(q)) Cut(s, p, q);
    } else if (clause || s->verb) {
      Cut(s, p, q);
    } else if (s->fallback == kNone) {
      s->fallback = p;
    }
  }

  void OnWord(Pass* s, size_t p) const {
    Word w = ReadWord(p, sentence_.end);
    if (s->words == 0 && IsIntroOpener(w.lower)) s->opening = Opening::kIntro;
    s->verb = s->verb || IsVerbLike(w.lower);
    ++s->words;
  }

  // After a comma at `q`: a participial clause ("..., finding that ...") after a main clause.
  bool JoinsParticiple(const Pass& s, size_t q) const {
    return s.verb && s.words >= kMinClauseWords && IsParticiple(ReadWord(q, sentence_.end).lower);
  }

  // A determiner or pronoun at `p`: the subject after an introductory phrase.
  bool StartsSubject(size_t p) const {
    std::string w = ReadWord(p, sentence_.end).lower;
    return IsSubjectPronoun(w) || (IsDeterminer(w) && w != "that");
  }

  // After a comma at q - 1: "but", or "and"/"or"/"yet" before a clause.
  bool JoinsClause(size_t q, bool verb_before) const {
    Word w = ReadWord(q, sentence_.end);
    if (w.lower == "but") {
      Word next = ReadWord(w.span.end, sentence_.end);
      return (next.lower != "also" && next.lower != "not") || ClauseFollows(next.span.end);
    }
    if (!verb_before || !InList(w.lower, {"and", "or", "yet"})) return false;
    return ReadWord(w.span.end, sentence_.end).lower == "that" || ClauseFollows(w.span.end);
  }

  // Where the piece before a subordinator at `p` ends: at a comma just before it, else at `p`.
  size_t LeftEnd(size_t p) const {
    size_t q = p;
    while (q > sentence_.begin && IsAsciiSpace(text_[q - 1])) --q;
    return q > sentence_.begin && text_[q - 1] == ',' ? q - 1 : p;
  }

  // One piece, or the members of the list it holds, with a long lead-in as a piece of its own.
  void AddListMembers(Span piece, std::vector<Piece>* out) const {
    Span body = Strip(piece);
    std::vector<Span> members =
        body.empty() || !MayHoldList(body) ? std::vector<Span>{} : SplitList(text_, body);
    if (members.size() >= 2 && !IsListOfUnits(body, members)) members.clear();
    if (members.size() < 2) {
      out->push_back({piece, false});
      return;
    }
    Span lead{piece.begin, members[0].begin};
    if (CountWords(Strip(lead), kMinClauseWords) >= kMinClauseWords) out->push_back({lead, false});
    for (const Span& m : members) out->push_back({m, true});
  }

  // False when `body` cannot hold a list of three or more that SplitList finds: it
  // has no comma, semicolon, closing bracket, dash or ordinal "second". Saves the
  // list search on most clauses.
  bool MayHoldList(Span body) const {
    for (size_t q = body.begin; q < body.end; ++q) {
      char c = text_[q];
      if (c == ',' || c == ';' || c == ')' || c == '-') return true;
      if ((c == 's' || c == 'S') && WordAt(text_, q, body.end, "second")) return true;
      if ((c == 's' || c == 'S') && WordAt(text_, q, body.end, "secondly")) return true;
    }
    return false;
  }

  // Whether list members make units: none short or holding statistics in brackets,
  // and the list is marked ("(1)", "second,"), introduced (":", "namely", "--"),
  // the whole of `body`, or made of clauses.
  bool IsListOfUnits(Span body, const std::vector<Span>& members) const {
    bool clauses = true;
    for (const Span& m : members) {
      if (CountWords(m, 2) < 2) return false;
      for (size_t q = m.begin; q < m.end; ++q) {
        if (text_[q] == '(' || text_[q] == '[') return false;
      }
      clauses = clauses && HasVerb(m);
    }
    for (size_t i = 1; i < members.size(); ++i) {
      if (HasMarker({members[i - 1].end, members[i].begin})) return true;
    }
    Span lead = TrimSpan(text_, {body.begin, members[0].begin});
    if (lead.empty()) return clauses || AfterColon(body.begin);
    return clauses || text_[lead.end - 1] == ':' || text_[lead.end - 1] == '-' ||
           EndsWithWord(lead, "namely") || EndsWithWord(lead, "such as") ||
           EndsWithWord(lead, "including");
  }

  // A closing list marker or an ordinal word in the gap between two members.
  bool HasMarker(Span gap) const {
    for (size_t p = gap.begin; p < gap.end; ++p) {
      if (text_[p] == ')') return true;
      if (!WordStart(p)) continue;
      for (std::string_view w : {"second", "secondly", "third", "thirdly", "finally", "lastly"}) {
        if (WordAt(text_, p, gap.end, w)) return true;
      }
    }
    return false;
  }

  bool AfterColon(size_t p) const {
    while (p > sentence_.begin && IsAsciiSpace(text_[p - 1])) --p;
    return p > sentence_.begin && text_[p - 1] == ':';
  }

  bool EndsWithWord(Span s, std::string_view word) const {
    return s.size() >= word.size() && WordAt(text_, s.end - word.size(), s.end, word);
  }

  bool HasVerb(Span s) const {
    std::string prev;
    for (size_t p = s.begin; p < s.end;) {
      Word w = ReadWord(p, s.end);
      if (w.span.empty()) {
        ++p;
        continue;
      }
      if (IsVerbLike(w.lower) && (prev == "that" || !IsDeterminer(prev))) return true;
      prev = std::move(w.lower);
      p = w.span.end;
    }
    return false;
  }

  // Word starts in `s`, counted up to `cap`.
  size_t CountWords(Span s, size_t cap) const {
    size_t n = 0;
    for (size_t p = s.begin; p < s.end && n < cap; ++p) {
      if (IsWordByte(text_[p]) && (p == s.begin || !IsWordByte(text_[p - 1]))) ++n;
    }
    return n;
  }

  // Pieces as units: short ones join the unit before (or, first, the one after).
  std::vector<Span> MergeShort(const std::vector<Piece>& pieces) const {
    struct Unit {
      Span raw;
      Span text;
    };
    std::vector<Unit> units;
    size_t carry = kNone;  // begin of short leading pieces waiting for the next
    size_t last_end = sentence_.begin;
    for (const Piece& piece : pieces) {
      if (CountWords(TrimSpan(text_, piece.raw), 1) == 0) continue;
      Span raw{carry == kNone ? piece.raw.begin : carry, piece.raw.end};
      last_end = raw.end;
      Span text = Strip(raw, carry == kNone);
      if (piece.member || CountWords(text, kMinClauseWords) >= kMinClauseWords) {
        units.push_back({raw, text});
        carry = kNone;
      } else if (!units.empty()) {
        units.back().raw.end = raw.end;
        units.back().text.end = TrimSpan(text_, {units.back().text.begin, raw.end}).end;
      } else {
        carry = raw.begin;
      }
    }
    if (carry != kNone) units.push_back({{carry, last_end}, Strip({carry, last_end}, false)});
    std::vector<Span> out;
    for (const Unit& u : units) {
      if (!u.text.empty()) out.push_back(u.text);
    }
    return out;
  }

  // `raw` trimmed and without its leading cues; trimmed only when stripping would empty it.
  // A subordinator is kept when `subordinator` is false: it opens a short clause
  // merged into the main one ("Although small, the effect holds").
  Span Strip(Span raw, bool subordinator = true) const {
    Span whole = TrimSpan(text_, raw);
    Span s = whole;
    for (int round = 0; round < kStripRounds && !s.empty(); ++round) {
      size_t b = SkipMarker(s.begin, s.end);
      b = SkipConnective(b, s.end);
      if (subordinator) b = SkipSubordinator(b, s.end);
      b = SkipFrame(b, s.end);
      Span next = TrimSpan(text_, {b, s.end});
      if (next == s) break;
      s = next;
    }
    return s.empty() ? whole : s;
  }

  // Past a list marker at `b`: "(2) ", "b) ", "iii) ".
  size_t SkipMarker(size_t b, size_t end) const {
    size_t t = b < end && text_[b] == '(' ? b + 1 : b;
    size_t q = t;
    while (q < end && q - t < 3 && IsAsciiAlnum(text_[q])) ++q;
    bool marker = q > t && q + 1 < end && text_[q] == ')' && IsAsciiSpace(text_[q + 1]);
    bool digits = std::all_of(text_.begin() + t, text_.begin() + q, IsAsciiDigit);
    bool roman = std::all_of(text_.begin() + t, text_.begin() + q,
                             [](char c) { return AsciiLower(c) == 'i' || AsciiLower(c) == 'v'; });
    return marker && (digits || roman || q - t == 1) ? q + 1 : b;
  }

  size_t SkipConnective(size_t b, size_t end) const {
    for (std::string_view w : kConnectives) {
      size_t after = b + w.size();
      if (!WordAt(text_, b, end, w) || after >= end) continue;
      if (text_[after] == ',') return after + 1;
      if (IsAsciiSpace(text_[after])) return after;
    }
    for (std::string_view w : kCommaConnectives) {
      size_t after = b + w.size();
      if (WordAt(text_, b, end, w) && after < end && text_[after] == ',') return after + 1;
    }
    return b;
  }

  size_t SkipSubordinator(size_t b, size_t end) const {
    size_t len = b < end && Top(b) ? SubordinatorAt(b) : 0;
    return len > 0 && b + len < end ? b + len : b;
  }

  // Past a reporting frame "We argue that", "It is argued that" at the start `b`.
  size_t SkipFrame(size_t b, size_t end) const {
    size_t limit = std::min(end, b + kMaxFrameBytes);
    Word prev;
    std::string before_prev;
    bool reporting = false;
    size_t p = b;
    for (size_t count = 0; count <= kMaxFrameWords; ++count) {
      while (p < limit && !IsWordByte(text_[p]) && text_[p] != ';' && text_[p] != ':') ++p;
      Word w = ReadWord(p, limit);
      if (w.span.empty() || w.span.end == limit) return b;
      if (w.lower == "that") {
        if (count == 0 || !Top(w.span.begin)) return b;
        bool verb = IsReporting(prev.lower) &&
                    !InList(before_prev, {"the", "a", "an", "our", "their", "its", "his", "her"});
        bool modifier = prev.lower.size() > 3 && prev.lower.substr(prev.lower.size() - 2) == "ly";
        bool noun = InList(prev.lower, {"evidence", "support"});
        return verb || (reporting && (modifier || noun)) ? w.span.end : b;
      }
      // "We do not find that A", "no evidence that A": the frame's negation is
      // the unit's meaning, so the frame stays.
      if (IsNegationWord(w.lower)) return b;
      reporting = reporting || IsReporting(w.lower);
      before_prev = std::move(prev.lower);
      prev = std::move(w);
      p = prev.span.end;
    }
    return b;
  }

  std::string_view text_;
  Span sentence_;
  std::vector<bool> inside_;
};

}  // namespace

std::vector<Span> SplitClauses(std::string_view text, Span sentence) {
  sentence.end = std::min(sentence.end, text.size());
  sentence.begin = std::min(sentence.begin, sentence.end);
  if (sentence.empty()) return {};
  return ClauseSplitter(text, sentence).Split();
}

}  // namespace argmap
