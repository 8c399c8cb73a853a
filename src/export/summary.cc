// The "summary" format: one screen per run, a few lines per abstract: counts of
// node kinds and edges, then the abstract's conclusions (else its claims).
#include <map>

#include "export/exporter.h"
#include "export/plain_text.h"

namespace argmap {
namespace {

std::string Counts(const std::map<NodeType, int>& counts) {
  std::string out;
  for (NodeType t : kAllNodeTypes) {
    auto it = counts.find(t);
    if (it == counts.end()) continue;
    if (!out.empty()) out += ", ";
    out += std::to_string(it->second) + " " + std::string(NodeTypeName(t));
  }
  return out.empty() ? "no nodes" : out;
}

}  // namespace

std::string ExportSummary(const ExportInput& input) {
  const BoostGraph& g = input.graph.boost_graph();
  std::map<std::string, std::vector<NodeIndex>> by_doc;
  for (NodeIndex v = 0; v < boost::num_vertices(g); ++v) by_doc[g[v].doc].push_back(v);
  std::map<std::string, int> edges;
  for (const auto& e : input.graph.Edges()) ++edges[g[e.source].doc];
  std::string out;
  for (const Document& d : input.documents) {
    std::map<NodeType, int> counts;
    for (NodeIndex v : by_doc[d.id]) ++counts[g[v].type];
    out += d.id + (d.title.empty() ? "" : "  " + Shorten(d.title, 60)) + "\n";
    out += "  " + Counts(counts) + "; " + std::to_string(edges[d.id]) + " edges\n";
    NodeType shown = counts.count(NodeType::kConclusion) ? NodeType::kConclusion : NodeType::kClaim;
    for (NodeIndex v : by_doc[d.id]) {
      if (g[v].type == shown) {
        out += "  " + std::string(NodeTypeName(shown)) + ": " +
               Shorten(SingleLine(g[v].text), 100) + "\n";
      }
    }
  }
  out += std::to_string(input.documents.size()) + " abstracts, " +
         std::to_string(input.graph.node_count()) + " nodes, " +
         std::to_string(input.graph.edge_count()) + " edges\n";
  return out;
}

}  // namespace argmap
