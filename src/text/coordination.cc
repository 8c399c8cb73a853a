#include "text/coordination.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <string>

#include "text/lexicon.h"
#include "text/scan.h"

namespace argmap {
namespace {

constexpr size_t kNone = std::string_view::npos;
// Commas and conjunctions inside brackets or a quotation of up to 200 bytes do not split.
constexpr NestingOptions kNesting = {std::numeric_limits<size_t>::max(), 200};

size_t CountWords(std::string_view text, Span s) {
  size_t words = 0;
  for (size_t p = s.begin; p < s.end; ++p) {
    if (IsWordByte(text[p]) && (p == 0 || !IsWordByte(text[p - 1]) || p == s.begin)) ++words;
  }
  return words;
}

// The lower-cased word ("i.e" counts as one) at the first non-blank byte of `s`.
std::string FirstWord(std::string_view text, Span s) {
  size_t b = s.begin;
  while (b < s.end && IsAsciiSpace(text[b])) ++b;
  std::string word;
  for (size_t p = b; p < s.end && word.size() < 20; ++p) {
    bool inner_dot = text[p] == '.' && !word.empty() && p + 1 < s.end && IsAsciiLetter(text[p + 1]);
    if (!IsAsciiLetter(text[p]) && !inner_dot) break;
    word.push_back(AsciiLower(text[p]));
  }
  return word;
}

// Splits one region; see SplitCoordination.
class Coordinator {
 public:
  Coordinator(std::string_view text, Span region, bool allow_pair)
      : text_(text),
        region_(region),
        allow_pair_(allow_pair),
        inside_(InsideBrackets(text, region, kNesting)) {}

  std::vector<Span> Split() const {
    std::vector<Span> segments = SplitAtCommas();
    segments[0].begin = ListStart(text_, segments[0]);
    Span last = segments.back();
    std::vector<Span> raw(segments.begin(), segments.end() - 1);
    size_t lead = SkipSpaces(last.begin, last.end);
    bool oxford = segments.size() >= 3 &&
                  (WordAt(text_, lead, last.end, "and") || WordAt(text_, lead, last.end, "or"));
    if (oxford) {
      raw.push_back(last);
    } else {
      size_t len = 0;
      size_t conj = FindConjunction(last, &len);
      if (conj == kNone) return {};
      raw.push_back({last.begin, conj});
      raw.push_back({conj + len, last.end});
    }
    bool had_commas = segments.size() >= 2;
    if (MergeThatPair(&raw)) had_commas = false;
    CutLeadIn(&raw);
    CutPredicate(&raw);
    return Plausible(raw, had_commas);
  }

 private:
  bool Top(size_t pos) const { return !inside_[pos - region_.begin]; }

  bool WordStart(size_t p) const {
    return IsAsciiLetter(text_[p]) && (p == 0 || !IsWordByte(text_[p - 1])) && Top(p);
  }

  size_t SkipSpaces(size_t p, size_t end) const {
    while (p < end && IsAsciiSpace(text_[p])) ++p;
    return p;
  }

  // Top-level commas cut the region (not those inside numbers such as "1,000").
  std::vector<Span> SplitAtCommas() const {
    std::vector<Span> segments;
    size_t start = region_.begin;
    for (size_t p = region_.begin; p < region_.end; ++p) {
      if (text_[p] != ',' || !Top(p)) continue;
      bool in_number = p > region_.begin && p + 1 < region_.end && IsAsciiDigit(text_[p - 1]) &&
                       IsAsciiDigit(text_[p + 1]);
      if (in_number) continue;
      segments.push_back({start, p});
      start = p + 1;
    }
    segments.push_back({start, region_.end});
    return segments;
  }

  // The first top-level "and", "or" or "as well as" in `s` that is not part of
  // "both ... and", "between ... and" or "whether ... or"; sets *len.
  size_t FindConjunction(Span s, size_t* len) const {
    bool pending_and = false;
    bool pending_or = false;
    for (size_t p = s.begin; p < s.end; ++p) {
      if (!WordStart(p)) continue;
      if (WordAt(text_, p, s.end, "both") || WordAt(text_, p, s.end, "between")) {
        pending_and = true;
      } else if (WordAt(text_, p, s.end, "whether")) {
        pending_or = true;
      } else if (WordAt(text_, p, s.end, "and") || WordAt(text_, p, s.end, "or")) {
        bool is_and = AsciiLower(text_[p]) == 'a';
        bool& pending = is_and ? pending_and : pending_or;
        if (!pending) {
          *len = is_and ? 3 : 2;
          return p;
        }
        pending = false;
      } else if (WordAt(text_, p, s.end, "as well as")) {
        *len = 10;
        return p;
      }
    }
    return kNone;
  }

