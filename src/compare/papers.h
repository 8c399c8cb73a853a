// The papers of a comparison, gathered from several inputs: abstracts (anything
// `argmap extract` reads), mapped with the rule pack, or maps already made
// (argmap JSON or JSON Lines, AIF), taken as they are.
//
// AddPapers reads one input ("-": `standard_input`) through the input gate
// (read/input.h; a forced `input_format` means abstracts) and appends its papers to one graph in
// input order, each paper's nodes and edges after the previous paper's, so the combined graph is
// what `argmap extract` would build from the same abstracts. Abstracts are mapped on one thread per
// pack (pipeline/parallel_extract.h), so the result does not depend on the
// number of packs.
//
// What a caller may rely on: a paper whose id was already added (the same
// paper given twice) is skipped with a warning naming the input, and so is one
// with the DOI, or the title and year, of a paper already added (one paper in
// the exports of two databases, which would otherwise agree with itself); read errors
// become Diagnostics and the papers that could be read are still added;
// AddPapers returns false when any error was reported. An Argdown file is one
// error (read/graph_reader.h).
#ifndef ARGMAP_COMPARE_PAPERS_H_
#define ARGMAP_COMPARE_PAPERS_H_

#include <iosfwd>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "graph/argument_graph.h"
#include "pipeline/extract.h"
#include "read/reader.h"
#include "read/unique_ids.h"
#include "rules/compiled_pack.h"

namespace argmap {

struct PaperSet {
  ArgumentGraph graph;
  std::vector<Document> documents;
  std::set<std::string> ids;  // the ids of `documents`
  // What tells one paper from two exports (Scopus and Web of Science): its DOI,
  // and its title with its year (PaperKeys), each with the id of the paper that has it.
  std::map<std::string, std::string> keys;
};

// "doi:10.1/x" (lower case) and "title:<the title's letters and digits, lower
// case> <year>" (for a title of at least kMinKeyTitleBytes of them), or fewer.
inline constexpr size_t kMinKeyTitleBytes = 20;
std::vector<std::string> PaperKeys(const Document& d);

struct PaperSource {
  // One compiled pack per mapping thread (at least one): threads sharing one
  // pack would wait on each other for RE2's caches.
  std::vector<const CompiledPack*> packs;
  ExtractOptions extract;
  InputFormat input_format = InputFormat::kAuto;
  std::istream* standard_input = nullptr;  // what "-" reads (core/input_bytes.h)
  std::string encoding;                    // of the inputs, when not UTF-8 (ToUtf8)
  const IdStems* id_stems = nullptr;       // the run's default-id stems (read/unique_ids.h)
};

bool AddPapers(const std::string& path, const PaperSource& source, PaperSet* papers,
               std::vector<Diagnostic>* diags);

// Appends the papers of a map made elsewhere (`docs`, with their nodes and
// edges in `graph`; api::Compare's maps) as AddPapers appends a map it reads:
// a paper whose id is already in *papers is skipped with the same warning,
// "NAME: warning: paper 'x' was already read; skipped", where `name` is the
// input the map was read from.
void AddMap(const std::string& name, const std::vector<Document>& docs, const ArgumentGraph& graph,
            PaperSet* papers, std::vector<Diagnostic>* diags);

}  // namespace argmap

#endif  // ARGMAP_COMPARE_PAPERS_H_
