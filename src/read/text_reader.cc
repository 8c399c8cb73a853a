// Plain text input, read the way people paste it (docs/inputs.md, "Plain text"):
//
// - With a blank line between two non-blank lines, each paragraph is an
//   abstract. Without one, a text whose lines mostly end without
//   sentence-final punctuation was hard-wrapped (copied from a PDF or an
//   e-mail): all of it is one abstract; otherwise each line is an abstract,
//   and a line that ends without sentence-final punctuation joins the next.
// - Labels are not abstracts: "Abstract" / "Abstract:" (alone, or opening the
//   text) is dropped; "Title: X", or the unpunctuated line just before an
//   Abstract label, is the record's title, and so is a short unpunctuated
//   paragraph right before an abstract's text (TakesUnlabelledTitle); "Keywords: a; b" (or "Key
//   words") goes to its keywords, and "Authors: A. Smith, B. Jones" to its authors (SplitAuthors),
//   as does an unlabelled line of names right under a title that does not run on
//   ("Ann Lee, Bo Chen", "By A. Lee": BylineLine; not after "The Politics of").
//   "Title", "Keywords" or "Key words" alone on a line (capitalised, or with a colon) take the next
//   line (alone in a paragraph, the next paragraph); a title after "Title" or "Title:" runs over
//   the lines up to the next label, heading or blank line when they do not end a sentence
//   (TitleEnd), and a keyword list that ends with ';' or ',' continues on the next line
//   (KeywordsEnd). "Keywords a; b" is a list when it reads as one (at least two items of at most
//   four words). A paragraph that is only a structured-abstract heading ("Methods", "RESULTS:") or
//   only a label joins the paragraph after it; one that opens with a heading that is not an opening
//   one (methods, results, conclusions) continues an abstract that already has headings. A title or
//   keywords with no abstract after them (at the end, or before another title) are a record without
//   an abstract (a warning), never given to the abstract before.
//
// - Hard wraps are undone in the abstract's text (Unwrapped): a line break
//   inside a paragraph is a space, or nothing after a line-end hyphen (kept);
//   breaks at blank lines and around heading lines stay, as "\n" (a CRLF file
//   reads like its LF twin).
#include <algorithm>
#include <string>

#include "read/bib_fields.h"
#include "read/readers_internal.h"
#include "text/scan.h"
#include "text/sections.h"

