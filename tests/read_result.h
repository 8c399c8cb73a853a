// Test helper for the reader suites: runs ReadDocuments on a string and keeps
// the documents and the formatted diagnostics.
#ifndef ARGMAP_TESTS_READ_RESULT_H_
#define ARGMAP_TESTS_READ_RESULT_H_

#include <string>
#include <string_view>
#include <vector>

#include "read/reader.h"

namespace argmap::testing {

struct ReadResult {
  bool ok = false;
  std::vector<Document> docs;
  std::string messages;  // FormatAll of the diagnostics
};

inline ReadResult ReadString(std::string_view content, const std::string& path,
                             InputFormat format = InputFormat::kAuto) {
  ReadResult r;
  std::vector<Diagnostic> diags;
  r.ok = ReadDocuments(path, content, format, &r.docs, &diags);
  r.messages = FormatAll(diags);
  return r;
}

inline std::vector<std::string> DocIds(const ReadResult& r) {
  std::vector<std::string> ids;
  for (const Document& d : r.docs) ids.push_back(d.id);
  return ids;
}

inline std::vector<std::string> DocTexts(const ReadResult& r) {
  std::vector<std::string> texts;
  for (const Document& d : r.docs) texts.push_back(d.text);
  return texts;
}

}  // namespace argmap::testing

#endif  // ARGMAP_TESTS_READ_RESULT_H_
