#include "cli/progress.h"

#include <cmath>

namespace argmap {

ProgressLine::ProgressLine(std::ostream& err, bool enabled, double delay_seconds)
    : err_(err), enabled_(enabled), delay_(delay_seconds) {}

std::string ProgressLine::Format(size_t documents, double seconds, size_t bytes, size_t total) {
  std::string line = "argmap: " + std::to_string(documents) + " abstracts";
  if (seconds > 0) {
    line += ", " + std::to_string(static_cast<long>(std::lround(documents / seconds))) + "/s";
  }
  if (total > 0 && bytes <= total) {
    line += ", " + std::to_string(bytes * 100 / total) + "%";
    if (bytes > 0 && seconds > 0) {
      double left = seconds * static_cast<double>(total - bytes) / static_cast<double>(bytes);
      line += ", " + std::to_string(static_cast<long>(std::lround(left))) + " s left";
    }
  }
  return line;
}

void ProgressLine::Update(size_t documents, size_t bytes, size_t total) {
  if (!enabled_) return;
  Clock::time_point now = Clock::now();
  double seconds = std::chrono::duration<double>(now - start_).count();
  if (seconds < delay_ || (width_ > 0 && now - last_ < std::chrono::milliseconds(250))) return;
  last_ = now;
  std::string line = Format(documents, seconds, bytes, total);
  size_t width = line.size();
  if (line.size() < width_) line.append(width_ - line.size(), ' ');
  err_ << '\r' << line << std::flush;
  width_ = width;
}

void ProgressLine::Finish() {
  if (width_ == 0) return;
  err_ << '\n' << std::flush;
  width_ = 0;
}

}  // namespace argmap
