// `argmap eval` against the shared scorer: for each shared gold file, the lines
// eval/score.py prints for `argmap extract --format json` output are the last
// lines `argmap eval` prints, byte for byte. Skipped (with a message) when the
// shared folder or python3 is not there.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "argmap_run.h"

namespace argmap {
namespace {

namespace fs = std::filesystem;

using testing::Sh;

// Runs `command` with the shell; returns its standard output and sets *status.
std::string Run(const std::string& command, int* status) {
  testing::RunDir dir;
  testing::ArgmapRun r = dir.Shell(command);
  *status = r.status;
  return r.out;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string LineStarting(const std::vector<std::string>& lines, const std::string& prefix) {
  for (const std::string& line : lines) {
    if (line.starts_with(prefix)) return line;
  }
  return "(no line starting '" + prefix + "')";
}

TEST_SUITE("eval_agreement") {
  TEST_CASE("argmap eval prints the figures of the shared scorer") {
    const fs::path shared = ARGMAP_SHARED_DIR;
    if (!testing::Needs(fs::exists(shared / "gold" / "seeds.jsonl") && testing::OnPath("python3"),
                        "no shared gold files or no python3"))
      return;
    const std::string bin = Sh(ARGMAP_BIN);
    const std::string scorer = Sh((shared / "eval" / "score.py").string());
    for (const char* name : {"seeds.jsonl", "social-dev.jsonl"}) {
      CAPTURE(name);
      const fs::path gold = shared / "gold" / name;
      if (!testing::Needs(fs::exists(gold), std::string("no ") + gold.string())) continue;
      const fs::path out = fs::temp_directory_path() /
                           ("argmap-eval-" + std::to_string(getpid()) + "-" + name + ".json");
      int status = 0;
      Run(bin + " extract --quiet --format json --output " + Sh(out.string()) + " " +
              Sh(gold.string()),
          &status);
      REQUIRE(status == 0);
      std::string expected =
          Run("python3 " + scorer + " " + Sh(gold.string()) + " " + Sh(out.string()), &status);
      fs::remove(out);
      CHECK(status == 0);
      std::string actual = Run(bin + " eval " + Sh(gold.string()), &status);
      CHECK(status == 0);
      std::vector<std::string> want = Lines(expected);
      std::vector<std::string> got = Lines(actual);
      REQUIRE(!want.empty());
      REQUIRE(!got.empty());
      CHECK(got.back() == want.back());
      CHECK(LineStarting(got, "core (") == LineStarting(want, "core ("));
      CHECK(LineStarting(got, "relations (") == LineStarting(want, "relations ("));
      // The whole of score.py's output is the end of eval's, role table included.
      REQUIRE(got.size() >= want.size());
      CHECK(std::vector<std::string>(got.end() - want.size(), got.end()) == want);
    }
  }
}

}  // namespace
}  // namespace argmap
