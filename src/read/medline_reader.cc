// MEDLINE text (PubMed's "PubMed format", the .nbib files citation managers take):
// one record from a "PMID- " line to the next; each field line is a tag of up to
// four capitals or digits padded to four, "- " and the value; a line opening with
// six spaces continues the value before it. Fields: PMID (the id), TI (BTI for a
// book) title, AB abstract (a structured one keeps its inline "BACKGROUND:"
// headings), FAU authors ("Roe, Jane" gives "Jane Roe"; AU when there is no FAU),
// DP year, LID or AID "... [doi]" the DOI, JT (else TA) journal, OT keywords.
// A field before the first PMID line is an error, reported once.
#include <string>
#include <utility>
#include <vector>

#include "read/bib_fields.h"
#include "read/readers_internal.h"
#include "text/scan.h"

namespace argmap::read_internal {
namespace {

using Record = TaggedRecord;  // from its PMID line

// Splits "AB  - text" into its tag ("AB") and value; false for any other line.
bool ParseFieldLine(std::string_view line, std::string_view* tag, std::string_view* value) {
  if (line.size() < 5 || line[4] != '-' || (line.size() > 5 && line[5] != ' ')) return false;
  size_t n = 0;
  while (n < 4 && (IsAsciiUpper(line[n]) || IsAsciiDigit(line[n]))) ++n;
  if (n < 2) return false;
  for (size_t i = n; i < 4; ++i) {
    if (line[i] != ' ') return false;
  }
  *tag = line.substr(0, n);
  *value = Trim(line.substr(5));
  return true;
}

// "10.1000/x [doi]" gives "10.1000/x"; any other kind of id gives "".
std::string DoiOf(std::string_view value) {
  constexpr std::string_view kMark = " [doi]";
  if (!value.ends_with(kMark)) return "";
  return NormalizeDoi(value.substr(0, value.size() - kMark.size()));
}

void AddRecord(const ReadContext& ctx, const Record& r) {
  Document doc;
  doc.id = FirstValue(r, {"PMID"});
  doc.title = FirstValue(r, {"TI", "BTI"});
  bool full_names = !FirstValue(r, {"FAU"}).empty();
  for (const auto& [tag, value] : r.fields) {
    if (value.empty()) continue;
    if (tag == (full_names ? "FAU" : "AU")) doc.authors.push_back(NaturalName(value));
    if (tag == "OT") doc.keywords.push_back(value);
    if ((tag == "LID" || tag == "AID") && doc.doi.empty()) doc.doi = DoiOf(value);
  }
  doc.year = YearOf(FirstValue(r, {"DP"}));
  doc.venue = FirstValue(r, {"JT", "TA"});
  doc.text = FirstValue(r, {"AB"});
  std::string label = RecordLabel(r.number, doc.id);
  AddDocument(ctx, std::move(doc), r.number, r.line, label);
}

}  // namespace

void ReadMedline(const ReadContext& ctx) {
  Record record;
  bool open = false, stray = false;
  int count = ctx.record_base;
  for (const Line& line : SplitLines(ctx.content)) {
    std::string_view tag, value;
    if (!ParseFieldLine(line.text, &tag, &value)) {
      if (open && line.text.starts_with("      ") && !record.fields.empty()) {
        std::string& last = record.fields.back().second;
        if (!last.empty()) last += ' ';
        last += Trim(line.text);
      }
      continue;
    }
    if (tag == "PMID") {
      if (open) AddRecord(ctx, record);
      record = Record{++count, line.number, {{std::string(tag), std::string(value)}}};
      open = true;
    } else if (!open) {
      if (!stray) {
        AddError(ctx, line.number,
                 "field '" + std::string(tag) + "' outside a record (no 'PMID-' line before it)");
      }
      stray = true;
    } else {
      record.fields.emplace_back(tag, value);
    }
  }
  if (open) AddRecord(ctx, record);
}

}  // namespace argmap::read_internal
