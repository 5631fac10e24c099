#pragma once
// The one-line progress display of a long ingest: overwritten in place on a
// terminal, at most ten times a second; callers only create one when stderr is
// a TTY and --quiet is not given, so piped output stays clean.
//
//   [12,345/67,890 files] 123.4/1,000.0 MB  45,678 claims  5.6 MB/s  ETA 2m36s  news/2026/04/a.txt
//
// The ETA compares how far through the input bytes the ingest is (file sizes,
// compressed bytes for .jsonl.gz) with the total measured before it started.
#include <chrono>
#include <cstdint>
#include <string>

#include "ingest/inputs.h"

namespace claimcheck::ingest {

struct ProgressState {
  uint64_t documents = 0;  // inputs finished (stored, unchanged or failed)
  uint64_t mark = 0;       // Input::progress_mark of the last one
  uint64_t bytes = 0;      // article bytes read
  uint64_t claims = 0;     // claims written
};

class Progress {
 public:
  Progress(bool enabled, InputTotals totals) : enabled_(enabled), totals_(totals) {}
  ~Progress() { clear(); }
  void update(const ProgressState& state, const std::string& current);
  void clear();

  // The line itself (no escape codes), for tests: `seconds` since the start.
  static std::string line(const ProgressState& state, const InputTotals& totals, double seconds,
                          const std::string& current);

 private:
  bool enabled_;
  InputTotals totals_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now(), last_{};
};

}  // namespace claimcheck::ingest
