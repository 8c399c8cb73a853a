// Web of Science plain text (the "Plain text file" export, often savedrecs.txt):
// "FN" and "VR" header lines, then one record from a "PT " line to an "ER"
// line, and "EF" at the end. Each field line is a two-character tag (a capital,
// then a capital or digit), a space and the value; a line opening with three
// spaces continues the field before it: another name for AU and AF, more words
// for the others. Fields: UT id ("WOS:000..."), TI title, AF authors (else AU;
// "Roe, Jane" gives "Jane Roe"), PY year (else EA, PD), DI doi, SO venue, DE
// keywords (split at ';'), AB abstract. A record left open at the next PT or at
// the end of the file is read with a warning; a field outside any record is an
// error, reported once.
#include <string>
#include <utility>
#include <vector>

#include "read/bib_fields.h"
#include "read/readers_internal.h"
#include "text/scan.h"

namespace argmap::read_internal {
namespace {

using Record = TaggedRecord;  // from its PT line; a continuation line is a field of its own

// Splits "AB text" (or a bare "ER") into its tag and value; false for any other line.
bool ParseTagLine(std::string_view line, std::string_view* tag, std::string_view* value) {
  if (line.ends_with('\r')) line.remove_suffix(1);
  if (line.size() < 2 || !IsAsciiUpper(line[0]) ||
      !(IsAsciiUpper(line[1]) || IsAsciiDigit(line[1]))) {
    return false;
  }
  if (line.size() > 2 && line[2] != ' ') return false;
  *tag = line.substr(0, 2);
  *value = Trim(line.substr(2));
  return true;
}

// The values of `tag` joined by `sep` (its lines, in order).
std::string Joined(const Record& record, std::string_view tag, std::string_view sep) {
  std::string out;
  for (const auto& [name, value] : record.fields) {
    if (name != tag || value.empty()) continue;
    if (!out.empty()) out += sep;
    out += value;
  }
  return out;
}

void AddRecord(const ReadContext& ctx, const Record& record) {
  Document doc;
  doc.id = FirstValue(record, {"UT"});
  std::string label = RecordLabel(record.number, doc.id);
  doc.title = Joined(record, "TI", " ");
  std::string_view names = FirstValue(record, {"AF"}).empty() ? "AU" : "AF";
  for (const auto& [name, value] : record.fields) {
    if (name == names && !value.empty()) doc.authors.push_back(NaturalName(value));
  }
  for (std::string_view tag : {"PY", "EA", "PD"}) {
    if (doc.year.empty()) doc.year = YearOf(FirstValue(record, {tag}));
  }
  doc.doi = NormalizeDoi(FirstValue(record, {"DI"}));
  doc.venue = Joined(record, "SO", " ");
  std::string keywords = Joined(record, "DE", " ");
  for (std::string_view keyword : SplitOutsideBraces(keywords, ';')) {
    if (!keyword.empty()) doc.keywords.emplace_back(keyword);
  }
  doc.text = Joined(record, "AB", " ");
  AddDocument(ctx, std::move(doc), record.number, record.line, label);
}

// A line opening with three spaces continues the field before it, as a value of its own.
void More(std::string_view line, Record* record) {
  if (line.starts_with("   ")) record->fields.emplace_back(record->fields.back().first, Trim(line));
}

}  // namespace

void ReadWos(const ReadContext& ctx) {
  ReadTaggedRecords(ctx, {.start = "PT",
                          .end = "ER",
                          .end_line = "'ER' line",
                          .field = "field",
                          .start_line = "'PT' line",
                          .frame = {"FN", "VR", "EF"},
                          .parse = ParseTagLine,
                          .more = More,
                          .add = AddRecord});
}

}  // namespace argmap::read_internal
