// The style sheet and script the HTML viewer (export/html.cc) inlines in its page.
//
// Both are plain text constants, written into every page as they are: the page
// loads nothing else. The script relies on the names html.cc documents (keys
// "n<k>"/"e<k>", explanations "am-why-<key>" with data-id, data-kind, data-marks,
// data-edges and data-sent, marks with data-nodes, the map's <g> elements whose
// id is the graph id). The URL fragment drives it, on load and on every change:
// #select=<graph id> selects as a click does (a click records its selection
// there), and the test hooks #click=<graph id> and #click-text=<graph id> send a
// real click event to the map element or the first marked passage of that id.
// While something is selected, <body> carries data-selected=<graph id>.
#ifndef ARGMAP_EXPORT_HTML_ASSETS_H_
#define ARGMAP_EXPORT_HTML_ASSETS_H_

#include <string_view>

namespace argmap {

std::string_view HtmlViewerCss();
std::string_view HtmlViewerJs();

}  // namespace argmap

#endif  // ARGMAP_EXPORT_HTML_ASSETS_H_
