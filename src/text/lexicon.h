// Closed classes of English words that the sentence splitter and the list
// finder consult. Every predicate takes a lower-case ASCII word without
// surrounding punctuation (abbreviations without their final period: "e.g", "u.s").
#ifndef ARGMAP_TEXT_LEXICON_H_
#define ARGMAP_TEXT_LEXICON_H_

#include <string_view>

namespace argmap {

// Abbreviations that never end a sentence: "e.g", "i.e", "cf", "vs", "dr", "fig", ...
bool IsNonFinalAbbreviation(std::string_view word);

// Abbreviations that do not end a sentence before a number: "no", "art", "feb", ...
bool IsNumberAbbreviation(std::string_view word);

// Words that commonly open a sentence ("the", "this", "however", "we", ...):
// after "U.S." they mean the abbreviation ended the sentence.
bool IsSentenceStarter(std::string_view word);

// Words that open a subordinate or appositive clause rather than a list
// member: "which", "who", "because", "however", "thereby", ...
bool IsClauseOpener(std::string_view word);

// Subordinating conjunctions: "although", "because", "if", "when", "while", ...
bool IsSubordinator(std::string_view word);

// Words that set what follows against what came before: "but", "however",
// "although", "though", "whereas", "yet", "except".
bool IsContrastWord(std::string_view word);

// Whether `text` (any case) calls for more work rather than claiming a finding:
// "further", "future", "more", "additional" or "new", then within five words
// "study", "research", "work", "investigation", "inquiry", "analysis" or "trials"
// ("conduct a further deductive study", "future research should ...").
bool IsFurtherResearchRemark(std::string_view text);

// Auxiliary and copular verbs: "is", "are", "has", "can", "would", ...
bool IsAuxiliary(std::string_view word);

// Verbs that report a finding and take a "that" clause, in any regular form:
// "find", "finds", "found", "argued", "shows", "shown", ...
bool IsReportingVerb(std::string_view word);

// "-ing" words of five or more letters (not "during", "according"), which open
// participial clauses: "lowering", "testing".
bool IsParticiple(std::string_view word);

// Words that open an introductory phrase before a sentence's first comma:
// "in", "based", "given", "however", "first", ...
bool IsIntroWord(std::string_view word);

}  // namespace argmap

#endif  // ARGMAP_TEXT_LEXICON_H_
