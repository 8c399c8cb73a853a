#include "read/unique_ids.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <unordered_map>

#include "read/reader.h"

namespace argmap {
namespace {

// Where an id was first used: "at <path>:<line>", or "by record <n> of <path>".
std::string FirstUse(const std::string& source, int line, int record) {
  if (line > 0) return "at " + source + ":" + std::to_string(line);
  return "by record " + std::to_string(record) + " of " + source;
}

Diagnostic DuplicateId(const Document& doc, const std::string& first_use) {
  Diagnostic d = MakeError(doc.source, "duplicate id '" + doc.id + "' (first used " + first_use +
                                           "); record " + std::to_string(doc.record) + " skipped");
  d.line = doc.line;
  return d;
}

// `path` without its extension, from its last `parts` components ("a/paper").
std::string Tail(const std::string& path, size_t parts) {
  std::filesystem::path p = std::filesystem::path(path).lexically_normal();
  std::vector<std::string> names;
  for (const auto& part : p.parent_path()) {
    if (!part.empty() && part != "/" && part != ".") names.push_back(part.string());
  }
  std::string out = FileStem(path);
  for (size_t i = 0; i + 1 < parts && i < names.size(); ++i) {
    out = names[names.size() - 1 - i] + "/" + out;
  }
  return out;
}

}  // namespace

IdStems::IdStems(const std::vector<std::string>& paths) {
  std::map<std::string, std::vector<std::string>> by_stem;
  for (const std::string& path : paths) {
    std::vector<std::string>& same = by_stem[FileStem(path)];
    if (std::find(same.begin(), same.end(), path) == same.end()) same.push_back(path);
  }
  for (const auto& [stem, same] : by_stem) {
    if (same.size() < 2) continue;
    // Folders first ("a/paper"); files of one folder keep their extension
    // ("paper.txt", "paper.jsonl").
    bool done = false;
    for (size_t parts = 2; !done && parts < 64; ++parts) {
      std::set<std::string> tails;
      for (const std::string& path : same) tails.insert(Tail(path, parts));
      if (tails.size() == same.size()) {
        for (const std::string& path : same) stems_[path] = Tail(path, parts);
        done = true;
      }
    }
    for (const std::string& path : same) {
      if (!done) stems_[path] = std::filesystem::path(path).lexically_normal().string();
    }
  }
}

void IdStems::Apply(Document* doc) const {
  auto it = stems_.find(doc->source);
  if (it == stems_.end()) return;
  std::string default_id = FileStem(doc->source) + "#" + std::to_string(doc->record);
  if (doc->id == default_id) doc->id = it->second + "#" + std::to_string(doc->record);
  if (doc->id == FileStem(doc->source)) doc->id = it->second;
}

bool DropDuplicateIds(std::vector<Document>* docs, std::vector<Diagnostic>* diags) {
  std::unordered_map<std::string, size_t> first;  // id -> index of its first document
  std::vector<bool> drop(docs->size(), false);
  for (size_t i = 0; i < docs->size(); ++i) {
    const Document& doc = (*docs)[i];
    auto [it, fresh] = first.emplace(doc.id, i);
    if (fresh) continue;
    drop[i] = true;
    const Document& first_doc = (*docs)[it->second];
    diags->push_back(
        DuplicateId(doc, FirstUse(first_doc.source, first_doc.line, first_doc.record)));
  }
  std::vector<Document> kept;
  for (size_t i = 0; i < docs->size(); ++i) {
    if (!drop[i]) kept.push_back(std::move((*docs)[i]));
  }
  bool unique = kept.size() == docs->size();
  docs->swap(kept);
  return unique;
}

bool SeenIds::Add(const Document& doc, std::vector<Diagnostic>* diags) {
  if ((count_ + 1) * 10 > slots_.size() * 9) Grow();    // linear probing stays short at 90%
  uint64_t key = std::hash<std::string>()(doc.id) | 1;  // 0 marks an empty slot
  size_t i = Find(key);
  if (slots_[i].key == 0) {
    if (sources_.empty() || sources_.back() != doc.source) sources_.push_back(doc.source);
    slots_[i] = {key, static_cast<uint32_t>(sources_.size() - 1),
                 doc.line > 0 ? doc.line : -doc.record};
    ++count_;
    return true;
  }
  const Slot& first = slots_[i];
  const std::string& source = sources_[first.source];
  diags->push_back(DuplicateId(doc, FirstUse(source, std::max(first.where, 0), -first.where)));
  return false;
}

size_t SeenIds::Find(uint64_t key) const {
  size_t mask = slots_.size() - 1;
  size_t i = (key >> 1) & mask;  // bit 0 is always set
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask;
  return i;
}

void SeenIds::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  for (const Slot& s : old) {
    if (s.key != 0) slots_[Find(s.key)] = s;
  }
}

}  // namespace argmap
