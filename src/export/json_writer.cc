#include "export/json_writer.h"

#include "core/kinds.h"
#include "core/utf8.h"
#include "export/exporter.h"

namespace argmap {
namespace {

// Builds one line; `ok` turns false at the first string that is not UTF-8.
class LineWriter {
 public:
  explicit LineWriter(std::string* out) : out_(*out) {}
  bool ok() const { return ok_; }

  void Raw(std::string_view s) { out_ += s; }
  void Key(std::string_view key) {
    out_ += '"';
    out_ += key;
    out_ += "\":";
  }
  void String(std::string_view s) {
    size_t bad = 0;
    ok_ = ok_ && IsValidUtf8(s, &bad);
    out_ += '"';
    for (char c : s) Escaped(c);
    out_ += '"';
  }
  void Field(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  void Number(std::string_view key, long long value) {
    Key(key);
    out_ += std::to_string(value);
  }

 private:
  void Escaped(char c) {
    static const char kHex[] = "0123456789abcdef";
    switch (c) {
      case '"':
        out_ += "\\\"";
        return;
      case '\\':
        out_ += "\\\\";
        return;
      case '\b':
        out_ += "\\b";
        return;
      case '\f':
        out_ += "\\f";
        return;
      case '\n':
        out_ += "\\n";
        return;
      case '\r':
        out_ += "\\r";
        return;
      case '\t':
        out_ += "\\t";
        return;
      default:
        break;
    }
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20) {
      out_ += "\\u00";
      out_ += kHex[u >> 4];
      out_ += kHex[u & 0xF];
    } else {
      out_ += c;
    }
  }

  std::string& out_;
  bool ok_ = true;
};

void WriteDocument(const Document& doc, LineWriter* w) {
  w->Raw("{");
  w->Field("id", doc.id);
  w->Raw(",");
  w->Field("title", doc.title);
  w->Raw(",\"authors\":[");
  for (size_t i = 0; i < doc.authors.size(); ++i) {
    if (i > 0) w->Raw(",");
    w->String(doc.authors[i]);
  }
  w->Raw("],");
  w->Field("year", doc.year);
  w->Raw(",");
  w->Field("doi", doc.doi);
  w->Raw(",");
  w->Field("venue", doc.venue);
  w->Raw(",");
  if (!doc.keywords.empty()) {
    w->Raw("\"keywords\":[");
    for (size_t i = 0; i < doc.keywords.size(); ++i) {
      if (i > 0) w->Raw(",");
      w->String(doc.keywords[i]);
    }
    w->Raw("],");
  }
  w->Field("source", doc.source);
  w->Raw(",");
  w->Number("record", doc.record);
  if (!doc.text.empty()) {
    w->Raw(",");
    w->Field("text", doc.text);
  }
  w->Raw("}");
}

void WriteWhy(const std::vector<Reason>& why, LineWriter* w) {
  if (why.empty()) return;
  w->Raw(",\"why\":[");
  for (size_t i = 0; i < why.size(); ++i) {
    if (i > 0) w->Raw(",");
    w->String(FormatReason(why[i]));
  }
  w->Raw("]");
}

void WriteNode(const Node& node, LineWriter* w) {
  w->Raw("{");
  w->Field("id", node.id);
  w->Raw(",");
  w->Field("doc", node.doc);
  w->Raw(",");
  w->Field("type", NodeTypeName(node.type));
  w->Raw(",");
  w->Field("text", node.text);
  w->Raw(",\"span\":[" + std::to_string(node.cp_span.begin) + "," +
         std::to_string(node.cp_span.end) + "],");
  w->Number("sentence", node.sentence);
  w->Raw(",");
  w->Field("rule", node.rule);
  if (!node.qualifier.empty()) {
    w->Raw(",");
    w->Field("qualifier", node.qualifier);
  }
  if (!node.cue.empty()) {
    w->Raw(",");
    w->Field("cue", node.cue);
  }
  WriteWhy(node.why, w);
  w->Raw("}");
}

void WriteEdge(const ArgumentGraph& graph, const ArgumentGraph::EdgeRef& ref, LineWriter* w) {
  w->Raw("{");
  w->Field("id", ref.edge->id);
  w->Raw(",");
  w->Field("source", graph.node(ref.source).id);
  w->Raw(",");
  w->Field("target", graph.node(ref.target).id);
  w->Raw(",");
  w->Field("type", EdgeTypeName(ref.edge->type));
  w->Raw(",");
  w->Field("rule", ref.edge->rule);
  WriteWhy(ref.edge->why, w);
  w->Raw("}");
}

}  // namespace

bool AppendJsonLine(const ArgumentGraph& graph, const DocumentGroup& group, std::string* out) {
  std::string line;
  LineWriter w(&line);
  w.Raw("{");
  w.Field("format", kJsonFormatName);
  w.Raw(",");
  w.Number("version", kJsonFormatVersion);
  w.Raw(",\"offsets\":\"codepoint\",\"documents\":[");
  WriteDocument(group.document, &w);
  w.Raw("],\"nodes\":[");
  for (size_t i = 0; i < group.nodes.size(); ++i) {
    if (i > 0) w.Raw(",");
    WriteNode(graph.node(group.nodes[i]), &w);
  }
  w.Raw("],\"edges\":[");
  for (size_t i = 0; i < group.edges.size(); ++i) {
    if (i > 0) w.Raw(",");
    WriteEdge(graph, group.edges[i], &w);
  }
  w.Raw("]}\n");
  if (!w.ok()) return false;
  *out += line;
  return true;
}

}  // namespace argmap
