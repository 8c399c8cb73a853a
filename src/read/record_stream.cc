#include "read/record_stream.h"

#include <algorithm>
#include <limits>

#include "core/input_bytes.h"
#include "core/limits.h"
#include "read/input.h"
#include "read/json_records.h"
#include "read/readers_internal.h"
#include "read/xml_tree.h"

namespace argmap {
namespace {

// Blank as the readers see it (white space includes '\v').
bool IsBlankLine(std::string_view line) { return read_internal::IsBlank(line); }

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

// A tag line as the RIS reader parses it: "TY  -", then the end or a space.
bool IsRisTag(std::string_view line, std::string_view tag) {
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line.starts_with(tag) && line.substr(tag.size()).starts_with("  -") &&
         (line.size() == tag.size() + 3 || line[tag.size() + 3] == ' ');
}

size_t RisRecords(std::string_view text) {
  size_t n = 0;
  ForEachLine(text, true, [&](std::string_view line, size_t) { n += IsRisTag(line, "TY"); });
  return n;
}

// A Web of Science field line of `tag` as the WoS reader parses it: the tag,
// then the end or a space.
bool IsWosTag(std::string_view line, std::string_view tag) {
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line.starts_with(tag) && (line.size() == tag.size() || line[tag.size()] == ' ');
}

size_t WosRecords(std::string_view text) {
  size_t n = 0;
  ForEachLine(text, true, [&](std::string_view line, size_t) { n += IsWosTag(line, "PT"); });
  return n;
}

// A MEDLINE record's first line, as the MEDLINE reader parses it: "PMID-",
// then the end or a space.
bool IsMedlinePmid(std::string_view line) {
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line.starts_with("PMID-") && (line.size() == 5 || line[5] == ' ');
}

size_t MedlineRecords(std::string_view text) {
  size_t n = 0;
  ForEachLine(text, true, [&](std::string_view line, size_t) { n += IsMedlinePmid(line); });
  return n;
}

// The readers skip one byte order mark at the start of the input; so does the
// stream before it counts lines and paragraphs.
std::string_view WithoutBom(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return text;
}

// PubMed XML: where the file's opening (prolog and root start tag) ends, just
// past the '>' of <PubmedArticleSet ...>; 0 when `head` does not hold it.
size_t PubmedOpeningEnd(std::string_view head) {
  if (read_internal::XmlRootName(head) != "PubmedArticleSet") return 0;
  for (size_t at = head.find('<'); at != std::string_view::npos; at = head.find('<', at)) {
    std::string_view rest = head.substr(at);
    std::string_view end = rest.starts_with("<!--") ? "-->" : rest.starts_with("<?") ? "?>" : ">";
    if (!rest.starts_with("<!") && !rest.starts_with("<?")) {  // the root start tag
      size_t close = rest.find('>');
      bool plain = rest.starts_with("<PubmedArticleSet") && close != std::string_view::npos &&
                   rest.find_first_of("\"'") > close && rest[close - 1] != '/';
      return plain ? at + close + 1 : 0;
    }
    // A DOCTYPE's internal subset ends at "]>" (a '>' inside it does not end it).
    if (rest.starts_with("<!DOCTYPE") && rest.find('[') < rest.find('>')) end = "]>";
    size_t past = rest.find(end);
    if (past == std::string_view::npos) return 0;
    at += past + end.size();
  }
  return 0;
}

// Moves over a line of XML, keeping whether it ends inside a comment or a CDATA
// section (`*open_end` is then what closes it, else empty).
void SkipXmlLine(std::string_view line, std::string_view* open_end) {
  size_t at = 0;
  while (at < line.size()) {
    if (!open_end->empty()) {
      size_t past = line.find(*open_end, at);
      if (past == std::string_view::npos) return;
      at = past + open_end->size();
      *open_end = {};
    }
    size_t mark = line.find("<!", at);
    if (mark == std::string_view::npos) return;
    std::string_view rest = line.substr(mark);
    *open_end = rest.starts_with("<!--") ? "-->" : rest.starts_with("<![CDATA[") ? "]]>" : "";
    at = mark + 2;
  }
}

// A line that ends a PubMed record: its last markup is </PubmedArticle> or
// </PubmedBookArticle>, outside a comment or CDATA section.
bool EndsPubmedRecord(std::string_view line, std::string_view open_end) {
  while (!line.empty() && read_internal::IsSpace(line.back())) line.remove_suffix(1);
  return open_end.empty() &&
         (line.ends_with("</PubmedArticle>") || line.ends_with("</PubmedBookArticle>"));
}

// The records a chunk of PubMed XML opens (when its reader could not count
// them, it being broken): its <PubmedArticle> and <PubmedBookArticle> tags.
size_t PubmedRecords(std::string_view text) {
  size_t n = 0;
  for (std::string_view tag : {"<PubmedArticle", "<PubmedBookArticle"}) {
    for (size_t at = text.find(tag); at != std::string_view::npos; at = text.find(tag, at + 1)) {
      char next = at + tag.size() < text.size() ? text[at + tag.size()] : '>';
      n += next == '>' || read_internal::IsSpace(next);
    }
  }
  return n;
}

bool IsJsonLinesFormat(InputFormat f) {
  return f == InputFormat::kOpenAlex || f == InputFormat::kCrossref || f == InputFormat::kS2 ||
         f == InputFormat::kCslJson;
}

}  // namespace

bool RecordStream::Open(const std::string& path, std::istream* standard_input, InputFormat format,
                        std::vector<Diagnostic>* diags, const std::string& encoding) {
  path_ = path;
  std::string error;
  if (!source_.Open(path, standard_input, &error)) {
    diags->push_back(MakeError(path, "cannot read file: " + error));
    failed_ = true;  // Next then ends at once: the error is reported
    return false;
  }
  total_bytes_ = source_.size();
  // Enough of the input to tell its format: a chunk (at least 64 KiB), and two
  // records of JSON Lines.
  Fill(std::max<size_t>(chunk_bytes_, 1 << 16));
  while (!eof_ && !failed_ && buffer_.size() < kDetectMaxBytes &&
         std::count(buffer_.begin(), buffer_.end(), '\n') < 2) {
    Fill(buffer_.size() * 2);
  }
  // An XML declaration's encoding applies when any byte is not UTF-8: read whole.
  if (MayNeedConversion(buffer_, encoding)) Fill(std::numeric_limits<size_t>::max());
  if (NeedsConversion(buffer_, encoding, eof_)) {  // read whole: a chunk may cut a character
    Fill(std::numeric_limits<size_t>::max());
    if (failed_) return true;  // Next reports the read error
    if (!ToUtf8(path, encoding, &buffer_, diags)) {
      failed_ = true;  // Next then ends at once, not reading the unconverted bytes
      return false;
    }
  }
  // A PDF is no text at all: the whole input is rejected, as when read whole.
  if (IsBinaryDocument(buffer_)) {
    diags->push_back(*CheckText(path, buffer_));
    failed_ = true;
    return false;
  }
  // Detected as ReadDocuments detects: on the content without its byte order mark.
  std::string_view head = WithoutBom(buffer_);
  format_ = format == InputFormat::kAuto ? DetectFormat(head, path) : format;
  switch (format_) {
    case InputFormat::kJsonl:
    case InputFormat::kRis:
    case InputFormat::kMedline:
    case InputFormat::kWos:
      streamed_ = true;
      break;
    case InputFormat::kText:
      // Paragraphs only when this chunk shows them: a file with no blank line
      // between two lines holds one abstract per line, which needs all of it.
      streamed_ = Paragraphs(head) > 1;
      origin_.paragraphs = streamed_;
      break;
    case InputFormat::kPubmedXml:
    case InputFormat::kXml:
      // Only a <PubmedArticleSet>; a chunk past the first is parsed after the
      // file's opening, which holds its DOCTYPE and the root start tag.
      // (Told by its root, not per chunk: a chunk may open with a book record.)
      xml_open_ = std::string(head.substr(0, PubmedOpeningEnd(head)));
      streamed_ = !xml_open_.empty();
      if (streamed_) format_ = InputFormat::kPubmedXml;
      break;
    default:
      streamed_ = IsJsonLinesFormat(format_) && read_internal::LooksLikeJsonLines(head);
      origin_.lines = streamed_;
      break;
  }
  // Maybe an Argdown map, told only once its front matter closes: read whole.
  if (streamed_ && format == InputFormat::kAuto && OpensFrontMatter(head)) ReadWhole();
  if (!streamed_) Fill(std::numeric_limits<size_t>::max());
  // A map is told as ReadDocuments tells it: from all of an input read whole
  // (a pretty-printed map opens with a line of its own), else from the head.
  std::string_view seen = streamed_ ? head : WithoutBom(buffer_);
  if (InputKind kind = ClassifyInput(seen, path); format == InputFormat::kAuto && IsMap(kind)) {
    // As ReadInputFile: a map that is not text is that error (Next reports it,
    // reading it whole), else it is refused.
    ReadWhole();
    if (CheckText(path, buffer_)) return true;
    diags->push_back(MapGivenForAbstracts(path, kind));
    failed_ = true;  // Next then ends at once, not reading the map as abstracts
    return false;
  }
  return true;
}

void RecordStream::ReadWhole() {
  streamed_ = false;
  origin_.paragraphs = origin_.lines = false;
  xml_open_.clear();
  Fill(std::numeric_limits<size_t>::max());
}

bool RecordStream::Fill(size_t at_least) {
  // Reads of at most a chunk, so that small chunks (tests) really cut the input.
  size_t want = std::min<size_t>(1 << 16, std::max<size_t>(chunk_bytes_, 1));
  while (!eof_ && !failed_ && buffer_.size() < at_least) {
    size_t n = source_.Read(want, &buffer_);
    bytes_read_ += n;
    if (n == 0) {  // Read fills all it can: a pipe gives what it has, then the rest
      if (source_.failed()) {
        failed_ = true;
        error_ = source_.error();
      }
      eof_ = true;
    }
  }
  return !failed_;
}

size_t RecordStream::CutPoint() const {
  // Record boundaries: after a blank line (text), an "ER" line (RIS), any line
  // (JSON Lines), before a "PMID-" line that follows another (MEDLINE). The
  // first one at or past a chunk's size, else the last one. An "ER" counts only
  // when it closes a record the chunk opened: a stray one would start the next
  // chunk in a state the reader of the whole file is not in. Text is cut at a
  // blank line only between paragraphs the reader keeps apart
  // (read_internal::MayEndTextRecord, MayStartTextRecord), so the boundary is
  // known at the next paragraph's first line. PubMed XML is cut after a line
  // that ends a record (EndsPubmedRecord), so that a chunk starts a line.
  size_t first = 0, last = 0;
  std::string_view xml_open_end;  // PubMed XML: the end of the comment or CDATA the line is in
  bool open = false;              // a RIS or MEDLINE record is open (the buffer starts outside one)
  bool may_end = false;           // text: the last non-blank line may end a record
  size_t blank_end = 0;           // text: the end of a blank line after such a line
  std::string_view buffer = buffer_;
  size_t para_begin = 0, para_end = 0;   // text: the paragraph being read
  std::string_view previous, paragraph;  // text: the last two paragraphs read whole
  ForEachLine(buffer_, false, [&](std::string_view line, size_t end) {
    bool boundary = true;
    if (format_ == InputFormat::kText) {
      boundary = false;
      size_t at = static_cast<size_t>(line.data() - buffer.data());
      if (IsBlankLine(line)) {
        if (para_end > para_begin) {
          previous = paragraph;
          paragraph = buffer.substr(para_begin, para_end - para_begin);
          // The input's first paragraph, as the reader sees it: without its mark.
          if (para_begin == 0 && origin_.line_base == 0) paragraph = WithoutBom(paragraph);
          para_begin = para_end = 0;
        }
        if (may_end) blank_end = end;
        return;
      }
      if (blank_end > 0 && read_internal::MayStartTextRecord(line) &&
          read_internal::TextParagraphEndsRecord(previous, paragraph)) {
        boundary = true;
        end = blank_end;
      }
      if (para_end == para_begin) para_begin = at;
      para_end = at + line.size();
      blank_end = 0;
      may_end = read_internal::MayEndTextRecord(line);
    } else if (!xml_open_.empty()) {
      SkipXmlLine(line, &xml_open_end);
      boundary = EndsPubmedRecord(line, xml_open_end);
    } else if (format_ == InputFormat::kRis) {
      boundary = open && IsRisTag(line, "ER");
      open = IsRisTag(line, "TY") || (open && !boundary);
    } else if (format_ == InputFormat::kWos) {
      boundary = open && IsWosTag(line, "ER");
      open = IsWosTag(line, "PT") || (open && !boundary);
    } else if (format_ == InputFormat::kMedline) {
      // Cut before the "PMID-" line, where the record before it ends.
      boundary = open && IsMedlinePmid(line);
      open = open || IsMedlinePmid(line);
      if (boundary) end -= line.size() + 1;
    }
    if (!boundary || first > 0) return;
    last = end;
    if (end >= chunk_bytes_) first = end;
  });
  return first > 0 ? first : last;
}

void RecordStream::Advance(std::string_view chunk, int last_record) {
  if (origin_.line_base == 0) chunk = WithoutBom(chunk);  // the first chunk
  origin_.line_base += static_cast<int>(std::count(chunk.begin(), chunk.end(), '\n'));
  if (!xml_open_.empty()) origin_.xml_open = xml_open_;  // for the chunks past the first
  if (last_record >= 0) {  // a JSON export, whose line may hold several records; PubMed XML
    origin_.record_base = last_record;
    return;
  }
  size_t records = !xml_open_.empty()                 ? PubmedRecords(chunk)
                   : format_ == InputFormat::kText    ? Paragraphs(chunk)
                   : format_ == InputFormat::kRis     ? RisRecords(chunk)
                   : format_ == InputFormat::kMedline ? MedlineRecords(chunk)
                   : format_ == InputFormat::kWos     ? WosRecords(chunk)
                                                      : NonBlankLines(chunk);
  origin_.record_base += static_cast<int>(records);
}

bool RecordStream::Next(std::vector<Document>* docs, std::vector<Diagnostic>* diags, bool* ok) {
  if (failed_) {
    diags->insert(diags->end(), held_.begin(), held_.end());
    held_.clear();
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
    // PubMed XML: whether the chunk is the last, which has the root end tag (or
    // lacks it as the file does), or needs it added.
    if (!xml_open_.empty() && cut == buffer_.size() && !eof_) Fill(buffer_.size() + 1);
    if (failed_) return Next(docs, diags, ok);
    if (cut == 0) cut = buffer_.size();  // at the end: the rest is the last record
  }
  if (cut == 0) {
    if (!reported_end_ && documents_ == 0 && without_abstract_ > 0) {
      ReportNoneWithAbstract(path_, without_abstract_, 0, &held_);
      *ok = false;
    } else if (!reported_end_ && documents_ == 0 && clean_) {
      held_.push_back(MakeError(path_, "no abstracts found"));
      *ok = false;
    }
    diags->insert(diags->end(), held_.begin(), held_.end());
    held_.clear();
    reported_end_ = true;
    return false;
  }
  std::string_view chunk = std::string_view(buffer_).substr(0, cut);
  bool last = cut == buffer_.size() && (eof_ || !streamed_);
  origin_.xml_close = !xml_open_.empty() && !last ? "</PubmedArticleSet>" : "";
  size_t before = docs->size();
  int last_record = -1;
  // Until the first abstract, the messages are held: if none comes, the
  // warnings of records without one give way to one error, as when read whole.
  std::vector<Diagnostic>* to = documents_ == 0 ? &held_ : diags;
  bool chunk_ok =
      ReadChunk(path_, chunk, format_, origin_, docs, to, &last_record, &without_abstract_);
  documents_ += docs->size() - before;
  if (documents_ > 0 && !held_.empty()) {
    diags->insert(diags->end(), held_.begin(), held_.end());
    held_.clear();
  }
  clean_ = clean_ && chunk_ok;
  *ok = *ok && chunk_ok;
  Advance(chunk, last_record);
  buffer_.erase(0, cut);
  return true;
}

}  // namespace argmap
