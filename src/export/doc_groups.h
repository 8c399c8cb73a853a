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
//
// DocumentLabel is the one human label of a paper in every drawing and viewer
// (DOT clusters, Mermaid subgraphs, outline and Argdown headings, the HTML
// viewer). Ids in the graph never change; only this label is for people.
#ifndef ARGMAP_EXPORT_DOC_GROUPS_H_
#define ARGMAP_EXPORT_DOC_GROUPS_H_

#include <cstddef>
#include <string>
#include <string_view>
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

// The human label of a paper, the first that applies:
// - its title, cut at the last word boundary within `max_title` bytes
//   with "..." appended when longer (plain_text.h Shorten; 0: never cut), as
//   one line;
// - "Surname Year", "Surname et al. Year" for several authors, or just the
//   surname or the year when only one is known (Surname of the first author);
// - for a default id ("<stem>#<n>", read/reader.h, as plain text gets), the
//   input's file name and the record number: "paper.txt #2" ("stdin #2");
//   but when the file name holds a run of 12 or more hex digits (a hash, as in
//   `000_43ff421e1196b072.txt`), the abstract's opening words in double quotes,
//   cut at a word boundary within 40 bytes with "..." appended:
//   "The purpose of this article is to..." (the file name and number when the
//   document has no text, as in a saved map);
// - else the record's own id (or DOI) as it is.
std::string DocumentLabel(const Document& doc, size_t max_title = 60);

// The family name in an author's name: the part before a comma ("Roe, Jane"),
// else the last word that is not a suffix ("Jane Roe Jr." gives "Roe").
std::string Surname(std::string_view name);

}  // namespace argmap

#endif  // ARGMAP_EXPORT_DOC_GROUPS_H_
