#include "cli/output.h"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iterator>

namespace argmap {
namespace {

// The signals that end a run and are caught while a temporary file exists.
constexpr int kFatalSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// The temporary file the signal handler removes; set only while it may exist.
char g_tmp_path[4096];
volatile sig_atomic_t g_tmp_set = 0;

extern "C" void RemoveTempFileAndDie(int sig) {
  if (g_tmp_set) ::unlink(g_tmp_path);
  // SA_RESETHAND restored the default action: the signal, pending until this
  // handler returns, then ends the process as it would have without argmap's help.
  ::raise(sig);
}

// For its lifetime, a fatal signal removes `tmp` before the process ends. A
// signal the caller ignores (nohup) stays ignored.
class TempFileGuard {
 public:
  explicit TempFileGuard(const std::string& tmp) {
    if (tmp.size() >= sizeof g_tmp_path) return;  // fopen would fail on such a name anyway
    std::memcpy(g_tmp_path, tmp.c_str(), tmp.size() + 1);
    std::atomic_signal_fence(std::memory_order_seq_cst);  // the path is complete before the flag
    g_tmp_set = 1;
    struct sigaction action = {};
    action.sa_handler = RemoveTempFileAndDie;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < std::size(kFatalSignals); ++i) {
      ::sigaction(kFatalSignals[i], nullptr, &old_[i]);
      if (old_[i].sa_handler != SIG_IGN) ::sigaction(kFatalSignals[i], &action, nullptr);
    }
    installed_ = true;
  }
  ~TempFileGuard() {
    g_tmp_set = 0;
    if (!installed_) return;
    for (size_t i = 0; i < std::size(kFatalSignals); ++i) {
      ::sigaction(kFatalSignals[i], &old_[i], nullptr);
    }
  }
  TempFileGuard(const TempFileGuard&) = delete;
  TempFileGuard& operator=(const TempFileGuard&) = delete;

  // Called once the temporary file is gone (renamed or removed).
  void Disarm() { g_tmp_set = 0; }

 private:
  bool installed_ = false;
  struct sigaction old_[std::size(kFatalSignals)] = {};
};

// Writes `text` to the new file `tmp` and renames it over `path`; false with
// errno's text in *reason on failure, when `tmp` is removed again.
bool WriteAndRename(const std::string& tmp, const std::string& path, const std::string& text,
                    std::string* reason) {
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) {
    *reason = std::strerror(errno);
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
    *reason = std::strerror(saved);
    return false;
  }
  return true;
}

std::string TempPath(const std::string& path) {
  return path + ".tmp-" + std::to_string(::getpid());
}

bool ToStdout(const std::string& path) { return path.empty() || path == "-"; }

}  // namespace

class StreamingOutput::Guard : public TempFileGuard {
  using TempFileGuard::TempFileGuard;
};

StreamingOutput::StreamingOutput(std::string path, std::ostream& out)
    : path_(std::move(path)), out_(out) {}

StreamingOutput::~StreamingOutput() {
  if (file_ == nullptr) return;
  std::fclose(file_);
  std::remove(tmp_.c_str());
  guard_->Disarm();
}

bool StreamingOutput::Open(std::string* err) {
  if (ToStdout(path_)) return true;
  tmp_ = TempPath(path_);
  guard_ = std::make_unique<Guard>(tmp_);
  file_ = std::fopen(tmp_.c_str(), "wb");
  if (file_ == nullptr) {
    *err = path_ + ": error: cannot write file: " + std::strerror(errno);
    guard_->Disarm();
    return false;
  }
  return true;
}

bool StreamingOutput::Write(std::string_view text, std::string* err) {
  if (file_ == nullptr) {
    out_ << text;
    return static_cast<bool>(out_);
  }
  if (std::fwrite(text.data(), 1, text.size(), file_) == text.size()) return true;
  *err = path_ + ": error: cannot write file: " + std::strerror(errno);
  return false;
}

bool StreamingOutput::Commit(std::string* err) {
  if (file_ == nullptr) {
    out_.flush();
    return true;
  }
  bool ok = std::fflush(file_) == 0;
  ok = (::fsync(::fileno(file_)) == 0 || errno == EINVAL) && ok;
  int saved = errno;
  ok = (std::fclose(file_) == 0) && ok;
  file_ = nullptr;
  bool renamed = ok && std::rename(tmp_.c_str(), path_.c_str()) == 0;
  if (!renamed) {
    if (ok) saved = errno;
    std::remove(tmp_.c_str());
    *err = path_ + ": error: cannot write file: " + std::strerror(saved);
  }
  guard_->Disarm();
  return renamed;
}

