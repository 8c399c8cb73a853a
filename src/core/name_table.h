// The one lookup over a table of names: {value, "name"} pairs, written once per
// enum as a constexpr array, so that printing, parsing and listing a kind,
// format or option value never disagree.
//
//   constexpr std::pair<Color, std::string_view> kColors[] = {{Color::kRed, "red"}, ...};
//   NameOf(kColors, Color::kRed) == "red";  FindName(kColors, "red", &c);  Names(kColors);
//
// A value missing from the table has the name "" (NameOf); FindName is exact
// (case matters) and leaves *value alone when the name is not there.
#ifndef ARGMAP_CORE_NAME_TABLE_H_
#define ARGMAP_CORE_NAME_TABLE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace argmap {

template <typename T, size_t N>
std::string_view NameOf(const std::pair<T, std::string_view> (&table)[N], const T& value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return {};
}

template <typename T, size_t N>
bool FindName(const std::pair<T, std::string_view> (&table)[N], std::string_view name, T* value) {
  for (const auto& [v, n] : table) {
    if (n == name) {
      *value = v;
      return true;
    }
  }
  return false;
}

template <typename T, size_t N>
std::vector<std::string> Names(const std::pair<T, std::string_view> (&table)[N]) {
  std::vector<std::string> names;
  names.reserve(N);
  for (const auto& entry : table) names.emplace_back(entry.second);
  return names;
}

}  // namespace argmap

#endif  // ARGMAP_CORE_NAME_TABLE_H_
