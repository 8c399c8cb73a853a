// The combined graph of a comparison in the argmap formats: each one is the
// argmap exporter's output for the papers, with the cross-paper links added
// (schema: docs/graph-model.md, "Cross-paper links").
#include <cmath>
#include <cstdio>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

#include "compare/compare_export.h"

namespace argmap {
namespace {

using Json = nlohmann::ordered_json;

struct LinkStyle {
  Stance stance;
  std::string_view attributes;
};

// One row per Stance, in enum order (checked below).
constexpr LinkStyle kLinkStyles[] = {
    {Stance::kAgrees, "color=\"#2e7d32\", fontcolor=\"#2e7d32\", style=dashed, penwidth=2"},
    {Stance::kContrasts, "color=\"#c62828\", fontcolor=\"#c62828\", style=dashed, penwidth=2"},
    {Stance::kRelated, "color=\"#1565c0\", fontcolor=\"#1565c0\", style=dotted, penwidth=1.5"},
};
static_assert(std::size(kLinkStyles) == kAllStances.size());

constexpr bool LinkStylesInOrder() {
  for (size_t i = 0; i < std::size(kLinkStyles); ++i) {
    if (static_cast<size_t>(kLinkStyles[i].stance) != i) return false;
  }
  return true;
}
static_assert(LinkStylesInOrder());

std::string_view StyleOf(Stance s) { return kLinkStyles[static_cast<int>(s)].attributes; }

// The score with three decimals, as a JSON number.
double Rounded(double score) { return std::round(score * 1000.0) / 1000.0; }

std::string Score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", score);
  return buffer;
}

Json AlignmentJson(const CompareInput& input, size_t rank) {
  const Alignment& a = input.alignments[rank];
  Json out = Json::object();
  out["id"] = AlignmentId(rank);
  out["source"] = input.graph.node(a.a).id;
  out["target"] = input.graph.node(a.b).id;
  out["stance"] = std::string(StanceName(a.stance));
  out["score"] = Rounded(a.score);
  out["claim_score"] = Rounded(a.claim_score);
  out["paper_score"] = Rounded(a.paper_score);
  out["terms"] = a.terms;
  out["cue"] = a.cue;
  return out;
}

std::string Dump(const Json& json, int indent) {
  return json.dump(indent, ' ', false, Json::error_handler_t::replace) + "\n";
}

ExportInput PapersOf(const CompareInput& input) {
  return ExportInput{input.graph, input.documents, input.options};
}

// DOT strings: valid UTF-8 is assumed (node ids and terms come from the
// exporters' inputs); quotes, backslashes and control characters are escaped.
std::string Quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '\\' || c == '"') out.push_back('\\');
    out.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
  }
  return out + "\"";
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

void WriteLinkLegend(std::string* out) {
  *out += "  subgraph cluster_links_legend {\n";
  *out += "    label=\"Links between papers\";\n    style=\"rounded,dashed\";\n";
  *out += "    color=\"#bbbbbb\";\n";
  for (Stance s : kAllStances) {
    std::string from = "link_legend_" + std::string(StanceName(s)) + "_from";
    std::string to = "link_legend_" + std::string(StanceName(s)) + "_to";
    *out += "    " + from + " [label=\"\", shape=point, width=0.06];\n";
    *out += "    " + to + " [label=\"\", shape=point, width=0.06];\n";
    *out += "    " + from + " -> " + to + " [label=" + Quote(StanceName(s)) +
            ", tooltip=" + Quote(StanceDescription(s)) + ", dir=none, " + std::string(StyleOf(s)) +
            "];\n";
  }
  *out += "  }\n";
}

}  // namespace

std::string ExportCompareJson(const CompareInput& input) {
  Json out = Json::parse(ExportJson(PapersOf(input)));
  out["alignments"] = Json::array();
  for (size_t k = 0; k < input.alignments.size(); ++k) {
    out["alignments"].push_back(AlignmentJson(input, k));
  }
  return Dump(out, 2);
}

std::string ExportCompareJsonl(const CompareInput& input) {
  std::map<std::string, std::vector<size_t>> by_doc;  // links by the paper of their source
  for (size_t k = 0; k < input.alignments.size(); ++k) {
    by_doc[input.graph.node(input.alignments[k].a).doc].push_back(k);
  }
  std::string jsonl = ExportJsonl(PapersOf(input));
  std::string out;
  for (size_t pos = 0; pos < jsonl.size();) {
    size_t end = jsonl.find('\n', pos);
    Json line = Json::parse(jsonl.substr(pos, end - pos));
    pos = end + 1;
    line["alignments"] = Json::array();
    for (size_t k : by_doc[line["documents"][0]["id"].get<std::string>()]) {
      line["alignments"].push_back(AlignmentJson(input, k));
    }
    out += Dump(line, -1);
  }
  return out;
}

std::string ExportCompareDot(const CompareInput& input) {
  std::string out = ExportDot(PapersOf(input));
  out.resize(out.size() - 2);  // the closing "}\n" of the digraph
  for (size_t k = 0; k < input.alignments.size(); ++k) {
    const Alignment& a = input.alignments[k];
    std::string label = std::string(StanceName(a.stance)) + " " + Score(a.score);
    std::string tooltip = "shared: " + Joined(a.terms) + (a.cue.empty() ? "" : "; " + a.cue);
    out += "  n" + std::to_string(a.a + 1) + " -> n" + std::to_string(a.b + 1) +
           " [id=" + Quote(AlignmentId(k)) + ", label=" + Quote(label) +
           ", tooltip=" + Quote(tooltip) + ", dir=none, constraint=false, " +
           std::string(StyleOf(a.stance)) + "];\n";
  }
  WriteLinkLegend(&out);
  return out + "}\n";
}

std::string ExportCompareExplain(const CompareInput& input) {
  std::string out = ExportExplain(PapersOf(input));
  out += "\n== links between papers\n";
  if (input.alignments.empty()) out += "  (no links)\n";
  for (size_t k = 0; k < input.alignments.size(); ++k) {
    const Alignment& a = input.alignments[k];
    out += AlignmentId(k) + " " + input.graph.node(a.a).id + " --" +
           std::string(StanceName(a.stance)) + "-- " + input.graph.node(a.b).id + " score " +
           Score(a.score) + "\n";
    out += "  shared: " + Joined(a.terms) + "\n";
    if (!a.cue.empty()) out += "  stance words: " + a.cue + "\n";
  }
  return out;
}

std::string ExportCompareSummary(const CompareInput& input) {
  std::map<Stance, size_t> counts;
  for (const Alignment& a : input.alignments) ++counts[a.stance];
  std::string out = ExportSummary(PapersOf(input));
  size_t n = input.alignments.size();
  out += std::to_string(n) + (n == 1 ? " link" : " links") + " between papers:";
  for (Stance s : kAllStances) {
    out += (s == kAllStances[0] ? " " : ", ") + std::to_string(counts[s]) + " " +
           std::string(StanceName(s));
  }
  return out + "\n";
}

}  // namespace argmap
