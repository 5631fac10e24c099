#pragma once
// Aligning a quantity so that values written differently become comparable:
// rates are brought to one denominator (money per 1e6 tokens, per 1 month),
// durations to days, units to a singular lower-case name.  What cannot be
// brought together gets a different `dimension`: "1 million tokens" and
// "one million words" are both numbers but of different dimensions, which is a
// unit mismatch, not a conflict.
//
// Examples:
//   "$0.28 per million tokens"   -> dimension "money per 1e6 token", currency USD, [0.275, 0.285]
//   "$0.00028 per 1K tokens"     -> dimension "money per 1e6 token", currency USD, [0.275, 0.285]
//   "1.6 trillion parameters"    -> dimension "number parameter", [1.55e12, 1.65e12]
//   "over 400 days"              -> dimension "duration", [399.5, +inf) days
// Currencies are kept apart (USD vs CNY) until the text itself gives a
// conversion; see compare.h.
#include <string>

#include "check/interval.h"
#include "claimcheck/quantity.h"

namespace claimcheck::check {

struct Aligned {
  std::string dimension;  // what can be compared with what
  std::string label;      // the unit as a reader says it: "tokens", "words", "per 1e6 tokens"
  std::string currency;   // money: ISO code ("" when not money)
  Interval interval;      // in the dimension's base unit
  // The text gave no unit (a bare number) or no rate denominator (a bare
  // price): such a value joins the one dimension its group states, if any.
  bool unit_missing = false;
};

Aligned align(const Quantity& q);

// "Tokens" -> "token", "words" -> "word": lower case, without a plural s.
std::string singular(std::string unit);

}  // namespace claimcheck::check
