// How each node and edge kind is drawn: shapes and colours shared by the DOT
// exporter (and so the rendered SVG, PNG and PDF) and the HTML viewer's text
// highlights and legend, so a kind looks the same everywhere.
//
// One row per kind, in enum order (checked at compile time), so NodeKindStyle()
// and EdgeKindStyle() are plain look-ups. The tables are documented in
// docs/graph-model.md (DOT section).
#ifndef ARGMAP_EXPORT_KIND_STYLES_H_
#define ARGMAP_EXPORT_KIND_STYLES_H_

#include <cstddef>
#include <iterator>
#include <string_view>

#include "core/kinds.h"

namespace argmap {

struct NodeStyle {
  NodeType type;
  std::string_view shape;  // Graphviz node shape
  std::string_view style;  // Graphviz style list
  std::string_view fill;   // fill colour, "#rrggbb"
  int peripheries;         // 2: double border
};

struct EdgeStyle {
  EdgeType type;
  std::string_view color;      // "#rrggbb"
  std::string_view line;       // Graphviz style: solid, dotted, dashed
  std::string_view arrowhead;  // Graphviz arrowhead, "" for undirected edges
};

inline constexpr NodeStyle kNodeStyles[] = {
    {NodeType::kClaim, "box", "rounded,filled", "#dae8fc", 1},
    {NodeType::kPremise, "note", "filled", "#d5e8d4", 1},
    {NodeType::kConclusion, "box", "rounded,filled,bold", "#ffe6cc", 2},
    {NodeType::kPurpose, "hexagon", "filled", "#fff2cc", 1},
    {NodeType::kMethod, "component", "filled", "#e1d5e7", 1},
    {NodeType::kOption, "ellipse", "filled", "#fce4ec", 1},
    {NodeType::kGroup, "folder", "filled", "#eeeeee", 1},
};
static_assert(std::size(kNodeStyles) == kAllNodeTypes.size());

inline constexpr EdgeStyle kEdgeStyles[] = {
    {EdgeType::kSupports, "#2e7d32", "solid", "normal"},
    {EdgeType::kAttacks, "#c62828", "solid", "tee"},
    {EdgeType::kPartOf, "#808080", "dotted", "onormal"},
    {EdgeType::kAlternative, "#555555", "dashed", ""},
};
static_assert(std::size(kEdgeStyles) == kAllEdgeTypes.size());

constexpr bool KindStylesInEnumOrder() {
  for (size_t i = 0; i < std::size(kNodeStyles); ++i) {
    if (static_cast<size_t>(kNodeStyles[i].type) != i) return false;
  }
  for (size_t i = 0; i < std::size(kEdgeStyles); ++i) {
    if (static_cast<size_t>(kEdgeStyles[i].type) != i) return false;
  }
  return true;
}
static_assert(KindStylesInEnumOrder());

constexpr const NodeStyle& NodeKindStyle(NodeType type) {
  return kNodeStyles[static_cast<size_t>(type)];
}
constexpr const EdgeStyle& EdgeKindStyle(EdgeType type) {
  return kEdgeStyles[static_cast<size_t>(type)];
}

}  // namespace argmap

#endif  // ARGMAP_EXPORT_KIND_STYLES_H_
