// Errors and warnings as values.
//
// Library code never prints and never exits: it appends Diagnostics and
// returns false. The command line prints them with Format(), which gives
//   path:line:col: error: message
//   the source line
//       ^
// (line and column are 1-based; a column of 0 leaves out the column and caret,
// a line of 0 leaves out both and the source line).
#ifndef ARGMAP_CORE_DIAGNOSTIC_H_
#define ARGMAP_CORE_DIAGNOSTIC_H_

#include <string>
#include <string_view>
#include <vector>

namespace argmap {

enum class Severity { kError, kWarning, kNote };

struct Diagnostic {
  Severity severity = Severity::kError;
  std::string path;  // file the problem is in, or "" for none
  int line = 0;      // 1-based, 0 when unknown
  int column = 0;    // 1-based byte column, 0 when unknown
  std::string message;
  std::string source_line;  // the offending line without its newline, or ""

  // The one-line header: "path:line:col: error: message".
  std::string Header() const;
  // Header, then the source line and a caret under `column` when both are known.
  std::string Format() const;
};

Diagnostic MakeError(std::string path, std::string message);
Diagnostic MakeErrorAt(std::string path, std::string_view content, size_t offset,
                       std::string message);

// Line and column (1-based) of byte `offset` in `content`, and that line's text.
void LocateOffset(std::string_view content, size_t offset, int* line, int* column,
                  std::string* source_line);

bool HasErrors(const std::vector<Diagnostic>& diags);
std::string FormatAll(const std::vector<Diagnostic>& diags);

}  // namespace argmap

#endif  // ARGMAP_CORE_DIAGNOSTIC_H_
