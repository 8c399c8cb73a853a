// Reading an input a chunk of whole records at a time, so that a large input
// is mapped in memory bounded by the chunk, not by the file.
//
// Streamed formats: JSON Lines (argmap's records, and the JSON Lines exports of
// OpenAlex, Crossref, Semantic Scholar and CSL-JSON), RIS (cut after an "ER"
// line), MEDLINE text (cut before a "PMID-" line), plain text of blank-line separated paragraphs,
// and PubMed XML of a <PubmedArticleSet> (cut after a line whose last markup is </PubmedArticle> or
// </PubmedBookArticle>, outside comments and CDATA; a chunk past the first is
// parsed after the file's own prolog and root start tag, and one before the
// last with the root end tag added, libxml2 counting the file's lines: a file
// on one line is one chunk). Every other input (a JSON array, BibTeX with its
// @string macros, text with one abstract per line only when the whole file has
// no blank line, JATS and TEI, which hold one article or a few per file) is read
// whole and given as one chunk. The format is detected from the file's name and
// its first chunk, as ReadDocuments would from the whole file (kAuto), or forced.
//
// What a caller may rely on: the documents, their ids, record numbers and the
// diagnostics (path:line with the file's own line numbers; for PubMed XML also
// the line numbers inside libxml2's messages) are the same as ReadInputFile
// would give for the whole file, in the same order; a chunk ends at the first
// record boundary at or past kChunkBytes of input. One exception: an error that
// rejects the whole file when it is read whole (a byte that is not UTF-8, or a
// NUL; XML that is not well-formed) rejects only the chunk that holds it when
// streamed (the same error, at the same place; the other chunks' documents are
// still given, with their own numbers). Plain text is cut only between
// paragraphs the text reader keeps apart (read/readers_internal.h). Next never
// throws; a file that cannot be read is an error Diagnostic.
#ifndef ARGMAP_READ_RECORD_STREAM_H_
#define ARGMAP_READ_RECORD_STREAM_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "core/input_bytes.h"
#include "read/reader.h"

namespace argmap {

class RecordStream {
 public:
  static constexpr size_t kChunkBytes = 1 << 20;

  // Chunks of about `chunk_bytes` (tests use small ones to cut records often).
  explicit RecordStream(size_t chunk_bytes = kChunkBytes) : chunk_bytes_(chunk_bytes) {}
  RecordStream(const RecordStream&) = delete;
  RecordStream& operator=(const RecordStream&) = delete;

  // Opens `path` ("-": `standard_input`, core/input_bytes.h). False, with an
  // error, when it cannot.
  // An input that needs converting to UTF-8 (core/input_bytes.h: `encoding`,
  // or UTF-16 with a byte order mark) is read whole and converted first.
  bool Open(const std::string& path, std::istream* standard_input, InputFormat format,
            std::vector<Diagnostic>* diags, const std::string& encoding = {});

  // Appends the documents of the next chunk and its diagnostics. Returns false
  // once the input is exhausted (nothing appended then). *ok becomes false when
  // the chunk had an error (a bad record, a read error), and stays as it was
  // otherwise.
  bool Next(std::vector<Document>* docs, std::vector<Diagnostic>* diags, bool* ok);

  InputFormat format() const { return format_; }
  bool streamed() const { return streamed_; }
  // Bytes read so far, and the input's size when known (a regular file), else 0.
  size_t bytes_read() const { return bytes_read_; }
  size_t total_bytes() const { return total_bytes_; }
  // True when no record of the input held an abstract (an error once exhausted).
  bool empty() const { return documents_ == 0; }

 private:
  bool Fill(size_t at_least);  // reads until buffer_ holds at_least bytes or the input ends
  void ReadWhole();            // reads all of the input, to give it out as one chunk
  size_t CutPoint() const;     // where the last whole record in buffer_ ends, or 0
  void Advance(std::string_view chunk, int last_record);  // last_record: -1 when not known

  size_t chunk_bytes_;
  std::string path_;
  ByteSource source_;
  bool eof_ = false;
  bool failed_ = false;
  InputFormat format_ = InputFormat::kAuto;
  bool streamed_ = false;
  std::string buffer_;    // read, not yet given out
  std::string xml_open_;  // PubMed XML: the file's prolog and root start tag ("": not PubMed XML)
  ChunkOrigin origin_;
  size_t bytes_read_ = 0;
  size_t total_bytes_ = 0;
  size_t documents_ = 0;
  int without_abstract_ = 0;      // records skipped for having no abstract
  std::vector<Diagnostic> held_;  // messages before the first abstract, held back
  std::string error_;             // the read error, until reported
  bool clean_ = true;             // no chunk had an error
  bool reported_end_ = false;
};

}  // namespace argmap

#endif  // ARGMAP_READ_RECORD_STREAM_H_
