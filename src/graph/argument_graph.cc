#include "graph/argument_graph.h"

namespace argmap {

ArgumentGraph::ArgumentGraph(const ArgumentGraph& other) : g_(other.g_) { CopyEdgeOrder(other); }

ArgumentGraph& ArgumentGraph::operator=(const ArgumentGraph& other) {
  if (this != &other) {
    g_ = other.g_;
    CopyEdgeOrder(other);
  }
  return *this;
}

void ArgumentGraph::Append(const ArgumentGraph& other) {
  std::vector<NodeIndex> moved(other.node_count());
  for (NodeIndex v = 0; v < other.node_count(); ++v) moved[v] = AddNode(other.node(v));
  for (const EdgeRef& e : other.Edges()) AddEdge(moved[e.source], moved[e.target], *e.edge);
}

// An edge is identified by its ends and type (AddEdge keeps them unique), and a
// copy keeps the vertex indices.
void ArgumentGraph::CopyEdgeOrder(const ArgumentGraph& other) {
  edge_order_.clear();
  for (const auto& e : other.edge_order_) {
    NodeIndex target = boost::target(e, other.g_);
    EdgeType type = other.g_[e].type;
    for (auto [it, end] = boost::out_edges(boost::source(e, other.g_), g_); it != end; ++it) {
      if (boost::target(*it, g_) == target && g_[*it].type == type) {
        edge_order_.push_back(*it);
        break;
      }
    }
  }
}

NodeIndex ArgumentGraph::AddNode(Node node) { return boost::add_vertex(std::move(node), g_); }

bool ArgumentGraph::HasEdge(NodeIndex source, NodeIndex target, EdgeType type) const {
  for (auto [it, end] = boost::out_edges(source, g_); it != end; ++it) {
    if (boost::target(*it, g_) == target && g_[*it].type == type) return true;
  }
  return false;
}

bool ArgumentGraph::AddEdge(NodeIndex source, NodeIndex target, Edge edge) {
  if (source == target || HasEdge(source, target, edge.type)) return false;
  if (edge.type == EdgeType::kAlternative && HasEdge(target, source, edge.type)) return false;
  auto [e, added] = boost::add_edge(source, target, std::move(edge), g_);
  if (added) edge_order_.push_back(e);
  return added;
}

std::vector<ArgumentGraph::EdgeRef> ArgumentGraph::Edges() const {
  std::vector<EdgeRef> out;
  out.reserve(edge_order_.size());
  for (const auto& e : edge_order_) {
    out.push_back({boost::source(e, g_), boost::target(e, g_), &g_[e]});
  }
  return out;
}

}  // namespace argmap
