// TermIndex: the vocabulary of the compared papers and the weights of terms.
//
// Each paper's text is read once (AddDocument) to count, per term, the papers
// it occurs in (its document frequency, df) and whether it is ever written as
// a name. A claim's vector (Vectorize) then weighs each of its terms by
//   (1 + ln tf) * idf * boost,   idf = ln((1 + N) / (1 + df)) + 1,
// where tf counts the term in the claim, N is the number of papers added, and
// boost is 1, plus 0.5 for a name, plus 0.5 for a multi-word term: terms rare
// in the compared set, names and phrases weigh most. A multi-word term that
// only one paper holds is left out of vectors: it cannot be shared with another
// paper, and the words it is made of already count.
//
// What a caller may rely on: ids count from 0 in the order terms are first
// seen (so they are deterministic); a vector is sorted by id with no repeats;
// a term first seen by Vectorize gets a df of 1.
#ifndef ARGMAP_COMPARE_TERM_INDEX_H_
#define ARGMAP_COMPARE_TERM_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compare/terms.h"

namespace argmap {

using TermId = uint32_t;

struct WeightedTerm {
  TermId id = 0;
  float weight = 0;
};

struct TermVector {
  std::vector<WeightedTerm> terms;  // sorted by id
  double norm = 0;                  // Euclidean length of the weights
};

class TermIndex {
 public:
  // Counts the terms of one paper; returns their ids in text order, repeats kept
  // (for Weigh, once every paper is added).
  std::vector<TermId> AddDocument(std::string_view text);
  // The vector of a text (a claim, or a paper's ids from AddDocument).
  TermVector Vectorize(std::string_view text);
  TermVector Weigh(std::vector<TermId> ids) const;

  size_t size() const { return keys_.size(); }
  size_t documents() const { return documents_; }
  const std::string& key(TermId id) const { return keys_[id]; }
  uint32_t df(TermId id) const { return df_[id]; }
  bool is_name(TermId id) const { return names_[id]; }
  bool is_multiword(TermId id) const { return keys_[id].find(' ') != std::string::npos; }
  double Idf(TermId id) const;
  // The id of `key`, or false when the index has never seen it.
  bool Find(std::string_view key, TermId* id) const;

 private:
  TermId Intern(const Term& term);

  std::unordered_map<std::string, TermId> ids_;
  std::vector<std::string> keys_;
  std::vector<uint32_t> df_;
  std::vector<bool> names_;
  std::vector<TermId> seen_;  // scratch for AddDocument
  size_t documents_ = 0;
};

}  // namespace argmap

#endif  // ARGMAP_COMPARE_TERM_INDEX_H_
