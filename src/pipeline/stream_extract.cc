#include "pipeline/stream_extract.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <unordered_map>

#include "core/parallel.h"
#include "read/record_stream.h"

namespace argmap {
namespace {

// The ids seen so far, as 64-bit hashes (a chance of about 1 in 10^7 that two
// of a million different ids collide) with where each was first used, in an
// open-addressing table of 16 bytes an entry: the only memory that grows with
// the input.
class SeenIds {
 public:
  // True when `doc` has a new id; else false, with the duplicate-id error.
  bool Add(const Document& doc, std::vector<Diagnostic>* diags) {
    if ((count_ + 1) * 10 > slots_.size() * 9) Grow();    // linear probing stays short at 90%
    uint64_t key = std::hash<std::string>()(doc.id) | 1;  // 0 marks an empty slot
    size_t i = Find(key);
    if (slots_[i].key == 0) {
      if (sources_.empty() || sources_.back() != doc.source) sources_.push_back(doc.source);
      slots_[i] = {key, static_cast<uint32_t>(sources_.size() - 1),
                   doc.line > 0 ? doc.line : -doc.record};
      ++count_;
      return true;
    }
    const Slot& first = slots_[i];
    const std::string& source = sources_[first.source];
    std::string place = first.where > 0
                            ? "at " + source + ":" + std::to_string(first.where)
                            : "by record " + std::to_string(-first.where) + " of " + source;
    Diagnostic d =
        MakeError(doc.source, "duplicate id '" + doc.id + "' (first used " + place + "); record " +
                                  std::to_string(doc.record) + " skipped");
    d.line = doc.line;
    diags->push_back(std::move(d));
    return false;
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t source = 0;  // index into sources_
    int32_t where = 0;    // the line (> 0), or minus the record number
  };

  size_t Find(uint64_t key) const {
    size_t mask = slots_.size() - 1;
    size_t i = key & mask;
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask;
    return i;
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    for (const Slot& s : old) {
      if (s.key != 0) slots_[Find(s.key)] = s;
    }
  }

  std::vector<std::string> sources_;  // the inputs, in order
  std::vector<Slot> slots_;
  size_t count_ = 0;
};

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
  ParallelFor(docs.size(), static_cast<int>(packs.size()), [&](int worker, size_t i) {
    ArgumentGraph graph;
    Extract({docs[i]}, *packs[worker], &graph, nullptr, options.extract);
    texts[i] = options.render(graph, docs[i]);
  });
  std::string joined;
  for (const std::string& t : texts) joined += t;
  return joined;
}

}  // namespace

StreamResult StreamExtract(const std::vector<std::string>& inputs,
                           const std::vector<const CompiledPack*>& packs,
                           const StreamOptions& options) {
  StreamResult result;
  StreamProgress progress;
  progress.total_bytes = TotalBytes(inputs);
  SeenIds seen;
  size_t bytes_before = 0;  // of the inputs already read
  for (const std::string& path : inputs) {
    std::vector<Diagnostic> diags;
    RecordStream stream;
    bool more = stream.Open(path, options.input_format, &diags);
    bool input_ok = more;
    while (true) {
      std::vector<Document> docs;
      bool chunk_ok = true;
      if (more) more = stream.Next(&docs, &diags, &chunk_ok);
      std::erase_if(docs, [&](const Document& d) {
        bool fresh = seen.Add(d, &diags);
        chunk_ok = chunk_ok && fresh;
        return !fresh;
      });
      if (!diags.empty() && options.report) options.report(diags);
      diags.clear();
      input_ok = input_ok && chunk_ok;
      result.ok = result.ok && input_ok;
      if (!input_ok && options.strict) {
        result.stopped = true;
        return result;
      }
      if (!docs.empty()) {
        if (!options.write(MapChunk(docs, packs, options))) {
          result.stopped = true;
          return result;
        }
        result.documents += docs.size();
        progress.documents = result.documents;
        progress.bytes_read = bytes_before + stream.bytes_read();
        if (options.progress) options.progress(progress);
      }
      if (!more) break;
    }
    bytes_before += stream.bytes_read();
  }
  return result;
}

}  // namespace argmap
