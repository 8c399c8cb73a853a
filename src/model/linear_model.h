// A linear model over named binary features, as argmap's readable model file holds it.
//
// A model has a fixed list of classes (for roles: "none", "claim", ...) and, for each
// feature that carries weight, one weight per class. A unit's score for a class is the
// class's bias plus the weights of the features it has (each counted once). The
// probability of a class is its logistic score normalized over the classes, as
// LIBLINEAR's one-vs-rest logistic regression gives it.
//
// The text form (one model of a model file; see model/model_file.h):
//   <feature> <class> <weight>        one line per non-zero weight
// Features are names without white space ("rule:general/we-argue=claim",
// "word:significant", "(bias)"); weights are written with six decimals. Lines are
// sorted by feature, then class, so a model prints byte-identically.
//
// What a caller may rely on: Scores and Explain are const and thread-safe; a feature
// the model does not know adds nothing (except as `Fallback` says); Explain's
// contributions come largest first, ties by feature name.
#ifndef ARGMAP_MODEL_LINEAR_MODEL_H_
#define ARGMAP_MODEL_LINEAR_MODEL_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/reason.h"

namespace argmap {

// The name under which a class's bias is written.
inline constexpr std::string_view kBiasFeature = "(bias)";

class LinearModel {
 public:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>{}(s);
    }
  };
  // A feature's weight per class, and the place it took when it was added (sums run
  // in that order, so a score does not depend on where rows sit in memory).
  struct Weights {
    std::vector<double> w;
    size_t order = 0;
  };
  using Rows = std::unordered_map<std::string, Weights, StringHash, std::equal_to<>>;
  using Row = Rows::value_type;  // a feature's name and its weights

  LinearModel() = default;
  explicit LinearModel(std::vector<std::string> classes);

  const std::vector<std::string>& classes() const { return classes_; }
  int ClassIndex(std::string_view name) const;  // -1 when unknown
  // True when no class has a weight: such a model decides nothing (a model file
  // whose classes line has no weights under it behaves as no model).
  bool empty() const;

  // Sets (adds to) the weight of `feature` for class `k`.
  void SetWeight(const std::string& feature, int k, double weight);
  double Weight(std::string_view feature, int k) const;
  // True when the feature has a weight for some class.
  bool Knows(std::string_view feature) const;

  // The row of a feature, or nullptr when it has no weight.
  const Row* Find(std::string_view feature) const;

  // Scores per class for a set of features (duplicates count once).
  std::vector<double> Scores(const std::vector<std::string>& features) const;
  // The same for the rows of the features (from Find); sorts and de-duplicates them.
  std::vector<double> Scores(std::vector<const Row*>* rows) const;
  // Normalized logistic probabilities of `scores`.
  static std::vector<double> Probabilities(const std::vector<double>& scores);
  // The features that weigh most for class `k`, at most `n`, largest |weight| first.
  std::vector<Reason> Explain(const std::vector<std::string>& features, int k, size_t n) const;
  // The same for rows already sorted and de-duplicated by Scores.
  std::vector<Reason> Explain(const std::vector<const Row*>& rows, int k, size_t n) const;

  // One line per non-zero weight, sorted, each prefixed with `prefix` and a space.
  std::string Serialize(std::string_view prefix) const;

 private:
  std::vector<std::string> classes_;
  std::vector<double> bias_;
  std::vector<const Row*> RowsOf(const std::vector<std::string>& features) const;

  Rows rows_;
};

// `w` rounded to six decimals, as Serialize writes it.
double RoundWeight(double w);

// Sorts and de-duplicates a feature list in place.
void UniqueFeatures(std::vector<std::string>* features);

}  // namespace argmap

#endif  // ARGMAP_MODEL_LINEAR_MODEL_H_
