// Name order, years and DOIs of bibliographic records.
#include "read/bib_fields.h"

#include "text/scan.h"

namespace argmap {
namespace {

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

void AppendWord(std::string_view word, std::string* out) {
  if (word.empty()) return;
  if (!out->empty()) *out += ' ';
  *out += word;
}

namespace {

std::vector<std::string_view> Split(std::string_view s, std::string_view sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t end = s.find(sep, start);
    parts.push_back(TrimSpace(s.substr(start, end == std::string_view::npos ? end : end - start)));
    if (end == std::string_view::npos) return parts;
    start = end + sep.size();
  }
}

}  // namespace

void SplitAuthors(std::string_view s, std::vector<std::string>* out) {
  for (std::string_view group : Split(s, ";")) {
    std::vector<std::string_view> pieces;
    for (std::string_view and_piece : Split(group, " and ")) {
      for (std::string_view p : Split(and_piece, ",")) pieces.push_back(p);
    }
    bool names = true;
    for (std::string_view p : pieces)
      names = names && (p.empty() || p.find(' ') != std::string_view::npos);
    if (!names) pieces = {group};
    for (std::string_view p : pieces) {
      if (!p.empty()) out->emplace_back(p);
    }
  }
}

std::vector<std::string_view> SplitOutsideBraces(std::string_view s, char sep) {
  std::vector<std::string_view> pieces;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '{') {
      ++depth;
    } else if (s[i] == '}') {
      depth = depth > 0 ? depth - 1 : 0;
    } else if (s[i] == sep && depth == 0) {
      pieces.push_back(TrimSpace(s.substr(start, i - start)));
      start = i + 1;
    }
  }
  pieces.push_back(TrimSpace(s.substr(start)));
  return pieces;
}

std::string NaturalName(std::string_view name) {
  std::vector<std::string_view> parts = SplitOutsideBraces(name, ',');
  std::string out;
  if (parts.size() == 1) return std::string(parts[0]);
  // "Last, First", "Last, Jr, First"; any further pieces follow in order.
  AppendWord(parts.back(), &out);
  AppendWord(parts[0], &out);
  for (size_t i = 1; i + 1 < parts.size(); ++i) AppendWord(parts[i], &out);
  return out;
}

std::string YearOf(std::string_view date) {
  size_t i = 0;
  while (i < date.size()) {
    if (!IsAsciiDigit(date[i])) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < date.size() && IsAsciiDigit(date[i])) ++i;
    if (i - start == 4) return std::string(date.substr(start, 4));
  }
  return "";
}

std::string NormalizeDoi(std::string_view doi) {
  doi = TrimSpace(doi);
  for (std::string_view prefix : {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                  "http://dx.doi.org/", "doi:"}) {
    if (doi.size() >= prefix.size() && EqualsIgnoreCase(doi.substr(0, prefix.size()), prefix)) {
      return std::string(TrimSpace(doi.substr(prefix.size())));
    }
  }
  return std::string(doi);
}

}  // namespace argmap
