#include "fuzz/targets.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/diagnostic.h"
#include "core/utf8.h"
#include "export/exporter.h"
#include "pipeline/extract.h"
#include "read/graph_reader.h"
#include "read/reader.h"
#include "read/record_stream.h"
#include "read/unique_ids.h"
#include "rules/compiled_pack.h"
#include "rules/rule_parser.h"
#include "rules/rule_tester.h"
#include "text/lists.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace argmap::fuzz {
namespace {

bool ValidUtf8(std::string_view s) {
  size_t bad = 0;
  return IsValidUtf8(s, &bad);
}

std::string CheckDiagnostics(const std::vector<Diagnostic>& diags) {
  for (const Diagnostic& d : diags) {
    if (d.message.empty()) return "a diagnostic without a message";
    if (!ValidUtf8(d.Format())) return "a diagnostic that is not valid UTF-8: " + d.Header();
  }
  return "";
}

std::string CheckDocuments(const std::vector<Document>& docs) {
  for (const Document& d : docs) {
    if (d.id.empty()) return "a document without an id";
    if (d.text.empty()) return "document '" + d.id + "' has no text";
    if (!ValidUtf8(d.text)) return "document '" + d.id + "' is not valid UTF-8";
  }
  return "";
}

std::string CheckSpan(Span s, size_t limit, const char* what) {
  if (s.begin > s.end || s.end > limit) {
    return std::string(what) + " [" + std::to_string(s.begin) + ", " + std::to_string(s.end) +
           ") outside [0, " + std::to_string(limit) + ")";
  }
  return "";
}

std::string CheckSentences(std::string_view text, const std::vector<Span>& sentences) {
  size_t last_end = 0;
  for (Span s : sentences) {
    std::string err = CheckSpan(s, text.size(), "sentence");
    if (!err.empty()) return err;
    if (s.empty()) return "an empty sentence";
    if (s.begin < last_end) return "sentences out of order or overlapping";
    last_end = s.end;
  }
  return "";
}

std::string CheckGraph(const ArgumentGraph& graph, const std::vector<Document>& docs) {
  for (size_t v = 0; v < graph.node_count(); ++v) {
    const Node& n = graph.node(v);
    const Document* doc = nullptr;
    for (const Document& d : docs) doc = d.id == n.doc ? &d : doc;
    if (doc == nullptr) return "node " + n.id + " of an unknown document";
    std::string err = CheckSpan(n.span, doc->text.size(), "node span");
    if (!err.empty()) return err;
    if (n.text != doc->text.substr(n.span.begin, n.span.size())) {
      return "node " + n.id + " text differs from its span";
    }
    if (n.cp_span.begin > n.cp_span.end) return "node " + n.id + " has a reversed cp_span";
  }
  return "";
}

std::string CheckExports(const ArgumentGraph& graph, const std::vector<Document>& docs) {
  ExportInput input{graph, docs, ExportOptions{}};
  for (const Exporter& e : Exporters()) {
    std::string text = e.run(input);
    if (!ValidUtf8(text)) return "exporter " + std::string(e.name) + " wrote invalid UTF-8";
    if (e.name == "json" && !nlohmann::json::accept(text)) return "json export does not parse";
  }
  return "";
}

const CompiledPack& BuiltInPack() {
  static const CompiledPack* pack = [] {
    auto* p = new CompiledPack;
    std::vector<Diagnostic> diags;
    LoadPack("", {}, p, &diags);
    return p;
  }();
  return *pack;
}

}  // namespace

std::string FuzzRead(std::string_view format, std::string_view data) {
  InputFormat f;
  if (!ParseInputFormat(format, &f)) return "unknown format " + std::string(format);
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  bool ok = ReadDocuments("fuzz.in", data, f, &docs, &diags);
  if (!ok && !HasErrors(diags)) return "ReadDocuments failed without an error";
  if (ok && docs.empty()) return "ReadDocuments succeeded without documents";
  std::string err = CheckDocuments(docs);
  return err.empty() ? CheckDiagnostics(diags) : err;
}

