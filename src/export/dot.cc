// The GraphViz DOT exporter (conventions: docs/graph-model.md).
//
// One cluster per document, nodes named "n<vertex index + 1>" with the graph id
// in an `id` attribute, one shape and fill colour per node type, one colour and
// line style per edge type, and a legend (ExportOptions::legend: a cluster with
// a sample of every kind, one row of kinds under the map, or none). With
// ExportOptions::only_paper, only that paper's cluster and the edges between
// its nodes are written (render's one figure per paper). Labels are word-wrapped at
// ExportOptions::wrap_width code points and start with the type in capitals.
// Laid out for reading in text order: nodes are declared in text order (last to
// first for TB and BT, which dot then draws left to right); a paper's loose nodes
// (purposes, methods, options and claims that no support, attack or part-of edge
// ranks) are rows of at most three in reading order, stacked first row on top, so
// a paper's figure stays near the shape of a page; its loose conclusions are rows
// above all else (in BT: the outcome on top); each group's members and the
// two options of an alternative are rows too (same rank, chained by invisible
// edges); an option that a claim or conclusion attacks
// (rejects) is written as a reversed edge (option -> claim, dir=back), so it sits
// below its attacker.
// Every string is written as valid UTF-8 (bad bytes become U+FFFD, control
// characters spaces) and escaped, so `dot` reads the output without warnings.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "export/doc_groups.h"
#include "export/exporter.h"
#include "export/kind_styles.h"
#include "export/plain_text.h"