  // "that A, with B, holds and that C": when only the last piece opens with
  // "that", the commas are inside the first clause; the pieces before the last
  // become one member. Returns whether it merged.
  bool MergeThatPair(std::vector<Span>* raw) const {
    size_t n = raw->size();
    if (n < 3 || FirstWord(text_, raw->back()) != "that") return false;
    for (size_t i = 1; i + 1 < n; ++i) {
      if (FirstWord(text_, (*raw)[i]) == "that") return false;
    }
    *raw = {{(*raw)[0].begin, (*raw)[n - 2].end}, raw->back()};
    return true;
  }

  // Position of the first top-level word of `s` for which `pred` holds, else kNone.
  template <typename Pred>
  size_t FindWord(Span s, Pred pred) const {
    std::string word;
    for (size_t p = s.begin; p < s.end; ++p) {
      if (!WordStart(p)) continue;
      word.clear();
      for (size_t q = p; q < s.end && IsAsciiLetter(text_[q]) && word.size() < 20; ++q) {
        word.push_back(AsciiLower(text_[q]));
      }
      if (pred(word)) return p;
    }
    return kNone;
  }

  size_t FindAuxiliary(Span s) const { return FindWord(s, IsAuxiliary); }

  // "we find that A, B and C", "Using surveys, we find that A, B and C", "we
  // argue that A, that B and that C": the list starts at the "that" after a
  // reporting verb (dropping any pieces before it), or at the first member's
  // first "that" when later members open with "that" too.
  void CutLeadIn(std::vector<Span>* raw) const {
    bool parallel = std::any_of(raw->begin() + 1, raw->end(),
                                [&](const Span& m) { return FirstWord(text_, m) == "that"; });
    size_t pieces = parallel ? 1 : raw->size() - 1;
    for (size_t i = 0; i < pieces; ++i) {
      std::string previous;
      size_t that = FindWord((*raw)[i], [&](std::string_view w) {
        bool hit = w == "that" && (parallel || IsReportingVerb(previous));
        previous = w;
        return hit;
      });
      if (that == kNone) continue;
      (*raw)[i].begin = that;
      raw->erase(raw->begin(), raw->begin() + static_cast<std::ptrdiff_t>(i));
      return;
    }
  }

  // "A, B and C are expected to ...": the last member ends before an auxiliary
  // verb that no other member has.
  void CutPredicate(std::vector<Span>* raw) const {
    size_t aux = FindAuxiliary(raw->back());
    if (aux == kNone || aux == SkipSpaces(raw->back().begin, raw->back().end)) return;
    for (size_t i = 0; i + 1 < raw->size(); ++i) {
      if (FindAuxiliary((*raw)[i]) != kNone) return;
    }
    raw->back().end = aux;
  }

  // `raw` when it reads as a list (see the header), else nothing.
  std::vector<Span> Plausible(const std::vector<Span>& raw, bool had_commas) const {
    if (raw.size() < (allow_pair_ ? 2u : 3u)) return {};
    std::string first = FirstWord(text_, raw[0]);
    if (had_commas && IsIntroWord(first) && FirstWord(text_, raw[1]) != first) return {};
    bool middle_aux = false;
    for (size_t i = 0; i < raw.size(); ++i) {
      std::string word = FirstWord(text_, raw[i]);
      if (i > 0 && (IsClauseOpener(word) || (IsParticiple(word) && !IsParticiple(first)))) {
        return {};
      }
      if (FindWord(raw[i], IsSubordinator) != kNone) return {};
      size_t words = CountWords(text_, raw[i]);
      if (words == 0 || (i + 1 < raw.size() && words > kMaxCoordinationWords)) return {};
      if (i > 0 && i + 1 < raw.size()) middle_aux |= FindAuxiliary(raw[i]) != kNone;
    }
    if (raw.size() >= 3 && FindAuxiliary(raw[0]) != kNone && !middle_aux) return {};
    return raw;
  }

  std::string_view text_;
  Span region_;
  bool allow_pair_;
  std::vector<bool> inside_;
};

}  // namespace

std::vector<Span> SplitCoordination(std::string_view text, Span region, bool allow_pair) {
  region.end = std::min(region.end, text.size());
  if (region.begin >= region.end) return {};
  return Coordinator(text, region, allow_pair).Split();
}

size_t ListStart(std::string_view text, Span first) {
  first.end = std::min(first.end, text.size());
  if (first.begin >= first.end) return first.begin;
  std::vector<bool> inside = InsideBrackets(text, first);
  auto top = [&](size_t p) { return !inside[p - first.begin]; };
  for (size_t p = first.end; p > first.begin; --p) {
    if (text[p - 1] == ':' && top(p - 1)) return p;
  }
  size_t words = 0;
  for (size_t p = first.begin; p + 1 < first.end; ++p) {
    if (IsWordByte(text[p]) && (p == first.begin || !IsWordByte(text[p - 1]))) ++words;
    if (text[p] != '-' || text[p + 1] != '-' || !top(p) || words < 3) continue;
    while (p < first.end && text[p] == '-') ++p;
    return p;
  }
  return first.begin;
}

}  // namespace argmap
