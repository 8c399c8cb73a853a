#include "compare/papers.h"

#include <algorithm>
#include <map>

#include "core/input_bytes.h"
#include "pipeline/parallel_extract.h"
#include "read/graph_reader.h"
#include "read/input.h"
#include "text/scan.h"

namespace argmap {
namespace {

void Warn(const std::string& path, const Document& d, std::string message,
          std::vector<Diagnostic>* diags) {
  Diagnostic warning = MakeError(path, std::move(message));
  warning.severity = Severity::kWarning;
  warning.line = d.line;  // the record's line, when its reader knows it
  diags->push_back(std::move(warning));
}

// The first key of `d` that `keys` holds, or keys.end().
std::map<std::string, std::string>::const_iterator KnownKey(
    const Document& d, const std::map<std::string, std::string>& keys) {
  for (const std::string& key : PaperKeys(d)) {
    if (auto it = keys.find(key); it != keys.end()) return it;
  }
  return keys.end();
}

// The documents of `docs` whose id, DOI and title with year are not in `papers`
// or earlier in `docs`; each one left out gets a warning (once per id).
std::vector<Document> NewPapers(const std::string& path, const std::vector<Document>& docs,
                                const PaperSet& papers, std::vector<Diagnostic>* diags) {
  std::vector<Document> out;
  std::set<std::string> seen = papers.ids;
  std::map<std::string, std::string> keys = papers.keys;
  std::set<std::string> reported;
  for (const Document& d : docs) {
    if (!seen.insert(d.id).second) {
      if (reported.insert(d.id).second) {
        Warn(path, d, "paper '" + d.id + "' was already read; skipped", diags);
      }
      continue;
    }
    if (auto it = KnownKey(d, keys); it != keys.end()) {
      bool doi = it->first.starts_with("doi:");
      Warn(path, d,
           "paper '" + d.id + "' is paper '" + it->second + "' again (the same " +
               (doi ? "DOI" : "title and year") + "); skipped",
           diags);
      continue;
    }
    for (const std::string& key : PaperKeys(d)) keys.emplace(key, d.id);
    out.push_back(d);
  }
  return out;
}

// Adds `d` to the papers' ids and keys.
void Remember(const Document& d, PaperSet* papers) {
  papers->ids.insert(d.id);
  for (const std::string& key : PaperKeys(d)) papers->keys.emplace(key, d.id);
  papers->documents.push_back(d);
}

// Maps `docs` on one thread per pack and appends the papers and their maps:
// the same papers, nodes and edges as one Extract over all of `docs`.
void ExtractInChunks(const std::vector<Document>& docs, const PaperSource& source,
                     PaperSet* papers) {
  ArgumentGraph graph;
  ExtractParallel(docs, source.packs, &graph, nullptr, source.extract);
  for (const Document& d : docs) Remember(d, papers);
  papers->graph.Append(graph);
}

// `id` with its document prefix `from` ("m/n1") changed to `to` ("a/m/n1").
std::string Renamed(const std::string& id, const std::string& from, const std::string& to) {
  return id.starts_with(from + "/") ? to + id.substr(from.size()) : id;
}

// Gives the papers of a map the run's stems (read/unique_ids.h), so that two
// AIF maps named m.json in two folders are two papers, not one read twice.
// Returns the ids changed: old -> new.
std::map<std::string, std::string> ApplyStems(const IdStems* stems, std::vector<Document>* docs) {
  std::map<std::string, std::string> renamed;
  for (Document& d : *docs) {
    std::string old = d.id;
    if (stems != nullptr) stems->Apply(&d);
    if (d.id != old) renamed[old] = d.id;
  }
  return renamed;
}

// Appends the papers of `docs` with their nodes and edges in `graph` (a map
// that was read, not mapped here), whose documents `renamed` renames.
void AppendMapped(const std::vector<Document>& docs, const ArgumentGraph& graph,
                  const std::map<std::string, std::string>& renamed, PaperSet* papers) {
  auto new_id = [&](const std::string& doc) {
    auto it = renamed.find(doc);
    return it == renamed.end() ? doc : it->second;
  };
  std::set<std::string> kept;
  for (const Document& d : docs) kept.insert(d.id);
  ArgumentGraph part;
  std::vector<NodeIndex> index(graph.node_count());
  std::vector<bool> in(graph.node_count(), false);
  for (NodeIndex v = 0; v < graph.node_count(); ++v) {
    Node node = graph.node(v);
    node.doc = new_id(node.doc);
    if (!kept.contains(node.doc)) continue;
    node.id = Renamed(node.id, graph.node(v).doc, node.doc);
    index[v] = part.AddNode(std::move(node));
    in[v] = true;
  }
  for (const ArgumentGraph::EdgeRef& e : graph.Edges()) {
    if (!in[e.source] || !in[e.target]) continue;
    Edge edge = *e.edge;
    const std::string& doc = graph.node(e.source).doc;
    edge.id = Renamed(edge.id, doc, new_id(doc));
    part.AddEdge(index[e.source], index[e.target], std::move(edge));
  }
  for (const Document& d : docs) Remember(d, papers);
  papers->graph.Append(part);
}

}  // namespace

std::vector<std::string> PaperKeys(const Document& d) {
  std::vector<std::string> keys;
  if (!d.doi.empty()) keys.push_back("doi:" + AsciiLowerCopy(d.doi));
  std::string title;
  for (char c : d.title) {
    if (IsWordByte(c)) title.push_back(AsciiLower(c));
  }
  if (title.size() >= kMinKeyTitleBytes) keys.push_back("title:" + title + " " + d.year);
  return keys;
}

void AddMap(const std::string& name, const std::vector<Document>& docs, const ArgumentGraph& graph,
            PaperSet* papers, std::vector<Diagnostic>* diags) {
  AppendMapped(NewPapers(name, docs, *papers, diags), graph, {}, papers);
}

bool AddPapers(const std::string& path, const PaperSource& source, PaperSet* papers,
               std::vector<Diagnostic>* diags) {
  std::string content;
  if (!ReadText(path, source.standard_input, source.encoding, &content, diags, kEncodingHint)) {
    return false;
  }
  InputKind kind = source.input_format == InputFormat::kAuto ? ClassifyInput(content, path)
                                                             : InputKind::kAbstracts;
  if (IsMap(kind)) {
    ArgumentGraph graph;
    std::vector<Document> docs;
    bool ok = ReadGraph(path, content, GraphFormat::kAuto, &graph, &docs, diags);
    std::map<std::string, std::string> renamed = ApplyStems(source.id_stems, &docs);
    AppendMapped(NewPapers(path, docs, *papers, diags), graph, renamed, papers);
    return ok;
  }
  std::vector<Document> docs;
  bool ok = ReadDocuments(path, content, source.input_format, &docs, diags);
  if (source.id_stems != nullptr) {
    for (Document& d : docs) source.id_stems->Apply(&d);
  }
  ExtractInChunks(NewPapers(path, docs, *papers, diags), source, papers);
  return ok;
}

}  // namespace argmap
