#include "render/subprocess.h"

#include <doctest/doctest.h>

#include <cerrno>
#include <string>
#include <vector>

namespace argmap {
namespace {

ProcessResult Run(const std::vector<std::string>& argv, const std::string& input,
                  int timeout_ms = 0) {
  ProcessResult r;
  std::string err;
  bool ok = RunProcess(argv, input, timeout_ms, &r, &err);
  REQUIRE_MESSAGE(ok, err);
  return r;
}

TEST_SUITE("subprocess") {
  TEST_CASE("a filter gets the input and gives back its output byte for byte") {
    std::string input("\xE2\x80\x9Cquoted\xE2\x80\x9D\0binary\xFF\n", 16);
    ProcessResult r = Run({"cat"}, input);
    CHECK(r.exit_code == 0);
    CHECK(r.signal == 0);
    CHECK(r.out == input);
    CHECK(r.err == "");
  }

  TEST_CASE("standard error is collected apart from standard output") {
    ProcessResult r = Run({"sh", "-c", "echo out; echo err >&2; exit 3"}, "");
    CHECK(r.exit_code == 3);
    CHECK(r.out == "out\n");
    CHECK(r.err == "err\n");
  }

  TEST_CASE("large input and output in both directions do not deadlock") {
    std::string input(3 * 1024 * 1024, 'x');
    for (size_t i = 0; i < input.size(); i += 97) input[i] = '\n';
    ProcessResult r = Run({"cat"}, input);
    CHECK(r.out.size() == input.size());
    CHECK(r.out == input);
  }

  TEST_CASE("a program that does not read its input neither blocks nor kills the caller") {
    ProcessResult r = Run({"true"}, std::string(4 * 1024 * 1024, 'y'));
    CHECK(r.exit_code == 0);
    CHECK(r.out == "");
  }

  TEST_CASE("a program ended by a signal reports the signal") {
    ProcessResult r = Run({"sh", "-c", "kill -9 $$"}, "");
    CHECK(r.exit_code == -1);
    CHECK(r.signal == 9);
  }

  TEST_CASE("a missing program is an error with its name and the reason") {
    ProcessResult r;
    std::string err;
    CHECK_FALSE(RunProcess({"argmap-no-such-program"}, "x", 0, &r, &err));
    CHECK(err == "cannot run 'argmap-no-such-program': No such file or directory");
    CHECK(r.start_error == ENOENT);
  }

  TEST_CASE("an empty command line is an error") {
    ProcessResult r;
    std::string err;
    CHECK_FALSE(RunProcess({}, "", 0, &r, &err));
    CHECK(err == "no program to run");
  }

  TEST_CASE("a program that runs out of time is stopped") {
    ProcessResult r;
    std::string err;
    CHECK_FALSE(RunProcess({"sleep", "5"}, "", 200, &r, &err));
    CHECK(err == "'sleep' did not finish within 200 ms and was stopped");
    CHECK(r.signal == 9);
  }
}

}  // namespace
}  // namespace argmap
