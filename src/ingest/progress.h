#pragma once
// The one-line progress display of a long ingest: overwritten in place on a
// terminal, at most ten times a second; callers only create one when stderr is
// a TTY and --quiet is not given, so piped output stays clean.
#include <chrono>
#include <cstdint>
#include <string>

namespace claimcheck::ingest {

class Progress {
 public:
  Progress(bool enabled, uint64_t total) : enabled_(enabled), total_(total) {}
  ~Progress() { clear(); }
  void update(uint64_t done, uint64_t bytes, const std::string& current);
  void clear();

 private:
  bool enabled_;
  uint64_t total_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now(), last_{};
};

}  // namespace claimcheck::ingest
