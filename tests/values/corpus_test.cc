// One runner for every case file under tests/data/values/ (Duckling-style
// corpora).  Each file is a list of
//
//   sentence => kind display [precision] [inferred] ; kind display ...
//   sentence => -                       (a negative: nothing may be found)
//   @ref 2026-01-10                     (reference date for the cases below; "@ref none")
//   @fallback 2026                      (fallback year for the cases below)
//   @spans                              (the cases below also give each surface text:
//                                        "number 192 \"192\"", as the owners' suite scores spans)
//
// `display` is claimcheck::display() of the Quantity ("0.28 USD per 1e6 tokens",
// "~30 %", "2026-02-11..2026-02-20"); dates add their precision and "inferred".
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "text/document.h"
#include "values/recognizer.h"
#include "values_test_util.h"

using namespace claimcheck;

namespace {

std::vector<std::string> items(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t p = 0; s != "-";) {
    std::size_t q = s.find(" ; ", p);
    out.push_back(s.substr(p, q == std::string::npos ? std::string::npos : q - p));
    if (q == std::string::npos) break;
    p = q + 3;
  }
  return out;
}

// Scored as the owners' suite is: a quantity found with the right value (and
// span, in @spans files) is a hit, any other found one a false alarm, an
// expected one not found a miss.
struct Score {
  int hits = 0, false_alarms = 0, misses = 0;
  void add(const std::string& expected, const std::string& got) {
    std::vector<std::string> want = items(expected);
    for (const std::string& g : items(got)) {
      auto it = std::find(want.begin(), want.end(), g);
      if (it == want.end()) {
        ++false_alarms;
      } else {
        ++hits;
        want.erase(it);
      }
    }
    misses += static_cast<int>(want.size());
  }
  double f1() const { return hits == 0 ? 0 : 2.0 * hits / (2.0 * hits + false_alarms + misses); }
};

}  // namespace

// CLAIMCHECK_VALUES_SCORE=1 build/tests/values_tests "value corpora*" prints
// hits, false alarms, misses and F1 per case file.
TEST_CASE("value corpora: every case in tests/data/values/*.txt", "[values]") {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/data/values"))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  int cases = 0, failures = 0;
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string line;
    int line_no = 0;
    values::ValueOptions options;
    bool spans = false;
    Score score;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      if (line.rfind("@ref ", 0) == 0) {
        std::string d = line.substr(5);
        int64_t days = 0;
        if (d == "none") options.reference_date.reset();
        else if (parse_iso_date(d, days)) options.reference_date = days;
        else {
          ++failures;
          UNSCOPED_INFO(path.filename().string() << ":" << line_no << ": bad @ref date: " << d);
        }
        continue;
      }
      if (line == "@spans") {
        spans = true;
        continue;
      }
      if (line.rfind("@fallback ", 0) == 0) {
        options.fallback_year = std::stoi(line.substr(10));
        continue;
      }
      auto arrow = line.find(" => ");
      if (arrow == std::string::npos) {  // a case the runner cannot read is a failure, not a silent drop
        ++failures;
        UNSCOPED_INFO(path.filename().string() << ":" << line_no << ": no \" => \" in a case line: " << line);
        continue;
      }
      std::string sentence = line.substr(0, arrow);
      std::string expected = values_test::normalise_expected(line.substr(arrow + 4));
      std::string got = values_test::describe_all(sentence, options, spans);
      ++cases;
      score.add(expected, got);
      if (got != expected) {
        ++failures;
        UNSCOPED_INFO(path.filename().string() << ":" << line_no << ": " << sentence << "\n    expected: " << expected
                                               << "\n    got:      " << got);
      }
    }
    if (std::getenv("CLAIMCHECK_VALUES_SCORE"))
      std::printf("%-22s hits %3d  false alarms %3d  misses %3d  F1 %.2f\n", path.filename().string().c_str(),
                  score.hits, score.false_alarms, score.misses, score.f1());
  }
  INFO(cases << " cases");
  CHECK(failures == 0);
  CHECK(cases > 300);
}
