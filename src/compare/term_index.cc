#include "compare/term_index.h"

#include <algorithm>
#include <cmath>

namespace argmap {

TermId TermIndex::Intern(const Term& term) {
  auto [it, added] = ids_.try_emplace(term.key, static_cast<TermId>(keys_.size()));
  if (added) {
    keys_.push_back(term.key);
    df_.push_back(0);
    names_.push_back(false);
  }
  if (term.name) names_[it->second] = true;
  return it->second;
}

std::vector<TermId> TermIndex::AddDocument(std::string_view text) {
  ++documents_;
  std::vector<TermId> ids;
  for (const Term& term : ExtractTerms(text)) ids.push_back(Intern(term));
  seen_ = ids;
  std::sort(seen_.begin(), seen_.end());
  seen_.erase(std::unique(seen_.begin(), seen_.end()), seen_.end());
  for (TermId id : seen_) ++df_[id];
  return ids;
}

double TermIndex::Idf(TermId id) const {
  double df = std::max<uint32_t>(df_[id], 1);
  return std::log((1.0 + static_cast<double>(documents_)) / (1.0 + df)) + 1.0;
}

bool TermIndex::Find(std::string_view key, TermId* id) const {
  auto it = ids_.find(std::string(key));
  if (it == ids_.end()) return false;
  *id = it->second;
  return true;
}

TermVector TermIndex::Vectorize(std::string_view text) {
  std::vector<TermId> ids;
  for (const Term& term : ExtractTerms(text)) ids.push_back(Intern(term));
  return Weigh(std::move(ids));
}

TermVector TermIndex::Weigh(std::vector<TermId> ids) const {
  std::sort(ids.begin(), ids.end());
  TermVector out;
  double sum = 0;
  for (size_t i = 0; i < ids.size();) {
    size_t j = i;
    while (j < ids.size() && ids[j] == ids[i]) ++j;
    TermId id = ids[i];
    if (is_multiword(id) && df_[id] < 2) {  // no other paper has it
      i = j;
      continue;
    }
    double boost = 1.0 + (is_name(id) ? 0.5 : 0.0) + (is_multiword(id) ? 0.5 : 0.0);
    double w = (1.0 + std::log(static_cast<double>(j - i))) * Idf(id) * boost;
    out.terms.push_back({id, static_cast<float>(w)});
    sum += static_cast<double>(out.terms.back().weight) * out.terms.back().weight;
    i = j;
  }
  out.norm = std::sqrt(sum);
  return out;
}

}  // namespace argmap
