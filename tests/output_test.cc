// WriteOutput (cli/output.h): the atomic write, and what an interrupted run
// leaves. The signal cases run the real binary (ARGMAP_BIN) on an input large
// enough to be still running, send SIGINT or SIGTERM, and check that the target
// holds the old content, or the complete new one when the run had finished, and
// that no temporary file is left beside it.
#include "cli/output.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "argmap_run.h"

extern char** environ;

namespace argmap {
namespace {

using testing::RunDir;

// Many abstracts, so that extracting and writing them takes a while.
std::string LargeInput() {
  std::string text;
  for (int i = 0; i < 4000; ++i) {
    text += "We argue that term limits weaken parties " + std::to_string(i) +
            " because they shorten careers. However, critics contend that turnout rises. "
            "Therefore, reforms matter.\n\n";
  }
  return text;
}

bool HasTempFile(const RunDir& dir) {
  for (const std::string& name : dir.Entries()) {
    if (name.find(".tmp-") != std::string::npos) return true;
  }
  return false;
}

// Starts argmap in `dir` on big.txt with -o out.json.
pid_t StartArgmap(const RunDir& dir) {
  std::string out = (dir / "out.json").string();
  std::string in = (dir / "big.txt").string();
  std::vector<std::string> args = {ARGMAP_BIN, "extract", "-q", "-o", out, in};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  REQUIRE(::posix_spawn(&pid, ARGMAP_BIN, nullptr, nullptr, argv.data(), environ) == 0);
  return pid;
}

struct Interrupted {
  bool signalled = false;     // ended by the signal (else it had finished)
  bool during_write = false;  // the signal came while the temporary file existed
};

// Sends `sig` after `delay`, or as soon as the temporary file appears when
// `at_write` is set; waits for the process.
Interrupted Interrupt(const RunDir& dir, int sig, std::chrono::milliseconds delay, bool at_write) {
  pid_t pid = StartArgmap(dir);
  Interrupted result;
  auto deadline = std::chrono::steady_clock::now() + (at_write ? std::chrono::seconds(120) : delay);
  int status = 0;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    bool writing = HasTempFile(dir);
    if ((at_write && writing) || std::chrono::steady_clock::now() >= deadline) {
      result.during_write = writing;
      ::kill(pid, sig);
      REQUIRE(::waitpid(pid, &status, 0) == pid);
      break;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  result.signalled = WIFSIGNALED(status) && WTERMSIG(status) == sig;
  if (!result.signalled) CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  return result;
}

TEST_SUITE("output") {
  TEST_CASE("numbered names put the number, padded to the count's width, before the extension") {
    const struct {
      const char* path;
      size_t number, count;
      const char* name;
    } cases[] = {
        {"map.svg", 1, 2, "map-1.svg"},
        {"map.svg", 2, 12, "map-02.svg"},
        {"map.svg", 12, 12, "map-12.svg"},
        {"map.svg", 7, 100, "map-007.svg"},
        {"out/map.v2.pdf", 3, 9, "out/map.v2-3.pdf"},
        {"out.d/map", 1, 3, "out.d/map-1"},
        {".hidden", 1, 2, ".hidden-1"},
        {"dir/.hidden.png", 1, 2, "dir/.hidden-1.png"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.path);
      CHECK(NumberedPath(c.path, c.number, c.count) == c.name);
    }
  }

  TEST_CASE("a file is written whole and replaces the old one, with nothing else left") {
    RunDir dir;
    dir.Write("out.txt", "old\n");
    std::ostringstream out;
    std::string err;
    CHECK(WriteOutput((dir / "out.txt").string(), "new\n", out, &err));
    CHECK(err == "");
    CHECK(out.str() == "");
    CHECK(dir.Read("out.txt") == "new\n");
    CHECK(dir.Entries() == std::vector<std::string>{"out.txt"});
  }

  TEST_CASE("\"-\" and \"\" write to the stream") {
    for (std::string path : {"-", ""}) {
      std::ostringstream out;
      std::string err;
      CHECK(WriteOutput(path, "text\n", out, &err));
      CHECK(out.str() == "text\n");
    }
  }

  TEST_CASE("a write that cannot happen leaves the old file and no temporary file") {
    RunDir dir;
    std::filesystem::create_directory(dir / "target");  // a directory cannot be renamed over
    std::ostringstream out;
    std::string err;
    CHECK_FALSE(WriteOutput((dir / "target").string(), "new\n", out, &err));
    CHECK(err == (dir / "target").string() + ": error: cannot write file: Is a directory");
    CHECK(dir.Entries() == std::vector<std::string>{"target"});
  }

  TEST_CASE("SIGINT or SIGTERM mid-run leaves the old output or the whole new one, never a part") {
    RunDir dir;
    dir.Write("big.txt", LargeInput());
    REQUIRE(dir.Argmap("extract -q -o whole.json big.txt").status == 0);
    const std::string whole = dir.Read("whole.json");
    std::filesystem::remove(dir / "whole.json");
    struct Case {
      int sig;
      int delay_ms;
      bool at_write;
      bool old_file;  // an earlier out.json exists
    };
    const Case cases[] = {{SIGINT, 50, false, true},
                          {SIGTERM, 50, false, false},
                          {SIGINT, 0, true, true},
                          {SIGTERM, 0, true, true},
                          {SIGTERM, 0, true, false}};
    int during_write = 0;
    for (const Case& c : cases) {
      CAPTURE(c.sig);
      CAPTURE(c.at_write);
      CAPTURE(c.old_file);
      if (c.old_file) dir.Write("out.json", "the old map\n");
      Interrupted r = Interrupt(dir, c.sig, std::chrono::milliseconds(c.delay_ms), c.at_write);
      during_write += r.during_write;
      std::vector<std::string> entries = dir.Entries();
      bool has_out = std::find(entries.begin(), entries.end(), "out.json") != entries.end();
      if (has_out) {
        std::string now = dir.Read("out.json");
        // The old map, or the new one whole when the rename came before the signal.
        CHECK((now == whole || (c.old_file && now == "the old map\n")));
        if (!r.signalled) CHECK(now == whole);
      } else {
        CHECK_FALSE(c.old_file);  // an old map is never removed
        CHECK(r.signalled);
      }
      CHECK_FALSE(HasTempFile(dir));
      std::filesystem::remove(dir / "out.json");
    }
    // How many signals came while the file was being written varies with the machine.
    MESSAGE(during_write << " of 5 signals arrived while the temporary file existed");
  }
}

}  // namespace
}  // namespace argmap
