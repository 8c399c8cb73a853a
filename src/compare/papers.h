// The papers of a comparison, gathered from several inputs of abstracts
// (anything `argmap extract` reads) and mapped with the rule pack.
//
// AddPapers reads one input ("-" is standard input) with `input_format` and
// appends its papers to one graph in input order, each paper's nodes and edges
// after the previous paper's, so the combined graph is what `argmap extract`
// would build from the same abstracts. Abstracts are mapped on one thread per
// pack (pipeline/parallel_extract.h), so the result does not depend on the
// number of packs.
//
// What a caller may rely on: a paper whose id was already added (the same
// paper given twice) is skipped with a warning naming the input; read errors
// become Diagnostics and the papers that could be read are still added;
// AddPapers returns false when any error was reported. An argmap JSON map
// (IsArgmapMap: output of `argmap extract --format json` or `jsonl`) is not
// read: it is one error, as argmap has no reader of its own JSON yet.
#ifndef ARGMAP_COMPARE_PAPERS_H_
#define ARGMAP_COMPARE_PAPERS_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "graph/argument_graph.h"
#include "pipeline/extract.h"
#include "read/reader.h"
#include "rules/compiled_pack.h"

namespace argmap {

struct PaperSet {
  ArgumentGraph graph;
  std::vector<Document> documents;
  std::set<std::string> ids;  // the ids of `documents`
};

struct PaperSource {
  // One compiled pack per mapping thread (at least one): threads sharing one
  // pack would wait on each other for RE2's caches.
  std::vector<const CompiledPack*> packs;
  ExtractOptions extract;
  InputFormat input_format = InputFormat::kAuto;
};

// True when `content` is an argmap JSON map: its first JSON value (the whole
// content, else its first non-blank line) is an object whose "format" is "argmap".
bool IsArgmapMap(std::string_view content);

bool AddPapers(const std::string& path, const PaperSource& source, PaperSet* papers,
               std::vector<Diagnostic>* diags);

}  // namespace argmap

#endif  // ARGMAP_COMPARE_PAPERS_H_
