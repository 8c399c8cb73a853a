// Internal to src/read: what the JSON readers share (argmap records, CSL-JSON,
// OpenAlex, Crossref, Semantic Scholar).
//
// ReadJsonRecords reads the content as one JSON value or, when that fails and
// LooksLikeJsonLines, as JSON Lines. A JsonFormat says where the records sit in
// a value (an array, one record, or a wrapper such as {"results": [...]}) and
// how one record becomes a Document. Records are numbered from 1 across the
// file and carry their line (in JSON Lines, the record's line; in one JSON
// value, the line where the record opens, json_positions.h), which their
// messages name. A record that is not an object, or that the format rejects,
// gives an error and is skipped; one without an abstract gives a warning
// (AddDocument) and is skipped.
#ifndef ARGMAP_READ_JSON_RECORDS_H_
#define ARGMAP_READ_JSON_RECORDS_H_

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "read/readers_internal.h"

namespace argmap::read_internal {

using Json = nlohmann::json;

// True when `text` is JSON Lines rather than one JSON value: its first non-
// blank line is a whole JSON object or array, and the next non-blank line opens
// another ('{' or '[' after spaces and tabs), after a byte order mark. Only the
// opening of the second line is looked at, so the head of a long input is
// enough. The one sniffer of the argmap map reader, the JSON record readers and
// the stream (read/record_stream.h).
bool LooksLikeJsonLines(std::string_view text);

// Parses `text`, found at byte `base` of the content. On failure adds an
// "invalid JSON" error at the byte where parsing stopped (the end of the last
// non-blank character when the input ended early).
bool ParseJson(const ReadContext& ctx, std::string_view text, size_t base, Json* out);

// For content that did not parse as one JSON value: when it holds an array
// (read/json_positions.h: ArrayElementSpans), parses each element on its own,
// reports each that does not parse, and calls add(element, line, n) for each
// that does (n counts every element from *number + 1; *number ends at the
// last). When every element parsed, the error lies around them (a missing ']',
// text after it) and is reported too. False, with nothing reported, when the
// content holds no array. A syntax error then loses one record, not the file.
bool ReadArrayElements(const ReadContext& ctx, int* number,
                       const std::function<void(const Json& element, int line, int n)>& add);

// The member `key` of `value`, or nullptr (also when `value` is not an object).
const Json* Field(const Json& value, const char* key);
// The member `key` as trimmed text, or "" when it is missing or not a string.
std::string StringField(const Json& value, const char* key);
// A string or number as text ("2021" for 2021 and 2021.0); "" for anything else.
std::string ScalarText(const Json* v);
// A string, or the first non-empty string of an array; trimmed; else "".
std::string FirstString(const Json* v);
// The year of a CSL date ({"date-parts": [[2020, 5, 1]]}, {"raw": "2020-05"},
// {"literal": "Spring 2020"}), or "".
std::string DatePartsYear(const Json* date);
// A CSL or Crossref person: "literal" or "name" as given, else "given",
// particles, "family" and "suffix" in reading order, entities decoded and
// markup stripped (markup.h: "Ren&eacute;e M&uuml;ller"); "" when none is there.
std::string PersonName(const Json& person);

struct JsonFormat {
  // The records in a parsed value: an array of records, or one record.
  const Json& (*records)(const Json& value);
  // Fills `doc` from the object `record` (`text` = the abstract, as found);
  // returns "" or why the record is bad. `doc->id` may be set either way.
  std::string (*map)(const Json& record, Document* doc);
};

void ReadJsonRecords(const ReadContext& ctx, const JsonFormat& format);

}  // namespace argmap::read_internal

#endif  // ARGMAP_READ_JSON_RECORDS_H_
