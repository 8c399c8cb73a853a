// Terms of a text: a small lexer (words, acronyms with periods, hyphen and
// apostrophe handling, sentence starts), then content words, name runs with
// their aliases, and adjacent-word phrases.
#include "compare/terms.h"

#include <algorithm>
#include <iterator>

#include "compare/porter_stem.h"
#include "core/name_table.h"
#include "core/utf8.h"

namespace argmap {
namespace {

// IsStopWord sorts a copy and binary-searches it.
constexpr std::string_view kStopWords[] = {
    "about",       "above",        "according",  "across",     "after",       "again",
    "against",     "aim",          "aims",       "all",        "almost",      "along",
    "already",     "also",         "although",   "always",     "among",       "amongst",
    "analyses",    "analysis",     "analyze",    "and",        "another",     "any",
    "approach",    "are",          "argue",      "argued",     "argues",      "argument",
    "around",      "article",      "author",     "authors",    "based",       "became",
    "because",     "become",       "becomes",    "been",       "before",      "being",
    "below",       "between",      "both",       "but",        "can",         "cannot",
    "conclude",    "concluded",    "concludes",  "conclusion", "could",       "data",
    "demonstrate", "demonstrates", "did",        "does",       "doing",       "done",
    "down",        "during",       "each",       "eight",      "either",      "elucidate",
    "else",        "enough",       "etc",        "even",       "ever",        "every",
    "evidence",    "examine",      "examined",   "examines",   "few",         "find",
    "finding",     "findings",     "finds",      "first",      "five",        "for",
    "found",       "four",         "from",       "further",    "had",         "has",
    "have",        "having",       "her",        "here",       "hers",        "herself",
    "him",         "himself",      "his",        "how",        "however",     "into",
    "its",         "itself",       "just",       "least",      "less",        "like",
    "likely",      "made",         "make",       "makes",      "many",        "may",
    "might",       "more",         "most",       "much",       "must",        "myself",
    "neither",     "never",        "new",        "nine",       "nor",         "not",
    "now",         "off",          "often",      "once",       "one",         "only",
    "other",       "others",       "otherwise",  "our",        "ours",        "ourselves",
    "out",         "over",         "own",        "paper",      "per",         "perhaps",
    "purpose",     "rather",       "research",   "researcher", "researchers", "result",
    "results",     "same",         "second",     "seven",      "several",     "shall",
    "she",         "should",       "show",       "showed",     "shown",       "shows",
    "since",       "six",          "some",       "study",      "such",        "suggest",
    "suggests",    "ten",          "than",       "that",       "the",         "their",
    "theirs",      "them",         "themselves", "then",       "there",       "therefore",
    "these",       "they",         "third",      "this",       "those",       "though",
    "three",       "through",      "thus",       "too",        "toward",      "towards",
    "two",         "under",        "until",      "upon",       "use",         "used",
    "using",       "very",         "via",        "was",        "well",        "were",
    "what",        "whatever",     "when",       "where",      "whereas",     "whether",
    "which",       "while",        "who",        "whom",       "whose",       "why",
    "will",        "with",         "within",     "without",    "would",       "yet",
    "you",         "your",         "yours",      "say",        "says",        "said",
    "still",       "seem",         "seems",      "seemed",     "given",       "thereby",
    "indeed",      "way",          "ways",       "tend",       "tends"};

struct Alias {
  std::string_view name;
  std::string_view key;
};
constexpr Alias kAliases[] = {
    {"britain", "uk"},        {"european union", "eu"},
    {"great britain", "uk"},  {"soviet union", "ussr"},
    {"united kingdom", "uk"}, {"united nations", "un"},
    {"united states", "us"},  {"usa", "us"},
};

// Characters of a word: ASCII letters and digits, and non-ASCII letters (code
// points outside the punctuation and symbol blocks).
bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  if (cp <= 0xBF || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  return !(cp >= 0xFE30 && cp <= 0xFF0F);
}

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2BC; }
bool IsHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0;
}
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlpha(char c) { return IsUpper(c) || (c >= 'a' && c <= 'z'); }

