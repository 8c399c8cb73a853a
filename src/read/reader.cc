// The public entry points of src/read (format table, detection, reading a file)
// and the helpers the format readers share.
#include "read/reader.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "core/input_bytes.h"
#include "core/limits.h"
#include "core/name_table.h"
#include "read/input.h"
#include "read/json_shape.h"
#include "read/readers_internal.h"
#include "read/xml_tree.h"
#include "text/language.h"
#include "text/scan.h"

namespace argmap {
namespace read_internal {

std::vector<Line> SplitLines(std::string_view content) {
  std::vector<Line> lines;
  size_t start = 0;
  int number = 1;
  while (start < content.size()) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view text = content.substr(start, end - start);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    lines.push_back(Line{text, start, number++});
    start = end + 1;
  }
  return lines;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool IsBlank(std::string_view s) { return Trim(s).empty(); }

std::string_view StripAbstractLabel(std::string_view text) {
  text = Trim(text);
  for (std::string_view label : {"ABSTRACT", "Abstract"}) {
    if (!text.starts_with(label)) continue;
    std::string_view rest = text.substr(label.size());
    bool punctuated = !rest.empty() && (rest.front() == ':' || rest.front() == '.');
    if (punctuated) rest.remove_prefix(1);
    if (rest.empty()) return rest;         // the label alone
    if (!IsSpace(rest.front())) continue;  // "Abstracts", "Abstraction"
    std::string_view body = Trim(rest);
    bool same_line = rest.substr(0, rest.size() - body.size()).find('\n') == std::string_view::npos;
    bool lower = !body.empty() && body.front() >= 'a' && body.front() <= 'z';
    if (label == "Abstract" && !punctuated && same_line && lower) continue;
    return body;
  }
  return text;
}

namespace {

// True when `rest` opens with "(c) 2010" or "(C) 2010".
bool OpensYearMark(std::string_view rest) {
  return (rest.starts_with("(c) ") || rest.starts_with("(C) ")) && rest.size() >= 8 &&
         std::all_of(rest.begin() + 4, rest.begin() + 8, IsAsciiDigit);
}

// True when a notice opens at `i`: "©", "(c) 2010", "All rights reserved", and
// "Copyright" followed by one of the first two or by a year ("Copyright law ..."
// is a sentence).
bool OpensNotice(std::string_view text, size_t i) {
  constexpr std::string_view kSign = "\xC2\xA9";
  std::string_view rest = text.substr(i);
  if (rest.starts_with(kSign) || OpensYearMark(rest) || rest.starts_with("All rights reserved")) {
    return true;
  }
  if (!rest.starts_with("Copyright") && !rest.starts_with("COPYRIGHT")) return false;
  rest = Trim(rest.substr(9));
  return rest.starts_with(kSign) || OpensYearMark(rest) ||
         (rest.size() >= 4 && std::all_of(rest.begin(), rest.begin() + 4, IsAsciiDigit));
}

}  // namespace

std::string_view StripCopyrightNotice(std::string_view text) {
  size_t from = text.size() > kMaxNoticeBytes ? text.size() - kMaxNoticeBytes : 0;
  for (size_t i = from; i < text.size(); ++i) {
    if (!OpensNotice(text, i)) continue;
    std::string_view before = Trim(text.substr(0, i));
    if (i > 0 && !IsSpace(text[i - 1])) continue;
    if (!before.empty() && before.find_last_of(".!?)]\"") != before.size() - 1) continue;
    return before;
  }
  return text;
}

std::string_view AbstractBody(std::string_view text) {
  return StripCopyrightNotice(StripAbstractLabel(text));
}

std::string DefaultId(const ReadContext& ctx, int record) {
  return ctx.stem + "#" + std::to_string(record);
}

void AddError(const ReadContext& ctx, int line, std::string message) {
  Diagnostic d = MakeError(ctx.path, std::move(message));
  d.line = line;
  ctx.diags->push_back(std::move(d));
}

void AddWarning(const ReadContext& ctx, int line, std::string message) {
  Diagnostic d = MakeError(ctx.path, std::move(message));
  d.severity = Severity::kWarning;
  d.line = line;
  ctx.diags->push_back(std::move(d));
}

std::string RecordLabel(int record, std::string_view id) {
  std::string label = "record " + std::to_string(record);
  if (!id.empty()) label += " ('" + std::string(id) + "')";
  return label;
}

void AddDocument(const ReadContext& ctx, Document doc, int record, int line,
                 std::string_view label) {
  doc.text = std::string(AbstractBody(doc.text));
  if (doc.text.empty()) {
    if (ctx.without_abstract) ++*ctx.without_abstract;
    return AddWarning(ctx, line, std::string(label) + std::string(kNoAbstractWarning));
  }
  if (doc.id.empty()) doc.id = doc.doi.empty() ? DefaultId(ctx, record) : doc.doi;
  doc.source = ctx.path;
  doc.record = record;
  doc.line = line;
  ctx.docs->push_back(std::move(doc));
}

std::string FirstValue(const TaggedRecord& record, std::initializer_list<std::string_view> tags) {
  for (std::string_view tag : tags) {
    for (const auto& [name, value] : record.fields) {
      if (name == tag && !value.empty()) return value;
    }
  }
  return "";
}

void ReadTaggedRecords(const ReadContext& ctx, const TaggedSyntax& syntax) {
  TaggedRecord record;
  bool open = false;
  bool stray = false;  // a tag outside a record was reported since the last record
  int count = ctx.record_base;
  auto close_unended = [&](std::string_view where) {
    AddWarning(ctx, record.line,
               "record " + std::to_string(record.number) + " has no " +
                   std::string(syntax.end_line) + " before " + std::string(where));
    syntax.add(ctx, record);
  };
  for (const Line& line : SplitLines(ctx.content)) {
    std::string_view tag, value;
    if (!syntax.parse(line.text, &tag, &value)) {
      if (open && !record.fields.empty()) syntax.more(line.text, &record);
      continue;
    }
    if (tag == syntax.start) {
      if (open) close_unended("the next '" + std::string(syntax.start) + "'");
      record = TaggedRecord{++count, line.number, {}};
      open = true;
      stray = false;
    } else if (!open) {
      bool frame = std::find(syntax.frame.begin(), syntax.frame.end(), tag) != syntax.frame.end();
      if (!frame && !stray) {
        AddError(ctx, line.number,
                 std::string(syntax.field) + " '" + std::string(tag) + "' outside a record (no " +
                     std::string(syntax.start_line) + " before it)");
        stray = true;
      }
    } else if (tag == syntax.end) {
      syntax.add(ctx, record);
      open = false;
    } else {
      record.fields.emplace_back(tag, value);
    }
  }
  if (open) close_unended("the end of the file");
}

void AppendSection(std::string_view heading, std::string_view body, std::string* text) {
  heading = Trim(heading);
  body = Trim(body);
  if (body.empty()) return;
  if (!text->empty()) text->push_back('\n');
  if (!heading.empty()) {
    text->append(heading);
    if (heading.back() != ':' && heading.back() != '.') text->push_back(':');
    text->push_back(' ');
  }
  text->append(body);
}

}  // namespace read_internal

namespace {

using read_internal::ReadContext;

struct FormatEntry {
  InputFormat value;
  std::string_view name;
  void (*read)(const ReadContext& ctx);  // nullptr for kAuto, which is detected first
};

constexpr FormatEntry kFormats[] = {
    {InputFormat::kAuto, "auto", nullptr},
    {InputFormat::kText, "text", read_internal::ReadText},
    {InputFormat::kTextLines, "lines", read_internal::ReadTextLines},
    {InputFormat::kTextParagraphs, "paragraphs", read_internal::ReadTextParagraphs},
    {InputFormat::kJson, "json", read_internal::ReadJson},
    {InputFormat::kJsonl, "jsonl", read_internal::ReadJsonl},
    {InputFormat::kScraped, "scraped", read_internal::ReadScraped},
    {InputFormat::kBibtex, "bibtex", read_internal::ReadBibtex},
    {InputFormat::kRis, "ris", read_internal::ReadRis},
    {InputFormat::kCslJson, "csl-json", read_internal::ReadCslJson},
    {InputFormat::kOpenAlex, "openalex", read_internal::ReadOpenAlex},
    {InputFormat::kCrossref, "crossref", read_internal::ReadCrossref},
    {InputFormat::kS2, "s2", read_internal::ReadS2},
    {InputFormat::kMedline, "medline", read_internal::ReadMedline},
    {InputFormat::kXml, "xml", read_internal::ReadXml},
    {InputFormat::kPubmedXml, "pubmed-xml", read_internal::ReadPubmedXml},
    {InputFormat::kJats, "jats", read_internal::ReadJats},
    {InputFormat::kTei, "tei", read_internal::ReadTei},
    {InputFormat::kWos, "wos", read_internal::ReadWos},
    {InputFormat::kCsv, "csv", read_internal::ReadCsv},
    {InputFormat::kEndnoteXml, "endnote-xml", read_internal::ReadEndnoteXml},
};

// File name extensions that decide the format (lower-case, with the dot).
struct ExtensionEntry {
  InputFormat value;
  std::string_view name;  // the extension, lower-case, with its dot
};

constexpr ExtensionEntry kExtensions[] = {
    {InputFormat::kBibtex, ".bib"}, {InputFormat::kBibtex, ".bibtex"},
    {InputFormat::kRis, ".ris"},    {InputFormat::kMedline, ".nbib"},
    {InputFormat::kCsv, ".csv"},    {InputFormat::kCsv, ".tsv"},
};

std::string_view SkipBom(std::string_view content) {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  return content;
}

// Drops the documents from `first` on that are longer than kMaxAbstractBytes, each with an error.
void DropOversized(const std::string& path, size_t first, std::vector<Document>* docs,
                   std::vector<Diagnostic>* diags) {
  auto oversized = [&](const Document& doc) {
    if (doc.text.size() <= kMaxAbstractBytes) return false;
    std::string message = "record " + std::to_string(doc.record) + " is " +
                          std::to_string(doc.text.size()) + " bytes long, over the limit of " +
                          std::to_string(kMaxAbstractBytes) + " bytes for one abstract";
    Diagnostic d = MakeError(path, std::move(message));
    d.line = doc.line;
    diags->push_back(std::move(d));
    return true;
  };
  docs->erase(std::remove_if(docs->begin() + first, docs->end(), oversized), docs->end());
}

// A warning for each document from `first_doc` on that is surely not in English,
// merged by line into the messages from `first_diag` on (before the first one of
// a later line), so that a streamed input gives the order of reading it whole.
void WarnOfLanguage(const std::string& path, size_t first_doc, size_t first_diag,
                    const std::vector<Document>& docs, std::vector<Diagnostic>* diags) {
  std::vector<Diagnostic> warnings;
  for (size_t i = first_doc; i < docs.size(); ++i) {
    DetectedLanguage lang = DetectLanguage(docs[i].text);
    if (lang.english) continue;
    Diagnostic d = MakeError(path, read_internal::RecordLabel(docs[i].record, docs[i].id) +
                                       " looks " + DisplayLanguageName(lang.name) +
                                       ", not English: argmap reads English abstracts, so its "
                                       "map may be empty or wrong");
    d.severity = Severity::kWarning;
    d.line = docs[i].line;
    warnings.push_back(std::move(d));
  }
  if (warnings.empty()) return;
  std::vector<Diagnostic> merged(diags->begin(), diags->begin() + first_diag);
  size_t w = 0;
  for (size_t i = first_diag; i < diags->size(); ++i) {
    int line = (*diags)[i].line;
    while (w < warnings.size() && line > 0 && line > warnings[w].line) {
      merged.push_back(std::move(warnings[w++]));
    }
    merged.push_back(std::move((*diags)[i]));
  }
  while (w < warnings.size()) merged.push_back(std::move(warnings[w++]));
  *diags = std::move(merged);
}

// The first non-blank line after the first line of `rest`, or "".
std::string_view NextNonBlankLine(std::string_view rest) {
  size_t eol = rest.find('\n');
  while (eol != std::string_view::npos) {
    size_t start = eol + 1;
    eol = rest.find('\n', start);
    std::string_view line = rest.substr(start, eol == std::string_view::npos ? eol : eol - start);
    if (!read_internal::IsBlank(line)) return read_internal::Trim(line);
  }
  return {};
}

void Dispatch(InputFormat format, const ReadContext& ctx) {
  const FormatEntry* e = RowOf(kFormats, format);
  (e != nullptr && e->read != nullptr ? e->read : read_internal::ReadText)(ctx);
}

// The format the extension of `path` decides, or kAuto.
InputFormat FormatOfExtension(std::string_view path) {
  std::string extension = AsciiLowerCopy(std::filesystem::path(path).extension().string());
  const ExtensionEntry* e = RowNamed(kExtensions, extension);
  return e == nullptr ? InputFormat::kAuto : e->value;
}

// True when `line` opens a BibTeX entry ("@article{", "@Comment{", "@string(");
// with `keyed`, an entry with a key and its comma ("@article{roe2021,").
bool OpensEntry(std::string_view line, bool keyed) {
  if (!line.starts_with('@')) return false;
  size_t i = 1;
  while (i < line.size() && IsAsciiLetter(line[i])) ++i;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i == 1 || i >= line.size() || (line[i] != '{' && line[i] != '(')) return false;
  if (!keyed) return true;
  size_t comma = line.find(',', i + 1);
  std::string_view key = line.substr(i + 1, comma == std::string_view::npos ? 0 : comma - i - 1);
  return !key.empty() && key.find_first_of("{}()\"") == std::string_view::npos;
}

// The lines of plain text a BibTeX export pasted under a note may start with
// ("My reading list", then the entries).
constexpr int kBibtexLeadLines = 5;

// True when the first line that is neither blank nor a '%' comment opens a
// BibTeX entry, or one of the next kBibtexLeadLines lines opens one with its
// key ("@article{roe2021,": text before it is what BibTeX reads as a comment).
bool LooksLikeBibtex(std::string_view rest) {
  for (int line = 0; !rest.empty() && line <= kBibtexLeadLines;) {
    size_t eol = rest.find('\n');
    std::string_view text = rest.substr(0, eol);
    if (!text.starts_with('%')) {
      if (OpensEntry(text, line > 0)) return true;
      ++line;
    }
    rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
    while (!rest.empty() && read_internal::IsSpace(rest.front())) rest.remove_prefix(1);
  }
  return false;
}

// True when the first non-blank line is a RIS record's "TY  - " line.
bool LooksLikeRis(std::string_view rest) {
  return rest.starts_with("TY  -") &&
         (rest.size() == 5 || rest[5] == ' ' || rest[5] == '\r' || rest[5] == '\n');
}

// True when the first line is a MEDLINE record's "PMID- " line.
bool LooksLikeMedline(std::string_view rest) { return rest.starts_with("PMID- "); }

// True when `line` is a Web of Science field line: "PT J", "AU Roe, J".
bool IsWosFieldLine(std::string_view line) {
  return line.size() > 3 && IsAsciiUpper(line[0]) &&
         (IsAsciiUpper(line[1]) || IsAsciiDigit(line[1])) && line[2] == ' ' && line[3] != ' ';
}

// True when the file opens as Web of Science plain text: an "FN" line and then
// "VR" or "PT", or a "PT J" line and then another field line.
bool LooksLikeWos(std::string_view rest) {
  std::string_view first = read_internal::Trim(rest.substr(0, rest.find('\n')));
  std::string_view next = NextNonBlankLine(rest);
  if (first.starts_with("FN ")) return next.starts_with("VR ") || next.starts_with("PT ");
  return first.starts_with("PT ") && first.size() <= 4 && IsWosFieldLine(next);
}

}  // namespace

