// The phrases explanations are built from.
#include "check/explain.h"

#include <cmath>
#include <cstdio>

#include "base/calendar.h"

namespace claimcheck::check {

std::string value_in_explanation(const Quantity& q) {
  if (q.is_date() && std::isfinite(q.min) && std::isfinite(q.max) && q.min < q.max) {
    int y1 = 0, m1 = 0, d1 = 0, y2 = 0, m2 = 0, d2 = 0;
    base::civil_from_days(static_cast<int64_t>(q.min), y1, m1, d1);
    base::civil_from_days(static_cast<int64_t>(q.max), y2, m2, d2);
    int ny = 0, nm = 0, nd = 0;  // the day after the last one
    base::civil_from_days(static_cast<int64_t>(q.max) + 1, ny, nm, nd);
    char buf[16];
    if (d1 == 1 && nd == 1 && y1 == y2 && m1 == 1 && m2 == 12) {
      std::snprintf(buf, sizeof buf, "%04d", y1);  // a whole year: "1921"
      return buf;
    }
    if (d1 == 1 && nd == 1 && y1 == y2 && m1 == m2) {
      std::snprintf(buf, sizeof buf, "%04d-%02d", y1, m1);  // a whole month: "2026-04"
      return buf;
    }
  }
  // A date stays ISO 8601 ("2026-04-23": no comma to confuse a list of
  // sayings); any other value as people write it ("15K people", "$852 billion").
  return q.is_date() ? display(q) : display_text(q);
}

std::string says(const std::vector<std::string>& names) {
  std::string s;
  for (std::size_t i = 0; i < names.size(); ++i) s += (i ? ", " : "") + names[i];
  return s + (names.size() == 1 ? " says" : " say");
}

std::string days_apart(double days) {
  const long long n = std::llround(std::fabs(days));
  if (n == 1) return "one day apart";
  return std::to_string(n) + " days apart";
}

std::string years_apart(double years) {
  const long long n = std::llround(std::fabs(years));
  if (n == 1) return "one year apart";
  return std::to_string(n) + " years apart";
}

std::string months_apart(double months) {
  const long long n = std::llround(std::fabs(months));
  if (n == 1) return "one month apart";
  return std::to_string(n) + " months apart";
}

std::string minutes_apart(double minutes) {
  const long long n = std::llround(std::fabs(minutes));
  if (n < 60) return std::to_string(n) + (n == 1 ? " minute apart" : " minutes apart");
  std::string s = std::to_string(n / 60) + " h";
  if (n % 60) s += " " + std::to_string(n % 60) + " min";
  return s + " apart";
}

std::string differ_by(double a, double b) {
  const double larger = std::max(std::fabs(a), std::fabs(b));
  if (larger == 0) return "differ";
  const double pct = std::fabs(a - b) / larger * 100;
  char buf[48];
  std::snprintf(buf, sizeof buf, pct >= 10 ? "differ by %.0f%%" : "differ by %.1f%%", pct);
  return buf;
}

}  // namespace claimcheck::check
