// Small normalizations of bibliographic fields shared by the readers of
// reference-manager and scholarly-API exports.
//
// NaturalName turns an inverted name into reading order: "Roe, Jane" gives
// "Jane Roe" and "Roe, Jr., Jane" gives "Jane Roe Jr."; commas inside braces
// ("{Barnes, Noble and Co.}") do not count; a name without a comma is kept.
// Pieces are trimmed. YearOf gives the first run of exactly four digits
// ("2019-05-01", "2019///", "c2019", "May 2019" give "2019"), or "".
// NormalizeDoi drops a resolver prefix ("https://doi.org/",
// "http://dx.doi.org/", "doi:"), case-insensitively, and trims.
#ifndef ARGMAP_READ_BIB_FIELDS_H_
#define ARGMAP_READ_BIB_FIELDS_H_

#include <string>
#include <string_view>
#include <vector>

namespace argmap {

std::string NaturalName(std::string_view name);
// Appends `word` to `out`, after a space when `out` is not empty; an empty word
// adds nothing (parts of a name: given, particles, family).
void AppendWord(std::string_view word, std::string* out);
std::string YearOf(std::string_view date);
std::string NormalizeDoi(std::string_view doi);

// Authors written as one line, as pasted text and simple JSON give them:
// "A. Smith; B. Jones", "A. Smith, B. Jones" and "A. Smith and B. Jones" give
// two names; "Smith, A." stays one (a piece without a space is part of an
// inverted name), and so does "Smith, A.; Jones, B." split at its ';' only.
// Appends the names, trimmed, to *out.
void SplitAuthors(std::string_view s, std::vector<std::string>* out);

// `s` cut at each `sep` outside braces, pieces trimmed (empty pieces kept).
std::vector<std::string_view> SplitOutsideBraces(std::string_view s, char sep);

}  // namespace argmap

#endif  // ARGMAP_READ_BIB_FIELDS_H_
