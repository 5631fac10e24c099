#pragma once
// The proleptic Gregorian calendar and English month names, in one place
// (model's ISO dates, the value layer's dates, datelines).  Howard Hinnant's
// civil-date algorithms: exact, no time zones (claims are dates).
//
// Example:
//   days_from_civil(1970, 1, 1) == 0;  civil_from_days(0) -> 1970-01-01
//   valid_date(2026, 2, 31) == false;  days_in_month(2028, 2) == 29
//   month_number("Sept.") == 9;  month_number("march") == 3;  month_number("mark") == 0
//   month_name(4) == "April"
#include <cstdint>
#include <string_view>

namespace claimcheck::base {

// Day number (days since 1970-01-01) of a civil date.  REQUIRES: 1 <= m <= 12.
int64_t days_from_civil(int y, unsigned m, unsigned d);
// The civil date of a day number.
void civil_from_days(int64_t days, int& y, int& m, int& d);

bool is_leap_year(int y);
// 28..31; 0 when m is not 1..12.
int days_in_month(int y, int m);
// m in 1..12 and d in 1..days_in_month(y, m).
bool valid_date(int y, int m, int d);

// 1..12 for an English month name or its abbreviation (case-insensitive; at
// least three letters; a final '.' is ignored: "Jan", "jan.", "Sept",
// "September"), 0 otherwise.
int month_number(std::string_view name);
// "January".."December"; "" when m is not 1..12.
std::string_view month_name(int m);

}  // namespace claimcheck::base