namespace argmap::read_internal {
namespace {

struct Record {
  std::string title;
  std::vector<std::string> keywords;
  std::vector<std::string> authors;  // from an "Authors:" line
  std::vector<Line> body;
  bool headings = false;    // its body has a structured-abstract heading
  bool candidate = false;   // one unpunctuated line: a title if a label follows
  bool label_only = false;  // "Abstract:" and nothing else
  Line first;               // its first line
};

bool HasInnerBlankLine(const std::vector<Line>& lines) {
  size_t first = lines.size();
  size_t last = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (IsBlank(lines[i].text)) continue;
    first = std::min(first, i);
    last = i;
  }
  for (size_t i = first; i < last; ++i) {
    if (IsBlank(lines[i].text)) return true;
  }
  return false;
}

// `prefix` at the start of `text`, in any case, followed by ':' (or a space
// and more text for "Keywords"); the rest, trimmed, in *rest.
bool LabelledLine(std::string_view text, std::string_view prefix, bool colon_needed,
                  std::string_view* rest) {
  text = Trim(text);
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  std::string_view after = text.substr(prefix.size());
  if (!after.empty() && (after.front() == ':' || after.front() == '.')) {
    *rest = Trim(after.substr(1));
    return true;
  }
  if (colon_needed || after.empty() || !IsSpace(after.front())) return false;
  *rest = Trim(after);
  return !rest->empty();
}

std::vector<std::string> SplitKeywords(std::string_view text) {
  std::vector<std::string> out;
  char separator = text.find(';') != std::string_view::npos ? ';' : ',';
  while (!text.empty()) {
    size_t cut = text.find(separator);
    std::string_view word = Trim(text.substr(0, cut));
    if (word.ends_with('.')) word.remove_suffix(1);
    if (!word.empty()) out.emplace_back(word);
    if (cut == std::string_view::npos) break;
    text.remove_prefix(cut + 1);
  }
  return out;
}

// Words that go on a sentence that opens with "Keywords" ("Keywords in titles
// predict ..."), and never open a keyword list.
constexpr std::string_view kSentenceWords[] = {
    "are",   "is",   "was",  "were", "in",  "of",  "and",    "or", "that",
    "which", "can",  "may",  "from", "for", "to",  "as",     "on", "with",
    "by",    "help", "have", "had",  "do",  "did", "matter", "the"};

// True when every item is at most four words: keywords, not sentences.
bool ShortItems(const std::vector<std::string>& items) {
  return std::all_of(items.begin(), items.end(),
                     [](const std::string& w) { return std::count(w.begin(), w.end(), ' ') <= 3; });
}

// "Keywords aid; civil war" without a colon: a capitalised label, then at
// least two items of at most four words, with no sentence inside.
bool InlineKeywordsList(std::string_view text, std::string_view* rest) {
  text = Trim(text);
  for (std::string_view label : {"Keywords", "KEYWORDS", "Key words", "Key Words", "KEY WORDS"}) {
    if (!text.starts_with(label) || text.size() == label.size()) continue;
    if (!IsSpace(text[label.size()])) continue;
    std::string_view list = Trim(text.substr(label.size()));
    std::string_view items = list.ends_with('.') ? list.substr(0, list.size() - 1) : list;
    if (items.find_first_of(".?!:") != std::string_view::npos) return false;
    char separator = items.find(';') != std::string_view::npos ? ';' : ',';
    std::vector<std::string> words = SplitKeywords(items);
    size_t separators = std::count(items.begin(), items.end(), separator);
    bool short_items = ShortItems(words);
    std::string_view first = items.substr(0, items.find_first_of(" ,;"));
    bool sentence = std::find(std::begin(kSentenceWords), std::end(kSentenceWords), first) !=
                    std::end(kSentenceWords);
    if (words.size() < 2 || words.size() != separators + 1 || !short_items || sentence) {
      return false;
    }
    *rest = list;
    return true;
  }
  return false;
}

bool KeywordsLine(std::string_view text, std::string_view* rest) {
  return LabelledLine(text, "keywords", true, rest) ||
         LabelledLine(text, "key words", true, rest) || InlineKeywordsList(text, rest);
}

// "Authors: A. Smith, B. Jones" (or "Author:"), the colon needed.
bool AuthorsLine(std::string_view text, std::string_view* rest) {
  return LabelledLine(text, "authors", true, rest) || LabelledLine(text, "author", true, rest);
}

// An author line is at most this long.
constexpr size_t kMaxByline = 300;

// Lower-case words that may stand inside a person's name ("Ludwig van Beethoven").
constexpr std::string_view kNameParticles[] = {"van", "von", "de", "der", "den", "da", "di",
                                               "del", "la",  "le", "du",  "dos", "al", "bin"};

// One word of a person's name: capitalised (any non-ASCII first byte counts,
// "Ángel"), an initial ("A.", "J.-P."), or a particle. Affiliation marks
// written after it ("Smith1", "Jones*") are allowed.
bool NameWord(std::string_view w) {
  while (!w.empty() && (IsAsciiDigit(w.back()) || w.back() == '*')) w.remove_suffix(1);
  if (w.empty()) return false;
  if (std::find(std::begin(kNameParticles), std::end(kNameParticles), w) !=
      std::end(kNameParticles)) {
    return true;
  }
  unsigned char first = static_cast<unsigned char>(w.front());
  if (!(first >= 0x80 || (first >= 'A' && first <= 'Z'))) return false;
  if (w.ends_with('.')) return w.size() <= 5;  // an initial, not a sentence's last word
  return std::none_of(w.begin(), w.end(), [](char c) { return c == ',' || c == ':'; });
}

// A person's name: two to five name words, not all particles.
bool PersonNameLike(std::string_view name) {
  std::vector<std::string_view> words;
  name = Trim(name);
  while (!name.empty()) {
    size_t end = std::min(name.find(' '), name.size());
    if (end > 0) words.push_back(name.substr(0, end));
    name.remove_prefix(std::min(end + 1, name.size()));
  }
  if (words.size() < 2 || words.size() > 5) return false;
  bool named = false;
  for (std::string_view w : words) {
    if (!NameWord(w)) return false;
    named = named || !(w.front() >= 'a' && w.front() <= 'z');
  }
  return named;
}

// An unlabelled author line under a title, as pasted from a journal's page:
// "A. Smith, B. Jones and C. Lee", "By Ana Ruiz". Without "By", two names or
// one with an initial; every item a name (PersonNameLike). `rest` is the list.
bool BylineLine(std::string_view text, std::string_view* rest) {
  text = Trim(text);
  bool by = text.starts_with("By ") || text.starts_with("by ");
  std::string_view list = Trim(by ? text.substr(3) : text);
  if (list.empty() || list.size() > kMaxByline) return false;
  std::vector<std::string> names;
  SplitAuthors(list, &names);
  if (names.empty() || !std::all_of(names.begin(), names.end(),
                                    [](const std::string& n) { return PersonNameLike(n); })) {
    return false;
  }
  if (!by && names.size() == 1 && names[0].find('.') == std::string::npos) return false;
  *rest = list;
  return true;
}

// A byline that says it is one: "By A. Lee and B. Chen". Only such a line ends a
// title or keyword list that runs over several lines: a line of capitalised
// words ("Civil War and Ethnic Conflict") may be their next line.
bool MarkedByline(std::string_view line) {
  std::string_view rest;
  line = Trim(line);
  return (line.starts_with("By ") || line.starts_with("by ")) && BylineLine(line, &rest);
}

// Words a title's line that runs on ends with ("The Politics of").
constexpr std::string_view kRunOnWords[] = {"of",  "and", "or",   "the",  "a",  "an", "in", "on",
                                            "for", "to",  "with", "from", "by", "at", "as"};

// Whether the last word of `line` leaves it running on into the next line.
bool RunsOn(std::string_view line) {
  line = Trim(line);
  size_t space = line.find_last_of(" \t");
  std::string last =
      AsciiLowerCopy(space == std::string_view::npos ? line : line.substr(space + 1));
  return std::find(std::begin(kRunOnWords), std::end(kRunOnWords), last) != std::end(kRunOnWords);
}

enum class BareLabel { kNone, kTitle, kKeywords };

// "Title", "Keywords" or "Key words" (capitalised, or in any case with a
// colon) alone on a line: the value is on the next line (or, for a label alone
// in its paragraph, the next paragraph).
BareLabel BareLabelOf(std::string_view text) {
  text = Trim(text);
  bool colon = text.ends_with(':');
  if (colon) text.remove_suffix(1);
  if (text.empty() || (!colon && (text.front() < 'A' || text.front() > 'Z'))) {
    return BareLabel::kNone;
  }
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "title") return BareLabel::kTitle;
  if (lower == "keywords" || lower == "key words") return BareLabel::kKeywords;
  return BareLabel::kNone;
}

