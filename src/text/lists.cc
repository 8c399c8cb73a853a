#include "text/lists.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>

#include "text/coordination.h"
#include "text/scan.h"

namespace argmap {
namespace {

constexpr int kLastOrdinal = 100;  // "finally", "lastly"
// Semicolons and appositive cues inside brackets or a short quotation do not count.
constexpr NestingOptions kNesting = {std::numeric_limits<size_t>::max(), 200};

// A trailing '.' that is not the last period of a dotted abbreviation ("U.S.").
bool IsDroppablePeriod(std::string_view text, size_t b, size_t e) {
  return !(e >= b + 3 && text[e - 3] == '.' && IsAsciiLetter(text[e - 2]));
}

bool IsTrailingPunct(std::string_view text, size_t b, size_t e) {
  char c = text[e - 1];
  return c == ',' || c == ';' || c == ':' || (c == '.' && IsDroppablePeriod(text, b, e));
}

// The ordinal word at `pos` ("first", "secondly", "finally"): its value
// (kLastOrdinal for "finally"/"lastly") and *len, or 0 when there is none.
int OrdinalAt(std::string_view text, size_t pos, size_t limit, size_t* len) {
  char c = AsciiLower(text[pos]);
  if (c != 'f' && c != 's' && c != 't' && c != 'l') return 0;
  static constexpr std::array<std::string_view, 6> kBases = {"first",  "second", "third",
                                                             "fourth", "fifth",  "sixth"};
  for (size_t i = 0; i < kBases.size(); ++i) {
    for (std::string_view suffix : {"ly", ""}) {
      std::string word = std::string(kBases[i]) + std::string(suffix);
      if (WordAt(text, pos, limit, word)) {
        *len = word.size();
        return static_cast<int>(i) + 1;
      }
    }
  }
  for (std::string_view word : {"finally", "lastly"}) {
    if (WordAt(text, pos, limit, word)) {
      *len = word.size();
      return kLastOrdinal;
    }
  }
  return 0;
}

constexpr std::array<std::string_view, 7> kIntroducers = {
    "namely", "that is", "i.e.", "e.g.", "such as", "including", "specifically"};

constexpr std::array<std::string_view, 6> kAppositives = {
    "namely", "thereby", "that is,", "i.e.", "in other words", "specifically"};

enum MarkerKind { kArabic, kLowerAlpha, kUpperAlpha, kLowerRoman, kUpperRoman, kKindCount };

// A list marker "(1)", "2)", "(b)", "iii)": [begin, content) is the marker itself.
struct Marker {
  size_t begin = 0;
  size_t content = 0;
  int kind = kArabic;
  int value = 0;
};

int RomanValue(std::string_view token) {
  static constexpr std::array<std::string_view, 12> kRoman = {
      "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};
  for (size_t i = 0; i < kRoman.size(); ++i) {
    if (EqualsIgnoreCase(token, kRoman[i])) return static_cast<int>(i) + 1;
  }
  return 0;
}

// Appends the readings of marker `token` (an item number, letter or roman numeral).
void AddMarkerReadings(std::string_view token, size_t begin, size_t content,
                       std::vector<Marker>* out) {
  bool digits = std::all_of(token.begin(), token.end(), IsAsciiDigit);
  if (digits && token.size() <= 2) {
    out->push_back({begin, content, kArabic, std::stoi(std::string(token))});
    return;
  }
  if (token.size() == 1 && IsAsciiLetter(token[0])) {
    bool lower = IsAsciiLower(token[0]);
    out->push_back(
        {begin, content, lower ? kLowerAlpha : kUpperAlpha, AsciiLower(token[0]) - 'a' + 1});
  }
  int roman = RomanValue(token);
  if (roman == 0) return;
  if (std::all_of(token.begin(), token.end(), IsAsciiLower)) {
    out->push_back({begin, content, kLowerRoman, roman});
  } else if (std::all_of(token.begin(), token.end(), IsAsciiUpper)) {
    out->push_back({begin, content, kUpperRoman, roman});
  }
}

// Finds the members of a list in one span; see SplitList.
class ListFinder {
 public:
  ListFinder(std::string_view text, Span span, const ListOptions& options)
      : text_(text),
        span_(span),
        options_(options),
        inside_(InsideBrackets(text, span, kNesting)) {}

  std::vector<Span> Find() const {
    using Step = std::vector<Span> (ListFinder::*)() const;
    for (Step step : {&ListFinder::Enumerated, &ListFinder::Ordinals, &ListFinder::Semicolons,
                      &ListFinder::Dashes, &ListFinder::Introduced, &ListFinder::Plain}) {
      std::vector<Span> raw = (this->*step)();
      if (raw.size() < 2) continue;
      std::vector<Span> members = Finish(raw);
      if (!members.empty()) return members;
    }
    Span whole = TrimSpan(text_, span_);
    if (whole.empty()) return {};
    return {whole};
  }

 private:
  // Not inside brackets or a short quotation.
  bool Top(size_t pos) const { return !inside_[pos - span_.begin]; }

  bool WordStart(size_t p) const {
    return IsAsciiLetter(text_[p]) && (p == 0 || !IsWordByte(text_[p - 1])) && Top(p);
  }

  size_t SkipSpaces(size_t p, size_t end) const {
    while (p < end && IsAsciiSpace(text_[p])) ++p;
    return p;
  }

  // "1) A 2) B", "(a) A; (b) B", "i) A ii) B": the longest run of markers 1, 2, ... of one kind.
  std::vector<Span> Enumerated() const {
    std::vector<Marker> markers = FindMarkers();
    std::vector<Marker> best;
    for (int kind = 0; kind < kKindCount; ++kind) {
      std::vector<Marker> chain;
      for (const Marker& m : markers) {
        if (m.kind == kind && m.value == static_cast<int>(chain.size()) + 1) chain.push_back(m);
      }
      if (chain.size() > best.size()) best = chain;
    }
    if (best.size() < 2) return {};
    std::vector<Span> raw;
    for (size_t i = 0; i < best.size(); ++i) {
      raw.push_back({best[i].content, i + 1 < best.size() ? best[i + 1].begin : span_.end});
    }
    return raw;
  }

  std::vector<Marker> FindMarkers() const {
    std::vector<Marker> markers;
    for (size_t p = span_.begin; p < span_.end; ++p) {
      if (!Top(p)) continue;  // "(arm 1)" holds no marker
      bool paren = text_[p] == '(' && (p == 0 || !IsWordByte(text_[p - 1]));
      bool bare = IsAsciiAlnum(text_[p]) && (p == span_.begin || IsAsciiSpace(text_[p - 1]));
      if (!paren && !bare) continue;
      size_t t = paren ? p + 1 : p;
      size_t q = t;
      while (q < span_.end && q - t < 4 && IsAsciiAlnum(text_[q])) ++q;
      if (q == t || q >= span_.end || text_[q] != ')') continue;
      if (q + 1 < span_.end && !IsAsciiSpace(text_[q + 1])) continue;
      AddMarkerReadings(text_.substr(t, q - t), p, q + 1, &markers);
    }
    return markers;
  }

  // Whether `p` starts a clause: the span start, after ";:,.(" or after "and".
  bool AtClauseStart(size_t p) const {
    size_t q = p;
    while (q > span_.begin && IsAsciiSpace(text_[q - 1])) --q;
    if (q == span_.begin) return true;
    char c = text_[q - 1];
    if (c == ';' || c == ':' || c == ',' || c == '.' || c == '(') return true;
    return q >= span_.begin + 3 && WordAt(text_, q - 3, q, "and");
  }

  // "first, A; second, B", "Firstly ... Secondly ... Finally ...".
  std::vector<Span> Ordinals() const {
    std::vector<Marker> hits;  // value: the ordinal; begin/content as for markers
    for (size_t p = span_.begin; p < span_.end; ++p) {
      if (!WordStart(p)) continue;
      size_t len = 0;
      int value = OrdinalAt(text_, p, span_.end, &len);
      if (value == 0) continue;
      size_t after = p + len;
      bool ends = after == span_.end || text_[after] == ',' || text_[after] == ':' ||
                  IsAsciiSpace(text_[after]);
      if (!ends || !AtClauseStart(p)) continue;
      size_t content = SkipSpaces(after, span_.end);
      if (content < span_.end && (text_[content] == ',' || text_[content] == ':')) ++content;
      hits.push_back({p, content, kArabic, value});
    }
    std::vector<Marker> chain;
    for (const Marker& h : hits) {
      if (h.value == static_cast<int>(chain.size()) + 1) {
        chain.push_back(h);
      } else if (h.value == kLastOrdinal && !chain.empty()) {
        chain.push_back(h);
        break;
      }
    }
    if (chain.size() < 2) return {};
    std::vector<Span> raw;
    for (size_t i = 0; i < chain.size(); ++i) {
      raw.push_back({chain[i].content, i + 1 < chain.size() ? chain[i + 1].begin : span_.end});
    }
    return raw;
  }

  std::vector<Span> Semicolons() const {
    std::vector<Span> raw;
    size_t start = span_.begin;
    for (size_t p = span_.begin; p < span_.end; ++p) {
      if (text_[p] == ';' && Top(p)) {
        raw.push_back({start, p});
        start = p + 1;
      }
    }
    if (raw.empty()) return {};
    raw.push_back({start, span_.end});
    raw[0].begin = ListStart(text_, raw[0]);
    return raw;
  }

  // Top-level dash runs ("--", "---") in the span.
  std::vector<Span> FindDashes() const {
    std::vector<Span> dashes;
    for (size_t p = span_.begin; p + 1 < span_.end; ++p) {
      if (text_[p] != '-' || text_[p + 1] != '-' || !Top(p)) continue;
      size_t e = p;
      while (e < span_.end && text_[e] == '-') ++e;
      dashes.push_back({p, e});
      p = e;
    }
    return dashes;
  }

  // Past a leading "namely", "such as", ... and the comma or colon after it.
  size_t SkipIntroducer(size_t p, size_t end) const {
    p = SkipSpaces(p, end);
    for (std::string_view w : kIntroducers) {
      if (WordAt(text_, p, end, w)) {
        p = SkipSpaces(p + w.size(), end);
        break;
      }
    }
    if (p < end && (text_[p] == ',' || text_[p] == ':')) ++p;
    return p;
  }

  // "-- A, B and C --": the list between two dashes, or after a lone spaced or
  // introducing dash ("... -- namely A, B and C").
  std::vector<Span> Dashes() const {
    std::vector<Span> dashes = FindDashes();
    if (dashes.size() >= 2) {
      return Coordination({SkipIntroducer(dashes[0].end, dashes[1].begin), dashes[1].begin});
    }
    if (dashes.size() != 1) return {};
    Span d = dashes[0];
    bool spaced = d.begin > span_.begin && IsAsciiSpace(text_[d.begin - 1]) && d.end < span_.end &&
                  IsAsciiSpace(text_[d.end]);
    size_t after = SkipSpaces(d.end, span_.end);
    if (!spaced && SkipIntroducer(after, span_.end) == after) return {};
    return Coordination({SkipIntroducer(after, span_.end), span_.end});
  }

  // "namely A, B and C", "such as A, B and C": the list after the introducer, up to a dash.
  std::vector<Span> Introduced() const {
    for (size_t p = span_.begin; p < span_.end; ++p) {
      if (!WordStart(p)) continue;
      if (!WordAt(text_, p, span_.end, "namely") && !WordAt(text_, p, span_.end, "such as")) {
        continue;
      }
      size_t begin = SkipIntroducer(p, span_.end);
      size_t end = span_.end;
      for (const Span& d : FindDashes()) {
        if (d.begin >= begin) {
          end = d.begin;
          break;
        }
      }
      return Coordination({begin, end});
    }
    return {};
  }

  std::vector<Span> Plain() const { return Coordination(span_); }

  std::vector<Span> Coordination(Span region) const {
    return SplitCoordination(text_, region, options_.allow_pair);
  }

  // The member without an appositive tail (", namely ...", "--namely ...", ", thereby ...").
  Span CutAppositive(Span m) const {
    for (size_t p = m.begin; p < m.end; ++p) {
      if (!WordStart(p)) continue;
      bool hit = std::any_of(kAppositives.begin(), kAppositives.end(),
                             [&](std::string_view w) { return WordAt(text_, p, m.end, w); });
      if (!hit) continue;
      size_t q = p;
      while (q > m.begin && IsAsciiSpace(text_[q - 1])) --q;
      if (q > m.begin && text_[q - 1] == ',') return {m.begin, q - 1};
      if (q >= m.begin + 2 && text_[q - 1] == '-' && text_[q - 2] == '-') {
        while (q > m.begin && text_[q - 1] == '-') --q;
        return {m.begin, q};
      }
    }
    return m;
  }

  // White space, separators, a leading "and"/"or"/"that", trailing punctuation
  // and a trailing "and"/"or" removed.
  Span TrimMember(Span m) const {
    size_t b = m.begin;
    size_t e = m.end;
    bool changed = true;
    while (changed && b < e) {
      changed = false;
      while (b < e &&
             (IsAsciiSpace(text_[b]) || text_[b] == ',' || text_[b] == ';' || text_[b] == ':'))
        ++b;
      while (e > b && (IsAsciiSpace(text_[e - 1]) || IsTrailingPunct(text_, b, e))) --e;
      for (std::string_view w : {"and", "or", "that", "either"}) {
        bool exact = w != "that" || text_.substr(b, 4) == "that";  // not "That said"
        size_t after = b + w.size();
        bool separated =
            after < e && (IsAsciiSpace(text_[after]) || (w.size() < 4 && text_[after] == ','));
        if (exact && separated && WordAt(text_, b, e, w)) {
          b += w.size();
          changed = true;
        }
      }
      for (std::string_view w : {"and", "or"}) {
        size_t s = e - std::min(e - b, w.size());
        if (s > b && IsAsciiSpace(text_[s - 1]) && EqualsIgnoreCase(text_.substr(s, e - s), w)) {
          e = s;
          changed = true;
        }
      }
    }
    return {b, e};
  }

  std::vector<Span> Finish(const std::vector<Span>& raw) const {
    std::vector<Span> members;
    for (const Span& r : raw) {
      Span m = TrimMember(CutAppositive(r));
      if (!m.empty()) members.push_back(m);
    }
    return members;
  }

  std::string_view text_;
  Span span_;
  ListOptions options_;
  std::vector<bool> inside_;
};

}  // namespace

std::vector<Span> SplitList(std::string_view text, Span span, const ListOptions& options) {
  span.end = std::min(span.end, text.size());
  span.begin = std::min(span.begin, span.end);
  return ListFinder(text, span, options).Find();
}

Span TrimSpan(std::string_view text, Span span) {
  size_t e = std::min(span.end, text.size());
  size_t b = std::min(span.begin, e);
  while (b < e && IsAsciiSpace(text[b])) ++b;
  if (e - b > 5 && text.substr(b, 4) == "that" && IsAsciiSpace(text[b + 4])) b += 5;
  while (b < e && IsAsciiSpace(text[b])) ++b;
  while (e > b && (IsAsciiSpace(text[e - 1]) || IsTrailingPunct(text, b, e))) --e;
  return {b, e};
}

}  // namespace argmap
