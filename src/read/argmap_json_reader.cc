#include "read/argmap_json_reader.h"

#include <map>

#include "core/spellcheck.h"
#include "read/json_overflow.h"
#include "read/json_records.h"

namespace argmap {
namespace {

using Json = nlohmann::json;

// Reads the fields of one JSON object, keeping the first problem found.
class Fields {
 public:
  explicit Fields(const Json& object) : object_(object) {
    if (!object.is_object()) error_ = "is not a JSON object";
  }

  const Json* Find(const char* key) {
    if (!error_.empty()) return nullptr;
    auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }

  void String(const char* key, std::string* out, bool required = true) {
    const Json* v = Find(key);
    if (v != nullptr && v->is_string()) {
      *out = v->get<std::string>();
    } else if (v != nullptr || required) {
      Fail("has no \"" + std::string(key) + "\" string");
    }
  }

  void Int(const char* key, int* out) {
    const Json* v = Find(key);
    if (v == nullptr || !v->is_number_integer() || v->get<long long>() < 0 ||
        v->get<long long>() > 1'000'000'000) {
      return Fail("has no \"" + std::string(key) + "\" count (a whole number from 0)");
    }
    *out = v->get<int>();
  }

  void StringList(const char* key, std::vector<std::string>* out) {
    const Json* v = Find(key);
    bool ok = v != nullptr && v->is_array();
    for (size_t i = 0; ok && i < v->size(); ++i) ok = (*v)[i].is_string();
    if (!ok) return Fail("has no \"" + std::string(key) + "\" list of strings");
    *out = v->get<std::vector<std::string>>();
  }

  // An optional list of FormatReason strings.
  void Reasons(const char* key, std::vector<Reason>* out) {
    if (Find(key) == nullptr) return;
    std::vector<std::string> texts;
    StringList(key, &texts);
    for (const std::string& t : texts) {
      Reason r;
      if (!error_.empty()) return;
      if (!ParseReason(t, &r))
        return Fail("has a \"" + std::string(key) + "\" entry that is not 'FEATURE WEIGHT'");
      out->push_back(std::move(r));
    }
  }

  void Span(const char* key, argmap::Span* out) {
    const Json* v = Find(key);
    bool ok = v != nullptr && v->is_array() && v->size() == 2 && (*v)[0].is_number_unsigned() &&
              (*v)[1].is_number_unsigned() && (*v)[0].get<size_t>() <= (*v)[1].get<size_t>();
    if (!ok) return Fail("has no \"" + std::string(key) + "\" [begin, end] with begin <= end");
    *out = {(*v)[0].get<size_t>(), (*v)[1].get<size_t>()};
  }

  void Fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
  }
  const std::string& error() const { return error_; }

 private:
  const Json& object_;
  std::string error_;
};

std::string Named(const char* what, size_t index, const Json& object) {
  std::string out = std::string(what) + " " + std::to_string(index + 1);
  auto it = object.is_object() ? object.find("id") : object.end();
  if (it != object.end() && it->is_string()) out += " (\"" + it->get<std::string>() + "\")";
  return out;
}

// Adds parsed argmap graphs (one, or one per JSON Lines line) to one graph.
class GraphBuilder {
 public:
  GraphBuilder(const std::string& path, ArgumentGraph* graph, std::vector<Document>* docs,
               std::vector<Diagnostic>* diags)
      : path_(path), graph_(graph), docs_(docs), diags_(diags) {
    for (NodeIndex v = 0; v < graph->node_count(); ++v) ids_[graph->node(v).id] = v;
  }

  // `line` is the JSON Lines line the graph is on, or 0; messages name it.
  bool Add(const Json& json, int line) {
    line_ = line;
    ok_ = true;
    std::string envelope = CheckArgmapEnvelope(json);
    if (!envelope.empty()) {
      Report(Severity::kError, envelope);
      return false;
    }
    const Json& documents = List(json, "documents");
    const Json& nodes = List(json, "nodes");
    const Json& edges = List(json, "edges");
    for (size_t i = 0; i < documents.size(); ++i) AddDocument(documents[i], i);
    for (size_t i = 0; i < nodes.size(); ++i) AddNode(nodes[i], i);
    for (size_t i = 0; i < edges.size(); ++i) AddEdge(edges[i], i);
    return ok_;
  }

 private:
  void Report(Severity severity, std::string message) {
    Diagnostic d = MakeError(path_, std::move(message));
    d.severity = severity;
    d.line = line_;
    diags_->push_back(std::move(d));
    ok_ = ok_ && severity != Severity::kError;
  }

  const Json& List(const Json& graph, const char* key) {
    static const Json kEmpty = Json::array();
    auto it = graph.find(key);
    if (it != graph.end() && it->is_array()) return *it;
    Report(Severity::kError, "the graph has no \"" + std::string(key) + "\" list");
    return kEmpty;
  }

  void AddDocument(const Json& json, size_t i) {
    Document doc;
    std::string err = DocumentFromJson(json, &doc);
    if (!err.empty()) return Report(Severity::kError, Named("document", i, json) + " " + err);
    docs_->push_back(std::move(doc));
  }

  void AddNode(const Json& json, size_t i) {
    Node node;
    std::string err = NodeFromJson(json, &node);
    if (err.empty() && ids_.count(node.id)) err = "has an id already used by another node";
    if (!err.empty()) return Report(Severity::kError, Named("node", i, json) + " " + err);
    std::string id = node.id;
    ids_[id] = graph_->AddNode(std::move(node));
  }

