// ArgumentGraph: the typed argument graph of one or more abstracts.
//
// A Boost.Graph adjacency_list with bundled Node and Edge properties. Nodes and
// edges are kept in insertion order; the builder inserts them in a canonical
// order (document, then span, then type), so ids and every export are
// deterministic. Ids are stable: "<doc>/n<k>" and "<doc>/e<k>", k from 1 per document.
#ifndef ARGMAP_GRAPH_ARGUMENT_GRAPH_H_
#define ARGMAP_GRAPH_ARGUMENT_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/kinds.h"
#include "core/reason.h"

namespace argmap {

struct Node {
  std::string id;   // stable id, unique in the graph
  std::string doc;  // Document::id it was extracted from
  NodeType type = NodeType::kClaim;
  std::string text;       // exactly the original text under `span`
  Span span;              // byte range into the document's text
  Span cp_span;           // the same range in code points
  int sentence = 0;       // 0-based sentence index in the document
  std::string rule;       // id of the rule that made it
  std::string qualifier;  // hedge word ("may", "likely", ...) or ""
  std::string cue;        // the cue the rule matched, or ""
  // The features that weighed most for its role (model/features.h), largest first;
  // empty when no model scored it.
  std::vector<Reason> why;
};

struct Edge {
  std::string id;
  EdgeType type = EdgeType::kSupports;
  std::string rule;  // rule id, or "default/..." for a built-in attachment
  std::vector<Reason> why;  // the features that weighed most for it, when the model made it
};

using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
using NodeIndex = BoostGraph::vertex_descriptor;

class ArgumentGraph {
 public:
  ArgumentGraph() = default;
  // Copies keep their own edge order. (Boost's adjacency_list has no move
  // constructor, so a move is a copy too.)
  ArgumentGraph(const ArgumentGraph& other);
  ArgumentGraph& operator=(const ArgumentGraph& other);
  ArgumentGraph(ArgumentGraph&& other) : ArgumentGraph(static_cast<const ArgumentGraph&>(other)) {}
  ArgumentGraph& operator=(ArgumentGraph&& other) {
    return *this = static_cast<const ArgumentGraph&>(other);
  }

  NodeIndex AddNode(Node node);
  // Adds source -> target unless the same typed edge (or, for alternatives,
  // its reverse) is already there or source == target; returns true if added.
  bool AddEdge(NodeIndex source, NodeIndex target, Edge edge);
  // Adds every node and edge of `other` after this graph's own, in their order.
  void Append(const ArgumentGraph& other);

  size_t node_count() const { return boost::num_vertices(g_); }
  size_t edge_count() const { return boost::num_edges(g_); }
  const Node& node(NodeIndex v) const { return g_[v]; }
  Node& node(NodeIndex v) { return g_[v]; }

  struct EdgeRef {
    NodeIndex source;
    NodeIndex target;
    const Edge* edge;
  };
  // Edges in insertion order.
  std::vector<EdgeRef> Edges() const;
  bool HasEdge(NodeIndex source, NodeIndex target, EdgeType type) const;

  const BoostGraph& boost_graph() const { return g_; }

 private:
  // Fills edge_order_ with this graph's edges in the order of `other`'s.
  void CopyEdgeOrder(const ArgumentGraph& other);

  BoostGraph g_;
  std::vector<BoostGraph::edge_descriptor> edge_order_;
};

}  // namespace argmap

#endif  // ARGMAP_GRAPH_ARGUMENT_GRAPH_H_
