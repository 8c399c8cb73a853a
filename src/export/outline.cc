// The Markdown outline exporter (conventions: docs/formats.md): per paper, a
// heading (title, else id), a line of authors, year, venue and DOI, then the
// sections Thesis (the paper's main point: its first conclusion, else its first
// claim, that no claim or conclusion of the paper attacks and that does not call
// for further research), Claims (the other claims), Reasons, Objections,
// Options, Method, Purpose and Conclusion, each left out when empty; "*No argument found.*" when
// the paper has no nodes.
//
// Reasons: for each node that something supports and that supports nothing
// itself, a bold bullet with its supporters nested under it, recursively;
// supporters that are members of one group are nested under that group's text.
// A supporter that is not a premise is marked with its kind. Premises and
// groups shown nowhere else follow as plain bullets. Objections: one bullet per
// attacks edge, "source *(against: target)*". Options: options nested under the
// group they are part of, then the others. Hedged nodes end with
// " *(hedged: q)*". Text is one line with Markdown's punctuation escaped.
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "export/doc_groups.h"
#include "export/exporter.h"
#include "export/plain_text.h"
#include "text/lexicon.h"

namespace argmap {
namespace {

// One line of Markdown text: the characters that could start emphasis, code,
// a link, raw HTML or an escape get a backslash, and so do a '#' that begins a
// word (it could end a heading) and a leading list marker.
std::string Escape(std::string_view text) {
  std::string out;
  char previous = ' ';
  for (char c : SingleLine(text)) {
    if (std::string_view("\\`*_[]<>").find(c) != std::string_view::npos ||
        (c == '#' && previous == ' ')) {
      out += '\\';
    }
    out += c;
    previous = c;
  }
  // A leading "+", "-" or "12." would start a list inside the bullet.
  size_t digits = out.find_first_not_of("0123456789");
  if (!out.empty() && (out[0] == '+' || out[0] == '-')) {
    out.insert(0, "\\");
  } else if (digits != std::string::npos && digits > 0 &&
             (out[digits] == '.' || out[digits] == ')')) {
    out.insert(digits, "\\");
  }
  return out;
}

// What the outline needs to know about one paper's edges.
struct PaperEdges {
  std::map<NodeIndex, std::vector<NodeIndex>> supporters;  // target -> sources, edge order
  std::map<NodeIndex, std::vector<NodeIndex>> members;     // group -> members
  std::map<NodeIndex, NodeIndex> group_of;                 // member -> its first group
  std::set<NodeIndex> supporting;                          // sources of supports edges
  std::set<NodeIndex> attacking;                           // sources of attacks edges
  std::vector<ArgumentGraph::EdgeRef> attacks;
};

PaperEdges Collect(const std::vector<ArgumentGraph::EdgeRef>& edges) {
  PaperEdges out;
  for (const ArgumentGraph::EdgeRef& e : edges) {
    if (e.edge->type == EdgeType::kSupports) {
      out.supporters[e.target].push_back(e.source);
      out.supporting.insert(e.source);
    } else if (e.edge->type == EdgeType::kAttacks) {
      out.attacks.push_back(e);
      out.attacking.insert(e.source);
    } else if (e.edge->type == EdgeType::kPartOf) {
      out.members[e.target].push_back(e.source);
      out.group_of.emplace(e.source, e.target);
    }
  }
  return out;
}

class PaperOutline {
 public:
  PaperOutline(const ArgumentGraph& graph, const DocumentGroup& group)
      : graph_(graph), group_(group), edges_(Collect(group.edges)) {}

  std::string Render() {
    std::string out;
    std::optional<NodeIndex> thesis = MainPoint();
    Section("Thesis", thesis ? Bullet(0, Text(*thesis)) : "", &out);
    Section("Claims", Claims(thesis), &out);
    Section("Reasons", Reasons(), &out);
    Section("Objections", Objections(), &out);
    Section("Options", Options(), &out);
    Section("Method", Bullets(NodeType::kMethod), &out);
    Section("Purpose", Bullets(NodeType::kPurpose), &out);
    Section("Conclusion", Bullets(NodeType::kConclusion), &out);
    return out;
  }

 private:
  static void Section(std::string_view name, const std::string& body, std::string* out) {
    if (!body.empty()) *out += "\n## " + std::string(name) + "\n\n" + body;
  }

  // The node's text, then " *(hedged: q)*" when it is hedged; `strong` makes the text bold.
  std::string Text(NodeIndex v, bool strong = false) const {
    const Node& node = graph_.node(v);
    std::string out = strong ? "**" + Escape(node.text) + "**" : Escape(node.text);
    if (!node.qualifier.empty()) out += " *(hedged: " + Escape(node.qualifier) + ")*";
    return out;
  }

  std::string Bullet(int depth, const std::string& text) {
    return std::string(2 * depth, ' ') + "- " + text + "\n";
  }

  // The paper's main point: its first conclusion, else its first claim, that no
  // claim or conclusion of the paper attacks (a view the paper disputes) and
  // that does not call for further research.
  std::optional<NodeIndex> MainPoint() const {
    std::set<NodeIndex> disputed;
    for (const ArgumentGraph::EdgeRef& e : edges_.attacks) {
      if (IsClaimLike(graph_.node(e.source).type)) disputed.insert(e.target);
    }
    for (NodeType type : {NodeType::kConclusion, NodeType::kClaim}) {
      for (NodeIndex v : group_.nodes) {
        const Node& node = graph_.node(v);
        if (node.type == type && !disputed.count(v) && !IsFurtherResearchRemark(node.text))
          return v;
      }
    }
    return std::nullopt;
  }