std::string FuzzRuleParser(std::string_view data) {
  RulePack raw;
  std::vector<Diagnostic> diags;
  bool parsed = ParseRuleFile("fuzz.rules", data, &raw, &diags);
  if (!parsed && !HasErrors(diags)) return "ParseRuleFile failed without an error";
  CompiledPack pack;
  bool compiled = pack.Compile(std::move(raw), &diags);
  if (!compiled && !HasErrors(diags)) return "Compile failed without an error";
  std::string err = CheckDiagnostics(diags);
  if (!err.empty() || !compiled) return err;
  RuleTestResult result = TestRuleExamples(pack);
  if (result.failed != static_cast<int>(result.failures.size())) {
    return "rule test failures and their diagnostics differ in number";
  }
  std::string_view sample =
      "We argue that quotas raise turnout because parties compete; however, critics disagree.";
  for (const RuleMatch& m : pack.Match(sample)) {
    if (m.rule < 0 || m.rule >= static_cast<int>(pack.pack().rules.size())) return "bad rule index";
    err = CheckSpan(m.span, sample.size(), "match");
    for (const CaptureMatch& c : m.captures) {
      if (err.empty()) err = CheckSpan(c.span, sample.size(), "capture");
    }
    if (!err.empty()) return err;
  }
  pack.DetectPack(sample);
  pack.FindHedge(sample);
  return CheckDiagnostics(result.failures);
}

std::string FuzzSegment(std::string_view data) {
  if (data.empty() || !ValidUtf8(data)) return "";
  ListOptions options;
  options.allow_pair = (static_cast<unsigned char>(data[0]) & 1) != 0;
  NormalizedText norm = Normalize(data);
  if (!ValidUtf8(norm.text)) return "normalized text is not valid UTF-8";
  if (norm.orig_begin.size() != norm.text.size() || norm.orig_end.size() != norm.text.size()) {
    return "normalized text and its map differ in size";
  }
  std::vector<Span> sentences = SplitSentences(norm.text);
  std::string err = CheckSentences(norm.text, sentences);
  for (size_t i = 0; err.empty() && i < sentences.size(); ++i) {
    Span s = sentences[i];
    err = CheckSpan(norm.ToOriginal(s.begin, s.end), data.size(), "original sentence");
    for (Span m : SplitList(norm.text, s, options)) {
      if (err.empty()) err = CheckSpan(m, norm.text.size(), "list member");
      if (err.empty() && (m.begin < s.begin || m.end > s.end)) err = "list member outside its span";
    }
    Span t = TrimSpan(norm.text, s);
    if (err.empty() && (t.begin < s.begin || t.end > s.end)) err = "trimmed span outside its span";
  }
  return err;
}

std::string FuzzExtract(std::string_view data) {
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  ReadDocuments("fuzz.in", data, InputFormat::kAuto, &docs, &diags);
  DropDuplicateIds(&docs, &diags);  // as argmap extract does
  if (docs.empty()) return "";
  ArgumentGraph graph;
  ExtractStats stats;
  Extract(docs, BuiltInPack(), &graph, &stats);
  if (stats.documents != docs.size()) return "Extract left out documents";
  std::string err = CheckGraph(graph, docs);
  return err.empty() ? CheckExports(graph, docs) : err;
}

namespace {

// Documents (id, record, line, text), messages and result of one reading, as text.
std::string DescribeRead(const std::vector<Document>& docs, const std::vector<Diagnostic>& diags,
                         bool ok) {
  std::string out;
  for (const Document& d : docs) {
    out += d.id + " | " + std::to_string(d.record) + " | " + std::to_string(d.line) + " | " +
           d.text + "\n";
  }
  return out + FormatAll(diags) + (ok ? "ok" : "failed");
}

// The file the stream target writes its input to: one per process, reused,
// removed at exit.
const std::string& StreamPath() {
  static const std::string* path = [] {
    std::filesystem::path dir = std::filesystem::temp_directory_path();
    auto* p =
        new std::string((dir / ("argmap-fuzz-stream-" + std::to_string(::getpid()))).string());
    std::atexit([] { std::remove(StreamPath().c_str()); });
    return p;
  }();
  return *path;
}

}  // namespace

