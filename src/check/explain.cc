// The phrases explanations are built from.
#include "check/explain.h"

#include <cmath>
#include <cstdio>

namespace claimcheck::check {

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
