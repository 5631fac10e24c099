// Day numbers <-> ISO dates, over the calendar in base/calendar.h.
#include <charconv>
#include <cstdio>
#include <string>

#include "base/calendar.h"
#include "base/number_format.h"
#include "claimcheck/quantity.h"

namespace claimcheck {

int64_t days_from_civil(int y, unsigned m, unsigned d) { return base::days_from_civil(y, m, d); }

std::string iso_date(int64_t z) {
  int y = 0, m = 0, d = 0;
  base::civil_from_days(z, y, m, d);
  std::string out;  // "%04d-%02d-%02d"
  out.reserve(10);
  base::append_padded(out, y, 4);
  out += '-';
  base::append_padded(out, m, 2);
  out += '-';
  base::append_padded(out, d, 2);
  return out;
}

bool parse_iso_date(const std::string& s, int64_t& days) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  auto num = [&](std::size_t at, std::size_t len, auto& out) {
    auto r = std::from_chars(s.data() + at, s.data() + at + len, out);
    return r.ec == std::errc() && r.ptr == s.data() + at + len;
  };
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return false;
  if (!base::valid_date(y, static_cast<int>(m), static_cast<int>(d))) return false;
  days = base::days_from_civil(y, m, d);
  return true;
}

}  // namespace claimcheck
