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

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

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
    size_t at = std::min(static_cast<size_t>(column - 1), source_line.size());
    size_t begin = at > kSourceWindow ? at - kSourceWindow : 0;
    size_t end = std::min(source_line.size(), at + kSourceWindow);
    while (begin > 0 && IsContinuationByte(source_line[begin])) --begin;
    while (end < source_line.size() && IsContinuationByte(source_line[end])) ++end;
    std::string shown = begin > 0 ? "..." : "";
    size_t caret_at = shown.size() + (at - begin);
    shown += source_line.substr(begin, end - begin);
    if (end < source_line.size()) shown += "...";
    std::string caret;
    for (size_t i = 0; i < caret_at && i < shown.size(); ++i)
      caret += shown[i] == '\t' ? '\t' : ' ';
    out += shown + "\n" + caret + "^\n";
  }
  return out;
}

namespace {

thread_local LineIndexScope* g_line_index = nullptr;

}  // namespace

LineIndexScope::LineIndexScope(std::string_view content) : content_(content), outer_(g_line_index) {
  g_line_index = this;
}

LineIndexScope::~LineIndexScope() { g_line_index = outer_; }

bool LineIndexScope::Find(std::string_view content, size_t offset, int* line, size_t* begin,
                          size_t* end) {
  LineIndexScope* scope = g_line_index;
  if (scope == nullptr || scope->content_.data() != content.data() ||
      scope->content_.size() != content.size()) {
    return false;
  }
  if (!scope->built_) {
    for (size_t i = content.find('\n'); i != std::string_view::npos;
         i = content.find('\n', i + 1)) {
      scope->newlines_.push_back(i);
    }
    scope->built_ = true;
  }
  const std::vector<size_t>& nl = scope->newlines_;
  size_t k = std::lower_bound(nl.begin(), nl.end(), offset) - nl.begin();  // '\n's before offset
  *line = 1 + static_cast<int>(k);
  *begin = k > 0 ? nl[k - 1] + 1 : 0;
  *end = k < nl.size() ? nl[k] : content.size();
  return true;
}

void LocateOffset(std::string_view content, size_t offset, int* line, int* column,
                  std::string* source_line) {
  offset = std::min(offset, content.size());
  size_t line_start = 0;
  size_t line_end = 0;
  if (!LineIndexScope::Find(content, offset, line, &line_start, &line_end)) {
    line_start = content.rfind('\n', offset == 0 ? std::string_view::npos : offset - 1);
    line_start = (line_start == std::string_view::npos || offset == 0) ? 0 : line_start + 1;
    if (offset > 0 && content[offset - 1] == '\n') line_start = offset;
    *line = 1 + static_cast<int>(std::count(content.begin(), content.begin() + line_start, '\n'));
    line_end = content.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = content.size();
  }
  *column = 1 + static_cast<int>(offset - line_start);
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
