// The public entry points of src/read (format table, detection, reading a file)
// and the helpers the format readers share.
#include "read/reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "core/utf8.h"
#include "read/readers_internal.h"

namespace argmap {
namespace read_internal {

std::vector<Line> SplitLines(std::string_view content) {
  std::vector<Line> lines;
  size_t start = 0;
  int number = 1;
  while (start < content.size()) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view text = content.substr(start, end - start);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    lines.push_back(Line{text, start, number++});
    start = end + 1;
  }
  return lines;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool IsBlank(std::string_view s) { return Trim(s).empty(); }

std::string_view StripAbstractLabel(std::string_view text) {
  text = Trim(text);
  for (std::string_view label : {"ABSTRACT", "Abstract"}) {
    if (!text.starts_with(label)) continue;
    std::string_view rest = text.substr(label.size());
    bool punctuated = !rest.empty() && (rest.front() == ':' || rest.front() == '.');
    if (punctuated) rest.remove_prefix(1);
    if (rest.empty()) return rest;         // the label alone
    if (!IsSpace(rest.front())) continue;  // "Abstracts", "Abstraction"
    std::string_view body = Trim(rest);
    bool same_line = rest.substr(0, rest.size() - body.size()).find('\n') == std::string_view::npos;
    bool lower = !body.empty() && body.front() >= 'a' && body.front() <= 'z';
    if (label == "Abstract" && !punctuated && same_line && lower) continue;
    return body;
  }
  return text;
}

std::string DefaultId(const ReadContext& ctx, int record) {
  return ctx.stem + "#" + std::to_string(record);
}

}  // namespace read_internal

namespace {

using read_internal::ReadContext;

struct FormatEntry {
  InputFormat format;
  std::string_view name;
};

constexpr FormatEntry kFormats[] = {
    {InputFormat::kAuto, "auto"},       {InputFormat::kText, "text"},
    {InputFormat::kJson, "json"},       {InputFormat::kJsonl, "jsonl"},
    {InputFormat::kScraped, "scraped"},
};

std::string_view SkipBom(std::string_view content) {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  return content;
}

std::string FileStem(const std::string& path) {
  if (path == "-") return "stdin";
  return std::filesystem::path(path).filename().stem().string();
}

// The source line with each invalid byte shown as '?', so that the message
// itself stays valid UTF-8 (and the caret keeps its byte column).
std::string Sanitized(std::string_view line) {
  std::string out;
  size_t pos = 0;
  while (pos < line.size()) {
    size_t len = 1;
    char32_t cp = DecodeUtf8(line, pos, &len);
    bool bad = cp == 0xFFFD && len == 1 && static_cast<unsigned char>(line[pos]) >= 0x80;
    out += bad ? std::string_view("?") : line.substr(pos, len);
    pos += len;
  }
  return out;
}

Diagnostic Utf8Error(const std::string& path, std::string_view content, size_t offset) {
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(content[offset]));
  Diagnostic d =
      MakeErrorAt(path, content, offset, "invalid UTF-8 (byte " + std::string(byte) + ")");
  d.source_line = Sanitized(d.source_line);
  return d;
}

// The first non-blank line after the first line of `rest`, or "".
std::string_view NextNonBlankLine(std::string_view rest) {
  size_t eol = rest.find('\n');
  while (eol != std::string_view::npos) {
    size_t start = eol + 1;
    eol = rest.find('\n', start);
    std::string_view line = rest.substr(start, eol == std::string_view::npos ? eol : eol - start);
    if (!read_internal::IsBlank(line)) return read_internal::Trim(line);
  }
  return {};
}

void Dispatch(InputFormat format, const ReadContext& ctx) {
  switch (format) {
    case InputFormat::kAuto:
    case InputFormat::kText:
      read_internal::ReadText(ctx);
      return;
    case InputFormat::kJson:
      read_internal::ReadJson(ctx);
      return;
    case InputFormat::kJsonl:
      read_internal::ReadJsonl(ctx);
      return;
    case InputFormat::kScraped:
      read_internal::ReadScraped(ctx);
      return;
  }
}

// Reads all of `path` ("-" is standard input) into *out; on failure *error is strerror's text.
bool ReadAll(const std::string& path, std::string* out, std::string* error) {
  if (path == "-") {
    out->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    *error = std::strerror(errno);
    return false;
  }
  char buffer[1 << 16];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) out->append(buffer, n);
  bool failed = std::ferror(file) != 0;
  if (failed) *error = std::strerror(errno);
  std::fclose(file);
  return !failed;
}

}  // namespace

std::string_view InputFormatName(InputFormat f) {
  for (const FormatEntry& e : kFormats) {
    if (e.format == f) return e.name;
  }
  return "auto";
}

bool ParseInputFormat(std::string_view name, InputFormat* f) {
  for (const FormatEntry& e : kFormats) {
    if (e.name == name) {
      *f = e.format;
      return true;
    }
  }
  return false;
}

std::vector<std::string> InputFormatNames() {
  std::vector<std::string> names;
  for (const FormatEntry& e : kFormats) names.emplace_back(e.name);
  return names;
}

InputFormat DetectFormat(std::string_view content) {
  std::string_view rest = SkipBom(content);
  while (!rest.empty() && read_internal::IsSpace(rest.front())) rest.remove_prefix(1);
  if (rest.empty() || (rest.front() != '{' && rest.front() != '[')) return InputFormat::kText;
  if (read_internal::ParsesAsJson(rest)) return InputFormat::kJson;
  // Not one JSON document: a broken one, JSON Lines, or a record followed by page text.
  if (!read_internal::ParsesAsJsonObject(rest.substr(0, rest.find('\n')))) {
    return InputFormat::kJson;
  }
  std::string_view next = NextNonBlankLine(rest);
  // A next line that opens an object is a (possibly broken) record, not page text.
  if (!next.empty() && (next.front() == '{' || read_internal::ParsesAsJson(next))) {
    return InputFormat::kJsonl;
  }
  return InputFormat::kScraped;
}

bool ReadDocuments(const std::string& path, std::string_view content, InputFormat format,
                   std::vector<Document>* docs, std::vector<Diagnostic>* diags) {
  content = SkipBom(content);
  size_t bad = 0;
  if (!IsValidUtf8(content, &bad)) {
    diags->push_back(Utf8Error(path, content, bad));
    return false;
  }
  size_t first_doc = docs->size();
  size_t first_diag = diags->size();
  if (format == InputFormat::kAuto) format = DetectFormat(content);
  if (!read_internal::IsBlank(content)) {
    Dispatch(format, ReadContext{path, FileStem(path), content, docs, diags});
  }
  bool errors = std::any_of(diags->begin() + first_diag, diags->end(),
                            [](const Diagnostic& d) { return d.severity == Severity::kError; });
  if (!errors && docs->size() == first_doc) {
    diags->push_back(MakeError(path, "no abstracts found"));
    return false;
  }
  return !errors;
}

bool ReadInputFile(const std::string& path, InputFormat format, std::vector<Document>* docs,
                   std::vector<Diagnostic>* diags) {
  std::string content;
  std::string error;
  if (!ReadAll(path, &content, &error)) {
    diags->push_back(MakeError(path, "cannot read file: " + error));
    return false;
  }
  return ReadDocuments(path, content, format, docs, diags);
}

}  // namespace argmap
