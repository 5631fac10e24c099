#include "ingest/progress.h"

#include <cstdio>

namespace claimcheck::ingest {

void Progress::update(uint64_t done, uint64_t bytes, const std::string& current) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (shown_ && now - last_ < std::chrono::milliseconds(100) && done != total_) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  double mbps = seconds > 0 ? bytes / 1e6 / seconds : 0;
  std::string name = current.size() > 50 ? "..." + current.substr(current.size() - 47) : current;
  std::fprintf(stderr, "\r\033[K[%llu/%llu] %.1f MB/s %s", static_cast<unsigned long long>(done),
               static_cast<unsigned long long>(total_), mbps, name.c_str());
  std::fflush(stderr);
  shown_ = true;
}

void Progress::clear() {
  if (!shown_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace claimcheck::ingest
