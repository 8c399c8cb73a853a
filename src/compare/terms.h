// Terms: what `argmap compare` matches claims and conclusions by.
//
// ExtractTerms reads a text into content words, names and multi-word terms:
// - a word is a run of letters (and digits) of three letters or more that is
//   not a stop word (IsStopWord: English function words plus the vocabulary of
//   abstracts themselves, "paper", "argue", "find", ...); its key is its
//   Porter stem without derivations (PorterInflection), so "wars" and "war"
//   share the key "war", and "alliances" and "alliance" the key "alliance";
// - an acronym ("US", "U.S.", "IMF") is a name whose key is its letters in
//   lower case; a capitalized word that does not open a sentence is a name too;
// - a run of two or more names ("Comprehensive Test Ban Treaty") is one more
//   term, and a few spellings of the same name share one key (NameAlias:
//   "United States", "U.S.", "US" and "USA" all give "us");
// - two adjacent content words with no stop word or punctuation between them
//   ("nuclear deterrence"; "US-Japan alliance" gives "us japan" and "japan alliance")
//   are a phrase whose key is the two stems joined by a space.
// Hyphens join words ("first-use" is "first" then "use", adjacent); an
// apostrophe-s ("Japan’s") is dropped; numbers, other punctuation and stop words
// separate phrases.
//
// What a caller may rely on: terms come in text order (each word first, then
// the phrase or name run it ends), duplicates kept, so counting keys gives term
// frequencies; a key never holds an upper-case ASCII letter; single-word keys
// hold no space and multi-word keys do; `surface` is the text as written, with
// one space between words.
#ifndef ARGMAP_COMPARE_TERMS_H_
#define ARGMAP_COMPARE_TERMS_H_

#include <string>
#include <string_view>
#include <vector>

namespace argmap {

struct Term {
  std::string key;      // "deterrence", "us", "nuclear deterrence", "war"
  std::string surface;  // "deterrence", "U.S.", "nuclear deterrence"
  bool multiword = false;
  bool name = false;  // an acronym, a capitalized word inside a sentence, or a run of them
};

std::vector<Term> ExtractTerms(std::string_view text);

// True for a lower-case word that never counts as content ("the", "not",
// "paper", "argue", ...). Negations are stop words here; compare/stance.h reads them.
bool IsStopWord(std::string_view lower_word);

// The shared key of a name written in one of several ways ("united states" ->
// "us"), or "" when `lower_name` (lower case, one space between words, no
// periods) has no alias.
std::string_view NameAlias(std::string_view lower_name);

}  // namespace argmap

#endif  // ARGMAP_COMPARE_TERMS_H_
