// Errors and warnings as values.
//
// Library code never prints and never exits: it appends Diagnostics and
// returns false. The command line prints them with Format(), which gives
//   path:line:col: error: message
//   the source line
//       ^
// (line and column are 1-based; a column of 0 leaves out the column and caret,
// a line of 0 leaves out both and the source line). A source line longer than
// the window is cut to kSourceWindow bytes on each side of the column (at
// character boundaries), with "..." where it was cut.
#ifndef ARGMAP_CORE_DIAGNOSTIC_H_
#define ARGMAP_CORE_DIAGNOSTIC_H_

#include <string>
#include <string_view>
#include <vector>

namespace argmap {

// Bytes of the source line Format() shows on each side of the column, at most.
inline constexpr size_t kSourceWindow = 72;

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
// Linear in `offset`, unless a LineIndexScope for `content` is alive.
void LocateOffset(std::string_view content, size_t offset, int* line, int* column,
                  std::string* source_line);

// While it lives, LocateOffset (and MakeErrorAt) on exactly `content` (the same
// bytes in memory) finds the line by binary search in an index of its line ends,
// built on first use; so reporting k errors in an input of n bytes costs
// O(n + k log n), not O(k n). `content` must outlive the scope and not change.
// Scopes nest (the innermost one is used) and belong to one thread.
class LineIndexScope {
 public:
  explicit LineIndexScope(std::string_view content);
  ~LineIndexScope();
  LineIndexScope(const LineIndexScope&) = delete;
  LineIndexScope& operator=(const LineIndexScope&) = delete;

  // The 1-based line of `offset` and the byte range [*begin, *end) of that line
  // (without its "\n"), or false when `content` is not this scope's.
  static bool Find(std::string_view content, size_t offset, int* line, size_t* begin, size_t* end);

 private:
  std::string_view content_;
  std::vector<size_t> newlines_;  // offsets of every '\n', once built
  bool built_ = false;
  LineIndexScope* outer_;
};

bool HasErrors(const std::vector<Diagnostic>& diags);
std::string FormatAll(const std::vector<Diagnostic>& diags);

}  // namespace argmap

#endif  // ARGMAP_CORE_DIAGNOSTIC_H_
