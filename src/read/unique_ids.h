// Document ids must be unique across all inputs of a run: node and edge ids are
// "<doc id>/n<k>" and "<doc id>/e<k>", and exporters group by document id.
#ifndef ARGMAP_READ_UNIQUE_IDS_H_
#define ARGMAP_READ_UNIQUE_IDS_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"

namespace argmap {

// The stems of default ids ("<stem>#<n>", read/reader.h) for the inputs of one
// run. Two inputs with the same file name in different folders ("a/paper.txt",
// "b/paper.txt") would give the same ids, and the second paper would be lost
// as a duplicate; their stems become the shortest path that tells them apart
// ("a/paper", "b/paper"), or, for files of one folder, the path with its
// extension ("a/paper.txt", "a/paper.jsonl"). Every other input keeps its
// file stem.
class IdStems {
 public:
  explicit IdStems(const std::vector<std::string>& paths);
  // Gives `doc` the run's stem when its id is its input's default id: the
  // "<stem>#<n>" of abstracts, or the bare stem of a map without documents of
  // its own (an AIF map from OVA or AIFdb, read/aif_reader.h).
  void Apply(Document* doc) const;

 private:
  std::map<std::string, std::string> stems_;  // path -> stem, where it differs from the file stem
};

// Keeps the first document of each id and drops every later one, in order, with
//   "<path>:<line>: error: duplicate id 'a' (first used at <path>:<line>); record 2 skipped"
// (a place without a line reads "by record <n> of <path>"). False when one was dropped.
bool DropDuplicateIds(std::vector<Document>* docs, std::vector<Diagnostic>* diags);

// The ids of a run seen so far, for documents that come a chunk at a time
// (a stream, or Python's batches): Add is true for a new id, else false with
// the duplicate-id error of DropDuplicateIds. Ids are kept as 64-bit hashes (a
// chance of about 1 in 10^7 that two of a million different ids collide) with
// where each was first used, in an open-addressing table of 16 bytes an entry:
// the only memory that grows with the input.
class SeenIds {
 public:
  bool Add(const Document& doc, std::vector<Diagnostic>* diags);

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t source = 0;  // index into sources_
    int32_t where = 0;    // the line (> 0), or minus the record number
  };
  size_t Find(uint64_t key) const;
  void Grow();

  std::vector<std::string> sources_;  // the inputs, in order
  std::vector<Slot> slots_;
  size_t count_ = 0;
};

}  // namespace argmap

#endif  // ARGMAP_READ_UNIQUE_IDS_H_