  // The claims other than the thesis.
  std::string Claims(std::optional<NodeIndex> thesis) {
    std::string out;
    for (NodeIndex v : group_.nodes) {
      if (graph_.node(v).type == NodeType::kClaim && v != thesis) out += Bullet(0, Text(v));
    }
    return out;
  }

  std::string Bullets(NodeType type) {
    std::string out;
    for (NodeIndex v : group_.nodes) {
      if (graph_.node(v).type == type) out += Bullet(0, Text(v));
    }
    return out;
  }

  // v's supporters under it, members of one group gathered under the group.
  std::string Supporters(NodeIndex v, int depth, std::set<NodeIndex>* path) {
    auto it = edges_.supporters.find(v);
    if (it == edges_.supporters.end()) return "";
    std::string out;
    std::set<NodeIndex> groups_done;
    for (NodeIndex s : it->second) {
      auto group = edges_.group_of.find(s);
      bool grouped = group != edges_.group_of.end() && !edges_.supporting.count(group->second);
      if (grouped && !groups_done.insert(group->second).second) continue;
      if (grouped) {
        out += Bullet(depth, Text(group->second));
        shown_.insert(group->second);
        for (NodeIndex m : edges_.members[group->second]) {
          if (std::count(it->second.begin(), it->second.end(), m))
            out += Reason(m, depth + 1, path);
        }
      } else {
        out += Reason(s, depth, path);
      }
    }
    return out;
  }

  std::string Reason(NodeIndex s, int depth, std::set<NodeIndex>* path) {
    const Node& node = graph_.node(s);
    std::string text = Text(s);
    if (node.type != NodeType::kPremise)
      text += " *(" + std::string(NodeTypeName(node.type)) + ")*";
    shown_.insert(s);
    if (!path->insert(s).second) return Bullet(depth, text);  // a cycle: stop here
    std::string out = Bullet(depth, text) + Supporters(s, depth + 1, path);
    path->erase(s);
    return out;
  }

  std::string Reasons() {
    std::string out;
    for (NodeIndex v : group_.nodes) {
      if (!edges_.supporters.count(v) || edges_.supporting.count(v)) continue;
      std::set<NodeIndex> path = {v};
      out += Bullet(0, Text(v, true)) + Supporters(v, 1, &path);
    }
    for (NodeIndex v : group_.nodes) {
      NodeType type = graph_.node(v).type;
      if (shown_.count(v) || edges_.attacking.count(v)) continue;
      if (type == NodeType::kPremise || (type == NodeType::kGroup && !HasOptionMember(v))) {
        out += Bullet(0, Text(v));
      }
    }
    return out;
  }

  std::string Objections() {
    std::string out;
    for (const ArgumentGraph::EdgeRef& e : edges_.attacks) {
      out += Bullet(0, Text(e.source) + " *(against: " + Escape(graph_.node(e.target).text) + ")*");
    }
    return out;
  }

  bool HasOptionMember(NodeIndex group) const {
    auto it = edges_.members.find(group);
    if (it == edges_.members.end()) return false;
    for (NodeIndex m : it->second) {
      if (graph_.node(m).type == NodeType::kOption) return true;
    }
    return false;
  }

  std::string Options() {
    std::string out;
    std::set<NodeIndex> nested;
    for (NodeIndex g : group_.nodes) {
      if (graph_.node(g).type != NodeType::kGroup || !HasOptionMember(g)) continue;
      out += Bullet(0, Text(g));
      for (NodeIndex m : edges_.members[g]) {
        if (graph_.node(m).type == NodeType::kOption && nested.insert(m).second) {
          out += Bullet(1, Text(m));
        }
      }
    }
    for (NodeIndex v : group_.nodes) {
      if (graph_.node(v).type == NodeType::kOption && !nested.count(v)) out += Bullet(0, Text(v));
    }
    return out;
  }

  const ArgumentGraph& graph_;
  const DocumentGroup& group_;
  PaperEdges edges_;
  std::set<NodeIndex> shown_;  // nodes already listed under Reasons
};

std::string Byline(const Document& doc) {
  std::vector<std::string> parts;
  std::string authors;
  for (const std::string& a : doc.authors) authors += (authors.empty() ? "" : ", ") + Escape(a);
  if (!authors.empty()) parts.push_back(authors);
  if (!doc.year.empty()) parts.push_back(Escape(doc.year));
  if (!doc.venue.empty()) parts.push_back("*" + Escape(doc.venue) + "*");
  if (!doc.doi.empty()) parts.push_back("doi:" + Escape(doc.doi));
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : " · ") + p;
  return out;
}

}  // namespace

std::string ExportOutline(const ExportInput& input) {
  std::string out;
  for (const DocumentGroup& group : GroupByDocument(input.graph, input.documents)) {
    const Document& doc = group.document;
    if (!out.empty()) out += "\n";
    out += "# " + Escape(DocumentLabel(doc, 0)) + "\n";
    std::string byline = Byline(doc);
    if (!byline.empty()) out += "\n" + byline + "\n";
    if (group.nodes.empty()) {
      out += "\n*No argument found.*\n";
      continue;
    }
    out += PaperOutline(input.graph, group).Render();
  }
  return out;
}

}  // namespace argmap
