#include "pipeline/map_inputs.h"

#include "core/parallel.h"
#include "pipeline/parallel_extract.h"
#include "read/unique_ids.h"

namespace argmap {
namespace {

const std::string* AlreadyRead(const AbstractInputs& inputs, const std::string& path) {
  if (inputs.already_read == nullptr) return nullptr;
  auto read = inputs.already_read->find(path);
  return read == inputs.already_read->end() ? nullptr : &read->second;
}

}  // namespace

bool ReadAbstractInputs(const std::vector<std::string>& paths, const AbstractInputs& inputs,
                        std::vector<Document>* docs, std::vector<Diagnostic>* diags) {
  bool ok = true;
  for (const std::string& path : paths) {
    const std::string* content = AlreadyRead(inputs, path);
    if (content != nullptr) {
      ok = ReadDocuments(path, *content, inputs.format, docs, diags) && ok;
    } else {
      ok =
          ReadInputFile(path, inputs.standard_input, inputs.format, docs, diags, inputs.encoding) &&
          ok;
    }
    if (!ok && inputs.strict) break;
  }
  IdStems stems(paths);
  for (Document& d : *docs) stems.Apply(&d);
  return DropDuplicateIds(docs, diags) && ok;
}

std::string MapDocuments(std::vector<Document>* docs, const std::vector<const CompiledPack*>& packs,
                         const ExtractOptions& options, ArgumentGraph* graph) {
  ExtractStats stats;
  ExtractParallel(*docs, packs, graph, &stats, options);
  if (stats.documents == docs->size()) return "";
  std::string message = "the graph reached the limit of " + std::to_string(options.max_nodes) +
                        " nodes: " + std::to_string(stats.documents) + " of " +
                        std::to_string(docs->size()) +
                        " abstracts mapped, the rest left out from '" +
                        (*docs)[stats.documents].id + "' on (split the input)";
  docs->resize(stats.documents);
  return message;
}

void MapEachDocument(const std::vector<Document>& docs,
                     const std::vector<const CompiledPack*>& packs, const ExtractOptions& options,
                     const std::function<void(size_t i, ArgumentGraph& graph)>& take) {
  ParallelFor(docs.size(), static_cast<int>(packs.size()), [&](int worker, size_t i) {
    ArgumentGraph graph;
    Extract({docs[i]}, *packs[worker], &graph, nullptr, options);
    take(i, graph);
  });
}

}  // namespace argmap
