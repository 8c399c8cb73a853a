// Writing results: to standard output, or atomically to a file (a temporary file
// beside the target, then renamed over it), so a failed run never leaves a
// truncated file and never clobbers an existing one.
//
// While the temporary file exists, SIGINT, SIGTERM, SIGHUP and SIGQUIT remove it
// before the process ends (with the signal's usual status), so an interrupted
// run leaves the old target, or none, and no temporary file. Only SIGKILL (or a
// crash) can leave "<path>.tmp-<pid>" behind; the target is never partial.
#ifndef ARGMAP_CLI_OUTPUT_H_
#define ARGMAP_CLI_OUTPUT_H_

#include <ostream>
#include <string>

namespace argmap {

// path "" or "-" writes to `out`.
bool WriteOutput(const std::string& path, const std::string& text, std::ostream& out,
                 std::string* err);

}  // namespace argmap

#endif  // ARGMAP_CLI_OUTPUT_H_
