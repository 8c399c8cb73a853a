#include "read/record_stream.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>

#include "read/readers_internal.h"

namespace argmap {
namespace {

constexpr size_t kDetectMaxBytes = 64 << 20;  // how far detection may read to see two records

bool IsBlankLine(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; });
}

// Calls f(line) for each line of `text` that ends with '\n' (without it), and
// for the unterminated tail when `tail` is set.
template <typename F>
void ForEachLine(std::string_view text, bool tail, F f) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      if (tail) f(text.substr(start), text.size());
      return;
    }
    f(text.substr(start, end - start), end + 1);
    start = end + 1;
  }
}

size_t NonBlankLines(std::string_view text) {
  size_t n = 0;
  ForEachLine(text, true, [&](std::string_view line, size_t) { n += !IsBlankLine(line); });
  return n;
}

size_t Paragraphs(std::string_view text) {
  size_t n = 0;
  bool in_paragraph = false;
  ForEachLine(text, true, [&](std::string_view line, size_t) {
    bool blank = IsBlankLine(line);
    n += !blank && !in_paragraph;
    in_paragraph = !blank;
  });
  return n;
}

bool IsRisTag(std::string_view line, std::string_view tag) {
  return line.starts_with(tag) && line.substr(tag.size()).starts_with("  -");
}

size_t RisRecords(std::string_view text) {
  size_t n = 0;
  ForEachLine(text, true, [&](std::string_view line, size_t) { n += IsRisTag(line, "TY"); });
  return n;
}

// True when the first two non-blank lines of `head` are there, the first a
// whole JSON object and the second the opening of one: JSON Lines.
bool LooksLikeLines(std::string_view head) {
  std::vector<std::string_view> lines;
  ForEachLine(head, false, [&](std::string_view line, size_t) {
    if (lines.size() < 2 && !IsBlankLine(line)) lines.push_back(line);
  });
  if (lines.size() < 2) return false;
  std::string_view second = lines[1];
  while (!second.empty() && (second.front() == ' ' || second.front() == '\t')) {
    second.remove_prefix(1);
  }
  return second.starts_with('{') && read_internal::ParsesAsJsonObject(lines[0]);
}

bool IsJsonLinesFormat(InputFormat f) {
  return f == InputFormat::kOpenAlex || f == InputFormat::kCrossref || f == InputFormat::kS2 ||
         f == InputFormat::kCslJson;
}

}  // namespace

RecordStream::~RecordStream() {
  if (owns_file_ && file_ != nullptr) std::fclose(file_);
}

bool RecordStream::Open(const std::string& path, InputFormat format,
                        std::vector<Diagnostic>* diags) {
  path_ = path;
  if (path == "-") {
    file_ = stdin;
  } else {
    file_ = std::fopen(path.c_str(), "rb");
    if (file_ == nullptr) {
      diags->push_back(MakeError(path, std::string("cannot read file: ") + std::strerror(errno)));
      return false;
    }
    owns_file_ = true;
    struct stat st;
    if (fstat(fileno(file_), &st) == 0 && S_ISREG(st.st_mode)) {
      total_bytes_ = static_cast<size_t>(st.st_size);
    }
  }
  // Enough of the input to tell its format: a chunk, and two records of JSON Lines.
  Fill(chunk_bytes_);
  while (!eof_ && !failed_ && buffer_.size() < kDetectMaxBytes &&
         std::count(buffer_.begin(), buffer_.end(), '\n') < 2) {
    Fill(buffer_.size() * 2);
  }
  format_ = format == InputFormat::kAuto ? DetectFormat(buffer_, path) : format;
  switch (format_) {
    case InputFormat::kJsonl:
    case InputFormat::kRis:
      streamed_ = true;
      break;
    case InputFormat::kText:
      // Paragraphs only when this chunk shows them: a file with no blank line
      // between two lines holds one abstract per line, which needs all of it.
      streamed_ = Paragraphs(buffer_) > 1;
      origin_.paragraphs = streamed_;
      break;
    default:
      streamed_ = IsJsonLinesFormat(format_) && LooksLikeLines(buffer_);
      break;
  }
  if (!streamed_) Fill(std::numeric_limits<size_t>::max());
  return true;
}

bool RecordStream::Fill(size_t at_least) {
  char block[1 << 16];
  while (!eof_ && !failed_ && buffer_.size() < at_least) {
    size_t n = std::fread(block, 1, sizeof block, file_);
    buffer_.append(block, n);
    bytes_read_ += n;
    if (n < sizeof block) {
      if (std::ferror(file_)) {
        failed_ = true;
        error_ = std::strerror(errno);
      }
      eof_ = true;
    }
  }
  return !failed_;
}

size_t RecordStream::CutPoint() const {
  size_t cut = 0;
  std::string_view text = buffer_;
  switch (format_) {
    case InputFormat::kText:  // after the last blank line
      ForEachLine(text, false, [&](std::string_view line, size_t end) {
        if (IsBlankLine(line)) cut = end;
      });
      break;
    case InputFormat::kRis:  // after the last "ER" line
      ForEachLine(text, false, [&](std::string_view line, size_t end) {
        if (IsRisTag(line, "ER")) cut = end;
      });
      break;
    default: {  // after the last line
      size_t nl = text.rfind('\n');
      cut = nl == std::string_view::npos ? 0 : nl + 1;
    }
  }
  return cut;
}

void RecordStream::Advance(std::string_view chunk) {
  origin_.line_base += static_cast<int>(std::count(chunk.begin(), chunk.end(), '\n'));
  size_t records = format_ == InputFormat::kText  ? Paragraphs(chunk)
                   : format_ == InputFormat::kRis ? RisRecords(chunk)
                                                  : NonBlankLines(chunk);
  origin_.record_base += static_cast<int>(records);
}

bool RecordStream::Next(std::vector<Document>* docs, std::vector<Diagnostic>* diags, bool* ok) {
  if (failed_) {
    if (!error_.empty()) diags->push_back(MakeError(path_, "cannot read file: " + error_));
    error_.clear();
    *ok = false;
    return false;
  }
  size_t cut = buffer_.size();
  if (streamed_) {
    Fill(chunk_bytes_);
    cut = CutPoint();
    while (cut == 0 && !eof_ && Fill(buffer_.size() * 2)) cut = CutPoint();  // a long record
    if (failed_) return Next(docs, diags, ok);
    if (eof_) cut = buffer_.size();
  }
  if (cut == 0) {
    if (!reported_end_ && documents_ == 0 && clean_) {
      diags->push_back(MakeError(path_, "no abstracts found"));
      *ok = false;
    }
    reported_end_ = true;
    return false;
  }
  std::string_view chunk = std::string_view(buffer_).substr(0, cut);
  size_t before = docs->size();
  bool chunk_ok = ReadChunk(path_, chunk, format_, origin_, docs, diags);
  documents_ += docs->size() - before;
  clean_ = clean_ && chunk_ok;
  *ok = *ok && chunk_ok;
  Advance(chunk);
  buffer_.erase(0, cut);
  return true;
}

}  // namespace argmap
