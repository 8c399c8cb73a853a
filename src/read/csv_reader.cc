// CSV and tab-separated exports with a header row: Scopus ("Abstract",
// "Author full names"), Web of Science's tab-delimited file ("AB", "AF"),
// Zotero ("Abstract Note"), Lens, Dimensions and hand-made sheets. libcsv
// (Debian's libcsv-dev) parses the fields (RFC 4180: quotes, doubled quotes,
// line breaks inside quotes); this file finds the columns by their header
// names, case-insensitively (kColumns; the first name of a field's rows that
// the header has wins) and fills one Document per row. The delimiter is the
// one of tab, ',' and ';' found most often in the header line.
//
// A row with a different number of fields than the header (extra empty ones
// aside) is an error naming its line, as is a quoted field still open at the end
// of the file; the other rows are kept. "[No abstract available]" is no abstract.
#include <csv.h>

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "read/bib_fields.h"
#include "read/readers_internal.h"
#include "text/scan.h"

namespace argmap::read_internal {
namespace {

enum class Field { kText, kTitle, kAuthors, kYear, kDoi, kVenue, kId, kKeywords };

struct Column {
  Field value;
  std::string_view name;  // lower case
};

constexpr Column kColumns[] = {
    {Field::kText, "abstract"},
    {Field::kText, "ab"},
    {Field::kText, "abstract note"},
    {Field::kTitle, "title"},
    {Field::kTitle, "article title"},
    {Field::kTitle, "document title"},
    {Field::kTitle, "ti"},
    {Field::kAuthors, "author full names"},
    {Field::kAuthors, "authors"},
    {Field::kAuthors, "author"},
    {Field::kAuthors, "author/s"},
    {Field::kAuthors, "af"},
    {Field::kAuthors, "au"},
    {Field::kYear, "year"},
    {Field::kYear, "publication year"},
    {Field::kYear, "pubyear"},
    {Field::kYear, "py"},
    {Field::kYear, "date"},
    {Field::kDoi, "doi"},
    {Field::kDoi, "di"},
    {Field::kVenue, "source title"},
    {Field::kVenue, "publication title"},
    {Field::kVenue, "journal"},
    {Field::kVenue, "so"},
    {Field::kId, "id"},
    {Field::kId, "eid"},
    {Field::kId, "ut (unique wos id)"},
    {Field::kId, "ut"},
    {Field::kId, "key"},
    {Field::kId, "lens id"},
    {Field::kId, "publication id"},
    {Field::kId, "pmid"},
    {Field::kKeywords, "author keywords"},
    {Field::kKeywords, "keywords"},
    {Field::kKeywords, "de"},
};
constexpr size_t kFieldCount = 8;

// The column of each Field in a header (-1: none).
using ColumnMap = std::array<int, kFieldCount>;

std::string HeaderName(std::string_view cell) {
  cell = Trim(cell);
  if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') {
    cell = Trim(cell.substr(1, cell.size() - 2));
  }
  return AsciiLowerCopy(cell);
}

ColumnMap MapColumns(const std::vector<std::string>& header) {
  ColumnMap map;
  map.fill(-1);
  for (const Column& c : kColumns) {
    int& slot = map[static_cast<size_t>(c.value)];
    if (slot >= 0) continue;
    for (size_t i = 0; i < header.size(); ++i) {
      if (HeaderName(header[i]) == c.name) {
        slot = static_cast<int>(i);
        break;
      }
    }
  }
  return map;
}

// Tab, ',' or ';': the one found most often outside quotes in `line` (',' on a tie).
char DelimiterOf(std::string_view line) {
  size_t tabs = 0, commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    tabs += c == '\t';
    commas += c == ',';
    semicolons += c == ';';
  }
  if (tabs > commas && tabs >= semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

// A row as libcsv gives it, with the line it starts on.
struct Row {
  std::vector<std::string> fields;
  int line = 0;
};

struct Parse {
  std::vector<Row> rows;
  Row current;
  bool at_start = true;  // no byte of the current row seen yet
};

void OnField(void* s, size_t len, void* data) {
  auto* p = static_cast<Parse*>(data);
  p->current.fields.emplace_back(static_cast<const char*>(s), len);
}

void OnRow(int, void* data) {
  auto* p = static_cast<Parse*>(data);
  p->rows.push_back(std::move(p->current));
  p->current = Row{};
  p->at_start = true;
}

int IsBlankByte(unsigned char c) { return c == ' '; }

// libcsv's state inside a field (FIELD_BEGUN in libcsv.c; csv.h declares the
// parser's fields, not the values of its states). With `quoted`, the parser is
// inside a quoted field that no quote has closed yet.
constexpr int kInsideField = 2;

// "Roe, Jane (57190000000)" loses its trailing author id.
std::string_view WithoutAuthorId(std::string_view name) {
  name = Trim(name);
  if (name.ends_with(')')) {
    size_t open = name.rfind('(');
    if (open != std::string_view::npos &&
        std::all_of(name.begin() + open + 1, name.end() - 1, IsAsciiDigit)) {
      name = Trim(name.substr(0, open));
    }
  }
  return name;
}

std::vector<std::string> Authors(std::string_view cell) {
  std::vector<std::string> names, out;
  SplitAuthors(cell, &names);
  for (const std::string& name : names) {
    std::string natural = NaturalName(WithoutAuthorId(name));
    if (!natural.empty()) out.push_back(std::move(natural));
  }
  return out;
}

// Scopus writes "[No abstract available]" where a record has none.
bool IsNoAbstractMark(std::string_view cell) {
  cell = Trim(cell);
  return cell.starts_with('[') && cell.ends_with(']') &&
         AsciiLowerCopy(cell).find("no abstract") != std::string::npos;
}

void AddRow(const ReadContext& ctx, const ColumnMap& map, const Row& row, int record) {
  auto cell = [&](Field f) -> std::string {
    int i = map[static_cast<size_t>(f)];
    return i >= 0 && static_cast<size_t>(i) < row.fields.size()
               ? std::string(Trim(row.fields[static_cast<size_t>(i)]))
               : std::string();
  };
  Document doc;
  doc.id = cell(Field::kId);
  doc.title = cell(Field::kTitle);
  doc.authors = Authors(cell(Field::kAuthors));
  doc.year = YearOf(cell(Field::kYear));
  doc.doi = NormalizeDoi(cell(Field::kDoi));
  doc.venue = cell(Field::kVenue);
  std::string keywords = cell(Field::kKeywords);
  for (std::string_view keyword : SplitOutsideBraces(keywords, ';')) {
    if (!keyword.empty()) doc.keywords.emplace_back(keyword);
  }
  doc.text = Unwrapped(cell(Field::kText));
  if (IsNoAbstractMark(doc.text)) doc.text.clear();
  std::string label = RecordLabel(record, doc.id);
  AddDocument(ctx, std::move(doc), record, row.line, label);
}

// Whether `row` fits a header of `columns` fields (extra empty fields are allowed).
bool Fits(const Row& row, size_t columns) {
  if (row.fields.size() < columns) return false;
  return std::all_of(row.fields.begin() + static_cast<long>(columns), row.fields.end(),
                     [](const std::string& f) { return Trim(f).empty(); });
}

bool AllEmpty(const Row& row) {
  return std::all_of(row.fields.begin(), row.fields.end(),
                     [](const std::string& f) { return Trim(f).empty(); });
}

// Parses the content into rows, a line at a time so that each row knows its
// first line; a quoted field left open at the end, or a parser failure, is an
// error at the line of the row it cut.
void ParseRows(const ReadContext& ctx, char delimiter, Parse* p) {
  csv_parser parser;
  csv_init(&parser, 0);  // lenient: a stray quote inside a field is kept as it is
  csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
  csv_set_space_func(&parser, IsBlankByte);
  for (const Line& line : SplitLines(ctx.content)) {
    if (p->at_start) p->current.line = line.number;
    p->at_start = p->at_start && IsBlank(line.text);
    if (csv_parse(&parser, line.text.data(), line.text.size(), OnField, OnRow, p) !=
            line.text.size() ||
        csv_parse(&parser, "\n", 1, OnField, OnRow, p) != 1) {
      AddError(ctx, line.number,
               std::string("cannot parse the CSV: ") + csv_strerror(csv_error(&parser)));
      csv_free(&parser);
      return;
    }
  }
  bool closed = !(parser.pstate == kInsideField && parser.quoted);
  if (closed) csv_fini(&parser, OnField, OnRow, p);
  csv_free(&parser);
  if (!closed) {
    AddError(ctx, p->current.line,
             "a quoted field opened in the row of this line is not closed by the end of the "
             "file: that row and the lines after it are not read");
  }
}

}  // namespace

bool LooksLikeCsvHeader(std::string_view line) {
  char delimiter = DelimiterOf(line);
  std::vector<std::string> header;
  size_t start = 0;
  while (start <= line.size()) {
    size_t end = line.find(delimiter, start);
    if (end == std::string_view::npos) end = line.size();
    header.push_back(HeaderName(line.substr(start, end - start)));
    start = end + 1;
  }
  if (header.size() < 3) return false;
  ColumnMap map = MapColumns(header);
  int known = static_cast<int>(std::count_if(map.begin(), map.end(), [](int i) { return i >= 0; }));
  return map[static_cast<size_t>(Field::kText)] >= 0 && known >= 2;
}

void ReadCsv(const ReadContext& ctx) {
  std::string_view first;  // the header's line: the first that is not blank
  for (const Line& line : SplitLines(ctx.content)) {
    if (!IsBlank(line.text)) {
      first = line.text;
      break;
    }
  }
  Parse p;
  ParseRows(ctx, DelimiterOf(first), &p);
  auto header =
      std::find_if(p.rows.begin(), p.rows.end(), [](const Row& r) { return !AllEmpty(r); });
  if (header == p.rows.end()) return;
  ColumnMap map = MapColumns(header->fields);
  if (map[static_cast<size_t>(Field::kText)] < 0) {
    return AddError(ctx, header->line,
                    "the header names no abstract column (one of 'Abstract', 'AB', "
                    "'Abstract Note')");
  }
  size_t columns = header->fields.size();
  int record = ctx.record_base;
  for (auto row = header + 1; row != p.rows.end(); ++row) {
    if (AllEmpty(*row)) continue;
    ++record;
    if (!Fits(*row, columns)) {
      AddError(ctx, row->line,
               "record " + std::to_string(record) + " has " + std::to_string(row->fields.size()) +
                   " fields where the header has " + std::to_string(columns) +
                   "; skipped (a quote or delimiter out of place?)");
      continue;
    }
    AddRow(ctx, map, *row, record);
  }
}

}  // namespace argmap::read_internal
