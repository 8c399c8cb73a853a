#include "rules/rule.h"

#include "core/name_table.h"

namespace argmap {

namespace {
std::string Prefix(const std::string& capture) { return capture.substr(0, capture.find('_')); }
}  // namespace

bool CaptureNodeType(const std::string& capture, NodeType* type) {
  return ParseNodeType(Prefix(capture), type);
}

bool IsCueCapture(const std::string& capture) { return Prefix(capture) == "cue"; }

namespace {
constexpr NamedValue<Anchor> kAnchors[] = {
    {Anchor::kThis, "this"},
    {Anchor::kPrevious, "previous"},
    {Anchor::kNext, "next"},
    {Anchor::kEarlierClaim, "earlier_claim"},
    {Anchor::kEarlierClaims, "earlier_claims"},
    {Anchor::kThesis, "thesis"},
    {Anchor::kEarlierOptions, "earlier_options"},
};
}  // namespace

Anchor AnchorOf(std::string_view name) {
  Anchor anchor = Anchor::kCapture;
  FindName(kAnchors, name, &anchor);
  return anchor;
}

bool IsAnchor(const std::string& name) { return AnchorOf(name) != Anchor::kCapture; }

std::vector<std::string> AnchorNames() { return Names(kAnchors); }

}  // namespace argmap