namespace {

// True when `a` and `b` name one file: the same file on disk (hard links,
// symbolic links), or the same path once the folders that exist are resolved
// and the rest is normalised lexically, so "sub/../paper.txt" is "paper.txt"
// even when sub/ does not exist, and "dir//paper.txt" is "dir/paper.txt".
bool SameFile(const std::filesystem::path& a, const std::filesystem::path& b) {
  std::error_code ec;
  if (std::filesystem::equivalent(a, b, ec)) return true;
  auto resolved = [](const std::filesystem::path& p) {
    std::error_code ec;
    std::filesystem::path full = std::filesystem::absolute(p, ec);
    std::filesystem::path real = std::filesystem::weakly_canonical(full, ec);
    return (ec ? full : real).lexically_normal();
  };
  return resolved(a) == resolved(b);
}

// True when `path` is the file standard input reads (a redirection).
bool IsStandardInput(const std::string& path) {
  struct stat in, out;
  return ::fstat(STDIN_FILENO, &in) == 0 && S_ISREG(in.st_mode) &&
         ::stat(path.c_str(), &out) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino;
}

}  // namespace

std::vector<std::string> FilesRead(const ParsedArgs& args) {
  std::vector<std::string> files = args.positional;
  for (const char* option : {"--model", "--add-rules"}) {
    for (const std::string& f : args.All(option)) files.push_back(f);
  }
  std::error_code ec;
  if (args.Has("--rules")) {
    for (const auto& entry : std::filesystem::directory_iterator(args.Get("--rules"), ec)) {
      if (entry.path().extension() == ".rules") files.push_back(entry.path().string());
    }
  }
  return files;
}

std::string CheckOutputIsNoInput(const std::string& output, const std::vector<std::string>& inputs,
                                 std::string_view named) {
  if (output.empty() || output == "-") return "";
  for (const std::string& input : inputs) {
    if (input == "-" ? IsStandardInput(output) : SameFile(output, input)) {
      return std::string(named) + " '" + output +
             "' is also an input: writing there would destroy it; choose "
             "another file";
    }
  }
  return "";
}

std::string NumberedPath(const std::string& path, size_t number, size_t count) {
  size_t name = path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1;
  size_t dot = path.rfind('.');
  if (dot == std::string::npos || dot <= name) dot = path.size();  // ".hidden": no extension
  std::string digits = std::to_string(number);
  size_t width = std::to_string(count).size();
  if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
  return path.substr(0, dot) + "-" + digits + path.substr(dot);
}

std::string CheckNumberedOutputsAreNoInput(const std::string& output,
                                           const std::vector<std::string>& inputs) {
  if (output.empty() || output == "-") return "";
  std::filesystem::path out(output);
  std::string stem = out.stem().string() + "-";
  std::string ext = out.extension().string();
  for (const std::string& input : inputs) {
    std::string name = std::filesystem::path(input).filename().string();
    if (input == "-" || name.size() <= stem.size() + ext.size() || !name.starts_with(stem) ||
        !name.ends_with(ext)) {
      continue;
    }
    std::string digits = name.substr(stem.size(), name.size() - stem.size() - ext.size());
    if (digits.find_first_not_of("0123456789") != std::string::npos) continue;
    if (SameFile(out.parent_path() / name, input)) {
      return "-o '" + output + "' writes one file per paper, and '" + input +
             "' is an input: writing there would destroy it; choose another file, or --together";
    }
  }
  return "";
}

bool WriteOutput(const std::string& path, const std::string& text, std::ostream& out,
                 std::string* err) {
  if (ToStdout(path)) {
    out << text;
    out.flush();
    return true;
  }
  std::string tmp = TempPath(path);
  TempFileGuard guard(tmp);
  std::string reason;
  bool ok = WriteAndRename(tmp, path, text, &reason);
  guard.Disarm();
  if (!ok) *err = path + ": error: cannot write file: " + reason;
  return ok;
}

}  // namespace argmap
