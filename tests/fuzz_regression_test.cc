// Every input a fuzz target once crashed on (fuzz/regressions/<target>/<file>)
// runs through the same target function again (fuzz/targets.h); in the
// sanitizer build a memory error or undefined behaviour fails the test too.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "fuzz/targets.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;

std::string ReadBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST_SUITE("fuzz_regression") {
  TEST_CASE("every saved crash input now passes its fuzz target") {
    fs::path root = fs::path(ARGMAP_SOURCE_DIR) / "fuzz" / "regressions";
    REQUIRE(fs::is_directory(root));
    int inputs = 0;
    for (const fs::directory_entry& target : fs::directory_iterator(root)) {
      for (const fs::directory_entry& file : fs::directory_iterator(target.path())) {
        std::string name = target.path().filename().string();
        CAPTURE(file.path().filename().string());
        CHECK(fuzz::RunTarget(name, ReadBytes(file.path())) == "");
        ++inputs;
      }
    }
    CHECK(inputs > 0);
  }

  TEST_CASE("the map target reads argmap's own maps and their exports back, and bad ones fail") {
    fs::path seeds = fs::path(ARGMAP_SOURCE_DIR) / "fuzz" / "seeds" / "map";
    int maps = 0;
    for (const fs::directory_entry& file : fs::directory_iterator(seeds)) {
      CAPTURE(file.path().filename().string());
      CHECK(fuzz::FuzzMap(ReadBytes(file.path())) == "");
      ++maps;
    }
    CHECK(maps == 3);
    // Broken maps are errors, not findings.
    for (std::string_view bad : {"{\"format\": \"argmap\", \"version\": 9}", "[A: a\n",
                                 "{\"nodes\": 3}", "===\ntitle: x\n===\n<A>\n  + [B]: b\n"}) {
      CAPTURE(bad);
      CHECK(fuzz::FuzzMap(bad) == "");
    }
  }

  TEST_CASE("the targets cover every input format and the other stages") {
    std::string names;
    for (const fuzz::Target& t : fuzz::Targets()) names += t.name + " ";
    CHECK(names.find("read_text read_lines read_paragraphs read_json read_jsonl ") == 0);
    CHECK(names.ends_with("read_map stream rule_parser segment extract "));
    CHECK(fuzz::RunTarget("nonesuch", "") == "unknown target nonesuch");
  }
}

}  // namespace
}  // namespace argmap
