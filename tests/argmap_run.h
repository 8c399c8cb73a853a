// Running the real argmap binary (ARGMAP_BIN) from tests, in a scratch
// directory: files in and out, and a run's exit status, standard output and
// standard error kept apart. Used by the bad-input table and the output tests.
#ifndef ARGMAP_TESTS_ARGMAP_RUN_H_
#define ARGMAP_TESTS_ARGMAP_RUN_H_

#include <doctest/doctest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace argmap::testing {

struct ArgmapRun {
  int status = -1;  // the exit status, or -1 when the process did not exit normally
  std::string out;
  std::string err;
};

// For a test that needs what a developer's machine may lack (dot, NetworkX,
// @argdown/cli, Chromium, the files in ../shared): true when `present`.
// Otherwise the test is skipped with "skipped: <what>", except under CI=true,
// where the set-up installs all of it: there the absence fails the test, so a
// green CI means every check ran.
inline bool Needs(bool present, const std::string& what) {
  if (present) return true;
  const char* ci = std::getenv("CI");
  if (ci != nullptr && std::string(ci) == "true") {
    FAIL_CHECK("required under CI=true, but missing: " << what);
  } else {
    MESSAGE("skipped: " << what);
  }
  return false;
}

// The @argdown/cli that scripts/test-tools.sh installs (Needs() it first).
inline std::filesystem::path ArgdownCli() {
  return std::filesystem::path(ARGMAP_TOOLS_DIR) / "node_modules" / ".bin" / "argdown";
}

// `s` as one single-quoted word for /bin/sh.
inline std::string Sh(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// True when `program` is found on PATH (by /bin/sh's `command -v`); give it to Needs().
inline bool OnPath(const std::string& program) {
  return std::system(("command -v " + Sh(program) + " >/dev/null 2>&1").c_str()) == 0;
}

// The first of python3 on PATH and Debian's /usr/bin/python3 (which the set-up
// installs packages for, when another python3 comes first on PATH) that imports
// `module`, or "" when neither does; give `!PythonWith(m).empty()` to Needs().
inline std::string PythonWith(const std::string& module) {
  for (std::string python : {"python3", "/usr/bin/python3"}) {
    std::string probe = python + " -c " + Sh("import " + module) + " >/dev/null 2>&1";
    if (std::system(probe.c_str()) == 0) return python;
  }
  return "";
}

inline std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh directory under the system temporary directory, removed with its contents.
class RunDir {
 public:
  RunDir() {
    std::string name = (std::filesystem::temp_directory_path() / "argmap-run-XXXXXX").string();
    REQUIRE(::mkdtemp(name.data()) != nullptr);
    path_ = name;
  }
  ~RunDir() {
    std::error_code ec;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ec);
    std::filesystem::remove_all(path_, ec);
    std::filesystem::remove(ErrPath(), ec);
  }
  RunDir(const RunDir&) = delete;
  RunDir& operator=(const RunDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

  // Writes `content` to `name` (a path inside the directory; folders are made).
  void Write(const std::string& name, const std::string& content) const {
    std::filesystem::create_directories((path_ / name).parent_path());
    std::ofstream(path_ / name, std::ios::binary) << content;
  }
  std::string Read(const std::string& name) const { return Slurp(path_ / name); }

  // The names in the directory, sorted.
  std::vector<std::string> Entries() const {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(path_)) {
      names.push_back(e.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  // Runs `command` with /bin/sh inside the directory (so messages name files by
  // their short names); standard error goes to a file beside the directory.
  ArgmapRun Shell(const std::string& command) const {
    std::string full = "cd " + Sh(path_.string()) + " && { " + command + "\n} 2>" + Sh(ErrPath());
    ArgmapRun r;
    FILE* pipe = ::popen(full.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[1 << 16];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
    int status = ::pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = Slurp(ErrPath());
    return r;
  }

  // Runs argmap with `args` (shell words; redirections allowed).
  ArgmapRun Argmap(const std::string& args) const { return Shell(Sh(ARGMAP_BIN) + " " + args); }

 private:
  std::string ErrPath() const { return path_.string() + ".stderr"; }

  std::filesystem::path path_;
};

}  // namespace argmap::testing

#endif  // ARGMAP_TESTS_ARGMAP_RUN_H_