bool IsAbstractLabel(std::string_view text) {
  return !IsBlank(text) && StripAbstractLabel(text).size() < Trim(text).size();
}

bool EndsSentence(std::string_view text) {
  text = Trim(text);
  while (!text.empty() && std::string_view(")]\"'").find(text.back()) != std::string_view::npos) {
    text.remove_suffix(1);
  }
  if (text.ends_with("\xE2\x80\x9D") || text.ends_with("\xE2\x80\x99")) text.remove_suffix(3);
  if (text.ends_with("\xE2\x80\xA6")) return true;  // an ellipsis
  return !text.empty() && (text.back() == '.' || text.back() == '?' || text.back() == '!');
}

// Lines of hard-wrapped text are at most this long; a longer line is a whole
// abstract however it ends ("... (Smith 2020)").
constexpr size_t kMaxWrappedLine = 160;

// A line that reads as cut by a hard wrap: short, and not the end of a sentence.
bool IsWrapped(std::string_view line) {
  return !EndsSentence(line) && Trim(line).size() <= kMaxWrappedLine;
}

bool OpensAbstract(Section s) {
  return s == Section::kBackground || s == Section::kObjective || s == Section::kNone;
}

// The section of the heading a line opens with ("Methods: We ...", "RESULTS"), or kNone.
Section OpeningHeading(std::string_view line) {
  std::vector<Heading> headings = FindHeadings(Trim(line));
  if (!headings.empty() && headings[0].span.begin == 0) return headings[0].section;
  return HeadingLineSection(line);
}

