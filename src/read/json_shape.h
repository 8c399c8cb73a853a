// Which JSON export a JSON text is, told by the keys of its first record (and,
// for CSL-JSON, of its first 16).
//
// ProbeJson makes one pass over `text` without building the whole value: it
// says whether `text` is exactly one JSON value, and which bibliographic
// format its first record (or, for JSON Lines, its first line's record) has:
//   OpenAlex   an API page {"results": [...]} of works, or a work with
//              abstract_inverted_index, authorships or publication_year, or an
//              id that starts with "https://openalex.org/"
//   Crossref   an API envelope {"message": ...}, or a work whose title or
//              container-title is a list, or that has indexed, deposited,
//              member, reference-count or is-referenced-by-count
//   S2         a work with paperId (also inside a page {"data": [...]})
//   CSL-JSON   an item with author, issued, container-title or DOI; or, when
//              the first record is none of the above, any of the first 16
//              records with those keys, a "citation-key", or a CSL item
//              "type" (webpage, book, ...) without argmap's own keys
//              (authors, doi, year, venue): a Better BibTeX library may open
//              with a web page {id, type, title, URL, citation-key}
// and kAuto for anything else (argmap's own records, which use lower-case
// "authors" and "doi"). The records are the value itself, the elements of an
// array, or the elements of the array under "results", "data" or "items"; the
// first record is the first of them. A broken text is probed as far as it
// parses.
#ifndef ARGMAP_READ_JSON_SHAPE_H_
#define ARGMAP_READ_JSON_SHAPE_H_

#include <string_view>

#include "read/reader.h"

namespace argmap {

struct JsonProbe {
  bool complete = false;                   // `text` is exactly one JSON value
  InputFormat shape = InputFormat::kAuto;  // kOpenAlex, kCrossref, kS2, kCslJson or kAuto
};

JsonProbe ProbeJson(std::string_view text);

}  // namespace argmap

#endif  // ARGMAP_READ_JSON_SHAPE_H_
