#include "read/unique_ids.h"

#include <string>
#include <unordered_map>

namespace argmap {
namespace {

std::string FirstUse(const Document& doc) {
  if (doc.line > 0) return "at " + doc.source + ":" + std::to_string(doc.line);
  return "by record " + std::to_string(doc.record) + " of " + doc.source;
}

}  // namespace

bool DropDuplicateIds(std::vector<Document>* docs, std::vector<Diagnostic>* diags) {
  std::unordered_map<std::string, size_t> first;  // id -> index of its first document
  std::vector<bool> drop(docs->size(), false);
  for (size_t i = 0; i < docs->size(); ++i) {
    const Document& doc = (*docs)[i];
    auto [it, fresh] = first.emplace(doc.id, i);
    if (fresh) continue;
    drop[i] = true;
    Diagnostic d = MakeError(doc.source, "duplicate id '" + doc.id + "' (first used " +
                                             FirstUse((*docs)[it->second]) + "); record " +
                                             std::to_string(doc.record) + " skipped");
    d.line = doc.line;
    diags->push_back(std::move(d));
  }
  std::vector<Document> kept;
  for (size_t i = 0; i < docs->size(); ++i) {
    if (!drop[i]) kept.push_back(std::move((*docs)[i]));
  }
  bool unique = kept.size() == docs->size();
  docs->swap(kept);
  return unique;
}

}  // namespace argmap