struct Token {
  std::string surface;
  bool joined = false;          // only spaces, hyphens or apostrophes since the previous token
  bool sentence_start = false;  // first token of the text or of a sentence
};

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Token> Run() {
    std::vector<Token> tokens;
    bool joined = false;
    bool sentence_start = true;
    while (pos_ < text_.size()) {
      size_t len = 1;
      char32_t cp = DecodeUtf8(text_, pos_, &len);
      if (IsWordChar(cp)) {
        tokens.push_back({ReadWord(), joined, sentence_start});
        joined = true;
        sentence_start = false;
        continue;
      }
      pos_ += len;
      if (IsSpace(cp) || IsHyphen(cp) || IsApostrophe(cp)) continue;
      joined = false;
      if (cp == '.' || cp == '!' || cp == '?') sentence_start = true;
    }
    return tokens;
  }

 private:
  bool WordAt(size_t pos) const {
    size_t len = 1;
    return pos < text_.size() && IsWordChar(DecodeUtf8(text_, pos, &len));
  }

  // A word, an acronym with periods ("U.S.", "e.g."), and a dropped "’s".
  std::string ReadWord() {
    size_t begin = pos_;
    SkipWordChars();
    while (pos_ - begin >= 1 && pos_ + 1 < text_.size() && text_[pos_] == '.' &&
           IsAlpha(text_[pos_ - 1]) && (pos_ - 1 == begin || text_[pos_ - 2] == '.') &&
           IsAlpha(text_[pos_ + 1]) && !WordAt(pos_ + 2)) {
      pos_ += 2;  // ".S" of "U.S"
    }
    std::string word(text_.substr(begin, pos_ - begin));
    if (word.find('.') != std::string::npos && pos_ < text_.size() && text_[pos_] == '.') {
      word += '.';
      ++pos_;
    }
    SkipPossessive();
    return word;
  }

  void SkipWordChars() {
    size_t len = 1;
    while (pos_ < text_.size() && IsWordChar(DecodeUtf8(text_, pos_, &len))) pos_ += len;
  }

  void SkipPossessive() {
    size_t len = 1;
    if (pos_ >= text_.size() || !IsApostrophe(DecodeUtf8(text_, pos_, &len))) return;
    size_t s = pos_ + len;
    if (s < text_.size() && (text_[s] == 's' || text_[s] == 'S') && !WordAt(s + 1)) pos_ = s + 1;
  }

  std::string_view text_;
  size_t pos_ = 0;
};

struct Content {
  std::string key;
  std::string surface;
  bool capitalized = false;  // first letter upper case
  bool name = false;         // acronym, or capitalized inside a sentence
  bool joined = false;       // adjacent to the previous content word
};

std::string LowerWithoutPeriods(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c == '.') continue;
    out += IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// The content word of a token, or false for a stop word, a number or a short word.
bool ToContent(const Token& token, Content* out) {
  std::string lower = LowerWithoutPeriods(token.surface);
  size_t letters = 0;
  size_t upper = 0;
  bool ascii = true;
  for (char c : token.surface) {
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
    letters += IsAlpha(c) || static_cast<unsigned char>(c) >= 0xC0;
    upper += IsUpper(c);
  }
  if (letters == 0) return false;
  bool acronym = ascii && upper >= 2 && upper == letters;
  if (!acronym && (letters < 3 || IsStopWord(lower))) return false;
  out->surface = token.surface;
  out->capitalized = IsUpper(token.surface[0]);
  out->name = acronym || (out->capitalized && !token.sentence_start);
  bool plain = std::all_of(lower.begin(), lower.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  out->key = acronym || !plain ? lower : PorterInflection(lower);
  std::string_view alias = NameAlias(lower);
  if (!alias.empty() && (acronym || out->capitalized)) {
    out->key = alias;
    out->name = true;
  }
  return true;
}

std::vector<Content> ContentWords(const std::vector<Token>& tokens) {
  std::vector<Content> words;
  bool joined = false;
  for (const Token& token : tokens) {
    Content c;
    if (!ToContent(token, &c)) {
      joined = false;
      continue;
    }
    c.joined = joined && token.joined;
    joined = true;
    // Two capitalized words that are one name in another spelling ("United States").
    if (c.joined && c.capitalized && !words.empty() && words.back().capitalized) {
      Content& prev = words.back();
      std::string both = LowerWithoutPeriods(prev.surface) + " " + LowerWithoutPeriods(c.surface);
      std::string_view alias = NameAlias(both);
      if (!alias.empty()) {
        prev.key = alias;
        prev.surface += " " + c.surface;
        prev.name = true;
        continue;
      }
    }
    words.push_back(std::move(c));
  }
  return words;
}

}  // namespace

bool IsStopWord(std::string_view lower_word) {
  static const std::vector<std::string_view> sorted = [] {
    std::vector<std::string_view> v(std::begin(kStopWords), std::end(kStopWords));
    std::sort(v.begin(), v.end());
    return v;
  }();
  if (lower_word.size() < 3) return true;
  return std::binary_search(sorted.begin(), sorted.end(), lower_word);
}

std::string_view NameAlias(std::string_view lower_name) {
  const Alias* a = RowNamed(kAliases, lower_name);
  return a == nullptr ? "" : a->key;
}

std::vector<Term> ExtractTerms(std::string_view text) {
  std::vector<Content> words = ContentWords(Lexer(text).Run());
  std::vector<Term> terms;
  size_t run_begin = 0;  // first word of the current run of capitalized words
  for (size_t i = 0; i < words.size(); ++i) {
    const Content& w = words[i];
    terms.push_back({w.key, w.surface, false, w.name});
    bool in_run = w.joined && w.capitalized && words[i - 1].capitalized;
    if (!in_run) run_begin = i;
    if (w.joined) {
      const Content& prev = words[i - 1];
      terms.push_back({prev.key + " " + w.key, prev.surface + " " + w.surface, true, in_run});
    }
    bool run_ends = i + 1 == words.size() || !words[i + 1].joined || !words[i + 1].capitalized;
    if (in_run && run_ends && i - run_begin >= 2) {
      Term run{"", "", true, true};
      for (size_t k = run_begin; k <= i; ++k) {
        run.key += (k > run_begin ? " " : "") + words[k].key;
        run.surface += (k > run_begin ? " " : "") + words[k].surface;
      }
      terms.push_back(std::move(run));
    }
  }
  return terms;
}

}  // namespace argmap
