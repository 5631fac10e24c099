#pragma once
// printf's "%.*g" and "%.*f" of a double, and zero-padded integers, without
// printf.  std::to_chars writes the same characters as printf in the "C"
// locale (the standard defines it so) but skips parsing a format string and
// the locale lookups snprintf makes on every call; a report formats several
// numbers per claim, millions of times.
//
// Example:
//   base::format_general(1.6e12, 4) == "1.6e+12"     // as "%.4g"
//   base::format_fixed(3.5, 2) == "3.50"             // as "%.2f"
//   base::append_padded(s, 7, 2) appends "07"        // as "%02d"
#include <string>

namespace claimcheck::base {

std::string format_general(double v, int precision);
std::string format_fixed(double v, int precision);
// `v` in decimal, zero-padded to at least `width` digits (a minus sign
// before the padding counts towards the width, as in printf's "%0*d").
void append_padded(std::string& out, long long v, int width);

}  // namespace claimcheck::base
