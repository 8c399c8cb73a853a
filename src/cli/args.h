// A small command-line option parser shared by the subcommands.
//
// Options are declared in a table; "--name value", "--name=value" and short
// aliases ("-o FILE") are accepted; "-" alone and anything not starting with '-'
// are positional; "--" ends the options. Unknown options get "did you mean".
#ifndef ARGMAP_CLI_ARGS_H_
#define ARGMAP_CLI_ARGS_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace argmap {

struct OptionSpec {
  std::string_view name;   // "--format"
  std::string_view alias;  // "-o" or ""
  std::string_view value;  // "FMT" when the option takes a value, else ""
  std::string_view help;
};

struct ParsedArgs {
  std::map<std::string, std::vector<std::string>> values;  // by long name; flags get ""
  std::vector<std::string> positional;

  bool Has(const std::string& name) const { return values.count(name) > 0; }
  // The last value given, or `fallback`.
  std::string Get(const std::string& name, const std::string& fallback = "") const;
  std::vector<std::string> All(const std::string& name) const;
  // The last value given, or nullopt when the option was not given.
  std::optional<std::string> Given(const std::string& name) const;
};

bool ParseArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs,
               ParsedArgs* out, std::string* err);

// "Options:" followed by one aligned line per option.
std::string FormatOptions(const std::vector<OptionSpec>& specs);

}  // namespace argmap

#endif  // ARGMAP_CLI_ARGS_H_
