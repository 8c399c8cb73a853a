#include "model/linear_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace argmap {

LinearModel::LinearModel(std::vector<std::string> classes)
    : classes_(std::move(classes)), bias_(classes_.size(), 0.0) {}

int LinearModel::ClassIndex(std::string_view name) const {
  for (size_t k = 0; k < classes_.size(); ++k) {
    if (classes_[k] == name) return static_cast<int>(k);
  }
  return -1;
}

void LinearModel::SetWeight(const std::string& feature, int k, double weight) {
  if (feature == kBiasFeature) {
    bias_[k] += weight;
    return;
  }
  auto [it, added] = rows_.try_emplace(feature);
  if (added) it->second = {std::vector<double>(classes_.size(), 0.0), rows_.size()};
  it->second.w[k] += weight;
}

double LinearModel::Weight(std::string_view feature, int k) const {
  if (feature == kBiasFeature) return bias_[k];
  const Row* row = Find(feature);
  return row ? row->second.w[k] : 0.0;
}

bool LinearModel::Knows(std::string_view feature) const { return Find(feature) != nullptr; }

const LinearModel::Row* LinearModel::Find(std::string_view feature) const {
  auto it = rows_.find(feature);
  return it == rows_.end() ? nullptr : &*it;
}

std::vector<const LinearModel::Row*> LinearModel::RowsOf(
    const std::vector<std::string>& features) const {
  std::vector<const Row*> rows;
  for (const std::string& f : features) {
    if (const Row* row = Find(f)) rows.push_back(row);
  }
  return rows;
}

std::vector<double> LinearModel::Scores(const std::vector<std::string>& features) const {
  std::vector<const Row*> rows = RowsOf(features);
  return Scores(&rows);
}

std::vector<double> LinearModel::Scores(std::vector<const Row*>* rows) const {
  std::sort(rows->begin(), rows->end(),
            [](const Row* a, const Row* b) { return a->second.order < b->second.order; });
  rows->erase(std::unique(rows->begin(), rows->end()), rows->end());
  std::vector<double> out = bias_;
  for (const Row* row : *rows) {
    for (size_t k = 0; k < out.size(); ++k) out[k] += row->second.w[k];
  }
  return out;
}

bool LinearModel::empty() const {
  if (!rows_.empty()) return false;
  for (double b : bias_) {
    if (b != 0) return false;
  }
  return true;
}

std::vector<double> LinearModel::Probabilities(const std::vector<double>& scores) {
  std::vector<double> p(scores.size());
  double sum = 0;
  for (size_t k = 0; k < scores.size(); ++k) {
    p[k] = 1.0 / (1.0 + std::exp(-scores[k]));
    sum += p[k];
  }
  for (double& x : p) x = sum > 0 ? x / sum : 0.0;
  return p;
}

std::vector<Reason> LinearModel::Explain(const std::vector<std::string>& features, int k,
                                         size_t n) const {
  std::vector<const Row*> rows = RowsOf(features);
  Scores(&rows);  // sorts and de-duplicates
  return Explain(rows, k, n);
}

std::vector<Reason> LinearModel::Explain(const std::vector<const Row*>& rows, int k,
                                         size_t n) const {
  std::vector<Reason> out;
  for (const Row* row : rows) {
    if (row->second.w[k] != 0) out.push_back({row->first, row->second.w[k]});
  }
  std::sort(out.begin(), out.end(), [](const Reason& a, const Reason& b) {
    double x = std::fabs(a.weight), y = std::fabs(b.weight);
    return x != y ? x > y : a.feature < b.feature;
  });
  if (out.size() > n) out.resize(n);
  return out;
}

namespace {}  // namespace

double RoundWeight(double w) {
  double r = std::round(w * 1e6) / 1e6;
  return r == 0 ? 0.0 : r;  // no "-0"
}

namespace {

// Six decimals; a weight that rounds to zero is not written.
bool FormatWeight(double w, std::string* out) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f", w);
  std::string s = buf;
  if (s == "0.000000" || s == "-0.000000") return false;
  *out = s;
  return true;
}

}  // namespace

std::string LinearModel::Serialize(std::string_view prefix) const {
  std::vector<std::string> names;
  names.reserve(rows_.size() + 1);
  for (const auto& [name, row] : rows_) names.push_back(name);
  names.emplace_back(kBiasFeature);
  std::sort(names.begin(), names.end());
  std::vector<std::pair<std::string, int>> order;  // classes by name
  for (size_t k = 0; k < classes_.size(); ++k) order.emplace_back(classes_[k], k);
  std::sort(order.begin(), order.end());
  std::string out;
  for (const std::string& name : names) {
    for (const auto& [cls, k] : order) {
      std::string w;
      if (!FormatWeight(Weight(name, k), &w)) continue;
      out.append(prefix).append(" ").append(name).append(" ").append(cls).append(" ");
      out.append(w).append("\n");
    }
  }
  return out;
}

void UniqueFeatures(std::vector<std::string>* features) {
  std::sort(features->begin(), features->end());
  features->erase(std::unique(features->begin(), features->end()), features->end());
}

}  // namespace argmap
