// Reading an Argdown map (what `argmap extract --format argdown` writes, and a
// teacher's hand edits of it) back into an argument graph.
//
// What is read (conventions: docs/formats.md, "Reading Argdown back"):
//   - front matter (=== ... ===), `//` and `/* */` comments: skipped;
//   - `# label {data}`: a paper. Its data (id, title, authors, year, doi, venue,
//     source, record) restores the Document; what is missing defaults to the
//     label (id and title), the file (source) and the section's number
//     (record). Deeper headings (##) are skipped. Statements before the first
//     `#` belong to a paper named after the file stem ("stdin" for "-");
//   - `[Title]: text {data}` (or `<Title>: text {data}`, an argument): a node
//     whose text is the unescaped text ("(no text)" is the empty text). Its data
//     gives id, type, rule, sentence, span, qualifier and cue as ExportArgdown
//     writes them, and part_of, a list of group titles (one part_of edge to
//     each). Without data a node is a claim with rule "argdown", sentence 0 and
//     span [0, 0], and its id is "<paper>/n<k>", the first k not taken.
//     A line of plain text is an untitled statement (a node of its own);
//   - `#tag` or `#(some words)` in a text (after a space or at its start): a
//     tag, left out of the text. The first tag that names a node kind
//     (ParseNodeType, any case: `#premise`) sets the kind, over the data's
//     type. ExportArgdown writes kinds as data and escapes '#', so it writes none;
//   - relation lines, indented under the statement (or relation) they relate
//     to: `+ X` or `<+ X` (X supports it), `- X` or `<- X` (X attacks it),
//     `+> X` and `-> X` (it supports or attacks X), `>< X` (an alternative from
//     it to X). X is `[Title]`, `[Title]: text {data}` (a definition), `<Title>`
//     or plain text (an untitled statement). As in Argdown, a title that is
//     never defined is a statement of its own; argmap gives it the title as text.
// A node belongs to the paper whose section defines it (or first names it);
// nodes are in the order of their definitions (or first mention), edges in
// file order (part_of last), with ids "<paper>/e<k>" and rule "argdown".
// argmap is more lenient than Argdown about blank lines between a statement and
// its relations.
//
// Errors are `path:line:col` with the line and a caret, in line order: an unclosed `[`, `<`,
// `{`, `"`, front matter or comment, a relation with no statement after its
// symbol or nothing to relate to, text after a title, a title defined twice
// with two texts, an undercut (argmap has no edge to an inference), bad data (an
// unknown type, with "did you mean"), an id used twice, a part_of naming no
// statement. What they name is skipped; the rest is still read. A relation the
// graph refuses (a repeat or a self-loop) gets a warning. Returns false when any
// error was reported.
#ifndef ARGMAP_READ_ARGDOWN_READER_H_
#define ARGMAP_READ_ARGDOWN_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "graph/argument_graph.h"

namespace argmap {

// Appends the papers, nodes and edges of the Argdown `text`, read from `path`.
bool ReadArgdown(const std::string& path, std::string_view text, ArgumentGraph* graph,
                 std::vector<Document>* docs, std::vector<Diagnostic>* diags);

}  // namespace argmap

#endif  // ARGMAP_READ_ARGDOWN_READER_H_
