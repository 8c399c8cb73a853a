// The "html" format: one self-contained page for teaching how argmap read a set
// of abstracts (docs/rendering.md).
//
// The page holds the map (ExportInput::svg, drawn by Graphviz; left out when
// empty) or, given ExportInput::paper_svgs, one drawing per paper: a page of
// several papers then opens on a list of the papers (label and node count) with
// the first paper's map and text in view, and shows one paper at a time (a paper
// too large to draw, kMaxDrawnPaperNodes, says so instead of a map). It holds
// each abstract with every node's span marked, one hidden explanation
// per node and edge (kind, rule, the features that weighed most, cue, qualifier,
// span, sentence, relations), a
// legend of the kinds, and inline CSS and JavaScript (export/html_assets.h): no
// external file, font or script, so it works offline from a file:// URL.
// Selecting a node or edge (a click in the map or the text, or the URL fragment
// #select=<id>, which is the test hook) shows its paper, its explanation, and
// highlights its spans, its sentence and its map element; #paper=<k> shows paper k.
// The relations of a node name the other nodes by their text, and an edge's
// explanation is headed by its two nodes' texts (shortened), not by its id.
//
// Names inside the page: node v is "n<v+1>" and edge i (in ArgumentGraph::Edges()
// order) "e<i+1>"; the explanation of key K has the id "am-why-K" and
// data-id=<graph id>; document k (1-based) is "am-doc-k" and its sentence j
// "am-s<k>-<j>"; explanations, articles and drawings carry data-paper=<k>. The
// same input gives byte-identical HTML.
#include <string>
#include <vector>

#include "export/doc_groups.h"
#include "export/exporter.h"
#include "export/html_assets.h"
#include "export/html_text.h"
#include "export/kind_styles.h"
#include "export/plain_text.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace argmap {
namespace {

std::string NodeKey(NodeIndex v) { return "n" + std::to_string(v + 1); }
std::string EdgeKey(size_t i) { return "e" + std::to_string(i + 1); }
std::string KindClass(NodeType type) { return "k-" + std::string(NodeTypeName(type)); }

// What the page needs about the graph beyond the groups.
struct PageIndex {
  std::vector<DocumentGroup> groups;
  bool paged = false;  // one paper at a time: a drawing per paper, and several papers
  std::vector<ArgumentGraph::EdgeRef> edges;
  std::vector<size_t> group_of_node;            // by vertex
  std::vector<std::vector<Span>> sentences;     // by group, original bytes
  std::vector<std::vector<size_t>> node_edges;  // by vertex: indexes into `edges`
};

std::vector<Span> SentenceSpans(const std::string& text) {
  NormalizedText norm = Normalize(text);
  std::vector<Span> out;
  for (const Span& s : SplitSentences(norm.text)) out.push_back(norm.ToOriginal(s.begin, s.end));
  return out;
}

PageIndex BuildIndex(const ExportInput& input) {
  PageIndex index;
  index.groups = GroupByDocument(input.graph, input.documents);
  index.paged = !input.paper_svgs.empty() && index.groups.size() > 1;
  index.edges = input.graph.Edges();
  index.group_of_node.resize(input.graph.node_count());
  index.node_edges.resize(input.graph.node_count());
  for (size_t k = 0; k < index.groups.size(); ++k) {
    for (NodeIndex v : index.groups[k].nodes) index.group_of_node[v] = k;
    index.sentences.push_back(SentenceSpans(index.groups[k].document.text));
  }
  for (size_t i = 0; i < index.edges.size(); ++i) {
    index.node_edges[index.edges[i].source].push_back(i);
    if (index.edges[i].target != index.edges[i].source) {
      index.node_edges[index.edges[i].target].push_back(i);
    }
  }
  return index;
}

// The <svg ...>...</svg> element of dot's SVG output, without the XML
// declaration, doctype and comments before it; "" when there is none.
std::string_view SvgElementOf(std::string_view svg) {
  size_t begin = svg.find("<svg");
  size_t end = svg.rfind("</svg>");
  if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) return "";
  return svg.substr(begin, end + 6 - begin);
}

