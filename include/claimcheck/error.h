#pragma once
// The one error type of claimcheck.  Every failure a user can cause (bad input,
// broken rule file, locked database, bad option) is thrown as an Error that
// names where it happened; src/cli/main.cc is the single place that turns it
// into one line on stderr and an exit status.
#include <stdexcept>
#include <string>

namespace claimcheck {

// Exit statuses, documented in README.md and `claimcheck --help`.
enum ExitCode : int {
  kExitOk = 0,
  kExitFindings = 1,   // the gate found something at or above --fail-on
  kExitUsage = 2,      // bad usage, bad input, database unusable
  kExitInterrupted = 130,
};

class Error : public std::runtime_error {
 public:
  // `where` is "file", "file:line" or "file:line:column"; may be empty.
  Error(std::string where, const std::string& cause, int exit_code = kExitUsage)
      : std::runtime_error(where.empty() ? cause : where + ": " + cause),
        where_(std::move(where)), exit_code_(exit_code) {}
  const std::string& where() const { return where_; }
  int exit_code() const { return exit_code_; }

 private:
  std::string where_;
  int exit_code_;
};

}  // namespace claimcheck
