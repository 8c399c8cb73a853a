// The one lookup over a table of names, so that printing, parsing and listing a
// kind, format, subcommand or option value never disagree. A table is any range
// of rows (a constexpr array, or a vector a function returns) whose rows have a
// `name` (std::string_view); rows that stand for a value of an enum also have a
// `value`. Small tables of just the two use NamedValue:
//
//   constexpr NamedValue<Color> kColors[] = {{Color::kRed, "red"}, ...};
//   NameOf(kColors, Color::kRed) == "red";  FindName(kColors, "red", &c);
//   RowNamed(kExporters, "json"), RowOf(kColors, Color::kRed) -> the row, or nullptr;
//   Names(kColors) -> {"red", ...}
//
// A value missing from the table has the name "" (NameOf); the lookups by name
// are exact (case matters) and FindName leaves *value alone when the name is not
// there. Every function is linear in the table's length (tables are short).
#ifndef ARGMAP_CORE_NAME_TABLE_H_
#define ARGMAP_CORE_NAME_TABLE_H_

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace argmap {

template <typename T>
struct NamedValue {
  T value;
  std::string_view name;
};

// The row named `name`, or nullptr.
template <typename Rows>
const auto* RowNamed(const Rows& rows, std::string_view name) {
  for (const auto& row : rows) {
    if (row.name == name) return &row;
  }
  return static_cast<decltype(&*std::begin(rows))>(nullptr);
}

// The row whose value is `value`, or nullptr.
template <typename Rows, typename T>
const auto* RowOf(const Rows& rows, const T& value) {
  for (const auto& row : rows) {
    if (row.value == value) return &row;
  }
  return static_cast<decltype(&*std::begin(rows))>(nullptr);
}

template <typename Rows, typename T>
std::string_view NameOf(const Rows& rows, const T& value) {
  const auto* row = RowOf(rows, value);
  return row == nullptr ? std::string_view() : row->name;
}

template <typename Rows, typename T>
bool FindName(const Rows& rows, std::string_view name, T* value) {
  const auto* row = RowNamed(rows, name);
  if (row == nullptr) return false;
  *value = row->value;
  return true;
}

// The names of the rows, in table order.
template <typename Rows>
std::vector<std::string> Names(const Rows& rows) {
  std::vector<std::string> names;
  for (const auto& row : rows) names.emplace_back(row.name);
  return names;
}

}  // namespace argmap

#endif  // ARGMAP_CORE_NAME_TABLE_H_
