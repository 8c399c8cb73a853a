// Extract on several threads, with the result of one.
//
// ExtractParallel maps `docs` in consecutive chunks on one thread per pack of
// `packs` (each thread uses its own compiled pack: RE2 keeps a cache per
// pattern, and threads sharing them wait on each other), then appends the
// chunks' graphs in input order. What a caller may rely on: graph and stats
// are exactly those of Extract(docs, *packs[0], graph, stats, options),
// whatever the number of packs, including where options.max_nodes stops the
// mapping. `graph` must be empty; `packs` must hold at least one pack, all
// compiled from the same rules.
#ifndef ARGMAP_PIPELINE_PARALLEL_EXTRACT_H_
#define ARGMAP_PIPELINE_PARALLEL_EXTRACT_H_

#include <vector>

#include "pipeline/extract.h"

namespace argmap {

void ExtractParallel(const std::vector<Document>& docs,
                     const std::vector<const CompiledPack*>& packs, ArgumentGraph* graph,
                     ExtractStats* stats = nullptr, const ExtractOptions& options = {});

}  // namespace argmap

#endif  // ARGMAP_PIPELINE_PARALLEL_EXTRACT_H_
