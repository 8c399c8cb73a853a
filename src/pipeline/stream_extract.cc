#include "pipeline/stream_extract.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <future>

#include "pipeline/map_inputs.h"
#include "read/record_stream.h"
#include "read/unique_ids.h"

namespace argmap {
namespace {

size_t TotalBytes(const std::vector<std::string>& inputs) {
  size_t total = 0;
  for (const std::string& path : inputs) {
    std::error_code ec;
    if (path == "-" || !std::filesystem::is_regular_file(path, ec)) return 0;
    total += std::filesystem::file_size(path, ec);
  }
  return total;
}

// Maps the documents of one chunk; returns their texts joined in order.
std::string MapChunk(const std::vector<Document>& docs,
                     const std::vector<const CompiledPack*>& packs, const StreamOptions& options) {
  std::vector<std::string> texts(docs.size());
  MapEachDocument(docs, packs, options.extract, [&](size_t i, ArgumentGraph& graph) {
    texts[i] = options.render(graph, docs[i]);
  });
  std::string joined;
  for (const std::string& t : texts) joined += t;
  return joined;
}

// One chunk of an input, read ahead of the one being mapped.
struct Chunk {
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  bool ok = true;     // no error in the chunk
  bool more = false;  // the input may hold more chunks
  size_t bytes_read = 0;
};

Chunk ReadChunkOf(RecordStream* stream) {
  Chunk c;
  c.more = stream->Next(&c.docs, &c.diags, &c.ok);
  c.bytes_read = stream->bytes_read();
  return c;
}

// Streams one input: while the threads map a chunk, the next one is read and
// parsed. False when the run must stop (--strict, or a failed write).
bool StreamInput(const std::string& path, const std::vector<const CompiledPack*>& packs,
                 const StreamOptions& options, const IdStems& stems, SeenIds* seen,
                 StreamResult* result, StreamProgress* progress) {
  RecordStream stream;
  Chunk current;
  current.more = stream.Open(path, options.standard_input, options.input_format, &current.diags,
                             options.encoding);
  current.ok = current.more;
  if (current.more) {
    std::vector<Diagnostic> opened = std::move(current.diags);
    current = ReadChunkOf(&stream);
    current.diags.insert(current.diags.begin(), opened.begin(), opened.end());
  }
  size_t bytes_before = progress->bytes_read;
  while (true) {
    std::future<Chunk> next;
    if (current.more) next = std::async(std::launch::async, ReadChunkOf, &stream);
    std::erase_if(current.docs, [&](Document& d) {
      stems.Apply(&d);
      bool fresh = seen->Add(d, &current.diags);
      current.ok = current.ok && fresh;
      return !fresh;
    });
    if (!current.diags.empty() && options.report) options.report(current.diags);
    result->ok = result->ok && current.ok;
    if (!current.ok && options.strict) return false;
    if (!current.docs.empty()) {
      if (!options.write(MapChunk(current.docs, packs, options))) return false;
      result->documents += current.docs.size();
      progress->documents = result->documents;
      progress->bytes_read = bytes_before + current.bytes_read;
      if (options.progress) options.progress(*progress);
    }
    if (!next.valid()) break;
    current = next.get();
  }
  progress->bytes_read = bytes_before + stream.bytes_read();
  return true;
}

}  // namespace

StreamResult StreamExtract(const std::vector<std::string>& inputs,
                           const std::vector<const CompiledPack*>& packs,
                           const StreamOptions& options) {
  StreamResult result;
  StreamProgress progress;
  progress.total_bytes = TotalBytes(inputs);
  SeenIds seen;
  IdStems stems(inputs);
  for (const std::string& path : inputs) {
    if (!StreamInput(path, packs, options, stems, &seen, &result, &progress)) {
      result.stopped = true;
      break;
    }
  }
  return result;
}

}  // namespace argmap
