#pragma once
// The interval of values a quantity's text allows, at the precision it was
// written with.  Two claims agree when their intervals overlap.
//
// Examples:
//   "1.6 trillion"        digits=2            -> [1.55e12, 1.65e12]
//   "1,600 billion"       digits=4            -> [1.5995e12, 1.6005e12]  (overlaps: agree)
//   "about 1.58 trillion" approximate         -> 1.58e12 +- 5%           (overlaps both)
//   "nearly 30%"          approximate         -> [28.5, 31.5] ; 29.4 % -> [29.35, 29.45]
//   "exceeding $1 trillion" bound=more_than   -> [1e12, +inf)   (a threshold: no rounding)
//   "1 million"           digits=1            -> [0.95e6, 1.05e6] (rounding capped at 5%)
//   "April 2026"          precision=month     -> [2026-04-01, 2026-04-30] (days)
//   "mid-February"        min/max from text   -> [2026-02-11, 2026-02-20]
// A number written without significant digits (digits=0) is taken as exact.
#include <cmath>
#include <limits>

#include "claimcheck/quantity.h"

namespace claimcheck::check {

// How far "about", "nearly", "approximately", "~" stretch a value: 5 % either
// way (or the precision of the last digit written, when that is wider).  Also
// the most that rounding to the last written digit may stretch a plain value.
inline constexpr double kApproximateTolerance = 0.05;
// How far "about 7:40 p.m." reaches either side, in minutes.
inline constexpr double kApproximateMinutes = 15;

struct Interval {
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();

  bool overlaps(const Interval& o) const { return lo <= o.hi && o.lo <= hi; }
  double width() const { return hi - lo; }
  Interval scaled(double factor) const;  // both ends times factor (factor > 0)
};

// Days (dates) or amounts in the quantity's own unit (numbers, money, percent).
Interval interval_of(const Quantity& q);

// Half a unit of the last significant digit: 1.6e12 with 2 digits -> 5e10.
double half_unit(double value, int digits);

// How far apart two intervals are (0 when they overlap).
double gap(const Interval& a, const Interval& b);

}  // namespace claimcheck::check
