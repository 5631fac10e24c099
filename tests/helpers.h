#pragma once
// Small helpers shared by the test suites: a temporary directory that cleans
// up after itself, and running the built claimcheck binary as a user would.
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace claimcheck::testing {

// Honest skips.  A test that cannot run on this machine (no Chromium, no SARIF
// validator, no permission to mount a tmpfs) calls CLAIMCHECK_SKIP("why"): it
// warns, returns, and the test process exits with kSkipExitCode, which ctest
// reports as "Skipped" (SKIP_RETURN_CODE in tests/CMakeLists.txt), never as
// passed.  CLAIMCHECK_SKIP_OUTSIDE_CI is for tools CI must have: under CI=true
// (set by .ci/run, which installs them) the missing tool is a failure.
inline constexpr int kSkipExitCode = 77;
inline bool& skip_flag() {
  static bool flag = false;
  return flag;
}
inline bool skipped() { return skip_flag(); }
inline bool under_ci() {
  const char* ci = std::getenv("CI");
  return ci && std::string(ci) == "true";
}
#define CLAIMCHECK_SKIP(why)                        \
  do {                                              \
    WARN("SKIPPED: " << why);                       \
    ::claimcheck::testing::skip_flag() = true;      \
    return;                                         \
  } while (false)
#define CLAIMCHECK_SKIP_OUTSIDE_CI(why)                                               \
  do {                                                                                \
    if (::claimcheck::testing::under_ci()) FAIL(why << " (required under CI=true)"); \
    CLAIMCHECK_SKIP(why);                                                             \
  } while (false)

// The official SARIF validator (npm package @microsoft/sarif-multitool): the
// path in $SARIF_MULTITOOL (exported by .ci/run from tools/setup-sarif), else
// sarif-multitool on PATH, else "".  Tests never install it themselves.
inline std::string sarif_multitool() {
  if (const char* tool = std::getenv("SARIF_MULTITOOL"); tool && *tool) return tool;
  if (std::system("command -v sarif-multitool >/dev/null 2>&1") == 0) return "sarif-multitool";
  return "";
}

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "claimcheck-test-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline void write_file(const std::string& path, const std::string& contents) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << contents;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct RunResult {
  int status = -1;
  std::string out, err;
};

// Runs `claimcheck <args>` through the shell in `cwd` (default: the source
// tree), capturing stdout and stderr.  `args` is shell text written by the test.
inline RunResult run_claimcheck(const std::string& args, const std::string& cwd = CLAIMCHECK_SOURCE_DIR,
                                const std::string& stdin_text = "") {
  static int counter = 0;
  std::string base = (std::filesystem::temp_directory_path() /
                      ("claimcheck-run-" + std::to_string(getpid()) + "-" + std::to_string(counter++)))
                         .string();
  write_file(base + ".in", stdin_text);
  std::string cmd = "cd '" + cwd + "' && '" CLAIMCHECK_BINARY "' " + args + " <'" + base + ".in' >'" + base +
                    ".out' 2>'" + base + ".err'";
  int raw = std::system(cmd.c_str());
  RunResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  r.out = read_file(base + ".out");
  r.err = read_file(base + ".err");
  std::remove((base + ".in").c_str());
  std::remove((base + ".out").c_str());
  std::remove((base + ".err").c_str());
  return r;
}

}  // namespace claimcheck::testing
