// Internal to src/read: the pieces the format readers share.
//
// reader.cc owns the public entry points (format table, detection, file
// reading) and the helpers below; text_reader.cc and json_reader.cc each add
// the documents of one family of formats, and bibtex_reader.cc, ris_reader.cc,
// csl_json_reader.cc, openalex_reader.cc, crossref_reader.cc, s2_reader.cc,
// medline_reader.cc, pubmed_xml_reader.cc, jats_reader.cc, tei_reader.cc,
// wos_reader.cc, csv_reader.cc and endnote_reader.cc one
// bibliographic export format each (xml_tree.h holds what the XML ones share) (json_records.h holds
// what the JSON ones share). Every Read* function appends Documents and Diagnostics to the context
// and never clears them.
#ifndef ARGMAP_READ_READERS_INTERNAL_H_
#define ARGMAP_READ_READERS_INTERNAL_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
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
  // For a chunk of a longer input (record_stream.h): the records before it,
  // which the readers add to their record numbers; and, for plain text, that
  // paragraphs are separated by blank lines even when the chunk holds only one.
  int record_base = 0;
  bool paragraphs = false;
  // For a chunk of a JSON export: that it is JSON Lines; and where to store the
  // number of its last record (nullptr: nowhere).
  bool lines = false;
  int* last_record = nullptr;
  // For a chunk of PubMed XML: the file's opening (prolog and root start tag)
  // and root end tag it is parsed between ("": the chunk has them), and the
  // lines before the chunk, at which libxml2 starts counting (xml_tree.h).
  std::string_view xml_open = {};
  std::string_view xml_close = {};
  int line_base = 0;
  // Where AddDocument counts the records it skipped for having no abstract
  // (nullptr: nowhere).
  int* without_abstract = nullptr;
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

// `text` without a publisher's notice at its end: from a sentence that opens
// with "©", "Copyright", "(c) 2010" or "All rights reserved" to the end, when
// that is at most kMaxNoticeBytes ("... reduces conflict. © 2010 Trustees of
// Princeton University." keeps "... reduces conflict.").
inline constexpr size_t kMaxNoticeBytes = 300;
std::string_view StripCopyrightNotice(std::string_view text);

// `text` with its hard wraps undone, so that node texts read as the sentences
// they are: a line break inside a paragraph becomes a space, or nothing after a
// hyphen that ends the line ("ground-\nwater" reads "ground-water", the hyphen
// kept: "water-\nintensive" stays "water-intensive"). A break next to a blank
// line (a paragraph break), after a heading line ("Results") and before a line
// that opens with a heading ("Methods: We ...") stays, so that a heading is
// found alone on its line and never joins a node's text. Plain text, JSON
// records and CSV cells are unwrapped: their abstracts are often pasted.
std::string Unwrapped(std::string_view text);

// An abstract as a reader stores it: StripAbstractLabel, then StripCopyrightNotice.
std::string_view AbstractBody(std::string_view text);

// "<stem>#<n>".
std::string DefaultId(const ReadContext& ctx, int record);

// An error or warning about line `line` (0: no line) of the input.
void AddError(const ReadContext& ctx, int line, std::string message);
void AddWarning(const ReadContext& ctx, int line, std::string message);

// "record 3 ('W12')", or "record 3" when `id` is empty.
std::string RecordLabel(int record, std::string_view id);

// A record of a tagged-line format (RIS, MEDLINE): its number, the line it starts
// on, and its (tag, value) fields in file order.
struct TaggedRecord {
  int number = 0;
  int line = 0;
  std::vector<std::pair<std::string, std::string>> fields;
};

// The first non-empty value of the first of `tags` that has one, or "".
std::string FirstValue(const TaggedRecord& record, std::initializer_list<std::string_view> tags);