std::string JoinedTrimmed(const Line* begin, const Line* end) {
  std::string out;
  for (const Line* l = begin; l != end; ++l) AppendWord(std::string(Trim(l->text)), &out);
  return out;
}

// True when `line` may be the value of a bare label: no label or heading itself.
bool MayStartValue(std::string_view line) {
  std::string_view rest;
  return !KeywordsLine(line, &rest) && !LabelledLine(line, "title", true, &rest) &&
         !AuthorsLine(line, &rest) && !MarkedByline(line) && !IsAbstractLabel(line) &&
         BareLabelOf(line) == BareLabel::kNone && HeadingLineSection(line) == Section::kNone;
}

// One past the last line of a keyword list whose text so far is `value` and
// whose next line is lines[from]: a list that ends with ';' or ',' was
// hard-wrapped and continues on the next line when that is no label or heading
// and its items are short (ShortItems).
size_t KeywordsEnd(const std::vector<Line>& lines, size_t from, std::string_view value) {
  size_t end = from;
  while ((value.ends_with(';') || value.ends_with(',')) && end < lines.size() &&
         MayStartValue(lines[end].text) && ShortItems(SplitKeywords(lines[end].text))) {
    value = Trim(lines[end++].text);
  }
  return end;
}

// A title is at most this long (as the unpunctuated paragraph before an Abstract label).
constexpr size_t kMaxTitle = 300;

// One past the last line of a title that a Title label opens, read as
// hard-wrapped text: `head` is its text on the label's line ("Title: Why
// sanctions" gives "Why sanctions", a bare "Title" nothing) and `from` the
// line after the label. The title runs over the lines up to the next label or
// heading or the end of `lines` (a blank line) when none of them ends a
// sentence (IsWrapped, as the joiner of hard-wrapped lines asks) but, before
// an Abstract label, the last (a question); in all at most kMaxTitle
// characters. Otherwise an abstract follows without a label and the title is
// one line: `head`, or without it the line after the label.
size_t TitleEnd(const std::vector<Line>& lines, size_t from, std::string_view head) {
  size_t end = from;
  size_t chars = head.size();
  size_t ended = !head.empty() && !IsWrapped(head);  // lines that end a sentence
  for (; end < lines.size() && MayStartValue(lines[end].text) &&
         OpeningHeading(lines[end].text) == Section::kNone;
       ++end) {
    chars += Trim(lines[end].text).size() + 1;
    ended += !IsWrapped(lines[end].text);
  }
  bool question = end > from && end < lines.size() && IsAbstractLabel(lines[end].text) &&
                  ended == 1 && !IsWrapped(lines[end - 1].text);
  if (end > from && chars <= kMaxTitle && (ended == 0 || question)) return end;
  return head.empty() ? std::min(from + 1, lines.size()) : from;
}

// Whether `lines`, before an Abstract label or an author list, are a title: no
// line ends a sentence.
bool UnpunctuatedTitle(const std::vector<Line>& lines) {
  return std::none_of(lines.begin(), lines.end(),
                      [](const Line& l) { return EndsSentence(l.text); });
}

