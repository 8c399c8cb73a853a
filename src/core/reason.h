// Reason: one weighed feature behind a scored node or edge ("why is this a conclusion?").
#ifndef ARGMAP_CORE_REASON_H_
#define ARGMAP_CORE_REASON_H_

#include <string>
#include <vector>

namespace argmap {

struct Reason {
  std::string feature;  // a feature name (model/features.h)
  double weight = 0;    // its weight for the chosen role or relation
};

// "feature +1.234" (three decimals, always signed): how JSON and explain write a reason.
std::string FormatReason(const Reason& reason);
// The inverse of FormatReason; false when `text` is not of that form.
bool ParseReason(const std::string& text, Reason* reason);
std::vector<std::string> FormatReasons(const std::vector<Reason>& reasons);

}  // namespace argmap

#endif  // ARGMAP_CORE_REASON_H_
