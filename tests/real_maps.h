// Maps of real inputs for the interchange-format tests: the bundled examples
// and, when ARGMAP_SHARED_DIR is present, the shared seed abstracts, mapped
// with the built-in pack just as `argmap extract` maps them.
#ifndef ARGMAP_TESTS_REAL_MAPS_H_
#define ARGMAP_TESTS_REAL_MAPS_H_

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "export_sample.h"
#include "pipeline/extract.h"
#include "read/reader.h"
#include "rules/compiled_pack.h"

namespace argmap::testing {

// examples/*.txt, then ARGMAP_SHARED_DIR/seeds/*.txt (when present), each sorted by name.
inline std::vector<std::string> ExampleAndSeedFiles() {
  std::vector<std::string> files;
  for (std::filesystem::path dir : {std::filesystem::path(ARGMAP_SOURCE_DIR) / "examples",
                                    std::filesystem::path(ARGMAP_SHARED_DIR) / "seeds"}) {
    std::vector<std::string> here;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
      if (e.path().extension() == ".txt") here.push_back(e.path().string());
    }
    std::sort(here.begin(), here.end());
    files.insert(files.end(), here.begin(), here.end());
  }
  return files;
}

inline bool SeedsPresent() {
  return std::filesystem::is_directory(std::filesystem::path(ARGMAP_SHARED_DIR) / "seeds");
}

// The built-in pack, loaded once.
inline const CompiledPack& DefaultPack() {
  static CompiledPack pack;
  static const bool loaded = [] {
    std::vector<Diagnostic> diags;
    return LoadPack("", {}, &pack, &diags);
  }();
  REQUIRE(loaded);
  return pack;
}

// The map of one input file with the built-in pack.
inline Sample MapFile(const std::string& path) {
  std::vector<Diagnostic> diags;
  Sample s;
  REQUIRE(ReadInputFile(path, nullptr, InputFormat::kAuto, &s.documents, &diags));
  Extract(s.documents, DefaultPack(), &s.graph);
  return s;
}

}  // namespace argmap::testing

#endif  // ARGMAP_TESTS_REAL_MAPS_H_