// Whether the record so far is a title and nothing more: a title taken from a
// label with no text after it, or unpunctuated lines that may be one.
bool TitleSoFar(const Record& r) {
  if (!r.title.empty()) return r.body.empty() && !RunsOn(r.title);
  return !r.body.empty() && UnpunctuatedTitle(r.body) && !RunsOn(r.body.back().text);
}

// The record of the lines of one paragraph (or of the whole text without
// blank lines): labels, title and keywords taken out of the body. A bare
// label's value is its next line; when `label_takes_all`, the label is the
// first line and its value all the others (a label paragraph and the next).
Record ParseLines(const std::vector<Line>& lines, bool label_takes_all = false) {
  Record r;
  if (!lines.empty()) r.first = lines[0];
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    std::string_view rest;
    if (BareLabel bare = BareLabelOf(line.text); bare != BareLabel::kNone && i + 1 < lines.size()) {
      size_t end = label_takes_all             ? lines.size()
                   : bare == BareLabel::kTitle ? TitleEnd(lines, i + 1, "")
                                               : KeywordsEnd(lines, i + 2, Trim(lines[i + 1].text));
      std::string value = JoinedTrimmed(&lines[i + 1], lines.data() + end);
      if (bare == BareLabel::kTitle) r.title = value;
      for (std::string& k :
           bare == BareLabel::kKeywords ? SplitKeywords(value) : std::vector<std::string>()) {
        r.keywords.push_back(std::move(k));
      }
      i = end - 1;
    } else if (KeywordsLine(line.text, &rest)) {
      size_t end = KeywordsEnd(lines, i + 1, rest);
      std::string value(rest);
      AppendWord(JoinedTrimmed(lines.data() + i + 1, lines.data() + end), &value);
      for (std::string& k : SplitKeywords(value)) r.keywords.push_back(std::move(k));
      i = end - 1;
    } else if (AuthorsLine(line.text, &rest) ||
               (i > 0 && r.authors.empty() && TitleSoFar(r) && BylineLine(line.text, &rest))) {
      SplitAuthors(rest, &r.authors);
      if (r.title.empty() && !r.body.empty() && UnpunctuatedTitle(r.body)) {
        r.title = JoinedTrimmed(r.body.data(), r.body.data() + r.body.size());
        r.body.clear();
      }
    } else if (LabelledLine(line.text, "title", true, &rest)) {
      size_t end = TitleEnd(lines, i + 1, rest);
      r.title = std::string(rest);
      AppendWord(JoinedTrimmed(lines.data() + i + 1, lines.data() + end), &r.title);
      i = end - 1;
    } else if (IsAbstractLabel(line.text) && !r.body.empty() && r.title.empty() &&
               UnpunctuatedTitle(r.body)) {
      r.title = JoinedTrimmed(r.body.data(), r.body.data() + r.body.size());
      r.body.clear();
      r.body.push_back(line);
    } else {
      r.body.push_back(line);
    }
  }
  r.label_only = r.body.size() == 1 && IsAbstractLabel(r.body[0].text) &&
                 StripAbstractLabel(r.body[0].text).empty();
  if (r.label_only) r.body.clear();
  r.candidate = r.body.size() == 1 && !EndsSentence(r.body[0].text) &&
                Trim(r.body[0].text).size() <= 300 &&
                HeadingLineSection(r.body[0].text) == Section::kNone;
  for (const Line& l : r.body) r.headings = r.headings || OpeningHeading(l.text) != Section::kNone;
  return r;
}

// Adds the records of `paragraphs` in order, joining what belongs together.
// Returns the blocks that belong to no record: a title (with the keywords
// that came with it) followed by another title before any text, and what is
// left at the end waiting for a text (a title, keywords, labels, headings;
// label_only when an Abstract label is among them).
// The most words an unlabelled title may have (TakesUnlabelledTitle).
constexpr size_t kMaxUnlabelledTitleWords = 25;

