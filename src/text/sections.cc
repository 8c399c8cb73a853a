#include "text/sections.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>

#include "text/lexicon.h"
#include "text/scan.h"

namespace argmap {
namespace {

struct HeadingName {
  std::string_view words;  // lower case
  Section section;
};

// Multi-word names before the single words they start with.
constexpr std::array<HeadingName, 28> kNames = {{
    {"patients and methods", Section::kMethods},
    {"materials and methods", Section::kMethods},
    {"main outcome measures", Section::kMethods},
    {"background", Section::kBackground},
    {"introduction", Section::kBackground},
    {"context", Section::kBackground},
    {"purpose", Section::kObjective},
    {"objectives", Section::kObjective},
    {"objective", Section::kObjective},
    {"aims", Section::kObjective},
    {"aim", Section::kObjective},
    {"goals", Section::kObjective},
    {"goal", Section::kObjective},
    {"methods", Section::kMethods},
    {"method", Section::kMethods},
    {"design", Section::kMethods},
    {"setting", Section::kMethods},
    {"patients", Section::kMethods},
    {"participants", Section::kMethods},
    {"interventions", Section::kMethods},
    {"measurements", Section::kMethods},
    {"results", Section::kResults},
    {"findings", Section::kResults},
    {"conclusions", Section::kConclusions},
    {"conclusion", Section::kConclusions},
    {"interpretation", Section::kConclusions},
    {"discussion", Section::kConclusions},
    {"implications", Section::kConclusions},
}};

// Words that join a name but do not start a heading: "Conclusions and Relevance".
constexpr std::array<std::string_view, 4> kJoiningOnly = {"relevance", "importance", "significance",
                                                          "limitations"};

// A capitalised word after a heading is read up to this many bytes.
constexpr size_t kMaxWordBytes = 20;

// Finds the headings of one text; see FindHeadings.
class HeadingFinder {
 public:
  explicit HeadingFinder(std::string_view text) : text_(text) {}

  std::vector<Heading> Find() const {
    std::vector<Heading> out;
    for (size_t p = 0; p < text_.size(); ++p) {
      if (!IsAsciiUpper(text_[p]) || (p > 0 && IsWordByte(text_[p - 1]))) continue;
      Heading h;
      if (!Match(p, &h)) continue;
      out.push_back(h);
      p = h.span.end - 1;
    }
    return out;
  }

  // The end of the heading names starting at `p` ("Design, Setting, and
  // Participants"), with the first name's section; `p` when none starts there.
  size_t NamesEnd(size_t p, Section* section) const {
    size_t len = NameAt(p, true, section);
    if (len == 0) return p;
    size_t end = p + len;
    for (;;) {
      size_t q = end;
      if (q < text_.size() && (text_[q] == ',' || text_[q] == '/')) ++q;
      q = SkipSpaces(q);
      if (WordAt(text_, q, text_.size(), "and")) q = SkipSpaces(q + 3);
      if (q < text_.size() && text_[q] == '&') q = SkipSpaces(q + 1);
      Section unused = Section::kNone;
      size_t more = q > end ? NameAt(q, false, &unused) : 0;
      if (more == 0) return end;
      end = q + more;
    }
  }

 private:
  size_t SkipSpaces(size_t p) const {
    while (p < text_.size() && IsAsciiSpace(text_[p])) ++p;
    return p;
  }

  // The length of a heading name at `p` and its section; 0 if none. Joining-only
  // words count when `first` is false.
  size_t NameAt(size_t p, bool first, Section* section) const {
    for (const HeadingName& n : kNames) {
      if (!WordAt(text_, p, text_.size(), n.words)) continue;
      *section = n.section;
      return n.words.size();
    }
    for (std::string_view w : kJoiningOnly) {
      if (!first && WordAt(text_, p, text_.size(), w)) return w.size();
    }
    return 0;
  }

  // No lower-case letter in text[b, e).
  bool AllUpper(size_t b, size_t e) const {
    return std::none_of(text_.begin() + b, text_.begin() + e, IsAsciiLower);
  }

