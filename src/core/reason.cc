#include "core/reason.h"

#include <charconv>
#include <cstdio>

namespace argmap {

std::string FormatReason(const Reason& reason) {
  char weight[32];
  std::snprintf(weight, sizeof weight, "%+.3f", reason.weight);
  return reason.feature + " " + weight;
}

bool ParseReason(const std::string& text, Reason* reason) {
  size_t space = text.rfind(' ');
  if (space == std::string::npos || space == 0 || space + 1 >= text.size()) return false;
  std::string_view w(text);
  w.remove_prefix(space + 1);
  if (w.front() == '+') w.remove_prefix(1);
  double value = 0;
  auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), value);
  if (ec != std::errc() || p != w.data() + w.size()) return false;
  reason->feature = text.substr(0, space);
  reason->weight = value;
  return true;
}

std::vector<std::string> FormatReasons(const std::vector<Reason>& reasons) {
  std::vector<std::string> out;
  for (const Reason& r : reasons) out.push_back(FormatReason(r));
  return out;
}

}  // namespace argmap
