#pragma once
// The invariants every fuzz target (and tests/robustness/fuzz_regression_test.cc,
// which replays the saved inputs) checks after a run.  A broken invariant
// aborts, which libFuzzer reports as a crash and saves the input.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "text/document.h"

namespace claimcheck::fuzz {

// libFuzzer: abort, so the input is saved.  The regression test defines
// CLAIMCHECK_FUZZ_THROW to turn a broken invariant into a test failure.
[[noreturn]] inline void fail(const char* what, std::size_t at) {
#ifdef CLAIMCHECK_FUZZ_THROW
  throw std::logic_error(std::string("invariant broken: ") + what + " (at " + std::to_string(at) + ")");
#else
  std::fprintf(stderr, "invariant broken: %s (at %zu)\n", what, at);
  std::abort();
#endif
}

#define CLAIMCHECK_FUZZ_CHECK(cond, at) \
  do {                                  \
    if (!(cond)) ::claimcheck::fuzz::fail(#cond, (at)); \
  } while (0)

// Offsets monotone, inside the original, line/column valid, sentences inside
// the normalized text and in order.
inline void check_document(const text::Document& d) {
  const std::size_t n = d.normalized.size(), o = d.original.size();
  std::size_t previous = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    std::size_t b = d.to_original(i);
    CLAIMCHECK_FUZZ_CHECK(b <= o, i);
    CLAIMCHECK_FUZZ_CHECK(b >= previous, i);
    previous = b;
    std::size_t e = d.to_original_end(i);
    CLAIMCHECK_FUZZ_CHECK(e <= o, i);
    if (i < n) {
      CLAIMCHECK_FUZZ_CHECK(d.to_original_end(i + 1) >= b, i);
      std::string_view span = d.original_text(i, i + 1);
      CLAIMCHECK_FUZZ_CHECK(span.data() >= d.original.data() && span.data() + span.size() <= d.original.data() + o, i);
    }
    if (n > 256 && i % (n / 256) != 0) continue;  // line_column is O(line): sample it
    text::LineColumn lc = d.line_column(b);
    CLAIMCHECK_FUZZ_CHECK(lc.line >= 1 && lc.column >= 1, i);
    CLAIMCHECK_FUZZ_CHECK(static_cast<std::size_t>(lc.line) <= o + 1, i);
    CLAIMCHECK_FUZZ_CHECK(static_cast<std::size_t>(lc.column) <= o + 1, i);
  }
  std::size_t last_end = 0;
  for (std::size_t k = 0; k < d.sentences.size(); ++k) {
    const text::Sentence& s = d.sentences[k];
    CLAIMCHECK_FUZZ_CHECK(s.begin < s.end && s.end <= n, k);
    CLAIMCHECK_FUZZ_CHECK(s.begin >= last_end, k);
    last_end = s.end;
  }
}

}  // namespace claimcheck::fuzz
