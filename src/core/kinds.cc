#include "core/kinds.h"

#include "core/name_table.h"

namespace argmap {
namespace {

struct NodeTypeInfo {
  NodeType value;
  std::string_view name;
  std::string_view description;
};
struct EdgeTypeInfo {
  EdgeType value;
  std::string_view name;
  std::string_view description;
};

constexpr NodeTypeInfo kNodeTable[] = {
    {NodeType::kClaim, "claim", "an assertion the authors advance or dispute"},
    {NodeType::kPremise, "premise", "a reason or piece of evidence offered for or against a claim"},
    {NodeType::kConclusion, "conclusion",
     "what the abstract presents as the outcome of its analysis"},
    {NodeType::kPurpose, "purpose", "the research aim or question"},
    {NodeType::kMethod, "method", "how the analysis is done"},
    {NodeType::kOption, "option", "one of two or more explicitly contrasted alternatives"},
    {NodeType::kGroup, "group", "a named set of premises or options, such as \"three factors\""},
};

constexpr EdgeTypeInfo kEdgeTable[] = {
    {EdgeType::kSupports, "supports", "the source is a reason or evidence for the target"},
    {EdgeType::kAttacks, "attacks", "the source argues against the target"},
    {EdgeType::kPartOf, "part_of", "the source is a member of the target group"},
    {EdgeType::kAlternative, "alternative", "source and target are alternatives (undirected)"},
};

}  // namespace

std::string_view NodeTypeName(NodeType type) { return kNodeTable[static_cast<int>(type)].name; }
std::string_view EdgeTypeName(EdgeType type) { return kEdgeTable[static_cast<int>(type)].name; }
std::string_view NodeTypeDescription(NodeType type) {
  return kNodeTable[static_cast<int>(type)].description;
}
std::string_view EdgeTypeDescription(EdgeType type) {
  return kEdgeTable[static_cast<int>(type)].description;
}

bool ParseNodeType(std::string_view name, NodeType* type) {
  return FindName(kNodeTable, name, type);
}
bool ParseEdgeType(std::string_view name, EdgeType* type) {
  return FindName(kEdgeTable, name, type);
}
std::vector<std::string> NodeTypeNames() { return Names(kNodeTable); }
std::vector<std::string> EdgeTypeNames() { return Names(kEdgeTable); }

bool IsClaimLike(NodeType type) {
  return type == NodeType::kClaim || type == NodeType::kConclusion;
}

}  // namespace argmap