// Whether `p`, an abstract's text, takes the record before it as its title:
// that record is one short line without a sentence end, alone in its
// paragraph, with no title or keywords ("Aid and war", a blank line, then the
// abstract), and `p` is no such line itself.
bool TakesUnlabelledTitle(const Record& p, const std::vector<Record>& out) {
  if (!p.title.empty() || p.candidate || out.empty()) return false;
  const Record& before = out.back();
  if (!before.candidate || !before.title.empty() || !before.keywords.empty()) return false;
  std::string_view text = Trim(before.body[0].text);
  size_t words = 1 + std::count(text.begin(), text.end(), ' ');
  return words <= kMaxUnlabelledTitleWords;
}

std::vector<Record> Assemble(const std::vector<Record>& paragraphs, bool unlabelled_titles,
                             std::vector<Record>* out) {
  std::vector<Record> left;
  Record pending;  // labels, a title and headings waiting for their text
  bool pending_label = false;
  for (const Record& p : paragraphs) {
    bool heading_only = p.body.size() == 1 && HeadingLineSection(p.body[0].text) != Section::kNone;
    if (!p.title.empty() && !pending.title.empty()) {  // the waiting title gets no text
      Record orphan;
      orphan.title = std::move(pending.title);
      orphan.keywords = std::move(pending.keywords);
      orphan.first = pending.first;
      left.push_back(std::move(orphan));
      pending.title.clear();
      pending.keywords.clear();
      pending.authors.clear();
      pending.first = pending.body.empty() ? Line() : pending.body[0];
    }
    if (p.body.empty() || heading_only) {
      if (!p.title.empty()) pending.title = p.title;
      // The unpunctuated line before an Abstract label or an author list is a title.
      if ((p.label_only || !p.authors.empty()) && pending.title.empty() && !out->empty() &&
          out->back().candidate && out->back().title.empty()) {
        pending.title = std::string(Trim(out->back().body[0].text));
        pending.keywords.insert(pending.keywords.begin(), out->back().keywords.begin(),
                                out->back().keywords.end());
        out->pop_back();
      }
      pending_label = pending_label || p.label_only;
      // Keywords follow their abstract, unless they come with a title or label of the next.
      bool ahead = out->empty() || pending_label || !pending.body.empty() || !pending.title.empty();
      std::vector<std::string>& keywords = ahead ? pending.keywords : out->back().keywords;
      keywords.insert(keywords.end(), p.keywords.begin(), p.keywords.end());
      // Authors come before their abstract.
      pending.authors.insert(pending.authors.end(), p.authors.begin(), p.authors.end());
      if (heading_only) pending.body.push_back(p.body[0]);
      bool waiting = pending_label || !pending.title.empty() || !pending.keywords.empty() ||
                     !pending.authors.empty() || !pending.body.empty();
      if (waiting && pending.first.number == 0) pending.first = p.first;
      continue;
    }
    const Line& opening = pending.body.empty() ? p.body[0] : pending.body[0];
    bool continues = !out->empty() && out->back().headings && !pending_label &&
                     pending.title.empty() && p.title.empty() &&
                     !OpensAbstract(OpeningHeading(opening.text));
    if (continues) {
      Record& last = out->back();
      last.body.insert(last.body.end(), pending.body.begin(), pending.body.end());
      last.body.insert(last.body.end(), p.body.begin(), p.body.end());
      last.keywords.insert(last.keywords.end(), pending.keywords.begin(), pending.keywords.end());
      last.keywords.insert(last.keywords.end(), p.keywords.begin(), p.keywords.end());
      last.authors.insert(last.authors.end(), pending.authors.begin(), pending.authors.end());
      last.authors.insert(last.authors.end(), p.authors.begin(), p.authors.end());
      last.candidate = false;
      pending = Record();
      continue;
    }
    Record r = p;
    if (unlabelled_titles && pending.title.empty() && pending.body.empty() && !pending_label &&
        pending.keywords.empty() && pending.authors.empty() && TakesUnlabelledTitle(p, *out)) {
      r.title = std::string(Trim(out->back().body[0].text));
      r.first = out->back().first;
      out->pop_back();
    }
    if (r.title.empty()) r.title = pending.title;
    r.keywords.insert(r.keywords.begin(), pending.keywords.begin(), pending.keywords.end());
    r.authors.insert(r.authors.begin(), pending.authors.begin(), pending.authors.end());
    r.body.insert(r.body.begin(), pending.body.begin(), pending.body.end());
    r.headings = r.headings || !pending.body.empty();
    r.candidate = r.candidate && pending.body.empty();
    out->push_back(std::move(r));
    pending = Record();
    pending_label = false;
  }
  pending.label_only = pending_label;
  left.push_back(std::move(pending));
  return left;
}

