#include "render/subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>

extern char** environ;

namespace argmap {
namespace {

using Clock = std::chrono::steady_clock;

// An owned file descriptor, closed when it goes out of scope.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { Close(); }

  int get() const { return fd_; }
  bool open() const { return fd_ >= 0; }
  void Reset(int fd) {
    Close();
    fd_ = fd;
  }
  void Close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_ = -1;
};

// The parent's and the child's ends of the child's standard input, output and error.
struct Channels {
  Fd in, child_in, out, child_out, err, child_err;
};

std::string ErrnoText(int code) { return std::strerror(code); }

bool OpenChannels(Channels* c, std::string* err) {
  int sv[2], po[2], pe[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
    *err = "cannot create a socket: " + ErrnoText(errno);
    return false;
  }
  c->in.Reset(sv[0]);
  c->child_in.Reset(sv[1]);
  if (::pipe2(po, O_CLOEXEC) != 0) {
    *err = "cannot create a pipe: " + ErrnoText(errno);
    return false;
  }
  c->out.Reset(po[0]);
  c->child_out.Reset(po[1]);
  if (::pipe2(pe, O_CLOEXEC) != 0) {
    *err = "cannot create a pipe: " + ErrnoText(errno);
    return false;
  }
  c->err.Reset(pe[0]);
  c->child_err.Reset(pe[1]);
  for (int fd : {c->in.get(), c->out.get(), c->err.get()}) {
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
  }
  return true;
}

bool Spawn(const std::vector<std::string>& argv, Channels* c, pid_t* pid, int* start_error,
           std::string* err) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, c->child_in.get(), 0);
  posix_spawn_file_actions_adddup2(&actions, c->child_out.get(), 1);
  posix_spawn_file_actions_adddup2(&actions, c->child_err.get(), 2);
  int rc = ::posix_spawnp(pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  c->child_in.Close();
  c->child_out.Close();
  c->child_err.Close();
  if (rc != 0) {
    *start_error = rc;
    *err = "cannot run '" + argv[0] + "': " + ErrnoText(rc);
    return false;
  }
  return true;
}

// Reads what is available from `fd` into `sink`; closes `fd` at end of file.
void Drain(Fd* fd, std::string* sink) {
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd->get(), buffer, sizeof buffer);
    if (n > 0) {
      sink->append(buffer, static_cast<size_t>(n));
      continue;
    }
    if (n < 0 && (errno == EINTR)) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    fd->Close();  // end of file, or an error that ends the stream
    return;
  }
}

// Writes the next piece of `input` from *offset; closes `fd` when all is written
// or the child stopped reading.
void Feed(Fd* fd, std::string_view input, size_t* offset) {
  while (*offset < input.size()) {
    size_t piece = std::min<size_t>(input.size() - *offset, 65536);
    ssize_t n = ::send(fd->get(), input.data() + *offset, piece, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      *offset += static_cast<size_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    break;  // EPIPE, ECONNRESET: the child no longer reads
  }
  fd->Close();
}

// Moves data until the child closed its output and error; false on time-out.
bool Pump(Channels* c, std::string_view input, int timeout_ms, ProcessResult* result) {
  Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  size_t offset = 0;
  if (input.empty()) c->in.Close();
  while (c->out.open() || c->err.open()) {
    pollfd fds[3];
    nfds_t n = 0;
    for (Fd* fd : {&c->out, &c->err}) {
      if (fd->open()) fds[n++] = {fd->get(), POLLIN, 0};
    }
    if (c->in.open()) fds[n++] = {c->in.get(), POLLOUT, 0};
    int wait = -1;
    if (timeout_ms > 0) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
      if (left.count() <= 0) return false;
      wait = static_cast<int>(left.count());
    }
    int ready = ::poll(fds, n, wait);
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) return false;
    if (c->in.open()) Feed(&c->in, input, &offset);
    if (c->out.open()) Drain(&c->out, &result->out);
    if (c->err.open()) Drain(&c->err, &result->err);
  }
  return true;
}

void Reap(pid_t pid, ProcessResult* result) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) {
    result->exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result->signal = WTERMSIG(status);
  }
}

}  // namespace

bool RunProcess(const std::vector<std::string>& argv, std::string_view input, int timeout_ms,
                ProcessResult* result, std::string* err) {
  *result = ProcessResult();
  if (argv.empty() || argv[0].empty()) {
    *err = "no program to run";
    return false;
  }
  Channels c;
  pid_t pid = 0;
  if (!OpenChannels(&c, err) || !Spawn(argv, &c, &pid, &result->start_error, err)) return false;
  bool in_time = Pump(&c, input, timeout_ms, result);
  c.in.Close();
  if (!in_time) ::kill(pid, SIGKILL);
  Reap(pid, result);
  if (!in_time) {
    *err = "'" + argv[0] + "' did not finish within " + std::to_string(timeout_ms) +
           " ms and was stopped";
    return false;
  }
  return true;
}

}  // namespace argmap
