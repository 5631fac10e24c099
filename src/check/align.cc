// Bringing quantities to comparable dimensions and base units.
#include "check/align.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "claimcheck/measures.h"

namespace claimcheck::check {
namespace {

// Days in one duration unit (calendar averages: a month is 1/12 year).
double days_per(const std::string& unit) {
  if (unit == "second") return 1.0 / 86400;
  if (unit == "minute") return 1.0 / 1440;
  if (unit == "hour") return 1.0 / 24;
  if (unit == "day") return 1;
  if (unit == "week") return 7;
  if (unit == "month") return 365.2425 / 12;
  if (unit == "quarter") return 365.2425 / 4;
  if (unit == "year") return 365.2425;
  return 0;
}

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  std::string s = buf;
  if (auto p = s.find("e+"); p != std::string::npos) s.erase(p + 1, 1);
  if (auto p = s.find("e0"); p != std::string::npos) s.erase(p + 1, 1);
  return s;
}

}  // namespace

std::string singular(std::string unit) {
  std::transform(unit.begin(), unit.end(), unit.begin(), [](unsigned char c) { return std::tolower(c); });
  if (unit.size() > 3 && unit.back() == 's' && unit[unit.size() - 2] != 's') unit.pop_back();
  return unit;
}

Aligned align(const Quantity& q) {
  Aligned a;
  a.interval = interval_of(q);
  switch (q.kind) {
    case QuantityKind::date:
    case QuantityKind::daterange:
      a.dimension = "date";
      a.label = "date";
      return a;
    case QuantityKind::percent:
      a.dimension = q.unit == "pp" ? "percent pp" : "percent";
      a.label = q.unit == "pp" ? "percentage points" : "%";
      return a;
    case QuantityKind::duration: {
      const double factor = days_per(singular(q.unit));
      if (factor == 0) {  // an unknown unit stays its own dimension
        a.dimension = "duration " + singular(q.unit);
        a.label = q.unit;
        return a;
      }
      a.dimension = "duration";
      a.label = "duration";
      a.interval = a.interval.scaled(factor);
      return a;
    }
    case QuantityKind::number:
      // "14 inches" and "35.6 cm" compare in metres (claimcheck/measures.h).
      if (const MeasureUnit* m = measure_unit(q.unit)) {
        a.dimension = std::string(m->dimension);
        a.label = a.dimension;
        a.interval = a.interval.scaled(m->factor);
        a.interval.lo += m->offset;  // 108 °F is 42.2 °C
        a.interval.hi += m->offset;
        return a;
      }
      a.dimension = "number " + singular(q.unit);
      a.label = q.unit.empty() ? "no unit" : q.unit;
      a.unit_missing = q.unit.empty();
      return a;
    case QuantityKind::time:  // a clock time or an age is its own dimension
    case QuantityKind::age:
      a.dimension = std::string(to_string(q.kind)) + " " + singular(q.unit);
      a.label = q.kind == QuantityKind::time ? "time of day" : "age";
      return a;
    case QuantityKind::money: break;
  }
  a.currency = q.unit;
  if (q.per == 0) {
    a.dimension = "money";
    a.label = "no rate";
    a.unit_missing = true;
    return a;
  }
  // Token prices are compared per million tokens, everything else per one unit.
  const std::string per_unit = singular(q.per_unit);
  const double reference = per_unit.find("token") != std::string::npos ? 1e6 : 1;
  a.interval = a.interval.scaled(reference / q.per);
  a.dimension = "money per " + number_text(reference) + " " + per_unit;
  a.label = "per " + std::string(reference == 1 ? "" : "million ") + q.per_unit;  // as people write it
  return a;
}

}  // namespace claimcheck::check
