// Short document names and the phrases explanations are made of.
#include <catch2/catch.hpp>

#include "check/explain.h"
#include "check/interval.h"
#include "claimcheck/short_names.h"

using namespace claimcheck;
using namespace claimcheck::check;

TEST_CASE("short document names", "[check][explain]") {
  auto names = short_names({"corpus/003_d4106d9e4592ae5a.txt", "corpus/002_7487f4256f525623.txt"});
  CHECK(names.at("corpus/003_d4106d9e4592ae5a.txt") == "003");
  CHECK(names.at("corpus/002_7487f4256f525623.txt") == "002");
  // The prefix would not tell them apart: whole stems.
  auto same_prefix = short_names({"news/reuters_a.txt", "news/reuters_b.txt"});
  CHECK(same_prefix.at("news/reuters_a.txt") == "reuters_a");
  CHECK(short_names({"a/story.md", "b/other.html"}).at("b/other.html") == "other");
  CHECK(short_names({"jsonl-id-17"}).at("jsonl-id-17") == "jsonl-id-17");
  // Only an id after the '_' is dropped; names that would be equal keep their stems.
  CHECK(short_name("news/reuters_gpt55.md") == "reuters_gpt55");
  CHECK(short_name("corpus/003_d4106d9e4592ae5a.txt") == "003");
  auto twins = short_names({"a/003_d4106d9e.txt", "b/003_7487f425.txt"});
  CHECK(twins.at("a/003_d4106d9e.txt") == "003_d4106d9e");
  CHECK(twins.at("b/003_7487f425.txt") == "003_7487f425");
}

TEST_CASE("explanation phrases", "[check][explain]") {
  CHECK(says({"003"}) == "003 says");
  CHECK(minutes_apart(5) == "5 minutes apart");
  CHECK(minutes_apart(-75) == "1 h 15 min apart");
  CHECK(minutes_apart(120) == "2 h apart");
  CHECK(says({"002", "003"}) == "002, 003 say");
  CHECK(days_apart(1) == "one day apart");
  CHECK(days_apart(63) == "63 days apart");
  CHECK(differ_by(1.1e12, 1.6e12) == "differ by 31%");
  CHECK(differ_by(29.4, 30) == "differ by 2.0%");
}

TEST_CASE("intervals from quantities", "[check][interval]") {
  Quantity q;
  q.value = 1.6e12;
  q.digits = 2;
  Interval iv = interval_of(q);
  CHECK(iv.lo == Approx(1.55e12));
  CHECK(iv.hi == Approx(1.65e12));
  q.approximate = true;
  q.value = 1.58e12;
  q.digits = 3;
  iv = interval_of(q);
  CHECK(iv.lo == Approx(1.501e12));
  CHECK(iv.hi == Approx(1.659e12));
  // "18,589" may be 18,589.7 cut short: up to the next whole number, not below half a unit.
  Quantity dow;
  dow.value = 18589;
  dow.digits = 5;
  iv = interval_of(dow);
  CHECK(iv.lo == Approx(18588.5));
  CHECK(iv.hi == Approx(18590).epsilon(1e-6));
  CHECK(iv.hi < 18590);
  dow.digits = 3;  // "18,600" written round: rounded only
  dow.value = 18600;
  CHECK(interval_of(dow).hi == Approx(18650).epsilon(1e-6));
  CHECK(half_unit(0.28, 2) == Approx(0.005));
  CHECK(half_unit(30, 0) == 0);
  Quantity d;
  d.kind = QuantityKind::date;
  d.value = static_cast<double>(days_from_civil(2024, 2, 10));
  d.date_precision = DatePrecision::month;
  iv = interval_of(d);
  CHECK(iso_date(static_cast<int64_t>(iv.lo)) == "2024-02-01");
  CHECK(iso_date(static_cast<int64_t>(iv.hi)) == "2024-02-29");
  CHECK(gap(Interval{0, 1}, Interval{3, 4}) == 2);
  CHECK(gap(Interval{0, 5}, Interval{3, 4}) == 0);
}

TEST_CASE("explanations write a whole year or month the ISO way, other spans as ranges", "[check]") {
  Quantity year;
  year.kind = QuantityKind::date;
  year.value = year.min = static_cast<double>(days_from_civil(1921, 1, 1));
  year.max = static_cast<double>(days_from_civil(1921, 12, 31));
  CHECK(value_in_explanation(year) == "1921");
  Quantity month = year;
  month.value = month.min = static_cast<double>(days_from_civil(2026, 4, 1));
  month.max = static_cast<double>(days_from_civil(2026, 4, 30));
  CHECK(value_in_explanation(month) == "2026-04");
  Quantity mid = year;
  mid.value = mid.min = static_cast<double>(days_from_civil(2026, 2, 11));
  mid.max = static_cast<double>(days_from_civil(2026, 2, 20));
  CHECK(value_in_explanation(mid) == "2026-02-11..2026-02-20");
}
