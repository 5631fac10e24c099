// The short human form of a Quantity used in explanations and reports.
#include <cmath>
#include <cstdio>
#include <string>

#include "base/number_format.h"
#include "claimcheck/quantity.h"

namespace claimcheck {
namespace {

std::string number(double v) {
  const double a = std::fabs(v);
  if (a != 0 && (a >= 1e7 || a < 1e-3)) {
    std::string s = base::format_general(v, 4);  // "%.4g": 1.6e+12
    // 1.6e+12 -> 1.6e12
    if (auto p = s.find("e+"); p != std::string::npos) s.erase(p + 1, 1);
    if (auto p = s.find("e0"); p != std::string::npos) s.erase(p + 1, 1);
    return s;
  }
  std::string s = base::format_general(v, 6);  // "%.6g"
  // %g writes 1000000 as 1e+06: same short form as above, 1e6.
  if (auto p = s.find("e+"); p != std::string::npos) s.erase(p + 1, 1);
  if (auto p = s.find("e0"); p != std::string::npos) s.erase(p + 1, 1);
  return s;
}

std::string bound_prefix(Bound b) {
  switch (b) {
    case Bound::at_least: return ">=";
    case Bound::more_than: return ">";
    case Bound::at_most: return "<=";
    case Bound::less_than: return "<";
    default: return "";
  }
}

}  // namespace

std::string display(const Quantity& q) {
  if (q.is_date()) {
    if (std::isnan(q.min) || std::isnan(q.max) || q.min == q.max)
      return iso_date(static_cast<int64_t>(q.value));
    return iso_date(static_cast<int64_t>(q.min)) + ".." + iso_date(static_cast<int64_t>(q.max));
  }
  std::string s = q.approximate ? "~" : "";
  if (q.kind == QuantityKind::time) {  // 24-hour clock: "08:30", "12:50 BST"
    const int minutes = static_cast<int>(q.value);
    s += bound_prefix(q.bound);
    base::append_padded(s, minutes / 60 % 24, 2);
    s += ':';
    base::append_padded(s, minutes % 60, 2);
    return s + (q.unit.empty() ? "" : " " + q.unit);
  }
  if (q.bound == Bound::range && !std::isnan(q.min) && !std::isnan(q.max)) {
    s += number(q.min) + "-" + number(q.max);
  } else {
    s += bound_prefix(q.bound) + number(q.value);
  }
  if (q.kind == QuantityKind::percent) {
    s += q.unit == "pp" ? " pp" : " %";
  } else if (!q.unit.empty()) {
    s += " " + q.unit;
  }
  if (q.per != 0) {
    s += " per ";
    if (q.per != 1) s += number(q.per) + " ";
    s += q.per_unit;
  }
  return s;
}

}  // namespace claimcheck