std::string Count(size_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool SpanInText(const Node& node, const Document& doc) {
  return !node.span.empty() && node.span.end <= doc.text.size();
}

// The per-kind colours, from the shared style table.
std::string KindCss() {
  std::string out;
  for (NodeType t : kAllNodeTypes) {
    out += "." + KindClass(t) + "{background:" + std::string(NodeKindStyle(t).fill) + "}\n";
  }
  for (EdgeType t : kAllEdgeTypes) {
    out += ".ek-" + std::string(EdgeTypeName(t)) + "{color:" + std::string(EdgeKindStyle(t).color) +
           "}\n";
  }
  return out;
}

std::string PageTitle(const std::vector<DocumentGroup>& groups) {
  if (groups.size() == 1) {
    const Document& d = groups[0].document;
    return "argmap: " + DocumentLabel(d);
  }
  return "argmap: " + Count(groups.size(), "abstract");
}

// Node texts in the relations are cut to this many characters (the whole text is
// one click away).
constexpr size_t kLinkTextWidth = 70;
// An edge's explanation is headed by its two nodes' texts, each cut to this many
// characters ("supports: aid works → it may help"), not by its id.
constexpr size_t kHeadingTextWidth = 40;

std::string NodeLink(const Node& node) {
  return "<a href=\"#select=" + EscapeHtml(EncodeUriComponent(node.id)) + "\">" +
         EscapeHtml(Shorten(node.text, kLinkTextWidth)) + "</a> <span class=\"kind " +
         KindClass(node.type) + "\">" + std::string(NodeTypeName(node.type)) + "</span>";
}

std::string EdgeLink(const Edge& edge) {
  return "<a class=\"ekind ek-" + std::string(EdgeTypeName(edge.type)) +
         "\" href=\"#select=" + EscapeHtml(EncodeUriComponent(edge.id)) + "\">" +
         std::string(EdgeTypeName(edge.type)) + "</a>";
}

std::string RuleText(const std::string& rule) {
  if (rule.empty()) return "<span class=\"none\">none recorded</span>";
  std::string out = "<code>" + EscapeHtml(rule) + "</code>";
  if (rule.rfind("default/", 0) == 0) out += " (a built-in default, not a rule file)";
  if (rule == "model/unit") out += " (a clause no rule matched; the model gave it its role)";
  if (rule == "model/relation") out += " (chosen by the relation model)";
  return out;
}

// The features that weighed most, with their weights, or "" when there are none.
void WriteReasons(const std::vector<Reason>& why, std::string* out) {
  if (why.empty()) return;
  std::string html = "<ul class=\"reasons\">";
  for (const Reason& r : why) {
    std::string text = FormatReason(r);
    size_t space = text.rfind(' ');
    html += "<li><code>" + EscapeHtml(text.substr(0, space)) + "</code> " +
            EscapeHtml(text.substr(space + 1)) + "</li>";
  }
  *out += "<dt>weighed most</dt><dd>" + html + "</ul></dd>";
}

void WriteRow(std::string_view term, const std::string& html, std::string* out) {
  *out += "<dt>" + std::string(term) + "</dt><dd>" + html + "</dd>";
}

std::string SpanText(const Node& node, const DocumentGroup& group,
                     const std::vector<Span>& sentences) {
  if (!SpanInText(node, group.document)) return "not in the text of the abstract";
  std::string out = "characters " + std::to_string(node.cp_span.begin) + "&ndash;" +
                    std::to_string(node.cp_span.end) + " of the abstract (bytes " +
                    std::to_string(node.span.begin) + "&ndash;" + std::to_string(node.span.end) +
                    "), sentence " + std::to_string(node.sentence + 1);
  if (sentences.empty()) out += " (no sentences found in the text)";
  return out;
}

void WriteRelations(const ExportInput& input, const PageIndex& index, NodeIndex v,
                    std::string* out) {
  if (index.node_edges[v].empty()) {
    *out += "<p class=\"none\">No relations.</p>";
    return;
  }
  *out += "<ul class=\"rels\">";
  for (size_t i : index.node_edges[v]) {
    const ArgumentGraph::EdgeRef& ref = index.edges[i];
    const Node& source = input.graph.node(ref.source);
    const Node& target = input.graph.node(ref.target);
    *out += "<li>" + (ref.source == v ? std::string("this") : NodeLink(source)) + " " +
            EdgeLink(*ref.edge) + " " + (ref.target == v ? std::string("this") : NodeLink(target)) +
            "</li>";
  }
  *out += "</ul>";
}

void WriteNodeWhy(const ExportInput& input, const PageIndex& index, NodeIndex v, std::string* out) {
  const Node& node = input.graph.node(v);
  size_t k = index.group_of_node[v];
  const DocumentGroup& group = index.groups[k];
  std::string edges;
  for (size_t i : index.node_edges[v]) edges += (edges.empty() ? "" : " ") + EdgeKey(i);
  *out += "<div class=\"why\" id=\"am-why-" + NodeKey(v) + "\" data-id=\"" + EscapeHtml(node.id) +
          "\" data-kind=\"node\" data-paper=\"" + std::to_string(k + 1) + "\" data-marks=\"" +
          NodeKey(v) + "\" data-edges=\"" + edges + "\"";
  int sentence =
      SpanInText(node, group.document) ? SentenceAt(index.sentences[k], node.span.begin) : -1;
  if (sentence >= 0) {
    *out += " data-sent=\"am-s" + std::to_string(k + 1) + "-" + std::to_string(sentence) + "\"";
  }
  *out += " hidden><h3><span class=\"kind " + KindClass(node.type) + "\">" +
          std::string(NodeTypeName(node.type)) + "</span> " + EscapeHtml(node.id) + "</h3>";
  std::string name(NodeTypeName(node.type));
  *out += "<p class=\"desc\">" + std::string(IsVowel(name[0]) ? "An " : "A ") + name + " is " +
          EscapeHtml(NodeTypeDescription(node.type)) + ".</p>";
  *out += "<blockquote>" + EscapeHtml(node.text) + "</blockquote><dl>";
  WriteRow("kind", std::string(NodeTypeName(node.type)), out);
  WriteRow("rule", RuleText(node.rule), out);
  WriteReasons(node.why, out);
  WriteRow("cue",
           node.cue.empty() ? "<span class=\"none\">none</span>"
                            : "&ldquo;" + EscapeHtml(node.cue) + "&rdquo;",
           out);
  WriteRow("qualifier",
           node.qualifier.empty() ? "<span class=\"none\">none: stated without a hedge</span>"
                                  : "hedged by &ldquo;" + EscapeHtml(node.qualifier) + "&rdquo;",
           out);
  WriteRow("span", SpanText(node, group, index.sentences[k]), out);
  WriteRow("paper",
           "<a href=\"#am-doc-" + std::to_string(k + 1) + "\">" +
               EscapeHtml(DocumentLabel(group.document)) + "</a>",
           out);
  *out += "</dl><h4>Relations</h4>";
  WriteRelations(input, index, v, out);
  *out += "</div>\n";
}

void WriteEdgeWhy(const ExportInput& input, const PageIndex& index, size_t i, std::string* out) {
  const ArgumentGraph::EdgeRef& ref = index.edges[i];
  const Edge& edge = *ref.edge;
  std::string name(EdgeTypeName(edge.type));
  *out += "<div class=\"why\" id=\"am-why-" + EdgeKey(i) + "\" data-id=\"" + EscapeHtml(edge.id) +
          "\" data-kind=\"edge\" data-paper=\"" +
          std::to_string(index.group_of_node[ref.source] + 1) + "\" data-marks=\"" +
          NodeKey(ref.source) + " " + NodeKey(ref.target) +
          "\" hidden><h3><span class=\"ekind ek-" + name + "\">" + name + "</span> " +
          EscapeHtml(Shorten(input.graph.node(ref.source).text, kHeadingTextWidth)) + " &rarr; " +
          EscapeHtml(Shorten(input.graph.node(ref.target).text, kHeadingTextWidth)) + "</h3>";
  *out += "<p class=\"desc\">An edge of kind " + name + ": " +
          EscapeHtml(EdgeTypeDescription(edge.type)) + ".</p><dl>";
  WriteRow("source", NodeLink(input.graph.node(ref.source)), out);
  WriteRow("target", NodeLink(input.graph.node(ref.target)), out);
  WriteRow("rule", RuleText(edge.rule), out);
  WriteReasons(edge.why, out);
  *out += "</dl></div>\n";
}

void WriteLegend(std::string* out) {
  *out += "<details id=\"am-legend\" open><summary>Legend</summary><ul class=\"legend\">";
  for (NodeType t : kAllNodeTypes) {
    *out += "<li><span class=\"swatch " + KindClass(t) + "\"></span><b>" +
            std::string(NodeTypeName(t)) + "</b> " + EscapeHtml(NodeTypeDescription(t)) + "</li>";
  }
  for (EdgeType t : kAllEdgeTypes) {
    const EdgeStyle& s = EdgeKindStyle(t);
    std::string dash = s.line == "dotted"   ? " stroke-dasharray=\"2,3\""
                       : s.line == "dashed" ? " stroke-dasharray=\"6,4\""
                                            : "";
    *out +=
        "<li><svg class=\"line\" width=\"36\" height=\"10\"><line x1=\"2\" y1=\"5\" "
        "x2=\"34\" y2=\"5\" stroke=\"" +
        std::string(s.color) + "\" stroke-width=\"2\"" + dash + "/></svg><b>" +
        std::string(EdgeTypeName(t)) + "</b> " + EscapeHtml(EdgeTypeDescription(t)) + "</li>";
  }
  *out += "</ul></details>\n";
}

// One drawing (or why there is none) in the map pane; `paper` is its 1-based
// paper, or "all" for one map of every paper.
void WritePaperMap(std::string_view svg, const std::string& paper, bool hidden, size_t nodes,
                   std::string* out) {
  *out += "<div class=\"am-paper-map\" data-paper=\"" + paper + "\"" +
          std::string(hidden ? " hidden>" : ">");
  std::string_view element = SvgElementOf(svg);
  if (!element.empty()) {
    *out += element;
  } else if (nodes > kMaxDrawnPaperNodes) {
    *out += "<p class=\"nomap\">This paper's map has " + Count(nodes, "node") +
            ": too many to draw readably, so it was not drawn. Its text and explanations below "
            "still work.</p>";
  } else {
    *out +=
        "<p class=\"nomap\">The map was not drawn (Graphviz was not available or failed). "
        "The texts and explanations below still work.</p>";
  }
  *out += "</div>";
}

void WriteMap(const ExportInput& input, const PageIndex& index, std::string* out) {
  *out +=
      "<section id=\"am-map-pane\"><div class=\"toolbar\">"
      "<button id=\"am-zoom-out\" title=\"zoom out\">&minus;</button>"
      "<button id=\"am-zoom-in\" title=\"zoom in\">+</button>"
      "<button id=\"am-zoom-fit\" title=\"fit the width\">fit</button>"
      "<button id=\"am-zoom-1\" title=\"actual size\">1:1</button>"
      "<span id=\"am-zoom\"></span></div><div id=\"am-map\">";
  if (input.paper_svgs.empty()) {
    WritePaperMap(input.svg, "all", false, 0, out);
  } else {
    for (size_t k = 0; k < index.groups.size(); ++k) {
      std::string_view svg;
      if (k < input.paper_svgs.size()) svg = input.paper_svgs[k];
      WritePaperMap(svg, std::to_string(k + 1), k > 0, index.groups[k].nodes.size(), out);
    }
  }
  *out += "</div></section>\n";
}

// The list of papers a paged page opens on: each paper's label and node count.
void WritePaperList(const PageIndex& index, std::string* out) {
  *out += "<nav id=\"am-papers\"><p><b>" + Count(index.groups.size(), "paper") +
          "</b>: pick one to see its map and text.</p><ol>";
  for (size_t k = 0; k < index.groups.size(); ++k) {
    std::string n = std::to_string(k + 1);
    *out += "<li><a href=\"#paper=" + n + "\" data-paper=\"" + n + "\"" +
            std::string(k == 0 ? " class=\"cur\"" : "") + ">" +
            EscapeHtml(DocumentLabel(index.groups[k].document)) + "</a> <span class=\"n\">" +
            Count(index.groups[k].nodes.size(), "node") + "</span></li>";
  }
  *out += "</ol></nav>\n";
}

std::string DocumentMeta(const Document& doc) {
  std::string out;
  auto add = [&out](const std::string& html) {
    if (html.empty()) return;
    if (!out.empty()) out += " &middot; ";
    out += html;
  };
  std::string authors;
  for (const std::string& a : doc.authors) authors += (authors.empty() ? "" : ", ") + a;
  add(EscapeHtml(authors));
  add(EscapeHtml(doc.year));
  add(doc.venue.empty() ? "" : "<i>" + EscapeHtml(doc.venue) + "</i>");
  add(doc.doi.empty() ? "" : "doi: " + EscapeHtml(doc.doi));
  add("id <code>" + EscapeHtml(doc.id) + "</code>");
  return out;
}

void WriteDocument(const ExportInput& input, const PageIndex& index, size_t k, std::string* out) {
  const DocumentGroup& group = index.groups[k];
  const Document& doc = group.document;
  std::string n = std::to_string(k + 1);
  *out += "<article class=\"doc\" id=\"am-doc-" + n + "\" data-paper=\"" + n + "\"" +
          std::string(index.paged && k > 0 ? " hidden" : "") + "><h2>" +
          EscapeHtml(DocumentLabel(doc, 0)) + "</h2><p class=\"meta\">" + DocumentMeta(doc) +
          "</p>";
  std::vector<TextMark> marks;
  for (NodeIndex v : group.nodes) {
    const Node& node = input.graph.node(v);
    marks.push_back({node.span, NodeKey(v), KindClass(node.type)});
  }
  if (doc.text.empty()) {
    *out += "<p class=\"none\">The text of this abstract is not available.</p>";
  } else {
    *out += "<p class=\"abstract\">" +
            MarkText(doc.text, index.sentences[k], marks, "am-s" + n + "-") + "</p>";
  }
  if (group.nodes.empty()) *out += "<p class=\"none\">No argument found in this abstract.</p>";
  *out += "</article>\n";
}

// Below the map: the abstracts, and beside them the explanations and the legend.
void WriteLower(const ExportInput& input, const PageIndex& index, std::string* out) {
  *out += "<div id=\"am-lower\">";
  if (index.paged) WritePaperList(index, out);
  *out += "<section id=\"am-texts\">\n";
  for (size_t k = 0; k < index.groups.size(); ++k) WriteDocument(input, index, k, out);
  *out +=
      "</section>\n<aside id=\"am-side\"><div id=\"am-panel\"><p id=\"am-hint\">Click a node "
      "in the map, or a marked passage in a text, to see which rule found it and why. "
      "Press Esc to clear.</p>\n";
  for (NodeIndex v = 0; v < input.graph.node_count(); ++v) WriteNodeWhy(input, index, v, out);
  for (size_t i = 0; i < index.edges.size(); ++i) WriteEdgeWhy(input, index, i, out);
  *out += "</div>\n";
  WriteLegend(out);
  *out += "</aside></div>\n";
}

}  // namespace

std::string ExportHtml(const ExportInput& input) {
  PageIndex index = BuildIndex(input);
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"argmap\">\n<title>" +
      EscapeHtml(PageTitle(index.groups)) + "</title>\n<style>\n" + std::string(HtmlViewerCss()) +
      KindCss() + "</style>\n</head>\n<body>\n";
  out += "<header><h1>" + EscapeHtml(PageTitle(index.groups)) + "</h1><p>" +
         Count(index.groups.size(), "abstract") + ", " + Count(input.graph.node_count(), "node") +
         ", " + Count(index.edges.size(), "edge") + "</p></header>\n<main>\n";
  WriteMap(input, index, &out);
  WriteLower(input, index, &out);
  out += "</main>\n<script>\n" + std::string(HtmlViewerJs()) + "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace argmap
