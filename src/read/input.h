// The input gate's answer to "what is in this file?", the same for every
// command that reads (extract, render, convert, compare).
//
// ClassifyInput looks at an input's name and content once:
//   - Argdown: the name ends in ".argdown" or ".ad", or the first non-blank
//     line is "===" and a later line is "===" (front matter, which
//     `extract --format argdown` writes), so standard input is told too;
//   - an argmap map: the first JSON value (of the whole content, else of its
//     first non-blank line, so JSON Lines too) is an object whose "format" is
//     "argmap" (what `argmap extract --format json` or `jsonl` writes);
//   - AIF: that object has an "AIF" object, or both a "nodes" and an "edges"
//     array (AIFdb and OVA);
//   - abstracts: anything else, for the readers of read/reader.h.
// It never fails; a broken map is told by the reader it goes to.
#ifndef ARGMAP_READ_INPUT_H_
#define ARGMAP_READ_INPUT_H_

#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace argmap {

enum class InputKind { kAbstracts, kArgmapMap, kAif, kArgdown };

// "abstracts", "an argmap map", "an AIF map", "an Argdown map": for messages.
std::string_view InputKindName(InputKind kind);

InputKind ClassifyInput(std::string_view content, std::string_view path = {});

// True when `content` opens with the "===" line of Argdown front matter
// (after a byte order mark and blank lines), closed or not: ClassifyInput
// needs the closing "===" too, so a reader of part of an input (the record
// stream) reads all of it first.
bool OpensFrontMatter(std::string_view content);

// True for the kinds that hold an argument graph rather than abstracts.
inline bool IsMap(InputKind kind) { return kind != InputKind::kAbstracts; }

// The error for a map where abstracts are read (`argmap extract`):
//   "PATH: error: an argmap map, not abstracts: draw it with 'argmap render' or
//    change its format with 'argmap convert'" (the same for AIF and Argdown).
Diagnostic MapGivenForAbstracts(const std::string& path, InputKind kind);

}  // namespace argmap

#endif  // ARGMAP_READ_INPUT_H_
