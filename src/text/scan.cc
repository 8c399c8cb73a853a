#include "text/scan.h"

#include <algorithm>

namespace argmap {
namespace {

bool IsOpener(char c) { return c == '(' || c == '[' || c == '{'; }
bool IsCloser(char c) { return c == ')' || c == ']' || c == '}'; }
char CloserOf(char c) { return c == '(' ? ')' : c == '[' ? ']' : '}'; }

}  // namespace

bool IsNegationWord(std::string_view lower) {
  for (std::string_view w : {"not", "no", "never", "neither", "nor", "cannot"}) {
    if (lower == w) return true;
  }
  return lower.size() > 3 && lower.ends_with("n't");
}

std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), AsciiLower);
  return out;
}

bool EqualsIgnoreCase(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (AsciiLower(s[i]) != lower[i]) return false;
  }
  return true;
}

bool WordAt(std::string_view text, size_t pos, size_t limit, std::string_view word) {
  if (word.empty() || pos + word.size() > std::min(limit, text.size())) return false;
  if (!EqualsIgnoreCase(text.substr(pos, word.size()), word)) return false;
  if (pos > 0 && IsWordByte(text[pos - 1]) && IsWordByte(word.front())) return false;
  size_t end = pos + word.size();
  return end == text.size() || !IsWordByte(text[end]) || !IsWordByte(word.back());
}

std::vector<bool> InsideBrackets(std::string_view text, Span span, const NestingOptions& options) {
  span.end = std::min(span.end, text.size());
  span.begin = std::min(span.begin, span.end);
  std::vector<int> diff(span.size() + 1, 0);
  auto mark = [&](size_t open, size_t close) {
    if (close - open + 1 > options.max_bracket_bytes) return;
    ++diff[open + 1 - span.begin];
    --diff[close - span.begin];
  };
  std::vector<size_t> open;
  size_t quote = std::string_view::npos;
  for (size_t p = span.begin; p < span.end; ++p) {
    char c = text[p];
    if (c == '"' && options.max_quote_bytes > 0) {
      if (quote != std::string_view::npos && p - quote + 1 <= options.max_quote_bytes) {
        ++diff[quote + 1 - span.begin];
        --diff[p - span.begin];
        quote = std::string_view::npos;
      } else {
        quote = p;
      }
    } else if (IsOpener(c)) {
      open.push_back(p);
    } else if (IsCloser(c) && !open.empty() && CloserOf(text[open.back()]) == c) {
      mark(open.back(), p);
      open.pop_back();
    }
  }
  std::vector<bool> inside(span.size(), false);
  int depth = 0;
  for (size_t i = 0; i < span.size(); ++i) {
    depth += diff[i];
    inside[i] = depth > 0;
  }
  return inside;
}

}  // namespace argmap
