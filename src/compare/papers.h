// The papers of a comparison, gathered from a mix of inputs: files of
// abstracts (anything `argmap extract` reads), which are mapped with the rule
// pack, and argmap JSON maps (`argmap extract --format json` or `jsonl`
// output, read/argmap_json_reader.h), which are taken as they are.
//
// AddPapers reads one input ("-" is standard input). An input is a map when its
// first JSON value (the whole content, else its first non-blank line) is an
// object whose "format" is "argmap"; otherwise it is read as abstracts with
// `input_format`. The papers are appended to one graph in input order, each
// paper's nodes and edges after the previous paper's, so the combined graph
// is what `argmap extract` would build from the same papers. Abstracts are
// mapped in consecutive chunks (of 500 or more) on one thread per pack, and
// the chunks are appended in order, so the result does not depend on the
// number of packs.
//
// What a caller may rely on: a paper whose id was already added (the same
// paper given twice) is skipped with a warning naming the input; read errors
// become Diagnostics and the papers that could be read are still added;
// AddPapers returns false when any error was reported. A map's documents have
// no text (the JSON does not hold the abstracts).
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
  // One compiled pack per mapping thread (at least one). Threads never share a
  // pack: mapping on threads that shared one gave different maps from run to
  // run (seen on 10,000 abstracts; likely the RE2::Set's DFA running out of
  // memory, which CompiledPack::Match takes as no match).
  std::vector<const CompiledPack*> packs;
  ExtractOptions extract;
  InputFormat input_format = InputFormat::kAuto;
};

// True when `content` is an argmap JSON map rather than abstracts.
bool IsArgmapMap(std::string_view content);

bool AddPapers(const std::string& path, const PaperSource& source, PaperSet* papers,
               std::vector<Diagnostic>* diags);

}  // namespace argmap

#endif  // ARGMAP_COMPARE_PAPERS_H_
