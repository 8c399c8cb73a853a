// Limits that protect the machine from a huge or hostile input, all in one place
// (docs/reliability.md lists them with their messages).
//
// Past a limit argmap reports an error, maps what fits and exits with 1; it never
// runs out of memory or time on an input's account. Matching time needs no limit:
// RE2 matches in time linear in the text, and the stages around it are linear too
// (a 1 MB sentence is a test case).
#ifndef ARGMAP_CORE_LIMITS_H_
#define ARGMAP_CORE_LIMITS_H_

#include <cstddef>
#include <cstdint>

namespace argmap {

// The longest abstract, in bytes (1 MiB; real abstracts stay under 10 KB). A
// longer record is skipped by the reader with the error
//   "record N is B bytes long, over the limit of 1048576 bytes for one abstract".
inline constexpr size_t kMaxAbstractBytes = size_t{1} << 20;

// The most nodes in one graph. Extract maps documents in input order and stops
// before the first document that would take the graph past it; the command line
// then reports "the graph reached the limit of 500000 nodes: K of N abstracts
// mapped, the rest left out from '<id>' on (split the input)".
inline constexpr size_t kMaxGraphNodes = 500000;

// The most matches one rule makes in one sentence: a pattern that matches again
// and again (a list of 10,000 items) cannot flood a map; the rest are not placed.
inline constexpr int kMaxMatchesPerRule = 16;

// Field detection counts a pack's cue words in an abstract up to this many: enough
// to compare the packs, and no time spent counting an input of only cue words.
inline constexpr int kMaxCueCount = 1000;

// The most threads --jobs may ask for (extract, render, compare).
inline constexpr int kMaxJobs = 256;

// How far format detection reads into a stream to see two records of JSON
// Lines (64 MiB); past it, the format is told from what was read.
inline constexpr size_t kDetectMaxBytes = size_t{64} << 20;

// The deepest nesting of {...} and [...] in an Argdown statement's data: the
// parser recurses, so a deeper input is the error "data nested too deeply", not
// a stack overflow.
inline constexpr int kMaxArgdownDataDepth = 16;

// The deepest LaTeX group decoded inside an accent's argument (\'{\"{u}}); deeper
// groups are copied without their braces, so recursion stays bounded.
inline constexpr int kMaxLatexGroupDepth = 8;

// The memory RE2 may use to compile one rule's pattern (32 MiB); a pattern that
// needs more fails to compile, with RE2's error, at its line in the rule file.
inline constexpr int64_t kMaxPatternMemory = int64_t{32} << 20;

}  // namespace argmap

#endif  // ARGMAP_CORE_LIMITS_H_