  // The node named by the edge's `key` ("source" or "target"), or "" and *err.
  NodeIndex End(const Json& json, const char* key, std::string* err) {
    Fields fields(json);
    std::string id;
    fields.String(key, &id);
    *err = fields.error();
    if (err->empty() && !ids_.count(id)) {
      *err = "has a " + std::string(key) + " that is not a node: \"" + id + "\"";
    }
    return err->empty() ? ids_.at(id) : 0;
  }

  void AddEdge(const Json& json, size_t i) {
    Edge edge;
    std::string err = EdgeFromJson(json, &edge);
    NodeIndex source = err.empty() ? End(json, "source", &err) : 0;
    NodeIndex target = err.empty() ? End(json, "target", &err) : 0;
    if (!err.empty()) return Report(Severity::kError, Named("edge", i, json) + " " + err);
    if (!graph_->AddEdge(source, target, std::move(edge))) {
      Report(Severity::kWarning,
             Named("edge", i, json) + " is a self-loop or repeats an edge; dropped");
    }
  }

  const std::string& path_;
  ArgumentGraph* graph_;
  std::vector<Document>* docs_;
  std::vector<Diagnostic>* diags_;
  std::map<std::string, NodeIndex> ids_;  // node id -> vertex, over everything read
  int line_ = 0;
  bool ok_ = true;
};

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

bool ParseJsonAt(const std::string& path, std::string_view content, size_t base,
                 std::string_view text, Json* out, std::vector<Diagnostic>* diags) {
  try {
    *out = Json::parse(text);
    return true;
  } catch (const Json::parse_error& e) {
    size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    if (offset >= text.size()) {  // ended early: point just after the last non-blank byte
      size_t last = text.find_last_not_of(" \t\r\n");
      offset = last == std::string_view::npos ? 0 : last + 1;
    }
    diags->push_back(
        MakeErrorAt(path, content, base + offset, "invalid JSON: " + JsonParseReason(e)));
    return false;
  } catch (const Json::out_of_range& e) {  // a number too large for a double
    size_t offset = 0;
    std::string reason = JsonOverflowReason(e, text, &offset);
    diags->push_back(MakeErrorAt(path, content, base + offset, "invalid JSON: " + reason));
    return false;
  }
}

std::string CheckArgmapEnvelope(const Json& json) {
  if (!json.is_object()) return "the graph is not a JSON object";
  auto format = json.find("format");
  if (format == json.end() || *format != "argmap") {
    return "not an argmap graph: \"format\" is not \"argmap\"";
  }
  auto version = json.find("version");
  if (version == json.end() || *version != 1) {
    return "unsupported argmap graph version " +
           (version == json.end() ? std::string("(none)") : version->dump()) +
           "; this argmap reads version 1";
  }
  return "";
}

std::string DocumentFromJson(const Json& json, Document* doc) {
  Fields fields(json);
  fields.String("id", &doc->id);
  fields.String("title", &doc->title);
  fields.StringList("authors", &doc->authors);
  fields.String("year", &doc->year);
  fields.String("doi", &doc->doi);
  fields.String("venue", &doc->venue);
  if (json.contains("keywords")) fields.StringList("keywords", &doc->keywords);
  fields.String("source", &doc->source);
  fields.Int("record", &doc->record);
  if (json.contains("text")) fields.String("text", &doc->text);
  if (fields.error().empty() && doc->id.empty()) fields.Fail("has an empty \"id\"");
  return fields.error();
}

std::string NodeFromJson(const Json& json, Node* node) {
  Fields fields(json);
  std::string type;
  fields.String("id", &node->id);
  fields.String("doc", &node->doc);
  fields.String("type", &type);
  fields.String("text", &node->text);
  fields.Span("span", &node->cp_span);
  fields.Int("sentence", &node->sentence);
  fields.String("rule", &node->rule);
  fields.String("qualifier", &node->qualifier, false);
  fields.String("cue", &node->cue, false);
  fields.Reasons("why", &node->why);
  if (fields.error().empty() && node->id.empty()) fields.Fail("has an empty \"id\"");
  if (fields.error().empty() && !ParseNodeType(type, &node->type)) {
    fields.Fail("has an unknown type '" + type + "'" + DidYouMean(type, NodeTypeNames()));
  }
  node->span = node->cp_span;
  return fields.error();
}

std::string EdgeFromJson(const Json& json, Edge* edge) {
  Fields fields(json);
  std::string type;
  fields.String("id", &edge->id);
  fields.String("type", &type);
  fields.String("rule", &edge->rule);
  fields.Reasons("why", &edge->why);
  if (fields.error().empty() && !ParseEdgeType(type, &edge->type)) {
    fields.Fail("has an unknown type '" + type + "'" + DidYouMean(type, EdgeTypeNames()));
  }
  return fields.error();
}

bool ReadArgmapJson(const std::string& path, std::string_view text, ArgumentGraph* graph,
                    std::vector<Document>* docs, std::vector<Diagnostic>* diags) {
  GraphBuilder builder(path, graph, docs, diags);
  if (!read_internal::LooksLikeJsonLines(text)) {
    Json json;
    return ParseJsonAt(path, text, 0, text, &json, diags) && builder.Add(json, 0);
  }
  bool ok = true;
  int number = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    Json json;
    ++number;
    if (!IsBlank(line)) {
      ok = ParseJsonAt(path, text, start, line, &json, diags) && builder.Add(json, number) && ok;
    }
    start = end + 1;
  }
  return ok;
}

}  // namespace argmap
