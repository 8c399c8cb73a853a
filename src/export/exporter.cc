#include "export/exporter.h"

namespace argmap {

const std::vector<Exporter>& Exporters() {
  static const std::vector<Exporter> table = {
      {"json", "one argmap JSON graph of every input abstract", ExportJson},
      {"jsonl", "JSON Lines: one argmap JSON graph per abstract per line", ExportJsonl},
      {"dot", "GraphViz DOT, one cluster per paper, with a legend", ExportDot},
      {"explain", "plain text: per node and edge, the rule, the sentence and the span",
       ExportExplain},
      {"summary", "plain text: per abstract, counts of node kinds and its conclusions",
       ExportSummary},
  };
  return table;
}

const Exporter* FindExporter(std::string_view name) {
  for (const Exporter& e : Exporters()) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

std::vector<std::string> ExporterNames() {
  std::vector<std::string> out;
  for (const Exporter& e : Exporters()) out.emplace_back(e.name);
  return out;
}

}  // namespace argmap
