// Groups an argument graph's nodes and edges by the document they come from.
//
// Shared by the exporters, which all list documents in input order, each with
// its own nodes and edges. A caller may rely on:
// - one group per input document, in input order, even when it has no nodes
//   (a repeated document id gets its nodes in its first group only);
// - after those, one stand-in group per document id that nodes name but no
//   input document has (its Document holds only the id), in order of first use;
// - nodes in vertex order and edges in ArgumentGraph::Edges() order; an edge
//   belongs to the document of its source node.
#ifndef ARGMAP_EXPORT_DOC_GROUPS_H_
#define ARGMAP_EXPORT_DOC_GROUPS_H_

#include <vector>

#include "core/document.h"
#include "graph/argument_graph.h"

namespace argmap {

struct DocumentGroup {
  Document document;
  std::vector<NodeIndex> nodes;
  std::vector<ArgumentGraph::EdgeRef> edges;
};

std::vector<DocumentGroup> GroupByDocument(const ArgumentGraph& graph,
                                           const std::vector<Document>& documents);

}  // namespace argmap

#endif  // ARGMAP_EXPORT_DOC_GROUPS_H_
