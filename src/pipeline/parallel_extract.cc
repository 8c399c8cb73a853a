#include "pipeline/parallel_extract.h"

#include <algorithm>

#include "core/parallel.h"

namespace argmap {
namespace {

constexpr size_t kMinChunkDocs = 64;  // smaller chunks cost more in appending than they save

}  // namespace

void ExtractParallel(const std::vector<Document>& docs,
                     const std::vector<const CompiledPack*>& packs, ArgumentGraph* graph,
                     ExtractStats* stats, const ExtractOptions& options) {
  size_t chunks = std::clamp<size_t>(docs.size() / kMinChunkDocs, 1, packs.size() * 4);
  if (packs.size() < 2 || chunks < 2) return Extract(docs, *packs[0], graph, stats, options);
  std::vector<ArgumentGraph> graphs(chunks);
  std::vector<ExtractStats> parts(chunks);
  auto begin = [&](size_t c) {
    return docs.begin() + static_cast<std::ptrdiff_t>(docs.size() * c / chunks);
  };
  ParallelFor(chunks, static_cast<int>(packs.size()), [&](int worker, size_t c) {
    std::vector<Document> part(begin(c), begin(c + 1));
    Extract(part, *packs[worker], &graphs[c], &parts[c], options);
  });
  size_t nodes = 0;
  bool complete = true;  // no chunk stopped at the node limit
  for (size_t c = 0; c < chunks; ++c) {
    nodes += graphs[c].node_count();
    complete = complete && parts[c].documents == static_cast<size_t>(begin(c + 1) - begin(c));
  }
  if (!complete || nodes > options.max_nodes) {
    // The limit stops the mapping part way: where, only one pass in order can tell.
    return Extract(docs, *packs[0], graph, stats, options);
  }
  ExtractStats total;
  for (size_t c = 0; c < chunks; ++c) {
    graph->Append(graphs[c]);
    total.documents += parts[c].documents;
    total.sentences += parts[c].sentences;
    total.rule_matches += parts[c].rule_matches;
    total.packs.insert(total.packs.end(), parts[c].packs.begin(), parts[c].packs.end());
  }
  if (stats != nullptr) *stats = std::move(total);
}

}  // namespace argmap
