#include "read/aif_reader.h"

#include <filesystem>
#include <map>
#include <set>

#include "read/argmap_json_reader.h"
#include "read/reader.h"

namespace argmap {
namespace {

using Json = nlohmann::json;

// 12 and "12" are the same id; anything else is no id ("").
std::string IdText(const Json* v) {
  if (v == nullptr) return "";
  if (v->is_string()) return v->get<std::string>();
  if (v->is_number_integer()) return v->dump();
  return "";
}

const Json* Member(const Json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

std::string StringMember(const Json& object, const char* key) {
  const Json* v = Member(object, key);
  return v != nullptr && v->is_string() ? v->get<std::string>() : "";
}

struct AifNode {
  std::string id;
  std::string type;
  std::string text;
  const Json* extension = nullptr;  // the node's "argmap" object, if any
  std::vector<size_t> in;           // indices of the nodes with an edge to this one
  std::vector<size_t> out;
};

class AifReader {
 public:
  AifReader(const std::string& path, ArgumentGraph* graph, std::vector<Document>* docs,
            std::vector<Diagnostic>* diags)
      : path_(path), graph_(graph), docs_(docs), diags_(diags) {}

  bool Read(const Json& root) {
    const Json* aif = Member(root, "AIF");
    if (aif == nullptr || !aif->is_object()) aif = &root;
    extension_ = Member(root, "argmap");
    if (extension_ == nullptr) extension_ = Member(*aif, "argmap");
    if (extension_ != nullptr && !extension_->is_object()) extension_ = nullptr;
    const Json* nodes = Member(*aif, "nodes");
    const Json* edges = Member(*aif, "edges");
    if (nodes == nullptr || !nodes->is_array() || edges == nullptr || !edges->is_array()) {
      Report(Severity::kError, "not AIF JSON: no \"nodes\" and \"edges\" lists");
      return false;
    }
    ReadDocuments();
    ReadNodes(*nodes);
    ReadEdges(*edges);
    AddINodes();
    AddSchemes();
    AddPartOf();
    return ok_;
  }

 private:
  void Report(Severity severity, std::string message) {
    Diagnostic d = MakeError(path_, std::move(message));
    d.severity = severity;
    diags_->push_back(std::move(d));
    ok_ = ok_ && severity != Severity::kError;
  }

  void ReadDocuments() {
    const Json* list = extension_ ? Member(*extension_, "documents") : nullptr;
    for (size_t i = 0; list != nullptr && list->is_array() && i < list->size(); ++i) {
      Document doc;
      std::string err = DocumentFromJson((*list)[i], &doc);
      if (!err.empty())
        Report(Severity::kError, "argmap document " + std::to_string(i + 1) + " " + err);
      if (err.empty()) docs_->push_back(std::move(doc));
    }
    if (docs_->size() > first_doc_) {
      default_doc_ = (*docs_)[first_doc_].id;
      return;
    }
    Document doc;
    doc.id = FileStem(path_);
    doc.source = path_;
    doc.record = 1;
    default_doc_ = doc.id;
    docs_->push_back(std::move(doc));
  }

  void ReadNodes(const Json& nodes) {
    for (size_t i = 0; i < nodes.size(); ++i) {
      const Json& n = nodes[i];
      AifNode node;
      node.id = IdText(Member(n, "nodeID"));
      if (node.id.empty()) node.id = IdText(Member(n, "id"));
      node.type = StringMember(n, "type");
      node.text = StringMember(n, "text");
      node.extension = Member(n, "argmap");
      std::string where = "AIF node " + std::to_string(i + 1);
      if (node.id.empty()) {
        Report(Severity::kError, where + " has no \"nodeID\"");
      } else if (!index_.emplace(node.id, nodes_.size()).second) {
        Report(Severity::kError, where + " has an id already used: " + node.id);
      } else {
        nodes_.push_back(std::move(node));
      }
    }
  }

  void ReadEdges(const Json& edges) {
    for (size_t i = 0; i < edges.size(); ++i) {
      const Json& e = edges[i];
      std::string from = IdText(Member(e, "fromID"));
      std::string to = IdText(Member(e, "toID"));
      if (from.empty() && Member(e, "from")) from = IdText(Member(*Member(e, "from"), "id"));
      if (to.empty() && Member(e, "to")) to = IdText(Member(*Member(e, "to"), "id"));
      if (!index_.count(from) || !index_.count(to)) {
        Report(Severity::kError, "AIF edge " + std::to_string(i + 1) +
                                     " joins an unknown node: " + (index_.count(from) ? to : from));
        continue;
      }
      nodes_[index_[from]].out.push_back(index_[to]);
      nodes_[index_[to]].in.push_back(index_[from]);
      if (nodes_[index_[from]].type == "I" && nodes_[index_[to]].type == "I") {
        Report(Severity::kWarning, "AIF edge " + std::to_string(i + 1) +
                                       " joins two I-nodes without a scheme node; skipped");
      }
    }
  }

  // The argmap node of I-node `n`: from its extension when that is whole, else a claim.
  Node MakeNode(const AifNode& n, int k) {
    Node node;
    if (n.extension != nullptr) {
      Json full = *n.extension;
      if (full.is_object()) full["text"] = n.text;
      std::string err = NodeFromJson(full, &node);
      if (err.empty()) return node;
      Report(Severity::kWarning,
             "AIF node " + n.id + ": argmap extension " + err + "; read as a claim");
      node = Node();
    }
    node.id = default_doc_ + "/n" + std::to_string(k);
    node.doc = default_doc_;
    node.text = n.text;
    node.rule = "aif/I";
    return node;
  }

  void AddINodes() {
    std::set<std::string> ids;
    for (NodeIndex v = 0; v < graph_->node_count(); ++v) ids.insert(graph_->node(v).id);
    int k = 0;
    for (size_t i = 0; i < nodes_.size(); ++i) {
      if (nodes_[i].type != "I") continue;
      Node node = MakeNode(nodes_[i], ++k);
      if (!ids.insert(node.id).second) {
        Report(Severity::kError,
               "AIF node " + nodes_[i].id + " has an argmap id already used: " + node.id);
        continue;
      }
      NodeIndex v = graph_->AddNode(std::move(node));
      by_argmap_id_[graph_->node(v).id] = v;
      vertex_[i] = v;
    }
  }

  // A fresh "<doc>/e<k>" id for an edge from `source`.
  std::string NewEdgeId(NodeIndex source) {
    const std::string& doc = graph_->node(source).doc;
    std::string id;
    do {
      id = doc + "/e" + std::to_string(++edge_numbers_[doc]);
    } while (edge_ids_.count(id));
    return id;
  }

  void AddEdge(NodeIndex source, NodeIndex target, Edge edge) {
    if (edge.id.empty() || edge_ids_.count(edge.id)) edge.id = NewEdgeId(source);
    std::string id = edge.id;
    if (graph_->AddEdge(source, target, std::move(edge))) {
      edge_ids_.insert(id);
    } else {
      Report(Severity::kWarning, "edge " + id + " is a self-loop or repeats an edge; dropped");
    }
  }

  // The edge a scheme node stands for; `pairs` is how many (premise, conclusion) pairs it joins.
  Edge SchemeEdge(const AifNode& n, size_t pairs) {
    Edge edge;
    edge.type = n.type == "RA" ? EdgeType::kSupports : EdgeType::kAttacks;
    edge.rule = "aif/" + n.type;
    if (n.extension != nullptr) {
      Edge ext;
      if (EdgeFromJson(*n.extension, &ext).empty() && ext.type != EdgeType::kPartOf) {
        edge.type = ext.type;
        edge.rule = ext.rule;
        edge.why = ext.why;
        if (pairs == 1) edge.id = ext.id;
      }
    }
    return edge;
  }

  void AddSchemes() {
    std::map<std::string, int> skipped;
    for (const AifNode& n : nodes_) {
      if (n.type == "MA" || n.type == "PA") ++skipped[n.type];
      if (n.type != "RA" && n.type != "CA") continue;
      std::vector<NodeIndex> from, to;
      bool aimed_at_scheme = false;
      for (size_t i : n.in) {
        if (vertex_.count(i)) from.push_back(vertex_[i]);
      }
      for (size_t i : n.out) {
        if (vertex_.count(i)) to.push_back(vertex_[i]);
        aimed_at_scheme = aimed_at_scheme || nodes_[i].type == "RA" || nodes_[i].type == "CA";
      }
      if (aimed_at_scheme) {
        Report(Severity::kWarning, n.type + " node " + n.id +
                                       " points at a scheme node (an undercut); argmap has no such "
                                       "edge, skipped");
      }
      if (from.empty() || to.empty()) {
        if (!aimed_at_scheme) {
          Report(Severity::kWarning,
                 n.type + " node " + n.id + " has no premise or no conclusion; skipped");
        }
        continue;
      }
      for (NodeIndex s : from) {
        for (NodeIndex t : to) AddEdge(s, t, SchemeEdge(n, from.size() * to.size()));
      }
    }
    for (const auto& [type, count] : skipped) {
      Report(Severity::kWarning, "skipped " + std::to_string(count) + " " + type +
                                     " node(s): argmap has no rephrase or preference edge");
    }
  }

  void AddPartOf() {
    const Json* list = extension_ ? Member(*extension_, "part_of") : nullptr;
    for (size_t i = 0; list != nullptr && list->is_array() && i < list->size(); ++i) {
      const Json& j = (*list)[i];
      Edge edge;
      std::string err = EdgeFromJson(j, &edge);
      std::string source = StringMember(j, "source");
      std::string target = StringMember(j, "target");
      if (err.empty() && (!by_argmap_id_.count(source) || !by_argmap_id_.count(target))) {
        err = "joins a node that is not in the file";
      }
      if (!err.empty()) {
        Report(Severity::kError, "argmap part_of edge " + std::to_string(i + 1) + " " + err);
        continue;
      }
      AddEdge(by_argmap_id_[source], by_argmap_id_[target], edge);
    }
  }

  const std::string& path_;
  ArgumentGraph* graph_;
  std::vector<Document>* docs_;
  std::vector<Diagnostic>* diags_;
  size_t first_doc_ = docs_->size();
  bool ok_ = true;
  const Json* extension_ = nullptr;
  std::string default_doc_;
  std::vector<AifNode> nodes_;
  std::map<std::string, size_t> index_;  // AIF id -> index in nodes_
  std::map<size_t, NodeIndex> vertex_;   // index of an I-node -> its vertex
  std::map<std::string, NodeIndex> by_argmap_id_;
  std::set<std::string> edge_ids_;
  std::map<std::string, int> edge_numbers_;  // per document, the last generated edge number
};

}  // namespace

bool ReadAifJson(const std::string& path, std::string_view text, ArgumentGraph* graph,
                 std::vector<Document>* docs, std::vector<Diagnostic>* diags) {
  Json root;
  if (!ParseJsonAt(path, text, 0, text, &root, diags)) return false;
  return AifReader(path, graph, docs, diags).Read(root);
}

}  // namespace argmap
