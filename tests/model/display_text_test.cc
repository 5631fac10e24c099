// display_text(): values as people write them (issue 16).
#include <catch2/catch.hpp>

#include "claimcheck/quantity.h"

using namespace claimcheck;

namespace {

Quantity q(QuantityKind kind, double value, std::string unit = "") {
  Quantity x;
  x.kind = kind;
  x.value = value;
  x.unit = std::move(unit);
  return x;
}

Quantity date(const char* first, const char* last, DatePrecision p) {
  Quantity x;
  x.kind = QuantityKind::date;
  int64_t a = 0, b = 0;
  REQUIRE(parse_iso_date(first, a));
  REQUIRE(parse_iso_date(last, b));
  x.value = x.min = static_cast<double>(a);
  x.max = static_cast<double>(b);
  x.date_precision = p;
  return x;
}

}  // namespace

TEST_CASE("display_text writes amounts with scale words and letters", "[model]") {
  CHECK(display_text(q(QuantityKind::money, 8.52e11, "USD")) == "$852 billion");
  CHECK(display_text(q(QuantityKind::money, 3.5, "USD")) == "$3.50");
  CHECK(display_text(q(QuantityKind::money, 0.075, "USD")) == "$0.075");
  // Lengths and weights in full, in the plural of the unit the article wrote.
  CHECK(display_text(q(QuantityKind::number, 26291, "foot")) == "26,291 feet");
  CHECK(display_text(q(QuantityKind::number, 14, "inches")) == "14 inches");
  CHECK(display_text(q(QuantityKind::number, 1, "miles")) == "1 mile");
  CHECK(display_text(q(QuantityKind::money, 3.4e9, "CNY")) == "3.4 billion CNY");
  CHECK(display_text(q(QuantityKind::money, 350, "HKD")) == "350 HKD");
  CHECK(display_text(q(QuantityKind::number, 1e6, "tokens")) == "1M tokens");
  CHECK(display_text(q(QuantityKind::number, 4.9e10, "parameters")) == "49B parameters");
  CHECK(display_text(q(QuantityKind::number, 1600, "gpus")) == "1,600 gpus");
  CHECK(display_text(q(QuantityKind::number, 400000, "workers")) == "400K workers");
  CHECK(display_text(q(QuantityKind::percent, 82.7, "%")) == "82.7%");
  CHECK(display_text(q(QuantityKind::duration, 12, "hour")) == "12 hours");
  CHECK(display_text(q(QuantityKind::duration, 1, "year")) == "1 year");
  CHECK(display_text(q(QuantityKind::age, 29, "year")) == "29 years old");
  CHECK(display_text(q(QuantityKind::time, 8 * 60 + 30)) == "8:30 a.m.");
  CHECK(display_text(q(QuantityKind::time, 12 * 60 + 50, "BST")) == "12:50 p.m. BST");
}

TEST_CASE("display_text writes bounds, ranges and rates in words", "[model]") {
  Quantity over = q(QuantityKind::money, 1e12, "USD");
  over.bound = Bound::more_than;
  CHECK(display_text(over) == "more than $1 trillion");
  Quantity price = q(QuantityKind::money, 0.28, "USD");
  price.per = 1e6;
  price.per_unit = "tokens";
  CHECK(display_text(price) == "$0.28 per million tokens");
  Quantity months = q(QuantityKind::duration, 6, "month");
  months.bound = Bound::range;
  months.min = 6;
  months.max = 12;
  CHECK(display_text(months) == "6\xE2\x80\x93" "12 months");
}

TEST_CASE("display_text writes dates at their precision", "[model]") {
  CHECK(display_text(date("2026-04-23", "2026-04-23", DatePrecision::day)) == "April 23, 2026");
  CHECK(display_text(date("2026-04-01", "2026-04-30", DatePrecision::month)) == "April 2026");
  CHECK(display_text(date("2026-04-01", "2026-06-30", DatePrecision::quarter)) == "Q2 2026");
  CHECK(display_text(date("2026-02-11", "2026-02-20", DatePrecision::part_of_month)) == "mid-February 2026");
  CHECK(display_text(date("2026-01-01", "2026-12-31", DatePrecision::year)) == "2026");
  CHECK(display_text(date("2026-04-23", "2026-04-25", DatePrecision::day)) == "April 23\xE2\x80\x93" "25, 2026");
}
