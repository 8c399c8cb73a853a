#include "cli/args.h"

#include "core/spellcheck.h"

namespace argmap {

std::string ParsedArgs::Get(const std::string& name, const std::string& fallback) const {
  auto it = values.find(name);
  return it == values.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> ParsedArgs::All(const std::string& name) const {
  auto it = values.find(name);
  return it == values.end() ? std::vector<std::string>{} : it->second;
}

std::optional<std::string> ParsedArgs::Given(const std::string& name) const {
  if (!Has(name)) return std::nullopt;
  return Get(name);
}

namespace {

const OptionSpec* Find(const std::vector<OptionSpec>& specs, std::string_view word) {
  for (const OptionSpec& s : specs) {
    if (s.name == word || (!s.alias.empty() && s.alias == word)) return &s;
  }
  return nullptr;
}

}  // namespace

bool ParseArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs,
               ParsedArgs* out, std::string* err) {
  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a == "-" || a.empty() || a[0] != '-') {
      out->positional.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    size_t eq = a.find('=');
    std::string word = a.substr(0, eq);
    const OptionSpec* spec = Find(specs, word);
    if (!spec) {
      std::vector<std::string> names;
      for (const OptionSpec& s : specs) names.emplace_back(s.name);
      *err = "unknown option '" + word + "'" + DidYouMean(word, names);
      return false;
    }
    std::string name(spec->name);
    if (spec->value.empty()) {
      if (eq != std::string::npos) {
        *err = "option '" + name + "' takes no value";
        return false;
      }
      out->values[name].push_back("");
    } else if (eq != std::string::npos) {
      out->values[name].push_back(a.substr(eq + 1));
    } else if (i + 1 < args.size()) {
      out->values[name].push_back(args[++i]);
    } else {
      *err = "option '" + name + "' needs a value (" + std::string(spec->value) + ")";
      return false;
    }
  }
  return true;
}

std::string FormatOptions(const std::vector<OptionSpec>& specs) {
  std::string out = "Options:\n";
  for (const OptionSpec& s : specs) {
    std::string left = "  ";
    if (!s.alias.empty()) left += std::string(s.alias) + ", ";
    left += s.name;
    if (!s.value.empty()) left += " " + std::string(s.value);
    if (left.size() < 28)
      left.resize(28, ' ');
    else
      left += "  ";
    out += left + std::string(s.help) + "\n";
  }
  return out;
}

}  // namespace argmap
