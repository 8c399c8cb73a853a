#include "api/argmap.h"

#include <charconv>

#include "api/map_contents.h"
#include "compare/compare_export.h"
#include "compare/papers.h"
#include "core/input_bytes.h"
#include "core/parallel.h"
#include "core/spellcheck.h"
#include "eval/gold.h"
#include "eval/report.h"
#include "eval/scorer.h"
#include "model/model_file.h"
#include "model/train.h"
#include "options/layout_options.h"
#include "options/option_values.h"
#include "pipeline/map_inputs.h"
#include "read/graph_reader.h"
#include "read/input.h"
#include "read/unique_ids.h"
#include "render/output_formats.h"
#include "rules/compiled_pack.h"

namespace argmap::api {
namespace {

// Text as the command line prints it, without the last newline.
std::string Trimmed(std::string text) {
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

bool Fail(ErrorKind kind, std::string message, Error* error) {
  error->kind = kind;
  error->message = Trimmed(std::move(message));
  return false;
}

// The usage error as `argmap` prints it (cli/cli.h: UsageError), less the hint to --help.
bool UsageFail(const std::string& message, Error* error) {
  return Fail(ErrorKind::kUsage, "argmap: error: " + message, error);
}

// A number option's value as the text its validator names (options/option_values.h):
// the shortest that reads back as it ("0.15", "5", "nan"), as one would write it.
std::string NumberText(double value) {
  char text[64];
  auto [end, ec] = std::to_chars(text, text + sizeof text, value);
  return std::string(text, end);
}

// After reading: an Error when `strict` and something failed, or when there is
// nothing to map; else the diagnostics go with the map.
bool SettleRead(bool ok, bool strict, const std::vector<Diagnostic>& diags,
                std::string_view nothing, bool empty, MapContents* map, Error* error) {
  std::string text = FormatAll(diags);
  if (!ok && strict) return Fail(ErrorKind::kInput, text, error);
  if (empty) return Fail(ErrorKind::kInput, text + "argmap: error: " + std::string(nothing), error);
  map->diagnostics = text;
  return true;
}

}  // namespace

struct Mapper::Impl {
  std::vector<CompiledPack> packs;  // one per thread
  Model model;
  ExtractOptions extract;
  std::vector<const CompiledPack*> Packs() const {
    std::vector<const CompiledPack*> out;
    for (const CompiledPack& p : packs) out.push_back(&p);
    return out;
  }
  // The input format and encoding of `options`; false with the usage error.
  bool Parse(const ReadOptions& options, AbstractInputs* inputs, Error* error) const {
    std::string err =
        CheckInputFormat(options.input_format, InputFormats::kAbstracts, &inputs->format, nullptr);
    if (err.empty()) err = CheckEncoding(options.encoding);
    inputs->encoding = options.encoding;
    inputs->strict = options.strict;
    return err.empty() || UsageFail(err, error);
  }
  // Settles what reading gave (ok, diags) and maps map->documents into map->graph;
  // past the node limit, an error when strict, else a diagnostic of the map.
  bool MapRead(bool ok, const std::vector<Diagnostic>& diags, const ReadOptions& options,
               MapContents* map, Error* error) const {
    if (!SettleRead(ok, options.strict, diags, "no abstracts to map", map->documents.empty(), map,
                    error)) {
      return false;
    }
    std::string limit = MapDocuments(&map->documents, Packs(), extract, &map->graph);
    if (!limit.empty() && options.strict)
      return Fail(ErrorKind::kInput, "argmap: error: " + limit, error);
    if (!limit.empty()) map->diagnostics += "argmap: error: " + limit + "\n";
    return true;
  }
};

Map::Map() : contents_(std::make_unique<MapContents>()) {}
Map::~Map() = default;
Map::Map(const Map& other) : contents_(std::make_unique<MapContents>(*other.contents_)) {}
Map& Map::operator=(const Map& other) {
  if (this != &other) contents_ = std::make_unique<MapContents>(*other.contents_);
  return *this;
}
Map::Map(Map&& other) noexcept = default;
Map& Map::operator=(Map&& other) noexcept = default;
size_t Map::document_count() const { return contents_->documents.size(); }
const std::string& Map::diagnostics() const { return contents_->diagnostics; }
const std::string& Map::source() const { return contents_->source; }

struct SeenIds::Impl {
  argmap::SeenIds ids;
};
SeenIds::SeenIds() : impl_(std::make_unique<Impl>()) {}
SeenIds::~SeenIds() = default;

Comparison::Comparison() : contents_(std::make_unique<ComparisonContents>()) {}
Comparison::~Comparison() = default;
Comparison::Comparison(Comparison&& other) noexcept = default;
Comparison& Comparison::operator=(Comparison&& other) noexcept = default;
const Map& Comparison::papers() const { return contents_->papers; }
size_t Comparison::link_count() const { return contents_->links.size(); }

Mapper::Mapper() : impl_(std::make_unique<Impl>()) {}
Mapper::~Mapper() = default;

bool Mapper::Load(const MapperOptions& options, Error* error) {
  int jobs = 1;
  std::string err = CheckJobs(std::to_string(options.jobs), &jobs);
  if (!err.empty()) return UsageFail(err, error);
  impl_->packs.resize(jobs);
  for (CompiledPack& pack : impl_->packs) {
    std::vector<Diagnostic> diags;
    if (!LoadPack(options.rules_dir, options.add_rules, &pack, &diags)) {
      return Fail(ErrorKind::kRules, FormatAll(diags), error);
    }
  }
  impl_->extract.pack = options.pack;
  if (!options.model_file.empty()) {
    std::vector<Diagnostic> diags;
    if (!LoadModel(options.model_file, &impl_->model, &diags)) {
      return Fail(ErrorKind::kRules, FormatAll(diags), error);
    }
    impl_->extract.model = &impl_->model;
  }
  err = CheckPackName(impl_->packs[0].PackNames(), options.pack);
  return err.empty() || UsageFail(err, error);
}

bool Mapper::ReadPath(const std::string& path, const ReadOptions& options, Map* result,
                      Error* error) const {
  MapContents* map = &result->contents();
  AbstractInputs inputs;
  if (!impl_->Parse(options, &inputs, error)) return false;
  map->source = path;
  std::string content;
  std::vector<Diagnostic> diags;
  if (!ReadText(path, nullptr, inputs.encoding, &content, &diags, kEncodingHint)) {
    return Fail(ErrorKind::kInput, FormatAll(diags), error);
  }
  if (inputs.format == InputFormat::kAuto && IsMap(ClassifyInput(content, path))) {
    bool ok = ReadGraph(path, content, GraphFormat::kAuto, &map->graph, &map->documents, &diags);
    bool empty = map->documents.empty() && map->graph.node_count() == 0;
    return SettleRead(ok, options.strict, diags, "no graph to draw", empty, map, error);
  }
  std::map<std::string, std::string> read = {{path, std::move(content)}};
  inputs.already_read = &read;  // not read a second time
  bool ok = ReadAbstractInputs({path}, inputs, &map->documents, &diags);
  return impl_->MapRead(ok, diags, options, map, error);
}

namespace {

// Reads records given as JSON (Lines) into *docs; see MapRecords.
bool ReadRecords(std::string_view json, const std::string& name, int record_base,
                 const AbstractInputs& inputs, std::vector<Document>* docs,
                 std::vector<Diagnostic>* diags) {
  ChunkOrigin origin;
  origin.record_base = record_base;
  origin.line_base = record_base;
  origin.lines = true;
  // The records come one a line: plain records are JSON Lines even when there is one.
  InputFormat format = inputs.format;
  if (format == InputFormat::kAuto) format = DetectFormat(json, name);
  if (format == InputFormat::kJson) format = InputFormat::kJsonl;
  bool ok = ReadChunk(name, json, format, origin, docs, diags);
  return DropDuplicateIds(docs, diags) && ok;
}

}  // namespace

bool Mapper::MapRecords(std::string_view json, const std::string& name, int record_base,
                        const ReadOptions& options, Map* result, Error* error) const {
  MapContents* map = &result->contents();
  AbstractInputs inputs;
  if (!impl_->Parse(options, &inputs, error)) return false;
  map->source = name;
  std::vector<Diagnostic> diags;
  bool ok = ReadRecords(json, name, record_base, inputs, &map->documents, &diags);
  return impl_->MapRead(ok, diags, options, map, error);
}

bool Mapper::MapEach(std::string_view json, const std::string& name, int record_base,
                     const ReadOptions& options, SeenIds* seen, std::vector<Map>* maps,
                     std::string* diagnostics, Error* error) const {
  AbstractInputs inputs;
  if (!impl_->Parse(options, &inputs, error)) return false;
  std::vector<Diagnostic> diags;
  std::vector<Document> docs;
  bool ok = ReadRecords(json, name, record_base, inputs, &docs, &diags);
  if (seen) {
    size_t before = docs.size();
    std::erase_if(docs, [&](const Document& d) { return !seen->impl_->ids.Add(d, &diags); });
    ok = ok && docs.size() == before;
  }
  MapContents all;
  if (!SettleRead(ok, options.strict, diags, "no abstracts to map", false, &all, error)) {
    return false;
  }
  *diagnostics = std::move(all.diagnostics);
  size_t first = maps->size();
  maps->resize(first + docs.size());
  MapEachDocument(docs, impl_->Packs(), impl_->extract, [&](size_t i, ArgumentGraph& graph) {
    MapContents& m = (*maps)[first + i].contents();
    m.graph = std::move(graph);
    m.documents = {docs[i]};
    m.source = name;
  });
  return true;
}

bool Mapper::Eval(const std::string& gold_path, EvalResult* result, Error* error) const {
  std::vector<GoldDoc> gold;
  std::vector<Diagnostic> diags;
  if (!ReadGoldFile(gold_path, &gold, &diags) || gold.empty()) {
    std::string text = FormatAll(diags);
    if (gold.empty()) text += "argmap: error: no abstracts to score\n";
    return Fail(ErrorKind::kInput, text, error);
  }
  std::vector<Document> docs;
  for (const GoldDoc& g : gold) docs.push_back(g.document);
  ArgumentGraph graph;
  Extract(docs, impl_->packs[0], &graph, nullptr, impl_->extract);
  EvalReport report = Score(gold, graph);
  result->report = FormatReport(report);
  result->abstracts = report.abstracts;
  auto put = [&](const std::string& name, const MatchCounts& counts) {
    Prf prf = counts.Scores();
    result->scores[name + "_p"] = prf.precision;
    result->scores[name + "_r"] = prf.recall;
    result->scores[name + "_f1"] = prf.f1;
  };
  put("core", report.core);
  put("relation", report.relations);
  for (const RoleScore& role : report.roles) put(role.role, role.counts);
  return true;
}

bool Mapper::Train(const std::vector<std::string>& gold_paths, double cost, std::string* model,
                   Error* error) const {
  TrainOptions options;
  std::string err = CheckCost(NumberText(cost), &options.c);
  if (!err.empty()) return UsageFail(err, error);
  options.pack = impl_->extract.pack;
  std::vector<GoldDoc> gold;
  std::vector<Diagnostic> diags;
  bool ok = true;
  for (const std::string& path : gold_paths) ok = ReadGoldFile(path, &gold, &diags) && ok;
  if (!ok || gold.empty()) {
    std::string text = FormatAll(diags);
    if (gold.empty()) text += "argmap: error: no annotated abstracts to train on\n";
    return Fail(ErrorKind::kInput, text, error);
  }
  Model fitted = argmap::Train(gold, impl_->packs[0], options);
  *model = SerializeModel(fitted, ModelComment(gold_paths, options, gold.size()));
  return true;
}

bool FormatForPath(const std::string& path, std::string* format, Error* error) {
  std::string err = ChooseOutputFormat(std::nullopt, path, "svg", format);
  return err.empty() || UsageFail(err, error);
}

bool CheckCount(std::string_view name, long long value, long long low, Error* error) {
  if (value >= low) return true;
  size_t count = 0;
  return UsageFail(
      argmap::CheckCount(name, std::to_string(value), static_cast<size_t>(low), SIZE_MAX, &count),
      error);
}

int DefaultJobs() { return HardwareJobs(); }

std::vector<std::string> FormatNames() { return OutputFormatNames(); }

bool Export(const Map& given, std::string_view format, const LayoutOptions& layout,
            std::string* bytes, Error* error) {
  const MapContents& map = given.contents();
  OutputFormat output;
  std::string err;
  if (!FindOutputFormat(format, &output, &err)) return UsageFail(err, error);
  LayoutValues values;
  for (const auto& [name, value] : layout) {
    err = SetLayoutValue(name, value, &values);
    if (!err.empty()) return UsageFail(err, error);
  }
  ExportOptions options;
  RenderOptions render;
  err = SettleLayout(values, output, &options, &render);
  if (!err.empty()) return UsageFail(err, error);
  render.jobs = HardwareJobs();  // the html page draws its papers on every core
  std::string warnings, problem;
  ExportInput input{map.graph, map.documents, options};
  if (MakeOutput(output, input, render, bytes, &warnings, &problem) == OutputStatus::kOk) {
    return true;
  }
  return Fail(ErrorKind::kDraw, "argmap: error: " + problem, error);
}

namespace {

// The options of `argmap compare` as the command checks them; false with its usage error.
bool CheckCompareOptions(const CompareOptions& given, argmap::CompareOptions* options,
                         Error* error) {
  int jobs = 1;
  std::string err = CheckThreshold(NumberText(given.threshold), &options->threshold);
  if (err.empty()) err = CheckMaxLinks(std::to_string(given.max_links), &options->max_links);
  if (err.empty()) err = CheckJobs(std::to_string(given.jobs), &jobs);
  options->jobs = static_cast<size_t>(jobs);
  return err.empty() || UsageFail(err, error);
}

}  // namespace

bool Compare(const std::vector<const Map*>& maps, const CompareOptions& given,
             Comparison* comparison, Error* error) {
  argmap::CompareOptions options;
  if (!CheckCompareOptions(given, &options, error)) return false;
  PaperSet papers;
  std::vector<Diagnostic> diags;
  for (const Map* given : maps) {
    const MapContents& map = given->contents();
    AddMap(map.source, map.documents, map.graph, &papers, &diags);
  }
  if (papers.documents.empty()) {
    return Fail(ErrorKind::kInput, "argmap: error: no abstracts to compare", error);
  }
  ComparisonContents& out = comparison->contents();
  MapContents& combined = out.papers.contents();
  combined.graph = std::move(papers.graph);
  combined.documents = std::move(papers.documents);
  combined.diagnostics = FormatAll(diags);
  out.options = options;
  out.links = AlignPapers(combined.graph, combined.documents, options);
  return true;
}

bool ExportComparison(const Comparison& comparison, std::string_view format, long long top,
                      std::string* text, Error* error) {
  size_t links = 0;
  std::string err = CheckTop(std::to_string(top), &links);
  if (!err.empty()) return UsageFail(err, error);
  const CompareExporter* exporter = FindCompareExporter(format);
  if (!exporter) {
    return UsageFail("unknown format '" + std::string(format) + "'" +
                         DidYouMean(std::string(format), CompareExporterNames()),
                     error);
  }
  const ComparisonContents& c = comparison.contents();
  const MapContents& papers = c.papers.contents();
  CompareInput input{papers.graph, papers.documents, c.links, ExportOptions{}, c.options, links};
  if (!ExportComparisonBytes(*exporter, input, text, &err)) {
    return Fail(ErrorKind::kOutput, "argmap: error: " + err, error);
  }
  return true;
}

}  // namespace argmap::api