// Warns of a block of labels at the end with no abstract after it, by the
// line it starts on. One with a title or keywords is a record without an
// abstract (and counted so); bare labels or headings after the last abstract
// are named but are no record (a file of labels alone has no abstracts).
void WarnOfLeftOver(const ReadContext& ctx, const Record& left, bool after_records) {
  std::string first = "'" + std::string(Trim(left.first.text)) + "'";
  std::string with = !left.keywords.empty()  ? " with its keywords"
                     : !left.authors.empty() ? " with its authors"
                                             : "";
  if (!left.title.empty() || !left.keywords.empty() || !left.authors.empty()) {
    std::string what = !left.title.empty()                     ? "title '" + left.title + "'" + with
                       : left.label_only || !left.body.empty() ? "label " + first + with
                       : !left.keywords.empty()                ? "keyword list " + first
                                                               : "author list " + first;
    if (ctx.without_abstract != nullptr) ++*ctx.without_abstract;
    return AddWarning(ctx, left.first.number, what + std::string(kNoAbstractWarning));
  }
  if ((left.label_only || !left.body.empty()) && after_records) {
    AddWarning(ctx, left.first.number, "label " + first + " has no abstract after it; ignored");
  }
}

enum class Reading { kAuto, kLines, kParagraphs };

// The paragraphs of `lines`, or its lines (hard-wrapped ones joined, unless
// `reading` forces one abstract per line).
std::vector<std::vector<Line>> Units(const std::vector<Line>& lines, bool paragraphs,
                                     Reading reading) {
  std::vector<Line> filled;
  for (const Line& l : lines) {
    if (!IsBlank(l.text)) filled.push_back(l);
  }
  std::vector<std::vector<Line>> units;
  if (paragraphs) {
    bool open = false;
    for (const Line& l : lines) {
      if (IsBlank(l.text)) {
        open = false;
        continue;
      }
      if (!open) units.emplace_back();
      units.back().push_back(l);
      open = true;
    }
    return units;
  }
  if (reading == Reading::kLines) {
    for (const Line& l : filled) units.push_back({l});
    return units;
  }
  size_t wrapped = 0;
  for (size_t i = 0; i + 1 < filled.size(); ++i) wrapped += IsWrapped(filled[i].text);
  if (filled.size() > 2 && 2 * wrapped > filled.size() - 1) return {filled};  // hard-wrapped
  for (size_t i = 0; i < filled.size(); ++i) {
    if (i == 0 || !IsWrapped(filled[i - 1].text)) units.emplace_back();
    units.back().push_back(filled[i]);
  }
  return units;
}

void AddRecord(const ReadContext& ctx, const Record& r, int record) {
  std::string joined;
  for (size_t i = 0; i < r.body.size(); ++i) {
    if (i > 0) joined += '\n';
    joined += r.body[i].text;
  }
  std::string_view text = AbstractBody(joined);
  if (text.empty()) return;
  Document doc;
  doc.id = DefaultId(ctx, record);
  doc.title = r.title;
  doc.keywords = r.keywords;
  doc.authors = r.authors;
  doc.text = Unwrapped(text);
  doc.source = ctx.path;
  doc.record = record;
  doc.line = r.body[0].number;
  ctx.docs->push_back(std::move(doc));
}

}  // namespace

