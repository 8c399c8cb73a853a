// Node and edge kinds of an argument graph, and their one string table.
//
// Every part of argmap that names a kind (rule files, the DOT and JSON
// exporters, the docs) goes through NodeTypeName/EdgeTypeName and
// ParseNodeType/ParseEdgeType, so a kind is spelled the same everywhere.
// The order of the enumerators is the order kinds are listed in legends and docs.
#ifndef ARGMAP_CORE_KINDS_H_
#define ARGMAP_CORE_KINDS_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace argmap {

enum class NodeType { kClaim, kPremise, kConclusion, kPurpose, kMethod, kOption, kGroup };
enum class EdgeType { kSupports, kAttacks, kPartOf, kAlternative };

inline constexpr std::array<NodeType, 7> kAllNodeTypes = {
    NodeType::kClaim,  NodeType::kPremise, NodeType::kConclusion, NodeType::kPurpose,
    NodeType::kMethod, NodeType::kOption,  NodeType::kGroup};
inline constexpr std::array<EdgeType, 4> kAllEdgeTypes = {
    EdgeType::kSupports, EdgeType::kAttacks, EdgeType::kPartOf, EdgeType::kAlternative};

// "claim", "premise", ... as used in rule files and every output format.
std::string_view NodeTypeName(NodeType type);
// "supports", "attacks", "part_of", "alternative".
std::string_view EdgeTypeName(EdgeType type);

// Exact, case-sensitive look-ups; return false for an unknown name.
bool ParseNodeType(std::string_view name, NodeType* type);
bool ParseEdgeType(std::string_view name, EdgeType* type);

// One-line descriptions used by `argmap help kinds`, legends and docs.
std::string_view NodeTypeDescription(NodeType type);
std::string_view EdgeTypeDescription(EdgeType type);

std::vector<std::string> NodeTypeNames();
std::vector<std::string> EdgeTypeNames();

// Claim-like nodes are what premises are attached to by default.
bool IsClaimLike(NodeType type);

}  // namespace argmap

#endif  // ARGMAP_CORE_KINDS_H_