  // Whether `p` starts the text or a sentence.
  bool AtSentenceStart(size_t p) const {
    size_t q = p;
    while (q > 0 && IsAsciiSpace(text_[q - 1])) --q;
    if (q == 0) return true;
    if (q == p) return false;
    while (q > 0 && (text_[q - 1] == ')' || text_[q - 1] == ']' || text_[q - 1] == '"' ||
                     text_[q - 1] == '\'')) {
      --q;
    }
    return q > 0 && (text_[q - 1] == '.' || text_[q - 1] == '?' || text_[q - 1] == '!');
  }

  // Whether text[p, e) is alone on its line: a line break ('\n') or the start
  // of the text before it and a line break after it, with only blanks between.
  bool AloneOnLine(size_t p, size_t e) const {
    size_t b = p;
    while (b > 0 && (text_[b - 1] == ' ' || text_[b - 1] == '\t')) --b;
    if (b > 0 && text_[b - 1] != '\n') return false;
    while (e < text_.size() && (text_[e] == ' ' || text_[e] == '\t')) ++e;
    return e < text_.size() && text_[e] == '\n';
  }

  // A capitalised word at `p`; after a heading not all upper case, a sentence starter.
  bool CapitalisedNext(size_t p, bool upper_heading) const {
    if (p >= text_.size() || !IsAsciiUpper(text_[p])) return false;
    if (upper_heading) return true;
    size_t e = p;
    while (e < text_.size() && e - p < kMaxWordBytes && IsAsciiLetter(text_[e])) ++e;
    return IsSentenceStarter(AsciiLowerCopy(text_.substr(p, e - p)));
  }

  bool Match(size_t p, Heading* h) const {
    Section section = Section::kNone;
    size_t e = NamesEnd(p, &section);
    if (e == p) return false;
    bool upper = AllUpper(p, e);
    bool start = AtSentenceStart(p);
    bool after_space = p > 0 && IsAsciiSpace(text_[p - 1]);
    size_t q = e;
    while (q < text_.size() && text_[q] == ' ') ++q;
    size_t end = 0;
    if (q < text_.size() && text_[q] == ':' && (start || (upper && after_space))) {
      end = q + 1;
    } else if (start && e + 1 < text_.size() && text_[e] == '.' && IsAsciiSpace(text_[e + 1])) {
      end = e + 1;
    } else if (start && q > e && CapitalisedNext(q, upper)) {
      end = e;
    } else if (AloneOnLine(p, e)) {
      end = e;
    } else {
      return false;
    }
    *h = {{p, SkipSpaces(end)}, section};
    return true;
  }

  std::string_view text_;
};

}  // namespace

Section HeadingLineSection(std::string_view line) {
  while (!line.empty() && IsAsciiSpace(line.back())) line.remove_suffix(1);
  while (!line.empty() && IsAsciiSpace(line.front())) line.remove_prefix(1);
  if (line.empty() || !IsAsciiUpper(line.front())) return Section::kNone;
  if (line.back() == ':' || line.back() == '.') line.remove_suffix(1);
  Section section = Section::kNone;
  return HeadingFinder(line).NamesEnd(0, &section) == line.size() ? section : Section::kNone;
}

std::string_view SectionName(Section s) {
  switch (s) {
    case Section::kNone:
      return "none";
    case Section::kBackground:
      return "background";
    case Section::kObjective:
      return "objective";
    case Section::kMethods:
      return "methods";
    case Section::kResults:
      return "results";
    case Section::kConclusions:
      return "conclusions";
  }
  return "none";
}

std::vector<Heading> FindHeadings(std::string_view text) { return HeadingFinder(text).Find(); }

std::vector<Heading> FindHeadings(const NormalizedText& norm, std::string_view original) {
  std::string lines = norm.text;  // the same bytes, with each CR and LF put back as '\n'
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t o = norm.orig_begin[i];
    if (o < original.size() && (original[o] == '\n' || original[o] == '\r')) lines[i] = '\n';
  }
  return HeadingFinder(lines).Find();
}

Section SectionAt(const std::vector<Heading>& headings, size_t pos) {
  auto after = std::upper_bound(headings.begin(), headings.end(), pos,
                                [](size_t p, const Heading& h) { return p < h.span.begin; });
  return after == headings.begin() ? Section::kNone : std::prev(after)->section;
}

}  // namespace argmap
