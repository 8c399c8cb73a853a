// One input abstract with its bibliographic metadata.
//
// `text` is the abstract exactly as read (after the reader removed a leading
// "ABSTRACT" label and surrounding white space); every span argmap reports is a
// byte range into this string. Readers fill Document; later stages never change it.
#ifndef ARGMAP_CORE_DOCUMENT_H_
#define ARGMAP_CORE_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <vector>

namespace argmap {

// A half-open byte range [begin, end) into a document's text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  bool operator==(const Span&) const = default;
  auto operator<=>(const Span&) const = default;
};

struct Document {
  std::string id;  // the record's id, else its DOI, else "<file stem>#<n>"
  std::string title;
  std::vector<std::string> authors;
  std::string year;  // "2021", or empty
  std::string doi;
  std::string venue;                  // journal or venue name
  std::vector<std::string> keywords;  // the record's keywords, when it has them
  std::string text;                   // the abstract
  std::string source;                 // the input path ("-" for standard input)
  int record = 0;                     // 1-based record (or paragraph) number within `source`
  int line = 0;  // 1-based line in `source` where the record starts, 0 if unknown
};

}  // namespace argmap

#endif  // ARGMAP_CORE_DOCUMENT_H_