std::string_view InputFormatName(InputFormat f) {
  std::string_view name = NameOf(kFormats, f);
  return name.empty() ? "auto" : name;
}

bool ParseInputFormat(std::string_view name, InputFormat* f) { return FindName(kFormats, name, f); }

std::vector<std::string> InputFormatNames() { return Names(kFormats); }

InputFormat DetectFormat(std::string_view content, std::string_view path) {
  if (InputFormat f = FormatOfExtension(path); f != InputFormat::kAuto) return f;
  std::string_view rest = SkipBom(content);
  while (!rest.empty() && read_internal::IsSpace(rest.front())) rest.remove_prefix(1);
  if (LooksLikeBibtex(rest)) return InputFormat::kBibtex;
  if (LooksLikeRis(rest)) return InputFormat::kRis;
  if (LooksLikeMedline(rest)) return InputFormat::kMedline;
  if (LooksLikeWos(rest)) return InputFormat::kWos;
  if (rest.starts_with('<')) {
    InputFormat xml = read_internal::XmlFormatOf(read_internal::XmlRootName(rest));
    bool declared = rest.starts_with("<?xml") || rest.starts_with("<!DOCTYPE");
    if (xml != InputFormat::kXml || declared) return xml;
  }
  if (rest.empty() || (rest.front() != '{' && rest.front() != '[')) {
    bool csv = read_internal::LooksLikeCsvHeader(rest.substr(0, rest.find('\n')));
    return csv ? InputFormat::kCsv : InputFormat::kText;
  }
  JsonProbe probe = ProbeJson(rest);
  // A bibliographic shape is read as one value or as JSON Lines by its reader.
  if (probe.shape != InputFormat::kAuto) return probe.shape;
  if (probe.complete) return InputFormat::kJson;
  // Not one JSON document: a broken one, JSON Lines, or a record followed by page text.
  if (!read_internal::ParsesAsJsonObject(rest.substr(0, rest.find('\n')))) {
    return InputFormat::kJson;
  }
  std::string_view next = NextNonBlankLine(rest);
  // A next line that opens an object is a (possibly broken) record, not page text.
  if (!next.empty() && (next.front() == '{' || read_internal::ParsesAsJson(next))) {
    return InputFormat::kJsonl;
  }
  return InputFormat::kScraped;
}

