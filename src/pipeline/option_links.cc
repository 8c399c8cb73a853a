#include "pipeline/option_links.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace argmap {
namespace {

constexpr std::array<std::string_view, 24> kStopwords = {
    "that",  "this",  "these",   "those",   "with",  "from",  "into",   "than",
    "their", "there", "which",   "while",   "would", "could", "should", "have",
    "been",  "being", "through", "between", "under", "over",  "about",  "more"};

std::string Stem(std::string word) {
  auto cut = [&](size_t n) { return word.substr(0, word.size() - n); };
  if (word.size() > 6 && word.ends_with("ing")) return cut(3);
  if (word.size() > 5 && word.ends_with("ed")) return cut(2);
  for (std::string_view sibilant : {"sses", "xes", "zes", "ches", "shes"}) {
    if (word.size() > 5 && word.ends_with(sibilant)) return cut(2);
  }
  if (word.size() > 4 && word.ends_with("s") && !word.ends_with("ss")) return cut(1);
  return word;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
    } else if (c == '\'' && !word.empty()) {
      continue;
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  return out;
}

}  // namespace

size_t SharedCount(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return both.size();
}

std::vector<std::string> ContentStems(std::string_view text) {
  std::vector<std::string> out;
  for (const std::string& w : Words(text)) {
    if (w.size() < 4 || std::find(kStopwords.begin(), kStopwords.end(), w) != kStopwords.end()) {
      continue;
    }
    out.push_back(Stem(w));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool IsNegated(std::string_view text) {
  std::vector<std::string> words = Words(text);
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "not" || w == "never" || w == "cannot" || w == "nt" || w == "neither" ||
        (w == "no" && i + 1 < words.size() && words[i + 1] == "longer")) {
      return true;
    }
  }
  return false;
}

int RejectedOption(std::string_view claim, const std::vector<std::string_view>& options) {
  if (!IsNegated(claim)) return -1;
  std::vector<std::string> stems = ContentStems(claim);
  int best = -1;
  size_t best_shared = 1, runner_up = 0;
  for (size_t i = 0; i < options.size(); ++i) {
    size_t shared = SharedCount(stems, ContentStems(options[i]));
    if (shared > best_shared) {
      runner_up = best_shared;
      best_shared = shared;
      best = static_cast<int>(i);
    } else if (shared > runner_up) {
      runner_up = shared;
    }
  }
  return best >= 0 && runner_up < best_shared ? best : -1;
}

}  // namespace argmap
