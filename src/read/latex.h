// LaTeX in BibTeX field values, decoded to plain UTF-8 text.
//
// DecodeLatex handles what reference managers (Zotero, Better BibTeX, JabRef)
// write into .bib files: accents in every spelling ({\"u}, \"{u}, \"u, {\'e},
// \c{c}, \v{s}, {\'\i}), special letters ({\ss}, \o, \ae, \l), escaped
// characters (\& \% \$ \_ \# \{ \}), ligatures (-- to U+2013, --- to U+2014,
// ``..'' to U+201C..U+201D), named symbols ({\textendash}, \ldots, \S), font
// commands whose argument is kept (\emph{x}, \textit{x}), math shifts ($)
// and protective braces, which are dropped. An unknown command is dropped and
// its braced argument kept. A tie (~) is a space. White space is collapsed to
// one space, except that a blank line (or \par) stays a paragraph break
// ("\n\n"); the result is trimmed. UTF-8 already in the value passes through.
// An accent with no precomposed form gives its base letter plus the combining
// mark. Decoding never fails: unbalanced braces and stray backslashes are
// dropped.
#ifndef ARGMAP_READ_LATEX_H_
#define ARGMAP_READ_LATEX_H_

#include <string>
#include <string_view>

namespace argmap {

std::string DecodeLatex(std::string_view raw);

// For verbatim fields (doi, url): only drops braces, unescapes \_ \% \& \# \$
// \{ \} and \~, and trims; no ligatures or accents.
std::string DecodeLatexVerbatim(std::string_view raw);

}  // namespace argmap

#endif  // ARGMAP_READ_LATEX_H_
