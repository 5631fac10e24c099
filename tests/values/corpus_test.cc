// One runner for every case file under tests/data/values/ (Duckling-style
// corpora; the format is in case_file.h), and a scorer for the held-out files
// under tests/data/values/heldout/, which were written before the code that
// reads them and are scored, not required to pass.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <map>

#include "case_file.h"

using namespace claimcheck;

// CLAIMCHECK_VALUES_SCORE=1 build/tests/values_tests "value corpora*" prints
// hits, false alarms, misses and F1 per case file.
TEST_CASE("value corpora: every case in tests/data/values/*.txt", "[values]") {
  auto files = values_test::case_files(std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/data/values");
  REQUIRE(!files.empty());
  int cases = 0, failures = 0;
  for (const auto& path : files) {
    std::string name = path.filename().string();
    auto score = values_test::run_case_file(
        path,
        [&](const values_test::Case& c) {
          ++cases;
          if (c.got == c.expected) return;
          ++failures;
          UNSCOPED_INFO(name << ":" << c.line_no << ": " << c.sentence << "\n    expected: " << c.expected
                             << "\n    got:      " << c.got);
        },
        [&](int line_no, const std::string& what) {
          ++failures;
          UNSCOPED_INFO(name << ":" << line_no << ": " << what);
        });
    if (std::getenv("CLAIMCHECK_VALUES_SCORE"))
      std::printf("%-22s hits %3d  false alarms %3d  misses %3d  F1 %.2f\n", name.c_str(), score.hits,
                  score.false_alarms, score.misses, score.f1());
  }
  INFO(cases << " cases");
  CHECK(failures == 0);
  CHECK(cases > 300);
}

// The held-out files measure what the owners' suite will see.  Each suite must
// keep at least the F1 it was last measured at (the floors below, raised when
// the layer improves); CLAIMCHECK_VALUES_SCORE=1 prints precision, recall and
// F1 per suite, and =cases also every case that is not read as written.
TEST_CASE("value held-out suites keep their F1", "[values]") {
  // Measured 2026-12-04, batch 12 after its fixes (docs/values.md has the figures before and after).
  const std::map<std::string, double> floor = {
      {"numbers.txt", 0.98}, {"percent.txt", 1.0}, {"money.txt", 1.0}, {"dates.txt", 1.0},
      {"news.txt", 1.0},     {"negatives.txt", 1.0}, {"numbers-2.txt", 0.96}, {"percent-2.txt", 1.0},
      {"money-2.txt", 0.95}, {"dates-2.txt", 1.0},   {"negatives-2.txt", 1.0},
      // Batch 3 (tests/data/values/heldout/README.md).
      {"numbers-3.txt", 0.88}, {"percent-3.txt", 0.97}, {"money-3.txt", 1.0}, {"dates-3.txt", 0.98},
      {"negatives-3.txt", 1.0},
      // Batch 4 (tests/data/values/heldout/README.md).
      {"numbers-4.txt", 0.99}, {"percent-4.txt", 0.99}, {"money-4.txt", 1.0}, {"dates-4.txt", 1.0},
      {"negatives-4.txt", 1.0},
      // Batch 5 (tests/data/values/heldout/README.md).
      {"numbers-5.txt", 0.97}, {"percent-5.txt", 1.0}, {"money-5.txt", 1.0}, {"dates-5.txt", 1.0},
      {"news-5.txt", 1.0},     {"negatives-5.txt", 1.0},
      // Batch 6 (tests/data/values/heldout/README.md): scored once; its two misses fixed in batch 7's round.
      {"numbers-6.txt", 1.0}, {"percent-6.txt", 1.0}, {"money-6.txt", 1.0}, {"dates-6.txt", 1.0},
      {"news-6.txt", 1.0},     {"negatives-6.txt", 1.0},
      // Batch 7 (tests/data/values/heldout/README.md): after its fixes.
      {"numbers-7.txt", 0.97}, {"percent-7.txt", 1.0}, {"money-7.txt", 1.0}, {"dates-7.txt", 1.0},
      {"negatives-7.txt", 1.0},
      // Batch 8 (tests/data/values/heldout/README.md): after its fixes.
      {"numbers-8.txt", 1.0}, {"percent-8.txt", 1.0}, {"money-8.txt", 1.0}, {"dates-8.txt", 1.0},
      {"negatives-8.txt", 1.0},
      // Batch 9 (tests/data/values/heldout/README.md): after its fixes (`4/21` and `April showers` left).
      {"numbers-9.txt", 1.0}, {"percent-9.txt", 1.0}, {"money-9.txt", 1.0}, {"dates-9.txt", 0.99},
      {"negatives-9.txt", 0.79},
      // Batch 10 (tests/data/values/heldout/README.md): after its fixes (`4/21`, `at 4.30` left).
      {"numbers-10.txt", 1.0}, {"percent-10.txt", 1.0}, {"money-10.txt", 1.0}, {"dates-10.txt", 0.99},
      {"negatives-10.txt", 1.0},
      // Batch 11 (tests/data/values/heldout/README.md): after its fixes (`St. Patrick's Day`, `the eighteen
      // hundreds`, `two-hundred-and-fifty`, `a full point` left; `every 3 hours` and `earlier this month`
      // relabelled with the conventions batch 12's round decided).
      {"numbers-11.txt", 0.98}, {"percent-11.txt", 0.99}, {"money-11.txt", 1.0}, {"dates-11.txt", 0.98},
      {"negatives-11.txt", 1.0},
      // Batch 12 (tests/data/values/heldout/README.md): after its fixes (`a gross`, `a score of`, `1000s`,
      // `km/h`, `3%-to-4%`, `$100m-a-year`, `50 cents-$1`, `A day pass`, a list of scaled numbers left).
      {"numbers-12.txt", 0.97}, {"percent-12.txt", 0.99}, {"money-12.txt", 0.97}, {"dates-12.txt", 1.0},
      {"negatives-12.txt", 1.0},
  };
  const char* env = std::getenv("CLAIMCHECK_VALUES_SCORE");
  bool show_cases = env && std::string(env) == "cases";
  auto files = values_test::case_files(std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/data/values/heldout");
  REQUIRE(files.size() == floor.size());
  values_test::Score total;
  for (const auto& path : files) {
    std::string name = path.filename().string();
    auto score = values_test::run_case_file(
        path,
        [&](const values_test::Case& c) {
          if (show_cases && c.got != c.expected)
            std::printf("  %s:%d: %s\n    expected: %s\n    got:      %s\n", name.c_str(), c.line_no,
                        c.sentence.c_str(), c.expected.c_str(), c.got.c_str());
        },
        [&](int line_no, const std::string& what) { FAIL(name << ":" << line_no << ": " << what); });
    total.hits += score.hits;
    total.false_alarms += score.false_alarms;
    total.misses += score.misses;
    if (env)
      std::printf("held-out %-14s hits %3d  false alarms %3d  misses %3d  P %.2f  R %.2f  F1 %.2f\n", name.c_str(),
                  score.hits, score.false_alarms, score.misses, score.precision(), score.recall(), score.f1());
    REQUIRE(floor.count(name));
    INFO(name << " F1 " << score.f1());
    CHECK(score.f1() >= floor.at(name));
  }
  if (env)
    std::printf("held-out %-14s hits %3d  false alarms %3d  misses %3d  P %.2f  R %.2f  F1 %.2f\n", "all", total.hits,
                total.false_alarms, total.misses, total.precision(), total.recall(), total.f1());
}
