// HTML escaping and an abstract's text marked up for the HTML viewer (html.cc).
//
// MarkText writes a document's text as HTML: each sentence in a
// <span class="sent" id="..."> and each stretch of text that node spans cover in a
// <mark>. A caller may rely on:
// - the visible text is exactly the input text (escaped), byte ranges cut only at
//   UTF-8 character boundaries; bad UTF-8 becomes U+FFFD;
// - spans may overlap, nest or cross sentence ends: the text is cut at every span
//   and sentence boundary, and each piece lists all the nodes covering it in
//   data-nodes, innermost (shortest span) first, and takes its class from that one;
// - spans that are empty or reach past the end of the text are left out.
#ifndef ARGMAP_EXPORT_HTML_TEXT_H_
#define ARGMAP_EXPORT_HTML_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace argmap {

// `text` escaped for HTML text and attribute values (& < > " '), as well-formed
// UTF-8 (bad bytes become U+FFFD; control characters other than tab, line feed
// and carriage return become spaces).
std::string EscapeHtml(std::string_view text);

// `text` percent-encoded for a URL fragment: every byte but A-Z a-z 0-9 - _ . ~ /
// becomes %XX, as JavaScript's decodeURIComponent reads it back.
std::string EncodeUriComponent(std::string_view text);

struct TextMark {
  Span span;              // byte range into the text
  std::string key;        // the node's key in the page ("n3"), a word without spaces
  std::string css_class;  // the class of a piece whose innermost node this is ("k-claim")
};

// The text as HTML. Sentence k (0-based, in `sentences` order) gets the id
// `<sentence_id_prefix><k>`; text outside every sentence is not wrapped.
std::string MarkText(std::string_view text, const std::vector<Span>& sentences,
                     const std::vector<TextMark>& marks, std::string_view sentence_id_prefix);

// The index of the sentence holding byte `offset`, or -1.
int SentenceAt(const std::vector<Span>& sentences, size_t offset);

}  // namespace argmap

#endif  // ARGMAP_EXPORT_HTML_TEXT_H_
