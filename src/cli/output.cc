#include "cli/output.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace argmap {

bool WriteOutput(const std::string& path, const std::string& text, std::ostream& out,
                 std::string* err) {
  if (path.empty() || path == "-") {
    out << text;
    out.flush();
    return true;
  }
  std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) {
    *err = path + ": error: cannot write file: " + std::strerror(errno);
    return false;
  }
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = (std::fflush(f) == 0) && ok;
  ok = (::fsync(::fileno(f)) == 0 || errno == EINVAL) && ok;
  int saved = errno;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    if (ok) saved = errno;
    std::remove(tmp.c_str());
    *err = path + ": error: cannot write file: " + std::strerror(saved);
    return false;
  }
  return true;
}

}  // namespace argmap