namespace argmap {
namespace {

constexpr std::string_view kFont = "Helvetica";

// The attributes of an edge kind: colour, line and head (undirected: no head, no
// rank). A `reversed` edge is written target -> source and drawn with its head at
// the tail, so that it points as the edge does while its target ranks below.
std::string EdgeAttributes(EdgeType type, bool reversed = false) {
  const EdgeStyle& s = EdgeKindStyle(type);
  std::string out = "color=\"" + std::string(s.color) + "\", style=" + std::string(s.line);
  if (s.arrowhead.empty()) return out + ", dir=none, constraint=false";
  if (reversed) return out + ", dir=back, arrowtail=" + std::string(s.arrowhead);
  return out + ", arrowhead=" + std::string(s.arrowhead);
}

// An option a claim or conclusion rejects is drawn below it, beside the other
// options, not above it as the target of an edge would be.
bool BelowItsSource(const ArgumentGraph& graph, const ArgumentGraph::EdgeRef& ref) {
  return ref.edge->type == EdgeType::kAttacks && graph.node(ref.target).type == NodeType::kOption;
}

// Escapes clean text for the inside of a DOT quoted string.
std::string EscapeClean(std::string_view clean) {
  std::string out;
  for (char c : clean) {
    if (c == '\\' || c == '"') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string Quote(std::string_view text) { return "\"" + EscapeClean(CleanText(text)) + "\""; }

size_t CodePoints(std::string_view clean) {
  size_t n = 0;
  for (char c : clean) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Greedy word wrap of clean text at `width` code points; a longer word gets a
// line of its own. A width of 0 means no wrapping.
std::vector<std::string> WrapWords(std::string_view clean, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  size_t line_width = 0;
  for (size_t pos = 0; pos < clean.size();) {
    size_t end = clean.find(' ', pos);
    if (end == std::string_view::npos) end = clean.size();
    std::string_view word = clean.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    size_t w = CodePoints(word);
    if (!line.empty() && width > 0 && line_width + 1 + w > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (!line.empty()) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += w;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

// A quoted label: `heading` (unless empty) on its own line, then `text` wrapped.
std::string Label(std::string_view heading, std::string_view text, size_t width) {
  std::vector<std::string> lines = WrapWords(CleanText(text), width);
  if (!heading.empty()) lines.insert(lines.begin(), CleanText(heading));
  std::string out = "\"";
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += "\\n";
    out += EscapeClean(lines[i]);
  }
  return out + "\"";
}

// "CLAIM", "PREMISE", ...: the type name in capitals.
std::string Heading(NodeType type) {
  std::string out(NodeTypeName(type));
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string NodeAttributes(NodeType type) {
  const NodeStyle& s = NodeKindStyle(type);
  std::string out = "shape=" + std::string(s.shape) + ", style=\"" + std::string(s.style) +
                    "\", fillcolor=\"" + std::string(s.fill) + "\"";
  if (s.peripheries != 1) out += ", peripheries=" + std::to_string(s.peripheries);
  return out;
}

// The wrap width for node labels (0: none); cluster titles get twice that.
size_t WrapWidth(const ExportOptions& options) {
  return options.wrap_width > 0 ? static_cast<size_t>(options.wrap_width) : 0;
}

void WriteNode(const Node& node, NodeIndex v, size_t width, std::string* out) {
  std::string heading = Heading(node.type);
  if (!node.qualifier.empty()) heading += " (hedged: " + node.qualifier + ")";
  *out += "    n" + std::to_string(v + 1) + " [id=" + Quote(node.id) +
          ", label=" + Label(heading, node.text, width) + ", " + NodeAttributes(node.type) + "];\n";
}

// dot keeps a flat edge's tail before its head: left of it in TB and BT maps, but
// below it in LR and RL maps, whose reading order (top to bottom) then needs the
// chain drawn from the last node to the first.
bool ChainsBackwards(const ExportOptions& options) {
  return options.rankdir == "LR" || options.rankdir == "RL";
}

// One row in reading order: the nodes share a rank, and invisible edges between
// neighbours keep them in the order the text has them.
void WriteRow(const ArgumentGraph& graph, std::vector<NodeIndex> row, const ExportOptions& options,
              std::string_view indent, std::string* out) {
  if (row.size() < 2) return;
  std::stable_sort(row.begin(), row.end(), [&](NodeIndex a, NodeIndex b) {
    return graph.node(a).span.begin < graph.node(b).span.begin;
  });
  std::string same = std::string(indent) + "{rank=same;", chain(indent);
  for (NodeIndex v : row) same += " n" + std::to_string(v + 1) + ";";
  if (ChainsBackwards(options)) std::reverse(row.begin(), row.end());
  for (size_t i = 0; i < row.size(); ++i) {
    chain += (i > 0 ? " -> n" : "n") + std::to_string(row[i] + 1);
  }
  *out += same + "}\n" + chain + " [style=invis];\n";
}

// Loose nodes sit in rows of at most this many: a paper's purposes, methods, options
// and unlinked claims would otherwise all share the bottom rank, a strip too wide to
// print (measured: 8 of 10 example papers on an A4 page were a band a tenth of its height).
constexpr size_t kLooseRowWidth = 3;

// The nodes of `group` that no support, attack or part-of edge ranks (an alternative
// does not), in text order.
std::vector<NodeIndex> LooseNodes(const ArgumentGraph& graph, const DocumentGroup& group) {
  std::set<NodeIndex> tied;
  for (const ArgumentGraph::EdgeRef& e : group.edges) {
    if (e.edge->type == EdgeType::kAlternative) continue;
    tied.insert(e.source);
    tied.insert(e.target);
  }
  std::vector<NodeIndex> loose;
  for (NodeIndex v : group.nodes) {
    if (!tied.count(v)) loose.push_back(v);
  }
  std::stable_sort(loose.begin(), loose.end(), [&](NodeIndex a, NodeIndex b) {
    return graph.node(a).span.begin < graph.node(b).span.begin;
  });
  return loose;
}

// The loose nodes in rows of at most kLooseRowWidth, in text order; a run of
// options (the alternatives of one choice) starts a new row rather than be split.
std::vector<std::vector<NodeIndex>> LooseRows(const ArgumentGraph& graph,
                                              const std::vector<NodeIndex>& loose) {
  std::vector<std::vector<NodeIndex>> units;
  for (NodeIndex v : loose) {
    bool option = graph.node(v).type == NodeType::kOption;
    if (option && !units.empty() && graph.node(units.back().back()).type == NodeType::kOption) {
      units.back().push_back(v);
    } else {
      units.push_back({v});
    }
  }
  std::vector<std::vector<NodeIndex>> rows;
  for (const std::vector<NodeIndex>& unit : units) {
    for (NodeIndex v : unit) {
      bool fits = !rows.empty() && rows.back().size() < kLooseRowWidth &&
                  (v != unit.front() || rows.back().size() + unit.size() <= kLooseRowWidth);
      if (!fits) rows.emplace_back();
      rows.back().push_back(v);
    }
  }
  return rows;
}

// The most nodes the loose rows and the argument's leaves may put in one rank.
constexpr size_t kWidestSharedRow = 4;

// The argument of a paper as dot ranks it: for each node of `group` that a drawn
// ranking edge ties (not an alternative), its height, the most ranking edges on
// a path up to it from a leaf (premises 0, what they support 1, ...); its leaves
// (which nothing ranks below) and its tops (which nothing ranks above), in
// vertex order. A cycle stops counting at the paper's node count.
struct Argument {
  std::map<NodeIndex, size_t> height;
  std::vector<NodeIndex> leaves, tops;
};

Argument RankArgument(const ArgumentGraph& graph, const DocumentGroup& group) {
  std::vector<std::pair<NodeIndex, NodeIndex>> up;  // (lower, upper) per ranking edge
  for (const ArgumentGraph::EdgeRef& e : group.edges) {
    if (e.edge->type == EdgeType::kAlternative) continue;
    bool reversed = BelowItsSource(graph, e);
    up.emplace_back(reversed ? e.target : e.source, reversed ? e.source : e.target);
  }
  Argument a;
  std::set<NodeIndex> lower_ends, upper_ends;
  for (const auto& [lower, upper] : up) {
    a.height[lower];
    a.height[upper];
    lower_ends.insert(lower);
    upper_ends.insert(upper);
  }
  for (size_t round = 0; round < group.nodes.size(); ++round) {
    bool changed = false;
    for (const auto& [lower, upper] : up) {
      size_t h = std::min(a.height[lower] + 1, group.nodes.size());
      if (h > a.height[upper]) {
        a.height[upper] = h;
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (NodeIndex v : group.nodes) {
    if (!a.height.count(v)) continue;
    if (!upper_ends.count(v)) a.leaves.push_back(v);
    if (!lower_ends.count(v)) a.tops.push_back(v);
  }
  return a;
}

// The two ends of a stack of rows: the node (the first of its row) of the row
// dot ranks lowest (nearest the argument's leaves; BT: the bottom row) and of
// the row it ranks highest (BT: the top row).
struct StackEnds {
  std::string lowest, highest;
};

// Writes `rows` (loose nodes in reading order) stacked, the first row on top
// (leftmost in LR and RL).
StackEnds WriteStack(const ExportInput& input, const std::vector<std::vector<NodeIndex>>& rows,
                     std::string* out) {
  bool up = input.options.rankdir == "BT" || input.options.rankdir == "RL";
  for (size_t i = 0; i < rows.size(); ++i) {
    WriteRow(input.graph, rows[i], input.options, "    ", out);
    if (i == 0) continue;
    std::string before = "n" + std::to_string(rows[i - 1].front() + 1);
    std::string after = "n" + std::to_string(rows[i].front() + 1);
    *out += "    " + (up ? after + " -> " + before : before + " -> " + after) + " [style=invis];\n";
  }
  const std::vector<NodeIndex>& first = rows.front();
  const std::vector<NodeIndex>& last = rows.back();
  return {"n" + std::to_string((up ? last : first).front() + 1),
          "n" + std::to_string((up ? first : last).front() + 1)};
}

// Rows of a paper in reading order: the members of each group (an enumeration
// side by side); the loose conclusions in rows above everything else (on top in
// BT: a paper's outcome is read first); the other loose nodes (the context of
// the argument and what floats beside it) in LooseRows, the first row on top.
// Each stack is tied to the argument by invisible edges between its highest
// row and the argument's tops, never its leaves: edges fanning out to the
// leaves made dot draw them in reverse reading order.
void WriteReadingOrder(const ExportInput& input, const DocumentGroup& group,
                       const std::vector<NodeIndex>& loose, std::string* out) {
  const ArgumentGraph& graph = input.graph;
  std::map<NodeIndex, std::vector<NodeIndex>> members;  // by group node
  for (const ArgumentGraph::EdgeRef& e : group.edges) {
    if (e.edge->type == EdgeType::kPartOf) members[e.target].push_back(e.source);
  }
  for (const auto& [g, row] : members) WriteRow(graph, row, input.options, "    ", out);
  std::vector<NodeIndex> conclusions, others;
  for (NodeIndex v : loose) {
    (graph.node(v).type == NodeType::kConclusion ? conclusions : others).push_back(v);
  }
  Argument argument = RankArgument(graph, group);
  StackEnds context;  // the other loose nodes' rows
  std::vector<std::vector<NodeIndex>> rows = LooseRows(graph, others);
  if (!rows.empty()) {
    context = WriteStack(input, rows, out);
    size_t widest = 0;
    for (const std::vector<NodeIndex>& row : rows) widest = std::max(widest, row.size());
    // Beside the argument the rows would share its first rank with its leaves;
    // when that rank would hold more than kWidestSharedRow nodes, they go on the
    // leaves' side instead (under the argument in BT), a rank past its leaves.
    if (argument.leaves.size() + widest > kWidestSharedRow) {
      for (NodeIndex top : argument.tops) {
        *out += "    " + context.highest + " -> n" + std::to_string(top + 1) +
                " [style=invis, minlen=" + std::to_string(argument.height.at(top) + 1) + "];\n";
      }
    }
  }
  if (conclusions.empty()) return;
  StackEnds outcome = WriteStack(input, LooseRows(graph, conclusions), out);
  for (NodeIndex top : argument.tops) {
    *out += "    n" + std::to_string(top + 1) + " -> " + outcome.lowest + " [style=invis];\n";
  }
  if (!rows.empty()) *out += "    " + context.highest + " -> " + outcome.lowest + " [style=invis];\n";
}

void WriteCluster(const ExportInput& input, const DocumentGroup& group,
                  const std::vector<NodeIndex>& loose, size_t k, std::string* out) {
  const Document& doc = group.document;
  std::string name = "cluster_" + std::to_string(k);
  *out += "  subgraph " + name + " {\n";
  *out += "    label=" + Label("", DocumentLabel(doc), 2 * WrapWidth(input.options)) + ";\n";
  *out += "    style=\"rounded\";\n    color=\"#999999\";\n";
  // Measured with Graphviz 2.43 on the seeds, examples and social-dev: a TB or
  // BT map whose nodes are declared last to first reads left to right in text
  // order (declared in order, it mostly reads right to left); LR and RL maps read
  // top to bottom in the declared order.
  std::vector<NodeIndex> nodes = group.nodes;
  if (!ChainsBackwards(input.options)) std::reverse(nodes.begin(), nodes.end());
  for (NodeIndex v : nodes) WriteNode(input.graph.node(v), v, WrapWidth(input.options), out);
  WriteReadingOrder(input, group, loose, out);
  if (group.nodes.empty()) {
    *out +=
        "    d" + std::to_string(k) + "_empty [label=\"no argument found\", shape=plaintext];\n";
  }
  *out += "  }\n";
}

void WriteFullLegend(size_t width, std::string* out) {
  *out += "  subgraph cluster_legend {\n";
  *out += "    label=\"Legend\";\n    style=\"rounded,dashed\";\n    color=\"#bbbbbb\";\n";
  for (NodeType type : kAllNodeTypes) {
    *out += "    legend_" + std::string(NodeTypeName(type)) +
            " [label=" + Label(NodeTypeName(type), "", width) +
            ", tooltip=" + Quote(NodeTypeDescription(type)) + ", " + NodeAttributes(type) + "];\n";
  }
  for (EdgeType type : kAllEdgeTypes) {
    std::string from = "legend_" + std::string(EdgeTypeName(type)) + "_from";
    std::string to = "legend_" + std::string(EdgeTypeName(type)) + "_to";
    *out += "    " + from + " [label=\"\", shape=point, width=0.06];\n";
    *out += "    " + to + " [label=\"\", shape=point, width=0.06];\n";
    *out += "    " + from + " -> " + to + " [label=" + Quote(EdgeTypeName(type)) + ", " +
            EdgeAttributes(type) + "];\n";
  }
  *out += "  }\n";
}

// The sign of an edge kind in the compact legend, after the shape of its head.
std::string_view EdgeSign(EdgeType type) {
  switch (type) {
    case EdgeType::kSupports:
      return "&#8594;";  // an arrow
    case EdgeType::kAttacks:
      return "&#8867;";  // a bar: the tee head
    case EdgeType::kPartOf:
      return "&#8674;";  // a dashed arrow
    case EdgeType::kAlternative:
      return "&#8212; &#8212;";  // a dashed line without a head
  }
  return "";
}

// The compact legend: the root graph's label, one row under the map (labelloc b):
// a cell per node kind in its fill colour, then each edge kind in its colour and
// in words ("part of", not "part_of"). Written after the clusters, so they do not
// inherit it.
void WriteCompactLegend(std::string* out) {
  *out +=
      "  label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" COLOR=\"#999999\" CELLSPACING=\"4\" "
      "CELLPADDING=\"2\"><TR>";
  for (NodeType type : kAllNodeTypes) {
    *out += "<TD BGCOLOR=\"" + std::string(NodeKindStyle(type).fill) + "\">" +
            std::string(NodeTypeName(type)) + "</TD>";
  }
  for (EdgeType type : kAllEdgeTypes) {
    std::string words(EdgeTypeName(type));
    for (char& c : words) c = c == '_' ? ' ' : c;
    *out += "<TD BORDER=\"0\"><FONT COLOR=\"" + std::string(EdgeKindStyle(type).color) + "\">" +
            std::string(EdgeSign(type)) + " " + words + "</FONT></TD>";
  }
  *out += "</TR></TABLE>>;\n  labelloc=\"b\";\n  fontsize=9;\n";
}

// Whether edge `ref` is drawn: every edge, or with only_paper, those between its nodes.
bool Drawn(const ArgumentGraph::EdgeRef& ref, const std::vector<bool>& drawn_nodes) {
  return drawn_nodes.empty() || (drawn_nodes[ref.source] && drawn_nodes[ref.target]);
}

}  // namespace

std::string ExportDot(const ExportInput& input) {
  std::string out = "digraph argmap {\n";
  out += "  graph [rankdir=" + Quote(input.options.rankdir) + ", fontname=\"" + std::string(kFont) +
         "\", fontsize=11, compound=true, newrank=true];\n";
  out += "  node [fontname=\"" + std::string(kFont) + "\", fontsize=10];\n";
  out += "  edge [fontname=\"" + std::string(kFont) + "\", fontsize=9];\n";
  std::vector<DocumentGroup> groups = GroupByDocument(input.graph, input.documents);
  int only = input.options.only_paper;
  std::vector<bool> drawn_nodes;  // empty: all
  if (only >= 0) drawn_nodes.assign(input.graph.node_count(), false);
  std::vector<bool> is_loose(input.graph.node_count(), false);
  for (size_t k = 0; k < groups.size(); ++k) {
    if (only >= 0 && k != static_cast<size_t>(only)) continue;
    for (NodeIndex v : groups[k].nodes) {
      if (!drawn_nodes.empty()) drawn_nodes[v] = true;
    }
    std::vector<NodeIndex> loose = LooseNodes(input.graph, groups[k]);
    for (NodeIndex v : loose) is_loose[v] = true;
    WriteCluster(input, groups[k], loose, k + 1, &out);
  }
  for (const ArgumentGraph::EdgeRef& ref : input.graph.Edges()) {
    if (!Drawn(ref, drawn_nodes)) continue;
    std::string source = "n" + std::to_string(ref.source + 1);
    std::string target = "n" + std::to_string(ref.target + 1);
    if (BelowItsSource(input.graph, ref)) {
      out += "  " + target + " -> " + source + " [id=" + Quote(ref.edge->id) + ", " +
             EdgeAttributes(ref.edge->type, /*reversed=*/true) + "];\n";
    } else {
      out += "  " + source + " -> " + target + " [id=" + Quote(ref.edge->id) + ", " +
             EdgeAttributes(ref.edge->type) + "];\n";
    }
  }
  // Alternatives side by side: the two options of an alternative share a rank,
  // in reading order (loose options are already in their paper's rows).
  for (const ArgumentGraph::EdgeRef& ref : input.graph.Edges()) {
    if (ref.edge->type != EdgeType::kAlternative || !Drawn(ref, drawn_nodes)) continue;
    if (is_loose[ref.source] && is_loose[ref.target]) continue;
    WriteRow(input.graph, {ref.source, ref.target}, input.options, "  ", &out);
  }
  if (input.options.legend == LegendStyle::kFull) WriteFullLegend(WrapWidth(input.options), &out);
  if (input.options.legend == LegendStyle::kCompact) WriteCompactLegend(&out);
  out += "}\n";
  return out;
}

}  // namespace argmap
