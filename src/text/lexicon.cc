#include "text/lexicon.h"

#include <algorithm>
#include <initializer_list>
#include <string>

#include "text/scan.h"

namespace argmap {
namespace {

bool InList(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

bool IsNonFinalAbbreviation(std::string_view word) {
  return InList(
      word, {"e.g",  "i.e", "cf",  "vs",  "viz",  "dr",  "mr",     "mrs", "ms",   "prof", "fig",
             "figs", "eq",  "eqs", "vol", "vols", "pp",  "approx", "ca",  "st",   "gen",  "sen",
             "rep",  "gov", "lt",  "col", "capt", "rev", "hon",    "esp", "incl", "resp", "ibid"});
}

bool IsNumberAbbreviation(std::string_view word) {
  return InList(word, {"no",  "nos", "art", "arts", "sec", "ch",  "chap", "p",   "para",
                       "jan", "feb", "mar", "apr",  "jun", "jul", "aug",  "sep", "sept",
                       "oct", "nov", "dec", "ed",   "eds", "n",   "nr"});
}

bool IsSentenceStarter(std::string_view word) {
  return InList(word,
                {"the",          "this",         "these",        "those",     "it",      "its",
                 "we",           "our",          "they",         "their",     "there",   "he",
                 "she",          "his",          "her",          "in",        "on",      "at",
                 "by",           "for",          "from",         "with",      "as",      "however",
                 "moreover",     "furthermore",  "therefore",    "thus",      "hence",   "yet",
                 "but",          "and",          "while",        "although",  "though",  "since",
                 "because",      "when",         "if",           "after",     "before",  "finally",
                 "first",        "second",       "third",        "such",      "a",       "an",
                 "one",          "both",         "each",         "all",       "most",    "many",
                 "some",         "nevertheless", "nonetheless",  "instead",   "indeed",  "overall",
                 "using",        "based",        "through",      "given",     "drawing", "despite",
                 "unlike",       "to",           "what",         "why",       "how",     "whether",
                 "consequently", "accordingly",  "additionally", "meanwhile", "then",    "i",
                 "that",         "findings",     "results"});
}

bool IsClauseOpener(std::string_view word) {
  return InList(word,
                {"which",   "who",       "whom",         "whose",      "where",        "when",
                 "while",   "whereas",   "although",     "though",     "but",          "because",
                 "since",   "if",        "unless",       "yet",        "so",           "however",
                 "thereby", "namely",    "including",    "especially", "particularly", "thus",
                 "hence",   "therefore", "respectively", "i.e",        "e.g",          "viz"});
}

bool IsSubordinator(std::string_view word) {
  return InList(word, {"although", "though", "whereas", "unless", "whenever", "because", "if",
                       "when", "while"});
}

bool IsContrastWord(std::string_view word) {
  return InList(word, {"but", "however", "although", "though", "whereas", "yet", "except"});
}

bool IsFurtherResearchRemark(std::string_view text) {
  constexpr size_t kReach = 5;  // words from "further" to "study"
  size_t since_cue = kReach + 1;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiLetter(text[i])) {
      ++i;
      continue;
    }
    size_t b = i;
    while (i < text.size() && IsAsciiLetter(text[i])) ++i;
    std::string word = AsciiLowerCopy(text.substr(b, i - b));
    if (since_cue < kReach &&
        InList(word, {"study", "studies", "research", "work", "investigation", "investigations",
                      "inquiry", "analysis", "analyses", "trial", "trials"})) {
      return true;
    }
    ++since_cue;
    if (InList(word, {"further", "future", "more", "additional", "new"})) since_cue = 0;
  }
  return false;
}

bool IsAuxiliary(std::string_view word) {
  return InList(word, {"is",    "are",  "was",    "were",  "be",   "been",  "has",
                       "have",  "had",  "can",    "could", "will", "would", "may",
                       "might", "must", "should", "shall", "do",   "does",  "did"});
}

bool IsReportingVerb(std::string_view word) {
  for (std::string_view base :
       {"find",     "found",       "show",      "shown",    "argue",  "suggest",
        "conclude", "demonstrate", "indicate",  "reveal",   "claim",  "contend",
        "posit",    "hypothesize", "note",      "maintain", "assert", "propose",
        "predict",  "confirm",     "establish", "observe",  "expect"}) {
    if (word.substr(0, base.size()) != base) continue;
    if (InList(word.substr(base.size()), {"", "s", "es", "d", "ed"})) return true;
  }
  return false;
}

bool IsParticiple(std::string_view word) {
  return word.size() > 4 && word.substr(word.size() - 3) == "ing" && word != "during" &&
         word != "according";
}

bool IsIntroWord(std::string_view word) {
  return InList(
      word,
      {"in",          "on",           "at",           "by",          "for",       "from",
       "with",        "within",       "through",      "throughout",  "based",     "given",
       "although",    "though",       "while",        "whereas",     "when",      "if",
       "since",       "because",      "as",           "after",       "before",    "during",
       "despite",     "however",      "moreover",     "furthermore", "therefore", "thus",
       "hence",       "consequently", "additionally", "finally",     "also",      "yet",
       "unlike",      "using",        "drawing",      "building",    "focusing",  "here",
       "overall",     "specifically", "accordingly",  "instead",     "indeed",    "nevertheless",
       "nonetheless", "meanwhile",    "then",         "today",       "recently",  "unfortunately",
       "importantly", "first",        "second",       "third",       "firstly",   "secondly",
       "lastly",      "parallel",     "contrary",     "similarly",   "likewise",  "notably",
       "ultimately",  "together",     "taken",        "combined",    "to",        "compared",
       "according"});
}

}  // namespace argmap
