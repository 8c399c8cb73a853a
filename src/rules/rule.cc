#include "rules/rule.h"

namespace argmap {

namespace {
std::string Prefix(const std::string& capture) { return capture.substr(0, capture.find('_')); }
}  // namespace

bool CaptureNodeType(const std::string& capture, NodeType* type) {
  return ParseNodeType(Prefix(capture), type);
}

bool IsCueCapture(const std::string& capture) { return Prefix(capture) == "cue"; }

bool IsAnchor(const std::string& name) {
  return name == "this" || name == "previous" || name == "next" || name == "earlier_claim" ||
         name == "earlier_claims" || name == "thesis";
}

}  // namespace argmap
