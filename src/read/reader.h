// Readers: from an input file's bytes to Documents.
//
// Formats: plain text (one abstract per blank-line separated paragraph, or one
// per line when the file has no blank line), JSON (one record or an array of
// records), JSON Lines, and the scraped page (a JSON record on the first line
// followed by page text, which is ignored); and the exports of reference
// managers and scholarly APIs: BibTeX/BibLaTeX, RIS, CSL-JSON, OpenAlex works,
// Crossref works and Semantic Scholar papers (docs/inputs.md); and PubMed's
// MEDLINE text and XML, JATS and GROBID's TEI; Web of Science plain text; CSV and
// tab-separated exports with a header row (Scopus, Web of Science, Zotero). The JSON exports may
// also come as JSON Lines. DetectFormat looks at the file name's extension (.bib, .bibtex, .ris,
// .nbib, .csv and .tsv decide) and at the content: "@type{" opens BibTeX, "TY  - " RIS, "PMID- "
// MEDLINE, "FN ... / PT J" Web of Science, a header row naming an abstract column CSV; XML (an XML
// declaration, a DOCTYPE, or a known root element first) is told by its root element
// (PubmedArticleSet or PubmedArticle, article or pmc-articleset, TEI or teiCorpus, EndNote's xml;
// any other root is an error naming these); and JSON by the keys of its first record
// (json_shape.h). Records of those exports without an abstract are skipped with a warning. Record
// fields: id, title, authors (string, list of strings, or list of objects with "name"), year or
// publicationDate, doi, journal/venue (string or object with "name"), abstract or text. A leading
// "ABSTRACT"/"Abstract" label is dropped. Missing id: the DOI, else "<file stem>#<n>" (n is the
// 1-based record number). A bad record gets a Diagnostic naming the path and line (or record) and
// is skipped; the others are still returned. ReadInput returns false when any error was reported.
#ifndef ARGMAP_READ_READER_H_
#define ARGMAP_READ_READER_H_

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"

namespace argmap {

enum class InputFormat {
  kAuto,
  kText,
  kJson,
  kJsonl,
  kScraped,
  kBibtex,
  kRis,
  kCslJson,
  kOpenAlex,
  kCrossref,
  kS2,
  kTextLines,       // plain text, forced: one abstract per line
  kTextParagraphs,  // plain text, forced: one per blank-line paragraph (no blank line: one)
  kMedline,         // PubMed's MEDLINE text (.nbib)
  kXml,             // XML of the kind its root element names (one of the three below)
  kPubmedXml,       // PubMed XML (PubmedArticleSet)
  kJats,            // JATS XML (article)
  kTei,             // GROBID's TEI XML (TEI)
  kWos,             // Web of Science plain text (FN, PT ... ER)
  kCsv,             // CSV or tab-separated export with a header row (Scopus, WoS, Zotero)
  kEndnoteXml,      // EndNote's XML export (xml/records/record)
};

// "auto", "text", "json", "jsonl", "scraped", "bibtex", "ris", "csl-json",
// "openalex", "crossref", "s2", "lines", "paragraphs", "medline", "xml",
// "pubmed-xml", "jats", "tei", "wos", "csv", "endnote-xml".
std::string_view InputFormatName(InputFormat f);
bool ParseInputFormat(std::string_view name, InputFormat* f);
std::vector<std::string> InputFormatNames();

// The format of `content` read from `path` ("" or "-" when there is no name); never kAuto.
InputFormat DetectFormat(std::string_view content, std::string_view path = {});

// Parses `content` read from `path` (used for messages and default ids). With
// kAuto, a map (read/input.h: argmap JSON, AIF, Argdown) is one error, not a
// file of records without abstracts. When no record has an abstract, their
// warnings give way to one error (ReportNoneWithAbstract).
bool ReadDocuments(const std::string& path, std::string_view content, InputFormat format,
                   std::vector<Document>* docs, std::vector<Diagnostic>* diags);

// Where a chunk of a longer input starts (record_stream.h cuts inputs into
// chunks of whole records): the lines and records before it, which messages,
// default ids and Document.record/line count in; for plain text, that its
// paragraphs are separated by blank lines even if the chunk holds one; and for
// the JSON exports, that the input is JSON Lines even if the chunk holds one line;
// for PubMed XML, what the chunk is parsed between: the file's opening (its
// prolog and root start tag, as in the file; for a chunk past the first, which
// starts a line) and the root end tag (for a chunk before the last).
struct ChunkOrigin {
  int line_base = 0;
  int record_base = 0;
  bool paragraphs = false;
  bool lines = false;
  std::string xml_open;
  std::string xml_close;
};

// ReadDocuments on one chunk; no error when it holds no abstract. When
// `last_record` is given, a JSON export reader sets it to the number of the
// chunk's last record (a line may hold several), and so does the PubMed XML
// reader when the chunk is well-formed; it is left alone otherwise.
// When `without_abstract` is given, it is raised by the number of records
// skipped (with a warning) for having no abstract.
bool ReadChunk(const std::string& path, std::string_view content, InputFormat format,
               const ChunkOrigin& origin, std::vector<Document>* docs,
               std::vector<Diagnostic>* diags, int* last_record = nullptr,
               int* without_abstract = nullptr);

// True for the warning of a record skipped for having no abstract.
bool IsSkippedRecord(const Diagnostic& d);
// True for the warning of a record skipped for another reason ("record 2 is a
// <PubmedBookArticle>, not a journal article (<PubmedArticle>); skipped", and
// compare's "paper 'x' was already read; skipped").
bool IsSkippedOtherRecord(const Diagnostic& d);

// For an input none of whose records had an abstract (`records` of them were
// skipped for it): drops their warnings from (*diags)[first...] and adds the
// one error "3 records, none with an abstract" ("1 record, without an abstract").
void ReportNoneWithAbstract(const std::string& path, int records, size_t first,
                            std::vector<Diagnostic>* diags);

// The stem of default ids: the file name without its last extension ("stdin" for "-").
std::string FileStem(const std::string& path);

// Reads the file at `path` ("-": `standard_input`, core/input_bytes.h),
// converts it to UTF-8 (ToUtf8: from `encoding`, or UTF-16 with its byte order
// mark) and parses it.
bool ReadInputFile(const std::string& path, std::istream* standard_input, InputFormat format,
                   std::vector<Document>* docs, std::vector<Diagnostic>* diags,
                   const std::string& encoding = {});

}  // namespace argmap

#endif  // ARGMAP_READ_READER_H_
