#include "ingest/progress.h"

#include <cstdio>

#include "claimcheck/terminal.h"

namespace claimcheck::ingest {
namespace {

// 1234567 -> "1,234,567": counts people read at a glance.
std::string grouped(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string megabytes(uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", bytes / 1e6);
  return buf;
}

std::string duration(double seconds) {
  char buf[32];
  auto s = static_cast<long long>(seconds + 0.5);
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%lldh%02lldm", s / 3600, s / 60 % 60);
  else if (s >= 60) std::snprintf(buf, sizeof buf, "%lldm%02llds", s / 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%llds", s);
  return buf;
}

}  // namespace

std::string Progress::line(const ProgressState& state, const InputTotals& totals, double seconds,
                           const std::string& current) {
  std::string out = "[" + grouped(state.documents);
  // A JSON Lines file holds many documents, so then the number of files is no total.
  out += totals.files && !totals.jsonl_files ? "/" + grouped(totals.files) + " files] " : " documents] ";
  out += megabytes(state.bytes) + " MB";
  out += "  " + grouped(state.claims) + " claims";
  if (seconds > 0) out += "  " + megabytes(static_cast<uint64_t>(state.bytes / seconds)) + " MB/s";
  if (totals.bytes && state.mark && seconds >= 1 && state.mark <= totals.bytes) {
    double left = seconds * double(totals.bytes - state.mark) / double(state.mark);
    out += "  ETA " + duration(left);
  }
  std::string safe = terminal_safe(current);  // a file name is not to move the cursor
  std::string name = safe.size() > 40 ? "..." + safe.substr(safe.size() - 37) : safe;
  if (!name.empty()) out += "  " + name;
  return out;
}

void Progress::update(const ProgressState& state, const std::string& current) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (shown_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr, "\r\033[K%s", line(state, totals_, seconds, current).c_str());
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
