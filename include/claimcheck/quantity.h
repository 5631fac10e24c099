#pragma once
// Quantity: what one number, amount, date or duration in a text means.
// Produced by the value layer (src/values/), carried inside every Claim.
//
// Example: "$0.28 per million tokens" ->
//   kind=money value=0.28 unit="USD" per=1e6 per_unit="tokens" digits=2
// Example: "mid-February" (reference date 2026-01-10) ->
//   kind=daterange value=days(2026-02-11) min=days(2026-02-11) max=days(2026-02-20)
//   date_precision=part_of_month inferred=true
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace claimcheck {

// time: a clock time ("8:30am", "12:50 BST"); age: "a 29-year-old".  New kinds
// are appended: the store writes the enum's value.
enum class QuantityKind : uint8_t { number, percent, money, date, daterange, duration, time, age };

// How the text bounds the value: "over 400 days" is more_than 400.
enum class Bound : uint8_t { exact, at_least, more_than, at_most, less_than, range };

// How precisely a date was given.  Ordered from finest to coarsest.
enum class DatePrecision : uint8_t { none, day, part_of_month, month, quarter, half_year, year };

inline constexpr double kUnset = std::numeric_limits<double>::quiet_NaN();

struct Quantity {
  QuantityKind kind = QuantityKind::number;
  // number / money: the amount (1.6 trillion = 1.6e12); percent: points (82.7);
  // duration / age: amount of `unit`; date / daterange: days since 1970-01-01 of the
  // first day the text allows; time: minutes after midnight (8:30 p.m. = 1230).
  double value = 0;
  // Interval the text allows: set for ranges ("6-12 months"), bounds (one side
  // set, the other NaN) and dates/dateranges (first and last day, inclusive).
  double min = kUnset, max = kUnset;
  Bound bound = Bound::exact;
  bool approximate = false;  // "about", "nearly", "~", "approximately"
  // number/money: counted noun or ISO 4217 code ("tokens", "parameters", "USD",
  // "CNY"); percent: "%" or "pp" (percentage points); duration: "hour", "day",
  // "week", "month", "year"; age: "year", "month"...; time: the time zone as
  // written ("BST", "GMT") or empty; dates: empty.
  std::string unit;
  double per = 0;            // rate denominator amount, 0 = not a rate (1e6 for "per million tokens")
  std::string per_unit;      // rate denominator unit: "tokens", "month", "user/month"
  int digits = 0;            // significant digits as written ("1.6 trillion" = 2)
  DatePrecision date_precision = DatePrecision::none;
  bool inferred = false;     // year inferred from the reference date, or relative date resolved
  // Where it was found: byte offsets into the ORIGINAL input, end exclusive.
  std::size_t begin = 0, end = 0;
  std::string text;          // the surface text, as in the original input

  bool is_date() const { return kind == QuantityKind::date || kind == QuantityKind::daterange; }
};

const char* to_string(QuantityKind);
const char* to_string(Bound);
const char* to_string(DatePrecision);
bool parse_kind(const std::string&, QuantityKind&);
bool parse_bound(const std::string&, Bound&);
bool parse_date_precision(const std::string&, DatePrecision&);

// Days since 1970-01-01 <-> ISO 8601 "YYYY-MM-DD" (proleptic Gregorian).
int64_t days_from_civil(int year, unsigned month, unsigned day);
std::string iso_date(int64_t days);
bool parse_iso_date(const std::string& iso, int64_t& days);

// A short human form: "2026-04-23", "2026-02-11..2026-02-20", "1.6e12 parameters",
// "0.28 USD per 1e6 tokens", ">1e12 USD", "~30 %".
std::string display(const Quantity&);
// As people write it, for reports read by people: "$852 billion", "1M tokens",
// "49B parameters", "April 23, 2026", "mid-February 2026", "8:30 a.m.",
// "more than 400 days", "$0.28 per million tokens", "29 years old".
std::string display_text(const Quantity&);

}  // namespace claimcheck
