// Running a helper program (Graphviz `dot`) as a filter: bytes in, bytes out.
//
// RunProcess starts `argv[0]` (looked up in PATH when it has no '/') with the
// arguments argv[1..], without a shell, feeds `input` to its standard input and
// collects its standard output and standard error, all at once (poll), so a
// large input or output never deadlocks. A caller may rely on:
// - the output is kept byte for byte (binary-safe: PNG and PDF pass through);
// - a child that exits without reading all its input does not kill the caller
//   (its standard input is a socket written with MSG_NOSIGNAL, not a pipe);
// - the process state of the caller is not changed: no signal handlers, no
//   working directory, and no file descriptors are left open or inherited;
// - RunProcess returns false (with a message in *err) only when the program could
//   not be started or ran out of time (it is then killed); a program that ran
//   and failed gives true with its exit status in ProcessResult::exit_code.
#ifndef ARGMAP_RENDER_SUBPROCESS_H_
#define ARGMAP_RENDER_SUBPROCESS_H_

#include <string>
#include <string_view>
#include <vector>

namespace argmap {

struct ProcessResult {
  int exit_code = -1;   // the exit status, or -1 when the program was ended by a signal
  int signal = 0;       // the signal that ended it, else 0
  int start_error = 0;  // the errno when the program could not be started (ENOENT: not found)
  std::string out;      // everything it wrote to standard output
  std::string err;      // everything it wrote to standard error
};

// timeout_ms <= 0: no time limit.
bool RunProcess(const std::vector<std::string>& argv, std::string_view input, int timeout_ms,
                ProcessResult* result, std::string* err);

}  // namespace argmap

#endif  // ARGMAP_RENDER_SUBPROCESS_H_