std::string Unwrapped(std::string_view text) {
  std::vector<Line> lines = SplitLines(text);
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i].text;
    if (i > 0) {
      std::string_view prev = lines[i - 1].text;
      if (IsBlank(prev) || IsBlank(line) || HeadingLineSection(prev) != Section::kNone ||
          OpeningHeading(line) != Section::kNone) {
        out += '\n';
      } else {
        while (!out.empty() && IsSpace(out.back())) out.pop_back();
        while (!line.empty() && IsSpace(line.front())) line.remove_prefix(1);
        bool hyphen = out.size() >= 2 && out.back() == '-' && !IsSpace(out[out.size() - 2]) &&
                      out[out.size() - 2] != '-';
        if (!hyphen) out += ' ';
      }
    }
    out += line;
  }
  return out;
}

bool MayEndTextRecord(std::string_view line) {
  std::string_view rest;
  return EndsSentence(line) && !IsAbstractLabel(line) &&
         !LabelledLine(line, "title", true, &rest) && !KeywordsLine(line, &rest) &&
         HeadingLineSection(line) == Section::kNone;
}

bool MayStartTextRecord(std::string_view line) {
  std::string_view rest;
  return !KeywordsLine(line, &rest) && !LabelledLine(line, "title", true, &rest) &&
         !IsAbstractLabel(line) && BareLabelOf(line) == BareLabel::kNone &&
         OpensAbstract(OpeningHeading(line));
}

bool TextParagraphEndsRecord(std::string_view previous, std::string_view paragraph) {
  std::vector<Line> before = SplitLines(previous);
  if (before.size() == 1 && BareLabelOf(before[0].text) != BareLabel::kNone) return false;
  Record r = ParseLines(SplitLines(paragraph));
  bool heading_only = r.body.size() == 1 && HeadingLineSection(r.body[0].text) != Section::kNone;
  return !r.body.empty() && !heading_only;
}

namespace {

void ReadTextAs(const ReadContext& ctx, Reading reading) {
  std::vector<Line> lines = SplitLines(ctx.content);
  bool paragraphs = reading == Reading::kParagraphs ||
                    (reading == Reading::kAuto && (ctx.paragraphs || HasInnerBlankLine(lines)));
  std::vector<std::vector<Line>> units = Units(lines, paragraphs, reading);
  std::vector<Record> parsed;
  for (size_t i = 0; i < units.size(); ++i) {
    // A bare label alone in its unit takes the next unit, unless that is a label too.
    bool label_alone = units[i].size() == 1 && BareLabelOf(units[i][0].text) != BareLabel::kNone &&
                       i + 1 < units.size() && MayStartValue(units[i + 1][0].text);
    if (!label_alone) {
      parsed.push_back(ParseLines(units[i]));
      continue;
    }
    std::vector<Line> merged = units[i];
    merged.insert(merged.end(), units[i + 1].begin(), units[i + 1].end());
    parsed.push_back(ParseLines(merged, true));
    ++i;
  }
  std::vector<Record> records;
  std::vector<Record> left = Assemble(parsed, paragraphs, &records);
  int record = ctx.record_base;
  for (const Record& r : records) {
    if (!r.body.empty()) AddRecord(ctx, r, ++record);
  }
  for (const Record& l : left) WarnOfLeftOver(ctx, l, !records.empty());
  if (ctx.last_record != nullptr) *ctx.last_record = record;
}

}  // namespace

void ReadText(const ReadContext& ctx) { ReadTextAs(ctx, Reading::kAuto); }
void ReadTextLines(const ReadContext& ctx) { ReadTextAs(ctx, Reading::kLines); }
void ReadTextParagraphs(const ReadContext& ctx) { ReadTextAs(ctx, Reading::kParagraphs); }

}  // namespace argmap::read_internal
