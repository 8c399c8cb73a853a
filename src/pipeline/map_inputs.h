// What `argmap extract` does between its options and its output, as library
// functions that the command line and the embedding API (api/argmap.h) share:
// reading the abstracts of several inputs as one run, and mapping them into
// one graph within the node limit.
//
// ReadAbstractInputs reads each input ("-": `standard_input`) with
// ReadInputFile (read/reader.h), or with ReadDocuments from `already_read`
// when the caller read it already (ReadText, with `encoding`), gives default ids the run's stems
// (read/unique_ids.h: IdStems) and drops later documents with a used id
// (DropDuplicateIds). Bad records are reported and skipped; with `strict` it
// stops after the first input with an error. It returns false when any error
// was reported.
//
// MapDocuments maps `docs` on one thread per pack (ExtractParallel) into
// `graph` (empty). When the graph reached options.max_nodes, *docs is cut to
// the documents mapped and the result is the message
//   "the graph reached the limit of N nodes: 2 of 3 abstracts mapped, the rest
//    left out from 'id' on (split the input)"
// (the command line prints it after "argmap: error: "); else "".
//
// MapEachDocument maps each document on its own (as Extract would map it
// alone) on one thread per pack and hands its graph to `take(i, graph)` on the
// thread that mapped it; `take` must only touch what belongs to item i. The
// streamed JSON Lines (pipeline/stream_extract.h) and the API's one map per
// abstract (api/argmap.h) both map this way.
#ifndef ARGMAP_PIPELINE_MAP_INPUTS_H_
#define ARGMAP_PIPELINE_MAP_INPUTS_H_

#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "graph/argument_graph.h"
#include "pipeline/extract.h"
#include "read/reader.h"

namespace argmap {

struct AbstractInputs {
  InputFormat format = InputFormat::kAuto;
  std::string encoding;                    // of the inputs, when not UTF-8 (ToUtf8)
  std::istream* standard_input = nullptr;  // what "-" reads (core/input_bytes.h)
  bool strict = false;                     // stop after the first input with an error
  // Inputs the caller read with ReadText (core/input_bytes.h), by path; the rest are read here.
  const std::map<std::string, std::string>* already_read = nullptr;
};

bool ReadAbstractInputs(const std::vector<std::string>& paths, const AbstractInputs& inputs,
                        std::vector<Document>* docs, std::vector<Diagnostic>* diags);

std::string MapDocuments(std::vector<Document>* docs, const std::vector<const CompiledPack*>& packs,
                         const ExtractOptions& options, ArgumentGraph* graph);

void MapEachDocument(const std::vector<Document>& docs,
                     const std::vector<const CompiledPack*>& packs, const ExtractOptions& options,
                     const std::function<void(size_t i, ArgumentGraph& graph)>& take);

}  // namespace argmap

#endif  // ARGMAP_PIPELINE_MAP_INPUTS_H_
