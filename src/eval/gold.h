// Gold annotations: the JSON Lines files `argmap eval` scores the rules against.
//
// One abstract a line (blank lines are skipped):
//   {"id", "title", "text", "components": [{"id", "role", "text", "begin", "end"}],
//    "relations": [{"source", "target", "type"}]}
// "id" and "text" are required; "components" and "relations" may be missing.
// A component needs "id", "role" and "text" ("role" and "text" may be null,
// read as ""); a relation needs "source", "target" and "type".
//
// What a caller may rely on:
// - GoldDoc::document is the Document `argmap extract` reads from the same line
//   (same reader, same id and text), so extracting it gives the nodes and edges
//   the shared scorer sees in `argmap extract --format json` output.
// - GoldDoc::id is the id as the shared scorer spells it: a string as is, a
//   number as its JSON text. Component ids and relation ends are spelled the same
//   way, so a relation names its components by string equality.
// - A bad line gets an error naming the path and line ("path:3:14: error: invalid
//   JSON: ..." for a line that does not parse; "path:3: error: abstract has no
//   \"id\"" for a missing field) and is skipped; a bad component or relation is
//   skipped with an error and the rest of its abstract is kept. The functions
//   return false when any error was reported and never throw.
#ifndef ARGMAP_EVAL_GOLD_H_
#define ARGMAP_EVAL_GOLD_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"

namespace argmap {

struct GoldComponent {
  std::string id;
  std::string role;  // as written ("claim", "Major claim", ...); the scorer normalizes it
  std::string text;
};

struct GoldRelation {
  std::string source;  // component ids
  std::string target;
  std::string type;  // as written ("supports", "partial_attack", ...)
};

struct GoldDoc {
  std::string id;     // the record's "id"
  Document document;  // what extraction reads
  std::vector<GoldComponent> components;
  std::vector<GoldRelation> relations;
  int line = 0;  // 1-based line of the record in its file
};

// Parses the content of a gold file read from `path` (used in messages).
bool ParseGold(const std::string& path, std::string_view content, std::vector<GoldDoc>* docs,
               std::vector<Diagnostic>* diags);

// Reads the file at `path`, converts it to UTF-8 from `encoding` ("" : UTF-8,
// or UTF-16 with its byte order mark; core/input_bytes.h: ToUtf8, as
// --encoding does for abstracts) and parses it.
bool ReadGoldFile(const std::string& path, std::vector<GoldDoc>* docs,
                  std::vector<Diagnostic>* diags, const std::string& encoding = "");

}  // namespace argmap

#endif  // ARGMAP_EVAL_GOLD_H_