std::string FuzzStream(std::string_view data) {
  const std::string& path = StreamPath();
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return "";  // no temporary file: nothing to check
  bool written = std::fwrite(data.data(), 1, data.size(), file) == data.size();
  if (std::fclose(file) != 0 || !written) return "";
  size_t chunk = data.empty() ? 1 : 1 + static_cast<unsigned char>(data[0]) % 64;

  std::vector<Document> whole_docs;
  std::vector<Diagnostic> whole_diags;
  bool whole_ok = ReadInputFile(path, nullptr, InputFormat::kAuto, &whole_docs, &whole_diags);

  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  RecordStream stream(chunk);
  bool ok = stream.Open(path, nullptr, InputFormat::kAuto, &diags);
  while (ok && stream.Next(&docs, &diags, &ok)) {
  }
  while (stream.Next(&docs, &diags, &ok)) {  // after an error the stream still ends cleanly
  }
  // A bad byte (invalid UTF-8, NUL) rejects the whole file when read whole, but
  // only its chunk when streamed (record_stream.h): then the same error must be
  // among the stream's messages, and the stream must fail too.
  for (const Diagnostic& d : whole_diags) {
    if (!d.message.starts_with("invalid UTF-8") && !d.message.starts_with("NUL byte")) continue;
    std::string error = d.Format();
    bool found = std::any_of(diags.begin(), diags.end(),
                             [&](const Diagnostic& s) { return s.Format() == error; });
    if (found && !ok) return "";
    return "streamed, the bad byte's error is missing or the read succeeded: " + error;
  }
  // So does XML that is not well-formed (PubMed XML streams): the stream must
  // fail with such an error too. It is the whole file's, at its place, for a
  // broken article; a break in the file's frame (a stray root end tag) may be
  // reported where the chunk ends.
  for (const Diagnostic& d : whole_diags) {
    if (!d.message.starts_with("not well-formed XML")) continue;
    bool found = std::any_of(diags.begin(), diags.end(), [](const Diagnostic& s) {
      return s.message.starts_with("not well-formed XML");
    });
    if (found && !ok) return "";
    return "streamed, no XML error or the read succeeded: " + d.Format();
  }
  std::string streamed = DescribeRead(docs, diags, ok);
  std::string whole = DescribeRead(whole_docs, whole_diags, whole_ok);
  if (streamed == whole) return "";
  size_t at = 0;  // the start of the first line that differs
  while (at < streamed.size() && at < whole.size() && streamed[at] == whole[at]) ++at;
  at = at == 0 ? 0 : whole.rfind('\n', at - 1) + 1;  // npos + 1 == 0
  auto line = [at](const std::string& s) { return s.substr(at, s.find('\n', at) - at); };
  return "reading in chunks of " + std::to_string(chunk) +
         " bytes differs from reading the whole file: whole '" + line(whole) + "', chunks '" +
         line(streamed) + "'";
}

std::string FuzzMap(std::string_view data) {
  ArgumentGraph graph;
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  bool ok = ReadGraph("fuzz.map", data, GraphFormat::kAuto, &graph, &docs, &diags);
  std::string err = CheckDiagnostics(diags);
  if (!err.empty()) return err;
  bool any_error = std::any_of(diags.begin(), diags.end(),
                               [](const Diagnostic& d) { return d.severity == Severity::kError; });
  if (ok == any_error) return "its result and its error messages disagree";
  for (size_t v = 0; v < graph.node_count(); ++v) {
    const Node& n = graph.node(v);
    if (!ValidUtf8(n.text) || !ValidUtf8(n.id)) return "node " + n.id + " is not valid UTF-8";
  }
  if (!ok) return "";
  ExportInput input{graph, docs, ExportOptions{}};
  std::string json = ExportJson(input);
  // Read back, each export must read without an error; the JSON must give itself.
  const struct {
    const char* path;
    std::string text;
    GraphFormat format;
  } exports[] = {{"map.json", json, GraphFormat::kArgmap},
                 {"map.argdown", ExportArgdown(input), GraphFormat::kArgdown},
                 {"map.aif.json", ExportAif(input), GraphFormat::kAif}};
  for (const auto& e : exports) {
    ArgumentGraph back;
    std::vector<Document> back_docs;
    std::vector<Diagnostic> back_diags;
    if (!ReadGraph(e.path, e.text, e.format, &back, &back_docs, &back_diags)) {
      return std::string("its export does not read back: ") +
             (back_diags.empty() ? std::string(e.path) : back_diags.front().Header());
    }
    if (e.format == GraphFormat::kArgmap &&
        ExportJson(ExportInput{back, back_docs, ExportOptions{}}) != json) {
      return "its JSON read back gives other JSON";
    }
  }
  return "";
}

std::vector<Target> Targets() {
  std::vector<Target> targets;
  for (const std::string& format : InputFormatNames()) {
    if (format != "auto") targets.push_back({"read_" + format, nullptr, format});
  }
  targets.push_back({"read_map", FuzzMap, ""});
  targets.push_back({"stream", FuzzStream, ""});
  targets.push_back({"rule_parser", FuzzRuleParser, ""});
  targets.push_back({"segment", FuzzSegment, ""});
  targets.push_back({"extract", FuzzExtract, ""});
  return targets;
}

std::string RunTarget(std::string_view name, std::string_view data) {
  for (const Target& t : Targets()) {
    if (t.name != name) continue;
    return t.run ? t.run(data) : FuzzRead(t.format, data);
  }
  return "unknown target " + std::string(name);
}

}  // namespace argmap::fuzz
