#include "export/doc_groups.h"

#include <map>
#include <string>

namespace argmap {

std::vector<DocumentGroup> GroupByDocument(const ArgumentGraph& graph,
                                           const std::vector<Document>& documents) {
  std::vector<DocumentGroup> groups;
  std::map<std::string, size_t, std::less<>> group_of_id;
  for (const Document& doc : documents) {
    group_of_id.emplace(doc.id, groups.size());
    groups.push_back({doc, {}, {}});
  }
  std::vector<size_t> group_of_node(graph.node_count());
  for (NodeIndex v = 0; v < graph.node_count(); ++v) {
    const std::string& doc_id = graph.node(v).doc;
    auto [it, inserted] = group_of_id.emplace(doc_id, groups.size());
    if (inserted) {
      Document stand_in;
      stand_in.id = doc_id;
      groups.push_back({std::move(stand_in), {}, {}});
    }
    group_of_node[v] = it->second;
    groups[it->second].nodes.push_back(v);
  }
  for (const ArgumentGraph::EdgeRef& ref : graph.Edges()) {
    groups[group_of_node[ref.source]].edges.push_back(ref);
  }
  return groups;
}

}  // namespace argmap
