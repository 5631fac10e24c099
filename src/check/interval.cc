// Intervals from quantities: significant digits, approximation, bounds, ranges
// and date precision all become [lo, hi].
#include "check/interval.h"

#include <algorithm>
#include <cmath>

namespace claimcheck::check {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Ymd {
  int y;
  unsigned m, d;
};

Ymd civil(double days) {
  // iso_date() already implements the inverse; parse its output back.
  const std::string s = iso_date(static_cast<int64_t>(days));
  return Ymd{std::stoi(s.substr(0, 4)), static_cast<unsigned>(std::stoi(s.substr(5, 2))),
             static_cast<unsigned>(std::stoi(s.substr(8, 2)))};
}

double first_of(int y, unsigned m) { return static_cast<double>(days_from_civil(y, m, 1)); }

// The first day after month m of year y.
double after_month(int y, unsigned m) { return m == 12 ? first_of(y + 1, 1) : first_of(y, m + 1); }

// A date whose text gave no explicit first/last day: the span its precision covers.
Interval date_span(double day, DatePrecision precision) {
  const Ymd c = civil(day);
  switch (precision) {
    case DatePrecision::month: return {first_of(c.y, c.m), after_month(c.y, c.m) - 1};
    case DatePrecision::quarter: {
      const unsigned q0 = (c.m - 1) / 3 * 3 + 1;
      return {first_of(c.y, q0), after_month(c.y, q0 + 2) - 1};
    }
    case DatePrecision::half_year: {
      const unsigned h0 = c.m <= 6 ? 1 : 7;
      return {first_of(c.y, h0), after_month(c.y, h0 + 5) - 1};
    }
    case DatePrecision::year: return {first_of(c.y, 1), first_of(c.y + 1, 1) - 1};
    case DatePrecision::part_of_month: return {day, std::min(day + 9, after_month(c.y, c.m) - 1)};
    default: return {day, day};
  }
}

// "More than 21 years" is told of 21 years and some months, not of 23: a
// writer who knew 23 would have said so, or rounded down to a round number
// ("more than 20").  A bound written with two or more significant digits, the
// last neither 0 nor 5, therefore stops at the next step of its last digit.
// Round thresholds ("more than 2,000", "more than 25") stay open-ended.
double next_step(double v, const Quantity& q) {
  if (q.approximate || q.digits < 2 || v <= 0 || !std::isfinite(v)) return 0;
  const double exponent = std::floor(std::log10(v) + 1e-12);
  const double step = std::pow(10.0, exponent - q.digits + 1);
  const long last = std::lround(v / step) % 10;
  return last == 0 || last == 5 ? 0 : step;
}

}  // namespace

Interval Interval::scaled(double factor) const { return {lo * factor, hi * factor}; }

double half_unit(double value, int digits) {
  if (digits <= 0 || value == 0 || !std::isfinite(value)) return 0;
  const double exponent = std::floor(std::log10(std::fabs(value)) + 1e-12);
  // Slightly less than half, so that "1.6" and "1.7" do not touch at 1.65.
  return 0.5 * (1 - 1e-9) * std::pow(10.0, exponent - digits + 1);
}

double gap(const Interval& a, const Interval& b) {
  if (a.overlaps(b)) return 0;
  return a.hi < b.lo ? b.lo - a.hi : a.lo - b.hi;
}

Interval interval_of(const Quantity& q) {
  if (q.is_date()) {
    Interval span = date_span(q.value, q.date_precision);
    if (!std::isnan(q.min)) span.lo = q.min;
    if (!std::isnan(q.max)) span.hi = q.max;
    if (q.bound == Bound::at_least || q.bound == Bound::more_than) span.hi = kInf;
    if (q.bound == Bound::at_most || q.bound == Bound::less_than) span.lo = -kInf;
    return span;
  }
  const double v = q.value;
  // Tolerance: the last written digit, widened for "about"; exact numbers get
  // a hair of slack so that 0.1 + 0.2 style rounding never makes a conflict.
  // A round number ("1 million", "$20 billion") is read as rounded, but never
  // by more than kApproximateTolerance: one significant digit alone would let
  // "1 million" mean anything from 0.5 to 1.5 million.
  auto tolerance = [&](double x) {
    // A clock time is minutes after midnight: a share of it means nothing
    // ("about 7:40 p.m." is not 6:41 p.m.); "about" allows a quarter of an hour.
    if (q.kind == QuantityKind::time) return q.approximate ? kApproximateMinutes : 0.5;
    const double relative = kApproximateTolerance * std::fabs(x);
    double t = std::max(std::min(half_unit(x, q.digits), relative), 1e-9 * std::fabs(x));
    if (q.approximate) t = std::max(t, relative);
    return t;
  };
  // A bound is a threshold, not a rounded measurement: "exceeding $1 trillion"
  // excludes 0.95 trillion; only "about" loosens it.
  auto threshold = [&](double x) { return q.approximate ? tolerance(x) : 1e-9 * std::fabs(x); };
  switch (q.bound) {
    case Bound::more_than:
      if (const double step = next_step(v, q); step > 0) return {v - threshold(v), v + step};
      [[fallthrough]];
    case Bound::at_least: return {v - threshold(v), kInf};
    case Bound::at_most:
    case Bound::less_than:  // a floor the claim set ("as many as 100 cars": many, so not 3)
      return {std::isnan(q.min) ? -kInf : q.min, v + threshold(v)};
    case Bound::range: {
      const double lo = std::isnan(q.min) ? v : q.min;
      const double hi = std::isnan(q.max) ? v : q.max;
      return {lo - tolerance(lo), hi + tolerance(hi)};
    }
    case Bound::exact: break;
  }
  // A whole number of four or more digits, every digit written ("18,589"),
  // may be a decimal cut short as well as rounded: the Dow at 18,589.7 is
  // reported as 18,589 as often as 18,590.
  const double whole_digits = std::floor(std::log10(std::fabs(v)) + 1e-12) + 1;
  if (q.kind != QuantityKind::time && std::fabs(v) >= 1000 && v == std::floor(v) &&
      q.digits == static_cast<int>(whole_digits))
    return v > 0 ? Interval{v - tolerance(v), v + (1 - 1e-9)} : Interval{v - (1 - 1e-9), v + tolerance(v)};
  return {v - tolerance(v), v + tolerance(v)};
}

}  // namespace claimcheck::check
