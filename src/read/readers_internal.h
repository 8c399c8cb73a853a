// Internal to src/read: the pieces the format readers share.
//
// reader.cc owns the public entry points (format table, detection, file
// reading) and the helpers below; text_reader.cc and json_reader.cc each add
// the documents of one family of formats. Every Read* function appends
// Documents and Diagnostics to the context and never clears them.
#ifndef ARGMAP_READ_READERS_INTERNAL_H_
#define ARGMAP_READ_READERS_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"

namespace argmap::read_internal {

// What a reader works on: `content` has no byte order mark and is valid UTF-8.
struct ReadContext {
  std::string path;  // as given by the caller, for messages and Document.source
  std::string stem;  // file name without directory and last extension ("stdin" for "-")
  std::string_view content;
  std::vector<Document>* docs;
  std::vector<Diagnostic>* diags;
};

// One line of the content, without its "\n" or "\r\n".
struct Line {
  std::string_view text;
  size_t offset = 0;  // byte offset of text[0] in the content
  int number = 0;     // 1-based
};

std::vector<Line> SplitLines(std::string_view content);

bool IsSpace(char c);
std::string_view Trim(std::string_view s);
bool IsBlank(std::string_view s);

// `text` trimmed, without a leading "ABSTRACT"/"Abstract" label (optionally
// followed by ':' or '.'). "Abstract" followed by a lower-case word on the same
// line is kept: it is the first word of a sentence ("Abstract norms ...").
std::string_view StripAbstractLabel(std::string_view text);

// "<stem>#<n>".
std::string DefaultId(const ReadContext& ctx, int record);

// The readers, one per format.
void ReadText(const ReadContext& ctx);
void ReadJson(const ReadContext& ctx);
void ReadJsonl(const ReadContext& ctx);
void ReadScraped(const ReadContext& ctx);

// True when `text` is one complete JSON value (an object, for the second).
bool ParsesAsJson(std::string_view text);
bool ParsesAsJsonObject(std::string_view text);

}  // namespace argmap::read_internal

#endif  // ARGMAP_READ_READERS_INTERNAL_H_