bool ReadChunk(const std::string& path, std::string_view content, InputFormat format,
               const ChunkOrigin& origin, std::vector<Document>* docs,
               std::vector<Diagnostic>* diags, int* last_record, int* without_abstract) {
  size_t first_doc = docs->size();
  size_t first_diag = diags->size();
  bool start = origin.line_base == 0;  // the first chunk, or the whole input
  // A PDF is told by the input's first bytes, not by a chunk's. CheckText skips
  // the one byte order mark an input's start may have, so it is given the
  // content with it; a chunk past the start keeps its mark.
  std::optional<Diagnostic> not_text =
      start ? CheckText(path, content, kEncodingHint) : CheckEncoding(path, content, kEncodingHint);
  if (start) content = SkipBom(content);
  if (not_text) {
    diags->push_back(std::move(*not_text));
  } else if (!read_internal::IsBlank(content)) {
    if (format == InputFormat::kAuto) format = DetectFormat(content, path);
    LineIndexScope lines(content);  // many errors in a large input stay cheap to place
    ReadContext ctx{path, FileStem(path), content, docs, diags};
    ctx.record_base = origin.record_base;
    ctx.paragraphs = origin.paragraphs;
    ctx.lines = origin.lines;
    ctx.xml_open = origin.xml_open;
    ctx.xml_close = origin.xml_close;
    if (!origin.xml_open.empty()) ctx.line_base = origin.line_base;  // libxml2 counts on from it
    ctx.last_record = last_record;
    ctx.without_abstract = without_abstract;
    Dispatch(format, ctx);
    WarnOfLanguage(path, first_doc, first_diag, *docs, diags);
  }
  // A parser's message may quote a cut multi-byte character.
  for (size_t i = first_diag; i < diags->size(); ++i) {
    (*diags)[i].message = Sanitized((*diags)[i].message);
    if ((*diags)[i].line > 0) (*diags)[i].line += origin.line_base;
  }
  for (size_t i = first_doc; i < docs->size(); ++i) {
    if ((*docs)[i].line > 0) (*docs)[i].line += origin.line_base;
  }
  DropOversized(path, first_doc, docs, diags);
  return std::none_of(diags->begin() + first_diag, diags->end(),
                      [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

bool ReadDocuments(const std::string& path, std::string_view content, InputFormat format,
                   std::vector<Document>* docs, std::vector<Diagnostic>* diags) {
  if (InputKind kind = ClassifyInput(content, path); format == InputFormat::kAuto && IsMap(kind)) {
    diags->push_back(MapGivenForAbstracts(path, kind));
    return false;
  }
  size_t first_doc = docs->size(), first_diag = diags->size();
  int without_abstract = 0;
  bool ok =
      ReadChunk(path, content, format, ChunkOrigin{}, docs, diags, nullptr, &without_abstract);
  if (docs->size() > first_doc) return ok;
  if (without_abstract > 0) {
    ReportNoneWithAbstract(path, without_abstract, first_diag, diags);
    return false;
  }
  if (ok) diags->push_back(MakeError(path, "no abstracts found"));
  return false;
}

bool ReadInputFile(const std::string& path, std::istream* standard_input, InputFormat format,
                   std::vector<Document>* docs, std::vector<Diagnostic>* diags,
                   const std::string& encoding) {
  std::string content;
  if (!ReadText(path, standard_input, encoding, &content, diags, kEncodingHint)) return false;
  return ReadDocuments(path, content, format, docs, diags);
}

bool IsSkippedRecord(const Diagnostic& d) {
  return d.severity == Severity::kWarning && d.message.ends_with(read_internal::kNoAbstractWarning);
}

bool IsSkippedOtherRecord(const Diagnostic& d) {
  bool record = d.message.starts_with("record ") || d.message.starts_with("paper '");
  return d.severity == Severity::kWarning && record && d.message.ends_with("; skipped") &&
         !IsSkippedRecord(d);
}

void ReportNoneWithAbstract(const std::string& path, int records, size_t first,
                            std::vector<Diagnostic>* diags) {
  // One line for the file, not a warning per record ahead of a bare error.
  std::erase_if(*diags, [&, i = size_t{0}](const Diagnostic& d) mutable {
    return i++ >= first && IsSkippedRecord(d);
  });
  diags->push_back(
      MakeError(path, records == 1 ? "1 record, without an abstract"
                                   : std::to_string(records) + " records, none with an abstract"));
}

std::string FileStem(const std::string& path) {
  if (path == "-") return "stdin";
  return std::filesystem::path(path).filename().stem().string();
}

}  // namespace argmap
