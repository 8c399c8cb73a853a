#include "options/option_values.h"

#include <charconv>
#include <cstdint>
#include <cstdio>

#include "core/input_bytes.h"
#include "core/limits.h"
#include "core/spellcheck.h"

namespace argmap {
namespace {

std::string RangeText(double low, double high) {
  char range[64];
  std::snprintf(range, sizeof range, "%g to %g", low, high);
  return range;
}

// Parses all of `text` as a T; false when any of it is not the number.
template <typename T>
bool ParseWhole(const std::string& text, T* value) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *value);
  return !text.empty() && ec == std::errc() && ptr == end;
}

}  // namespace

std::vector<std::string> AcceptedInputFormatNames(InputFormats accepted) {
  std::vector<std::string> names;
  if (accepted != InputFormats::kAbstracts) names = GraphFormatNames();
  if (accepted == InputFormats::kMaps) return names;
  for (const std::string& name : InputFormatNames()) {
    if (names.empty() || name != "auto") names.push_back(name);
  }
  return names;
}

std::string CheckInputFormat(const std::string& value, InputFormats accepted,
                             InputFormat* abstracts, GraphFormat* map) {
  if (abstracts != nullptr) *abstracts = InputFormat::kAuto;
  if (map != nullptr) *map = GraphFormat::kAuto;
  if (value == "auto") return "";
  if (accepted != InputFormats::kAbstracts && ParseGraphFormat(value, map)) return "";
  if (accepted != InputFormats::kMaps && ParseInputFormat(value, abstracts)) return "";
  return "unknown input format '" + value + "'" +
         DidYouMean(value, AcceptedInputFormatNames(accepted));
}

std::string CheckGoldInputFormat(const std::string& value) {
  if (value == "auto" || value == "jsonl") return "";
  return "gold files are JSON Lines: --input-format must be auto or jsonl, not '" + value + "'";
}

std::string CheckEncoding(const std::string& value) {
  if (IsKnownEncoding(value)) return "";
  return "unknown encoding '" + value + "'" +
         DidYouMean(value, {"windows-1252", "latin1", "iso-8859-15", "utf-16", "utf-8"});
}

std::string CheckJobs(const std::string& value, int* jobs) {
  if (!ParseWhole(value, jobs) || *jobs < 1 || *jobs > kMaxJobs) {
    return "--jobs needs a whole number from 1 to " + std::to_string(kMaxJobs) + ", got '" + value +
           "'";
  }
  return "";
}

std::string CheckNumber(std::string_view option, const std::string& value, double low, double high,
                        double* number) {
  double parsed = 0;
  if (!ParseWhole(value, &parsed) || !(parsed >= low && parsed <= high)) {
    return std::string(option) + " needs a number from " + RangeText(low, high) + ", not '" +
           value + "'";
  }
  *number = parsed;
  return "";
}

std::string CheckCount(std::string_view option, const std::string& value, size_t low, size_t high,
                       size_t* count) {
  size_t parsed = 0;
  if (!ParseWhole(value, &parsed) || parsed < low || parsed > high) {
    std::string range = high == SIZE_MAX
                            ? " (" + std::to_string(low) + " or more)"
                            : " from " + std::to_string(low) + " to " + std::to_string(high);
    return std::string(option) + " needs a whole number" + range + ", not '" + value + "'";
  }
  *count = parsed;
  return "";
}

std::string CheckThreshold(const std::string& value, double* threshold) {
  double parsed = 0;
  std::string err = CheckNumber("--threshold", value, 0, 1, &parsed);
  if (err.empty() && parsed == 0) {
    err = "--threshold needs a number above 0 and at most 1, not '" + value + "'";
  }
  if (err.empty()) *threshold = parsed;
  return err;
}

std::string CheckMaxLinks(const std::string& value, size_t* max_links) {
  return CheckCount("--max-links", value, 1, SIZE_MAX, max_links);
}

std::string CheckTop(const std::string& value, size_t* top) {
  return CheckCount("--top", value, 0, SIZE_MAX, top);
}

std::string CheckCost(const std::string& value, double* cost) {
  return CheckNumber("--cost", value, 1e-4, 1e4, cost);
}

}  // namespace argmap
