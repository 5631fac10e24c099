#pragma once
// Running the claimcheck binary with a time limit and measuring what it cost:
// the robustness tests must tell "slow" and "hungry" from "hung" and "crashed".
//
//   BoundedRun r = run_bounded({"extract", "big.txt"}, 60);
//   r.timed_out, r.signal (0 = exited), r.status, r.peak_rss_mb, r.err
//
// The child's stdout is discarded unless `out_path` is given (huge inputs make
// huge outputs); stderr is kept.  Peak RSS comes from wait4()'s rusage.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "helpers.h"

namespace claimcheck::testing {

struct BoundedRun {
  bool timed_out = false;
  int status = -1;  // exit status when it exited
  int signal = 0;   // the signal that ended it, 0 if it exited
  double seconds = 0;
  double peak_rss_mb = 0;
  std::string err;
};

inline BoundedRun run_bounded(const std::vector<std::string>& args, double limit_seconds,
                              const std::string& out_path = "/dev/null", const std::string& cwd = CLAIMCHECK_SOURCE_DIR) {
  TempDir tmp;
  std::string err_path = tmp / "stderr";
  auto start = std::chrono::steady_clock::now();
  pid_t child = fork();
  if (child == 0) {
    if (chdir(cwd.c_str()) != 0) _exit(127);
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int in = open("/dev/null", O_RDONLY);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    std::vector<char*> argv;
    std::string binary = CLAIMCHECK_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  BoundedRun r;
  int raw = 0;
  struct rusage usage {};
  for (;;) {
    pid_t done = wait4(child, &raw, WNOHANG, &usage);
    if (done == child) break;
    double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (elapsed > limit_seconds) {
      r.timed_out = true;
      kill(child, SIGKILL);
      wait4(child, &raw, 0, &usage);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.peak_rss_mb = usage.ru_maxrss / 1024.0;
  if (WIFEXITED(raw)) r.status = WEXITSTATUS(raw);
  if (WIFSIGNALED(raw)) r.signal = WTERMSIG(raw);
  r.err = read_file(err_path);
  return r;
}

}  // namespace claimcheck::testing
