// RIS (EndNote, Zotero, Mendeley, publisher exports): one record from a
// "TY  - " line to an "ER  - " line; each tag line is two characters (a
// capital letter, then a capital or digit), two spaces, '-' and the value. A
// line that is not a tag line continues the value before it (joined with a
// space). Fields: AB (else N2) abstract, TI or T1 title, AU and A1 authors
// ("Roe, Jane" gives "Jane Roe"), PY, Y1 or DA year, DO doi, JF, JO or T2
// venue, ID id. A record left open at the next TY or at the end of the file
// is read with a warning; a tag outside any record is an error.
#include <string>
#include <utility>
#include <vector>

#include "read/bib_fields.h"
#include "read/readers_internal.h"
#include "text/scan.h"

namespace argmap::read_internal {
namespace {

using Record = TaggedRecord;  // from its TY line

// Splits "AB  - text" into its tag and value; false for any other line.
bool ParseTagLine(std::string_view line, std::string_view* tag, std::string_view* value) {
  if (line.size() < 5 || !IsAsciiUpper(line[0]) ||
      !(IsAsciiUpper(line[1]) || IsAsciiDigit(line[1]))) {
    return false;
  }
  if (line.substr(2, 3) != "  -" || (line.size() > 5 && line[5] != ' ')) return false;
  *tag = line.substr(0, 2);
  *value = Trim(line.substr(5));
  return true;
}

// The values of the first of `tags` that has a non-empty one, joined by "\n".
std::string Values(const Record& record, std::initializer_list<std::string_view> tags) {
  for (std::string_view tag : tags) {
    std::string out;
    for (const auto& [name, value] : record.fields) {
      if (name != tag || value.empty()) continue;
      if (!out.empty()) out += '\n';
      out += value;
    }
    if (!out.empty()) return out;
  }
  return "";
}

void AddRecord(const ReadContext& ctx, const Record& record) {
  Document doc;
  doc.id = FirstValue(record, {"ID"});
  std::string label = RecordLabel(record.number, doc.id);
  doc.title = FirstValue(record, {"TI", "T1"});
  for (const auto& [name, value] : record.fields) {
    if ((name == "AU" || name == "A1") && !value.empty()) doc.authors.push_back(NaturalName(value));
  }
  for (std::string_view tag : {"PY", "Y1", "DA"}) {
    if (doc.year.empty()) doc.year = YearOf(FirstValue(record, {tag}));
  }
  doc.doi = NormalizeDoi(FirstValue(record, {"DO"}));
  doc.venue = FirstValue(record, {"JF", "JO", "T2"});
  doc.text = Values(record, {"AB", "N2"});
  AddDocument(ctx, std::move(doc), record.number, record.line, label);
}

// A line that is not a tag line continues the value before it.
void More(std::string_view line, Record* record) {
  if (IsBlank(line)) return;
  std::string& last = record->fields.back().second;
  last += last.empty() ? "" : " ";
  last += Trim(line);
}

}  // namespace

void ReadRis(const ReadContext& ctx) {
  ReadTaggedRecords(ctx, {.start = "TY",
                          .end = "ER",
                          .end_line = "'ER  -' line",
                          .field = "tag",
                          .start_line = "'TY'",
                          .frame = {},
                          .parse = ParseTagLine,
                          .more = More,
                          .add = AddRecord});
}

}  // namespace argmap::read_internal
