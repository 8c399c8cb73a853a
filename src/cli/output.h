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

#include <cstdio>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/args.h"

namespace argmap {

// "" unless the output file `output` is one of `inputs` (the same file, however
// it is named: a link, or a path that is the same once normalised, as
// "./notes.txt", "dir//notes.txt" or "sub/../notes.txt" whether or not sub/
// exists): then the usage error "-o 'notes.txt' is also an input: writing
// there would destroy it; choose another file". No run may overwrite its input.
// An input "-" is standard input, which is `output` when the shell redirected
// that file to it ("argmap extract -o notes.txt - < notes.txt").
// `named` is how the command line names the output: "-o", or "OUT" for convert.
std::string CheckOutputIsNoInput(const std::string& output, const std::vector<std::string>& inputs,
                                 std::string_view named = "-o");

// Every file a command line reads: its positional inputs, and the files of
// --model, --add-rules and --rules (the pack's *.rules files), which -o must
// not overwrite either.
std::vector<std::string> FilesRead(const ParsedArgs& args);

// The name of the `number`-th of `count` files written for `path` (render's one
// figure per paper): the number, zero-padded to the width of `count`, before the
// extension: ("map.svg", 2, 12) -> "map-02.svg"; ("out/map", 1, 3) -> "out/map-1".
std::string NumberedPath(const std::string& path, size_t number, size_t count);

// CheckOutputIsNoInput for the numbered names of `output` (NumberedPath, any
// number and width): "" unless an input is one of them, then the usage error
// "-o 'map.svg' writes one file per paper, and 'map-1.svg' is an input: writing
// there would destroy it; choose another file, or --together".
std::string CheckNumberedOutputsAreNoInput(const std::string& output,
                                           const std::vector<std::string>& inputs);

// path "" or "-" writes to `out`.
bool WriteOutput(const std::string& path, const std::string& text, std::ostream& out,
                 std::string* err);

// The same for output written piece by piece (argmap extract --format jsonl
// streams): Open, Write as often as needed, then Commit renames the temporary
// file over the target. Destroyed without a Commit (a failed or stopped run),
// it removes the temporary file and the target is left as it was.
class StreamingOutput {
 public:
  StreamingOutput(std::string path, std::ostream& out);
  ~StreamingOutput();
  StreamingOutput(const StreamingOutput&) = delete;
  StreamingOutput& operator=(const StreamingOutput&) = delete;

  bool Open(std::string* err);
  bool Write(std::string_view text, std::string* err);
  bool Commit(std::string* err);

 private:
  class Guard;
  std::string path_;
  std::string tmp_;
  std::ostream& out_;
  std::FILE* file_ = nullptr;
  std::unique_ptr<Guard> guard_;
};

}  // namespace argmap

#endif  // ARGMAP_CLI_OUTPUT_H_
