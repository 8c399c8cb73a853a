// The progress line of long runs: "argmap: 12000 abstracts, 7100/s, 45%, 3 s left"
// on standard error, redrawn in place ("\r") at most four times a second.
//
// It shows only when enabled (standard error is a terminal and the run is not
// --quiet) and once the run has lasted `delay` seconds, so short runs and runs
// with piped output print nothing. Finish ends the line so later messages
// start on their own line.
#ifndef ARGMAP_CLI_PROGRESS_H_
#define ARGMAP_CLI_PROGRESS_H_

#include <chrono>
#include <ostream>
#include <string>

namespace argmap {

class ProgressLine {
 public:
  ProgressLine(std::ostream& err, bool enabled, double delay_seconds = 1.0);

  // `total` is 0 when the size of the input is not known (standard input).
  void Update(size_t documents, size_t bytes, size_t total);
  void Finish();

  // The text of the line, without "\r" (for tests).
  static std::string Format(size_t documents, double seconds, size_t bytes, size_t total);

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream& err_;
  bool enabled_;
  double delay_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_;
  size_t width_ = 0;  // of the line drawn last, to blank what a shorter one leaves
};

}  // namespace argmap

#endif  // ARGMAP_CLI_PROGRESS_H_
