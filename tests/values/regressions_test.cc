// Regression tests named after what they pin (bugs found by fuzzing or in use).
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

#include "text/document.h"
#include "values/recognizer.h"

using namespace claimcheck;

// Fuzzing: "Just 12 99999999999999999999999hours later" converted 4.2e21 days
// to int64 (undefined behaviour) and the month and year shifts beside it
// overflowed int the same way.  A shift beyond any calendar is no date.
TEST_CASE("relative dates: a shift beyond the calendar is refused, not overflowed", "[values]") {
  std::ifstream in(std::string(CLAIMCHECK_TEST_DATA) + "/fuzz-regressions/extract/relative-date-overflow.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  REQUIRE(!ss.str().empty());
  text::Document doc = text::make_document("t", ss.str());
  values::ValueOptions vo;
  int64_t ref = 0;
  REQUIRE(parse_iso_date("2026-04-27", ref));
  vo.reference_date = ref;
  int dates = 0;
  for (const values::Match& m : values::find_quantities(doc, vo)) {
    if (!m.quantity.is_date()) continue;
    ++dates;
    // Every date stays within years 1..9999.
    CHECK(m.quantity.min >= static_cast<double>(days_from_civil(1, 1, 1)));
    CHECK(m.quantity.max <= static_cast<double>(days_from_civil(9999, 12, 31)));
  }
  CHECK(dates == 2);  // "April 24" and "May 1, 2026"
}

// Issue 14: "the 1.21-trillion-parameter model" read as 1.21; a scale word in
// a hyphenated compound adjective scales the number before it.
TEST_CASE("a scale word inside a compound adjective scales the number", "[values]") {
  text::Document doc = text::make_document("t", "The 1.21-trillion-parameter model and a 16.2-billion-parameter one.");
  std::vector<double> numbers;
  for (const values::Match& m : values::find_quantities(doc, values::ValueOptions{}))
    numbers.push_back(m.quantity.value);
  CHECK(numbers == std::vector<double>{1.21e12, 1.62e10});
}
