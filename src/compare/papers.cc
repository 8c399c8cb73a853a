#include "compare/papers.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <map>
#include <thread>
#include <nlohmann/json.hpp>

#include "read/argmap_json_reader.h"

namespace argmap {
namespace {

constexpr size_t kMinDocsPerThread = 500;  // the smallest chunk mapped on a thread of its own

bool ReadContent(const std::string& path, std::string* out, std::string* error) {
  if (path == "-") {
    out->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    *error = std::strerror(errno);
    return false;
  }
  char buffer[1 << 16];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) out->append(buffer, n);
  bool failed = std::ferror(file) != 0;
  if (failed) *error = std::strerror(errno);
  std::fclose(file);
  return !failed;
}

bool IsArgmapObject(const nlohmann::json& value) {
  if (!value.is_object()) return false;
  auto it = value.find("format");
  return it != value.end() && it->is_string() && it->get<std::string>() == "argmap";
}

Diagnostic Warning(const std::string& path, std::string message) {
  Diagnostic d = MakeError(path, std::move(message));
  d.severity = Severity::kWarning;
  return d;
}

// Appends the documents of `docs` and the nodes and edges of `graph`, except
// those of a paper that is already in `papers` (or earlier in `docs`), which
// are skipped with a warning.
void Append(const std::string& path, const ArgumentGraph& graph,
            const std::vector<Document>& docs, PaperSet* papers, std::vector<Diagnostic>* diags) {
  std::set<std::string> known = papers->ids;
  for (const Document& d : docs) {
    if (papers->ids.insert(d.id).second) {
      papers->documents.push_back(d);
    } else {
      diags->push_back(Warning(path, "paper '" + d.id + "' was already read; skipped"));
    }
  }
  std::map<NodeIndex, NodeIndex> moved;
  for (NodeIndex v = 0; v < graph.node_count(); ++v) {
    if (known.count(graph.node(v).doc)) continue;
    moved[v] = papers->graph.AddNode(graph.node(v));
  }
  for (const ArgumentGraph::EdgeRef& e : graph.Edges()) {
    auto s = moved.find(e.source);
    auto t = moved.find(e.target);
    if (s != moved.end() && t != moved.end()) papers->graph.AddEdge(s->second, t->second, *e.edge);
  }
}

// The ids of `docs` that are in `papers` or earlier in `docs`, each once.
std::vector<std::string> RepeatedIds(const std::vector<Document>& docs, const PaperSet& papers) {
  std::set<std::string> seen = papers.ids;
  std::set<std::string> reported;
  std::vector<std::string> out;
  for (const Document& d : docs) {
    if (!seen.insert(d.id).second && reported.insert(d.id).second) out.push_back(d.id);
  }
  return out;
}

// The documents of `docs` whose id is not in `papers` or earlier in `docs`.
std::vector<Document> NewPapers(const std::vector<Document>& docs, const PaperSet& papers) {
  std::vector<Document> out;
  std::set<std::string> seen = papers.ids;
  for (const Document& d : docs) {
    if (seen.insert(d.id).second) out.push_back(d);
  }
  return out;
}

// Maps `docs` in consecutive chunks, one thread and one pack per chunk, and
// appends the chunks' graphs in order: the same papers, nodes and edges as one
// Extract over all of `docs` (which are distinct papers).
void ExtractInChunks(const std::string& path, const std::vector<Document>& docs,
                     const PaperSource& source, PaperSet* papers, std::vector<Diagnostic>* diags) {
  size_t chunks = std::min(source.packs.size(), std::max<size_t>(1, docs.size() / kMinDocsPerThread));
  std::vector<std::vector<Document>> parts(chunks);
  for (size_t c = 0; c < chunks; ++c) {
    parts[c].assign(docs.begin() + static_cast<std::ptrdiff_t>(docs.size() * c / chunks),
                    docs.begin() + static_cast<std::ptrdiff_t>(docs.size() * (c + 1) / chunks));
  }
  std::vector<ArgumentGraph> graphs(chunks);
  auto run = [&](size_t c) {
    Extract(parts[c], *source.packs[c], &graphs[c], nullptr, source.extract);
  };
  std::vector<std::thread> pool;
  for (size_t c = 1; c < chunks; ++c) pool.emplace_back(run, c);
  if (chunks > 0) run(0);
  for (std::thread& t : pool) t.join();
  for (size_t c = 0; c < chunks; ++c) Append(path, graphs[c], parts[c], papers, diags);
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
  if (!ReadContent(path, &content, &error)) {
    diags->push_back(MakeError(path, "cannot read file: " + error));
    return false;
  }
  std::vector<Document> docs;
  if (source.input_format == InputFormat::kAuto && IsArgmapMap(content)) {
    ArgumentGraph graph;
    bool ok = ReadArgmapJson(path, content, &graph, &docs, diags);
    Append(path, graph, docs, papers, diags);
    return ok;
  }
  bool ok = ReadDocuments(path, content, source.input_format, &docs, diags);
  for (const std::string& id : RepeatedIds(docs, *papers)) {
    diags->push_back(Warning(path, "paper '" + id + "' was already read; skipped"));
  }
  ExtractInChunks(path, NewPapers(docs, *papers), source, papers, diags);
  return ok;
}

}  // namespace argmap
