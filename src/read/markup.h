// JATS and HTML markup in abstracts (Crossref's "abstract" field), as plain text.
//
// Tags are removed and their text kept. Block elements (p, title, sec, list,
// list-item, li, div, h1-h6, br; any namespace prefix such as "jats:") end a
// line, so "<jats:title>Abstract</jats:title><jats:p>Text</jats:p>" gives
// "Abstract\nText". Entities are decoded: HTML 4's named ones (libxml2's
// table: &amp; &lt; &apos; &alpha; &plusmn; &ge; &eacute; &ndash; &hellip;
// &times; &deg; &micro; ...; &nbsp; as a space) and numeric ones (&#8211;
// &#x2013;); an unknown or broken entity is kept as written. Comments are
// dropped; CDATA is kept as text. Within a line, white space collapses to one
// space; lines are trimmed and empty ones dropped. A '<' that opens no
// well-formed tag ("</name>", or "<name" with name="value" attributes and ">"
// or "/>") is kept as text with what follows it: "viral loads <LLOQ predict
// survival. We find ..." loses nothing.
#ifndef ARGMAP_READ_MARKUP_H_
#define ARGMAP_READ_MARKUP_H_

#include <string>
#include <string_view>

namespace argmap {

std::string StripMarkup(std::string_view markup);

}  // namespace argmap

#endif  // ARGMAP_READ_MARKUP_H_
