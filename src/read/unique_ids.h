// Document ids must be unique across all inputs of a run: node and edge ids are
// "<doc id>/n<k>" and "<doc id>/e<k>", and exporters group by document id.
#ifndef ARGMAP_READ_UNIQUE_IDS_H_
#define ARGMAP_READ_UNIQUE_IDS_H_

#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"

namespace argmap {

// Keeps the first document of each id and drops every later one, in order, with
//   "<path>:<line>: error: duplicate id 'a' (first used at <path>:<line>); record 2 skipped"
// (a place without a line reads "by record <n> of <path>"). False when one was dropped.
bool DropDuplicateIds(std::vector<Document>* docs, std::vector<Diagnostic>* diags);

}  // namespace argmap

#endif  // ARGMAP_READ_UNIQUE_IDS_H_
