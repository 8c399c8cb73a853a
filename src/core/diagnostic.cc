#include "core/diagnostic.h"

#include <algorithm>

namespace argmap {
namespace {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "note";
  }
  return "error";
}

}  // namespace

std::string Diagnostic::Header() const {
  std::string out;
  if (!path.empty()) {
    out += path;
    if (line > 0) {
      out += ":" + std::to_string(line);
      if (column > 0) out += ":" + std::to_string(column);
    }
    out += ": ";
  }
  out += SeverityName(severity);
  out += ": ";
  out += message;
  return out;
}

std::string Diagnostic::Format() const {
  std::string out = Header() + "\n";
  if (line > 0 && column > 0 && !source_line.empty()) {
    out += source_line + "\n";
    std::string caret;
    for (int i = 1; i < column && i <= static_cast<int>(source_line.size()); ++i) {
      caret += source_line[i - 1] == '\t' ? '\t' : ' ';
    }
    out += caret + "^\n";
  }
  return out;
}

void LocateOffset(std::string_view content, size_t offset, int* line, int* column,
                  std::string* source_line) {
  offset = std::min(offset, content.size());
  size_t line_start = content.rfind('\n', offset == 0 ? std::string_view::npos : offset - 1);
  line_start = (line_start == std::string_view::npos || offset == 0) ? 0 : line_start + 1;
  if (offset > 0 && content[offset - 1] == '\n') line_start = offset;
  *line = 1 + static_cast<int>(std::count(content.begin(), content.begin() + line_start, '\n'));
  *column = 1 + static_cast<int>(offset - line_start);
  size_t line_end = content.find('\n', line_start);
  if (line_end == std::string_view::npos) line_end = content.size();
  std::string_view text = content.substr(line_start, line_end - line_start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  *source_line = std::string(text);
}

Diagnostic MakeError(std::string path, std::string message) {
  Diagnostic d;
  d.path = std::move(path);
  d.message = std::move(message);
  return d;
}

Diagnostic MakeErrorAt(std::string path, std::string_view content, size_t offset,
                       std::string message) {
  Diagnostic d = MakeError(std::move(path), std::move(message));
  LocateOffset(content, offset, &d.line, &d.column, &d.source_line);
  return d;
}

bool HasErrors(const std::vector<Diagnostic>& diags) {
  return std::any_of(diags.begin(), diags.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

std::string FormatAll(const std::vector<Diagnostic>& diags) {
  std::string out;
  for (const Diagnostic& d : diags) out += d.Format();
  return out;
}

}  // namespace argmap
