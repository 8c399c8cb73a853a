// Mapping inputs of any size one abstract at a time: the streamed form of
// `argmap extract --format jsonl`.
//
// StreamExtract reads each input a chunk of whole records at a time
// (read/record_stream.h), maps the chunk's abstracts on one thread per pack
// (each abstract its own graph, as Extract would map it alone), turns each into
// text with `render` and hands the texts to `write` in input order. Memory is
// bounded by a chunk and its output, plus a 64-bit hash per document id (ids
// must be unique across the inputs; a later record with a used id is skipped
// with the error DropDuplicateIds gives).
//
// What a caller may rely on: the text written is the same for any number of
// packs; bad records are reported through `report` as they are met and
// skipped, and the run goes on (result.ok becomes false) unless `strict`,
// when it stops after the first chunk with an error. `report` also gets the
// inputs' warnings. After each chunk `progress` is called.
#ifndef ARGMAP_PIPELINE_STREAM_EXTRACT_H_
#define ARGMAP_PIPELINE_STREAM_EXTRACT_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "graph/argument_graph.h"
#include "pipeline/extract.h"
#include "read/reader.h"

namespace argmap {

struct StreamProgress {
  size_t documents = 0;    // mapped so far
  size_t bytes_read = 0;   // of all inputs so far
  size_t total_bytes = 0;  // of all inputs, when their sizes are known, else 0
};

struct StreamOptions {
  InputFormat input_format = InputFormat::kAuto;
  std::istream* standard_input = nullptr;  // what "-" reads (core/input_bytes.h)
  std::string encoding;                    // of the inputs, when not UTF-8 (ToUtf8)
  ExtractOptions extract;
  bool strict = false;
  // The text of one abstract's map (a line of JSON Lines, say).
  std::function<std::string(const ArgumentGraph& graph, const Document& doc)> render;
  // Takes each chunk's text, in order; false stops the run (a write error).
  std::function<bool(std::string_view text)> write;
  std::function<void(const std::vector<Diagnostic>& diags)> report;
  std::function<void(const StreamProgress& progress)> progress;
};

struct StreamResult {
  size_t documents = 0;  // abstracts mapped and written
  bool ok = true;        // no input error
  bool stopped = false;  // ended early: --strict, or `write` failed
};

StreamResult StreamExtract(const std::vector<std::string>& inputs,
                           const std::vector<const CompiledPack*>& packs,
                           const StreamOptions& options);

}  // namespace argmap

#endif  // ARGMAP_PIPELINE_STREAM_EXTRACT_H_