// A tagged-line format whose records run from a start tag to an end tag (RIS:
// "TY" to "ER", Web of Science: "PT" to "ER"), for ReadTaggedRecords.
struct TaggedSyntax {
  std::string_view start;       // the tag that opens a record
  std::string_view end;         // the tag that closes it
  std::string_view end_line;    // the end line as messages name it: "'ER  -' line"
  std::string_view field;       // what messages call a tag line: "tag", "field"
  std::string_view start_line;  // the start line as messages name it: "'TY'", "'PT' line"
  std::initializer_list<std::string_view> frame;  // tags allowed outside records ("FN")
  // Splits a tag line into its tag and value; false for any other line.
  bool (*parse)(std::string_view line, std::string_view* tag, std::string_view* value);
  // Takes a line that is no tag line into the open record (a continued value).
  void (*more)(std::string_view line, TaggedRecord* record);
  // Completes and adds the record's document (AddDocument).
  void (*add)(const ReadContext& ctx, const TaggedRecord& record);
};

// Reads the records of ctx.content: a record left open at the next start tag or
// at the end of the file is added with the warning "record N has no <end_line>
// before the next '<start>'" (or "before the end of the file"); a tag outside a
// record (not in `frame`) is the error "<field> 'X' outside a record (no
// <start_line> before it)", given once until the next record.
void ReadTaggedRecords(const ReadContext& ctx, const TaggedSyntax& syntax);

// How the warning of a record skipped for having no abstract ends.
inline constexpr std::string_view kNoAbstractWarning = " has no abstract; skipped";

// Completes `doc` and appends it: the text loses an abstract label; the id is
// the record's own, else its DOI, else DefaultId(record); source, record and
// line (0 when unknown) are set. When the text is empty it appends instead the
// warning "<label> has no abstract; skipped" at line `line`.
void AddDocument(const ReadContext& ctx, Document doc, int record, int line,
                 std::string_view label);

// Appends one section of a structured abstract to `text`: "Heading: body" (just
// the body when `heading` is empty), sections separated by a line break, so the
// pipeline's heading finder (text/sections.h) sees the heading as one.
void AppendSection(std::string_view heading, std::string_view body, std::string* text);

// Where a streamed plain-text input may be cut between two paragraphs: after
// one whose last line may end a record, before one whose first line may start
// one (the text reader joins labels, titles, headings and keywords to their
// abstract, and a cut must not part them).
bool MayEndTextRecord(std::string_view line);
bool MayStartTextRecord(std::string_view line);
// Whether `paragraph` (its lines, without the blank line after it) holds an
// abstract's text of its own, so that nothing of it waits for the next
// paragraph: false for a paragraph of labels, a title ("Title:" and its value)
// or headings alone, and for the value of a bare label alone in the paragraph
// before (`previous`).
bool TextParagraphEndsRecord(std::string_view previous, std::string_view paragraph);

// The readers, one per format.
void ReadText(const ReadContext& ctx);
void ReadTextLines(const ReadContext& ctx);
void ReadTextParagraphs(const ReadContext& ctx);
void ReadJson(const ReadContext& ctx);
void ReadJsonl(const ReadContext& ctx);
void ReadScraped(const ReadContext& ctx);
void ReadBibtex(const ReadContext& ctx);
void ReadRis(const ReadContext& ctx);
void ReadCslJson(const ReadContext& ctx);
void ReadOpenAlex(const ReadContext& ctx);
void ReadCrossref(const ReadContext& ctx);
void ReadS2(const ReadContext& ctx);
void ReadPubmedXml(const ReadContext& ctx);
void ReadMedline(const ReadContext& ctx);
void ReadJats(const ReadContext& ctx);
void ReadTei(const ReadContext& ctx);
void ReadWos(const ReadContext& ctx);
void ReadEndnoteXml(const ReadContext& ctx);
void ReadCsv(const ReadContext& ctx);

// True when `line` is the header row of a CSV or tab-separated export: three or
// more columns, one of them an abstract ("Abstract", "AB", "Abstract Note") and
// another one the CSV reader knows (title, authors, year, DOI, ...).
bool LooksLikeCsvHeader(std::string_view line);

// True when `text` is one complete JSON value (an object, for the second).
bool ParsesAsJson(std::string_view text);
bool ParsesAsJsonObject(std::string_view text);

}  // namespace argmap::read_internal

#endif  // ARGMAP_READ_READERS_INTERNAL_H_
