#pragma once
// The phrases of the one-line explanations findings carry: "003 says
// 2026-04-23, 002 says 2026-04-24: one day apart" (names: claimcheck/short_names.h).
#include <string>
#include <vector>

#include "claimcheck/quantity.h"

namespace claimcheck::check {

// A value as explanations show it: as people write it (display_text: "15K
// people", "$852 billion"); a date as ISO 8601 writes it, a whole year or a
// whole month too ("2026-04-23", "1921", "2026-04"), not as the range of its days.
std::string value_in_explanation(const Quantity& q);

// "003 says" / "002, 003 say" (names already short, in the given order).
std::string says(const std::vector<std::string>& names);

// "one day apart", "12 days apart".
std::string days_apart(double days);

// "one year apart", "3 years apart" between two whole years (in years);
// "2 months apart" between two whole months (in months).
std::string years_apart(double years);
std::string months_apart(double months);

// "5 minutes apart", "1 h 15 min apart" between two clock times (in minutes).
std::string minutes_apart(double minutes);

// "differ by 12%" between two amounts (relative to the larger).
std::string differ_by(double a, double b);

}  // namespace claimcheck::check
