// The argmap library for programs that embed it (the Python module,
// python/src/module.cc, is one): a small facade over what the command line
// does, with the same results byte for byte. It is built on the library
// alone, not on the command line (src/cli): the option values are checked by
// the same validators the command line calls (src/options), so an Error's
// message is the command's.
//
// Order of calls: Mapper::Load once (it compiles the rule pack, one copy per
// mapping thread, and reads the model), then ReadPath, MapRecords, MapEach,
// Eval, Train as often as needed. They are const, and safe to call from
// several threads at once (a compiled pack is thread-safe), but concurrent
// calls share the packs and wait on each other's RE2 caches: a Mapper per
// calling thread maps fastest. Then Export a Map to any output format by name,
// or Compare several.
//
// Errors are values: every function returns false and fills an Error whose
// message is what `argmap` prints to standard error for the same problem
// (`path:line:col: error: message`, the source line and a caret), less the
// last newline (and, for a usage error, less the hint to --help the command
// prints after it). Nothing here prints, exits or lets an exception escape
// (but std::bad_alloc).
//
// This header is all an embedding program includes: it names no type of the
// library's own. A Map and a Comparison are opaque values (what they hold is
// api/map_contents.h, for the library and its tests), and their contents come
// out through Export and ExportComparison in any format.
#ifndef ARGMAP_API_ARGMAP_H_
#define ARGMAP_API_ARGMAP_H_

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace argmap::api {

enum class ErrorKind {
  kNone,
  kInput,   // an input, a gold file or a graph could not be read (or held no abstract)
  kRules,   // the rule pack or the model file has errors
  kUsage,   // an option value is wrong (unknown pack, format, --jobs 0, ...)
  kDraw,    // Graphviz failed or is missing
  kOutput,  // an output could not be made (the xlsx workbook)
};

struct Error {
  ErrorKind kind = ErrorKind::kNone;
  std::string message;
};

// The options of `argmap extract` that decide the mapping (docs/cli.md).
struct MapperOptions {
  std::string pack;                    // --pack: "" detects the field pack per abstract
  std::string rules_dir;               // --rules: "" is the built-in pack
  std::vector<std::string> add_rules;  // --add-rules, in order
  std::string model_file;              // --model: "" is the built-in model
  long long jobs = 1;                  // --jobs: 1 to kMaxJobs (core/limits.h)
};

// How inputs are read (--input-format, --encoding) and what a bad record does:
// with `strict` the first input error is the Error; without, bad records are
// skipped as the command line skips them, and their diagnostics are kept in
// Map::diagnostics (an input with no abstract at all is still an Error).
struct ReadOptions {
  std::string input_format = "auto";
  std::string encoding;
  bool strict = true;
};

struct MapContents;         // api/map_contents.h
struct ComparisonContents;  // api/map_contents.h

// A graph with its documents: what `argmap extract` exports. A value (copies
// are deep); a Map moved from may only be assigned to or destroyed.
class Map {
 public:
  Map();
  ~Map();
  Map(const Map& other);
  Map& operator=(const Map& other);
  Map(Map&& other) noexcept;
  Map& operator=(Map&& other) noexcept;

  size_t document_count() const;
  const std::string& diagnostics()
      const;                          // the warnings (and skipped errors) of reading, as printed
  const std::string& source() const;  // the input it was read from (a path, or MapRecords' name)

  // What it holds, for the library (api/map_contents.h).
  MapContents& contents() { return *contents_; }
  const MapContents& contents() const { return *contents_; }

 private:
  std::unique_ptr<MapContents> contents_;
};

// The ids of a collection mapped so far, which the caller of MapEach keeps from
// call to call (read/unique_ids.h inside).
class SeenIds {
 public:
  SeenIds();
  ~SeenIds();
  SeenIds(const SeenIds&) = delete;
  SeenIds& operator=(const SeenIds&) = delete;

 private:
  friend class Mapper;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class Mapper {
 public:
  Mapper();
  ~Mapper();
  Mapper(const Mapper&) = delete;
  Mapper& operator=(const Mapper&) = delete;

  bool Load(const MapperOptions& options, Error* error);

  // An input in any format `argmap extract`, `render` or `compare` reads: abstracts
  // are mapped as `argmap extract PATH` maps them (same ids, same graph); a map
  // (argmap JSON or JSON Lines, AIF, Argdown; read/input.h) is read as it is.
  bool ReadPath(const std::string& path, const ReadOptions& options, Map* map, Error* error) const;

  // Records as the JSON reader takes them (one object, an array, or JSON Lines;
  // docs/inputs.md), read as from a file named `name`: a record without id or
  // DOI gets "<stem of name>#<n>", counting from record_base + 1.
  bool MapRecords(std::string_view json, const std::string& name, int record_base,
                  const ReadOptions& options, Map* map, Error* error) const;
  // The same, one Map per abstract (each mapped on its own, as `--format jsonl`
  // does), for a collection given in parts: `seen` (the caller keeps it from
  // call to call) makes an id mapped by an earlier call the duplicate-id error
  // it is within one. The diagnostics of the call (records skipped without
  // `strict`) go to *diagnostics, not to a Map: a call may give no Map at all.
  bool MapEach(std::string_view json, const std::string& name, int record_base,
               const ReadOptions& options, SeenIds* seen, std::vector<Map>* maps,
               std::string* diagnostics, Error* error) const;

  // `argmap eval GOLD`: the report it prints, and its scores.
  struct EvalResult {
    std::string report;                    // what `argmap eval` prints
    std::map<std::string, double> scores;  // "core_f1", "relation_p", "claim_f1", ...
    int abstracts = 0;
  };
  bool Eval(const std::string& gold_path, EvalResult* result, Error* error) const;

  // `argmap train GOLD...`: the model file it writes (with the given --cost).
  bool Train(const std::vector<std::string>& gold_paths, double cost, std::string* model,
             Error* error) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The drawing and layout options of `extract` and `render` by their names
// without "--": rankdir, wrap, legend, page, dpi, dot (docs/cli.md).
using LayoutOptions = std::map<std::string, std::string>;

// The output of `argmap extract --format FORMAT` (any exporter, or svg, png,
// pdf, html drawn by Graphviz) for `map`, as one piece: a drawing of several
// papers is one figure, as `render --together` draws it.
bool Export(const Map& map, std::string_view format, const LayoutOptions& layout,
            std::string* bytes, Error* error);

// The output format the extension of `path` names, as for `argmap render -o PATH`
// (svg when it has none); a usage error for an extension of no format.
bool FormatForPath(const std::string& path, std::string* format, Error* error);

// A whole-number option of the embedding program's own (the Python package's
// `batch`), checked as the command checks its counts: false with the usage
// error "argmap: error: batch needs a whole number (0 or more), not '-1'" when
// `value` is below `low`.
bool CheckCount(std::string_view name, long long value, long long low, Error* error);

// What --jobs is without a value: one thread per core.
int DefaultJobs();

// The output formats Export takes.
std::vector<std::string> FormatNames();

// The options of `argmap compare` that decide the links (docs/cli.md). Any
// value may be given: Compare checks them as the command checks its options,
// with its messages ("--threshold needs a number from 0 to 1, not '5'").
struct CompareOptions {
  double threshold = 0.15;  // --threshold: above 0 and at most 1
  long long max_links = 5;  // --max-links: 1 or more
  long long jobs = 1;       // --jobs: 1 to kMaxJobs (core/limits.h)
};

// The maps of several papers, combined, and their cross-paper links (`argmap
// compare`); ExportComparison writes them. A Comparison moved from may only be
// assigned to or destroyed.
class Comparison {
 public:
  Comparison();
  ~Comparison();
  Comparison(Comparison&& other) noexcept;
  Comparison& operator=(Comparison&& other) noexcept;

  const Map& papers() const;  // the papers, as one map
  size_t link_count() const;

  // What it holds, for the library (api/map_contents.h).
  ComparisonContents& contents() { return *contents_; }
  const ComparisonContents& contents() const { return *contents_; }

 private:
  std::unique_ptr<ComparisonContents> contents_;
};
// Combines `maps` in order and links them, as `argmap compare` does its inputs:
// a paper already given (by an earlier map, or earlier in the same map) is
// skipped with the command's warning ("SOURCE: warning: paper 'x' was already
// read; skipped", compare/papers.h: AddMap), kept in papers().diagnostics().
bool Compare(const std::vector<const Map*>& maps, const CompareOptions& options,
             Comparison* comparison, Error* error);
// `argmap compare --format FORMAT` (report, json, jsonl, dot, csv, markdown, ...);
// `top` as its --top (0 or more; 0: all).
bool ExportComparison(const Comparison& comparison, std::string_view format, long long top,
                      std::string* text, Error* error);

}  // namespace argmap::api

#endif  // ARGMAP_API_ARGMAP_H_
