#include "compare/papers.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

#include "pipeline/parallel_extract.h"

namespace argmap {
namespace {

bool IsArgmapObject(const nlohmann::json& value) {
  if (!value.is_object()) return false;
  auto it = value.find("format");
  return it != value.end() && it->is_string() && it->get<std::string>() == "argmap";
}

// The documents of `docs` whose id is not in `papers` or earlier in `docs`;
// each one left out gets a warning (once per id).
std::vector<Document> NewPapers(const std::string& path, const std::vector<Document>& docs,
                                const PaperSet& papers, std::vector<Diagnostic>* diags) {
  std::vector<Document> out;
  std::set<std::string> seen = papers.ids;
  std::set<std::string> reported;
  for (const Document& d : docs) {
    if (seen.insert(d.id).second) {
      out.push_back(d);
    } else if (reported.insert(d.id).second) {
      Diagnostic warning = MakeError(path, "paper '" + d.id + "' was already read; skipped");
      warning.severity = Severity::kWarning;
      diags->push_back(std::move(warning));
    }
  }
  return out;
}

// Maps `docs` on one thread per pack and appends the papers and their maps:
// the same papers, nodes and edges as one Extract over all of `docs`.
void ExtractInChunks(const std::vector<Document>& docs, const PaperSource& source,
                     PaperSet* papers) {
  ArgumentGraph graph;
  ExtractParallel(docs, source.packs, &graph, nullptr, source.extract);
  for (const Document& d : docs) {
    papers->ids.insert(d.id);
    papers->documents.push_back(d);
  }
  papers->graph.Append(graph);
}

}  // namespace

bool IsArgmapMap(std::string_view content) {
  nlohmann::json whole = nlohmann::json::parse(content, nullptr, false);
  if (!whole.is_discarded()) return IsArgmapObject(whole);
  size_t start = content.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  size_t end = content.find('\n', start);
  std::string_view line = content.substr(start, end == content.npos ? end : end - start);
  return IsArgmapObject(nlohmann::json::parse(line, nullptr, false));
}

bool AddPapers(const std::string& path, const PaperSource& source, PaperSet* papers,
               std::vector<Diagnostic>* diags) {
  std::string content;
  std::string error;
  if (!ReadFileContent(path, &content, &error)) {
    diags->push_back(MakeError(path, "cannot read file: " + error));
    return false;
  }
  if (source.input_format == InputFormat::kAuto && IsArgmapMap(content)) {
    diags->push_back(MakeError(
        path, "an argmap JSON map, not abstracts: compare maps the abstracts themselves"));
    return false;
  }
  std::vector<Document> docs;
  bool ok = ReadDocuments(path, content, source.input_format, &docs, diags);
  ExtractInChunks(NewPapers(path, docs, *papers, diags), source, papers);
  return ok;
}

}  // namespace argmap
