// The "report" format: the strongest cross-paper links, one paragraph each,
// so a reader can check every link against the words that made it:
//   argmap compare: <papers> papers, <n> claims and conclusions, <links> links (threshold <t>)
//   stances: <a> agrees, <c> contrasts, <r> related
//   ids in brackets are node ids of --format json, where link <rank> is "x<rank>"
//   (blank line)
//   <rank>. <stance> <score> (claims <claim score>, papers <paper score>)
//      <kind> of <paper>  [<node id>]
//        "<node text>"
//      <kind> of <paper>  [<node id>]
//        "<node text>"
//      shared: <term>, <term>, ...
//      stance words: <cue>          (only when there is a cue)
// <paper> is its citation ("Kulacki 2021: Title", "Kocher and Kalyvas 2007:
// Title") when it has authors, a year or a title, else its DocumentLabel
// (export/doc_groups.h: "paper.txt #2", or the opening words of an abstract in
// a file named by a hash). The ids line is written only when a link is listed.
// Paragraphs are separated by blank lines; at most `top` paragraphs (all when
// 0), then "... <n> more links" when some were left out.
#include <cstdio>
#include <map>

#include "compare/compare_export.h"
#include "export/doc_groups.h"

namespace argmap {
namespace {

std::string OneLine(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return out;
}

// "Kulacki 2021: Title", "Kocher and Kalyvas 2007: Title", "Lee et al.: Title", or "".
std::string Citation(const Document& doc) {
  std::string who;
  if (doc.authors.size() == 1) who = Surname(doc.authors[0]);
  if (doc.authors.size() == 2) who = Surname(doc.authors[0]) + " and " + Surname(doc.authors[1]);
  if (doc.authors.size() > 2) who = Surname(doc.authors[0]) + " et al.";
  if (!doc.year.empty()) who += (who.empty() ? "" : " ") + doc.year;
  if (doc.title.empty()) return OneLine(who);
  return OneLine(who.empty() ? doc.title : who + ": " + doc.title);
}

std::string Score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", score);
  return buffer;
}

std::string Plural(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void WriteNode(const CompareInput& input, const std::map<std::string, const Document*>& docs,
               NodeIndex v, std::string* out) {
  const Node& node = input.graph.node(v);
  auto it = docs.find(node.doc);
  std::string paper = it == docs.end() ? node.doc : Citation(*it->second);
  if (paper.empty() && it != docs.end()) paper = DocumentLabel(*it->second, 0);
  *out += "   " + std::string(NodeTypeName(node.type)) + " of " + OneLine(paper) + "  [" +
          OneLine(node.id) + "]\n     \"" + OneLine(node.text) + "\"\n";
}

std::string Header(const CompareInput& input) {
  size_t nodes = 0;
  for (NodeIndex v = 0; v < input.graph.node_count(); ++v) {
    nodes += IsClaimLike(input.graph.node(v).type);
  }
  std::map<Stance, size_t> counts;
  for (const Alignment& a : input.alignments) ++counts[a.stance];
  std::string out = "argmap compare: " + Plural(input.documents.size(), "paper", "papers") + ", " +
                    Plural(nodes, "claim or conclusion", "claims and conclusions") + ", " +
                    Plural(input.alignments.size(), "link", "links") + " (threshold " +
                    Score(input.compare.threshold) + ")\n";
  out += "stances:";
  for (Stance s : kAllStances) {
    out += (s == kAllStances[0] ? " " : ", ") + std::to_string(counts[s]) + " " +
           std::string(StanceName(s));
  }
  return out + "\n";
}

}  // namespace

std::string ExportCompareReport(const CompareInput& input) {
  std::map<std::string, const Document*> docs;
  for (const Document& d : input.documents) docs.try_emplace(d.id, &d);
  std::string out = Header(input);
  size_t shown =
      input.top == 0 ? input.alignments.size() : std::min(input.top, input.alignments.size());
  if (shown > 0) out += "ids in brackets are node ids of --format json, where link N is \"xN\"\n";
  for (size_t k = 0; k < shown; ++k) {
    const Alignment& a = input.alignments[k];
    out += "\n" + std::to_string(k + 1) + ". " + std::string(StanceName(a.stance)) + " " +
           Score(a.score) + " (claims " + Score(a.claim_score) + ", papers " +
           Score(a.paper_score) + ")\n";
    WriteNode(input, docs, a.a, &out);
    WriteNode(input, docs, a.b, &out);
    std::string terms;
    for (const std::string& t : a.terms) terms += (terms.empty() ? "" : ", ") + OneLine(t);
    out += "   shared: " + terms + "\n";
    if (!a.cue.empty()) out += "   stance words: " + OneLine(a.cue) + "\n";
  }
  if (shown < input.alignments.size()) {
    out += "\n... " + Plural(input.alignments.size() - shown, "more link", "more links") +
           " (--top 0 lists all)\n";
  }
  return out;
}

}  // namespace argmap
