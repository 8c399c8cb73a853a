// One PDF of many pages from PDFs of one page each: how `argmap render -o
// map.pdf` of several papers gives a handout with one paper a page, since
// Graphviz writes one graph per PDF (only its PostScript output paginates).
//
// JoinPdfPages copies every page of each of `pdfs`, in order, into one new PDF
// with qpdf (Debian's libqpdf-dev, through its C interface), which rewrites the objects, fonts and
// cross-reference table rather than concatenating bytes. What a caller may rely
// on: on success *out is a whole PDF whose pages are those of `pdfs` in their
// order, and its document ID is derived from its content (the same pages give
// the same bytes); on failure *out is untouched and *err says which input was
// not a PDF and why (qpdf's words). qpdf's own warnings are not printed.
#ifndef ARGMAP_RENDER_PDF_PAGES_H_
#define ARGMAP_RENDER_PDF_PAGES_H_

#include <string>
#include <vector>

namespace argmap {

bool JoinPdfPages(const std::vector<std::string>& pdfs, std::string* out, std::string* err);

}  // namespace argmap

#endif  // ARGMAP_RENDER_PDF_PAGES_H_
