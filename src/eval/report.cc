// Formatting an EvalReport as text; the score lines follow eval/score.py's
// format strings one for one.
#include "eval/report.h"

#include <algorithm>
#include <cstdio>

#include "core/utf8.h"

namespace argmap {
namespace {

// printf into a std::string; every use here is a short fixed-width line.
template <typename... Args>
std::string Printf(const char* format, Args... args) {
  char buffer[64];
  int n = std::snprintf(buffer, sizeof buffer, format, args...);
  if (n < 0) return "";
  if (static_cast<size_t>(n) < sizeof buffer) return std::string(buffer, n);
  std::string out(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), format, args...);
  out.resize(static_cast<size_t>(n));
  return out;
}

// `text` padded with spaces to `width` code points (Python's "{:<width}").
std::string PadRight(const std::string& text, size_t width) {
  size_t length = CodePointOffset(text, text.size());
  return length >= width ? text : text + std::string(width - length, ' ');
}

std::string PadLeft(const std::string& text, size_t width) {
  return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}

std::string Ratio(int hits, int total) {
  return Printf("%7.3f", total ? static_cast<double>(hits) / total : 0.0);
}

std::string OneLine(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\r', ' ');
  return text;
}

std::string SentenceNote(int sentence) {
  return sentence < 0 ? "" : " (sentence " + std::to_string(sentence + 1) + ")";
}

}  // namespace

std::string FormatMisses(const EvalReport& report) {
  std::string out = "misses (gold components no node matched) and extras (nodes matching none):\n";
  for (const Miss& m : report.misses) {
    out += (m.extra ? "  extra   " : "  missed  ") + m.doc + " " + m.role;
    if (m.extra) out += " [" + m.rule + "]";
    out += SentenceNote(m.sentence) + ": " + OneLine(m.text) + "\n";
  }
  return out;
}

std::string FormatRuleTable(const EvalReport& report) {
  size_t width = 4;
  for (const RuleScore& r : report.rules)
    width = std::max(width, CodePointOffset(r.rule, r.rule.size()));
  width += 2;
  std::string out = PadRight("rule", width);
  for (const char* column : {"nodes", "hit", "P", "edges", "hit", "P"}) out += PadLeft(column, 7);
  out += "\n";
  const std::string none = PadLeft("-", 7);
  for (const RuleScore& r : report.rules) {
    out += PadRight(r.rule, width);
    out += r.nodes ? Printf("%7d%7d", r.nodes, r.node_hits) + Ratio(r.node_hits, r.nodes)
                   : none + none + none;
    out += r.edges ? Printf("%7d%7d", r.edges, r.edge_hits) + Ratio(r.edge_hits, r.edges)
                   : none + none + none;
    out += "\n";
  }
  return out;
}

std::string SummaryLine(const EvalReport& report) {
  return Printf("core F1 %.3f, relation F1 %.3f on %d abstracts", report.core.Scores().f1,
                report.relations.Scores().f1, report.abstracts);
}

std::string FormatScores(const EvalReport& report) {
  std::string out =
      PadRight("role", 14) + Printf("%7s%7s%7s%7s%7s\n", "P", "R", "F1", "gold", "pred");
  for (const RoleScore& r : report.roles) {
    Prf s = r.counts.Scores();
    out += PadRight(r.role, 14) + Printf("%7.3f%7.3f%7.3f%7d%7d\n", s.precision, s.recall, s.f1,
                                         r.counts.gold(), r.counts.pred());
  }
  Prf core = report.core.Scores();
  Prf rel = report.relations.Scores();
  out += Printf("core (claim-like vs premise-like): P %.3f R %.3f F1 %.3f\n", core.precision,
                core.recall, core.f1);
  out += Printf("relations (support/attack/alternative): P %.3f R %.3f F1 %.3f\n", rel.precision,
                rel.recall, rel.f1);
  if (report.abstracts_without_nodes) {
    out += Printf("abstracts with no predicted node: %d of %d\n", report.abstracts_without_nodes,
                  report.abstracts);
  }
  return out + SummaryLine(report) + "\n";
}

std::string FormatReport(const EvalReport& report, const ReportOptions& options) {
  std::string out;
  if (options.misses) out += FormatMisses(report) + "\n";
  return out + FormatRuleTable(report) + "\n" + FormatScores(report);
}

}  // namespace argmap
