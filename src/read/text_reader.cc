// Plain text input: one abstract per blank-line separated paragraph, or one per
// line when no blank line separates two non-blank lines. Line ends are given
// back as "\n" (a CRLF file reads like its LF twin).
#include <algorithm>
#include <string>

#include "read/readers_internal.h"

namespace argmap::read_internal {
namespace {

bool HasInnerBlankLine(const std::vector<Line>& lines) {
  size_t first = lines.size();
  size_t last = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (IsBlank(lines[i].text)) continue;
    first = std::min(first, i);
    last = i;
  }
  for (size_t i = first; i < last; ++i) {
    if (IsBlank(lines[i].text)) return true;
  }
  return false;
}

// Adds the paragraph lines[begin, end) as record `record`, unless it is only a label.
void AddParagraph(const ReadContext& ctx, const std::vector<Line>& lines, size_t begin, size_t end,
                  int record) {
  std::string joined;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) joined += '\n';
    joined += lines[i].text;
  }
  std::string_view text = StripAbstractLabel(joined);
  if (text.empty()) return;
  Document doc;
  doc.id = DefaultId(ctx, record);
  doc.text = std::string(text);
  doc.source = ctx.path;
  doc.record = record;
  doc.line = lines[begin].number;
  ctx.docs->push_back(std::move(doc));
}

}  // namespace

void ReadText(const ReadContext& ctx) {
  std::vector<Line> lines = SplitLines(ctx.content);
  bool paragraphs = ctx.paragraphs || HasInnerBlankLine(lines);
  int record = ctx.record_base;
  size_t i = 0;
  while (i < lines.size()) {
    if (IsBlank(lines[i].text)) {
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (paragraphs && end < lines.size() && !IsBlank(lines[end].text)) ++end;
    AddParagraph(ctx, lines, i, end, ++record);
    i = end;
  }
}

}  // namespace argmap::read_internal
