// Big inputs through the binary, with a time limit and the peak memory
// measured (wait4 rusage): a 200 MB article on one line, and a million short
// sentences.  They are generated here, not kept in the repository.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "bounded_run.h"
#include "helpers.h"

using claimcheck::testing::BoundedRun;
using claimcheck::testing::read_file;
using claimcheck::testing::run_bounded;
using claimcheck::testing::TempDir;

namespace {

// Writes `total` bytes of prose with no newline: filler sentences, and a claim
// sentence every `claim_every` bytes.  Returns how many claim sentences.
int write_one_line_article(const std::string& path, std::size_t total, std::size_t claim_every) {
  const std::string filler = "The committee met again to discuss the weather and other matters of the day. ";
  std::string block;
  while (block.size() + filler.size() < claim_every) block += filler;
  std::ofstream out(path, std::ios::binary);
  std::size_t written = 0;
  int claims = 0;
  for (;;) {
    // A different value each time, so no two claims merge.
    std::string claim = "OpenAI released GPT-5.5 on April 23, " + std::to_string(2000 + claims) + ". ";
    if (written + block.size() + claim.size() > total) break;
    out << block << claim;
    written += block.size() + claim.size();
    ++claims;
  }
  out << std::string(total - written, 'x');
  return claims;
}

std::size_t count_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) ++n;
  return n;
}

}  // namespace

TEST_CASE("a 200 MB article with no newline: claims found, bounded time and memory", "[robustness][big]") {
  TempDir dir;
#ifdef CLAIMCHECK_SANITIZED
  // Under ASan + UBSan (Debug, shadow memory) the same input runs ~15x slower
  // and twice as big: the sanitizer build checks the same path on 20 MB.
  const std::size_t size = 20u << 20;
#else
  const std::size_t size = 200u << 20;
#endif
  int expected = write_one_line_article(dir / "big.txt", size, 4u << 20);
  BoundedRun r = run_bounded({"extract", "--ref-date", "2026-05-01", dir / "big.txt"}, 540, dir / "out.jsonl");  // a hang bound, not a speed test (44 s at load 10)
  INFO(r.err);
  INFO("seconds " << r.seconds << ", peak RSS " << r.peak_rss_mb << " MB");
  WARN("200 MB on one line: " << r.seconds << " s, peak RSS " << r.peak_rss_mb << " MB");
  REQUIRE_FALSE(r.timed_out);
  REQUIRE(r.signal == 0);
  CHECK(r.status == 0);
  CHECK(count_lines(dir / "out.jsonl") == static_cast<std::size_t>(expected));
  // The input and its normalized copy are 400 MB; offset maps at 16 bytes a
  // byte would add 3.2 GB.  Everything else must stay small beside them.
  CHECK(r.peak_rss_mb < 1200);
  std::ifstream out(dir / "out.jsonl");
  std::string first;
  std::getline(out, first);
  auto claim = nlohmann::json::parse(first);
  CHECK(claim["line"] == 1);
  CHECK(claim["column"].get<int>() > 4000000);
}

TEST_CASE("a million short sentences: every claim found within the time limit", "[robustness][big]") {
  TempDir dir;
  {
    std::ofstream out(dir / "many.txt", std::ios::binary);
    // Lower-case starts and long lines: the sentence splitter's abbreviation
    // joining looks at both, so this is its worst case.
    for (int i = 0; i < 1000000; ++i) {
      if (i % 1000 == 0) out << "GPT-5.5 costs $" << (1 + i / 1000) << " per million input tokens. ";
      else out << "it rained. ";
      if (i % 100000 == 99999) out << "\n";
    }
  }
  BoundedRun r = run_bounded({"extract", "--ref-date", "2026-05-01", dir / "many.txt"}, 540, dir / "out.jsonl");  // a hang bound, under ctest's 600 s
  INFO(r.err);
  WARN("a million sentences: " << r.seconds << " s, peak RSS " << r.peak_rss_mb << " MB");
  REQUIRE_FALSE(r.timed_out);
  REQUIRE(r.signal == 0);
  CHECK(r.status == 0);
  CHECK(count_lines(dir / "out.jsonl") == 1000);
  CHECK(r.peak_rss_mb < 1000);
}
