#include "export/exporter.h"

#include "core/name_table.h"

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
      {"graphml", "GraphML for NetworkX, yEd or Gephi: every node and edge field as data",
       ExportGraphml},
      {"aif", "AIF JSON (AIFdb/OVA): I-nodes joined by RA (support) and CA (attack) nodes",
       ExportAif},
      {"argdown", "Argdown: one section per paper, titled statements with + and - relations",
       ExportArgdown},
      {"mermaid", "Mermaid flowchart, one subgraph per paper, for Markdown pages", ExportMermaid},
      {"outline", "Markdown outline per paper: thesis, reasons, objections, options, ...",
       ExportOutline},
      {"html", "a self-contained teaching page: the map beside the marked abstracts (needs dot)",
       ExportHtml},
  };
  return table;
}

const Exporter* FindExporter(std::string_view name) { return RowNamed(Exporters(), name); }

std::vector<std::string> ExporterNames() { return Names(Exporters()); }

}  // namespace argmap
