// Values as people write them: "$852 billion", "1M tokens", "49B parameters",
// "April 23, 2026", "8:30 a.m.", "more than 400 days".  For reports read by
// people; display() stays the exact short form that JSON and keys use.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include "base/calendar.h"
#include "base/number_format.h"
#include "claimcheck/measures.h"
#include "claimcheck/quantity.h"

namespace claimcheck {
namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

// Up to `sig` significant digits, no trailing zeros: 852, 1.6, 0.28.
std::string plain(double v, int sig = 4) {
  std::string s = base::format_general(v, sig);  // "%.*g"
  if (s.find('e') != std::string::npos) {
    s = base::format_fixed(v, 2);  // "%.2f"
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

// 1600 -> "1,600"; 2.5 -> "2.5".
std::string grouped(double v) {
  if (std::fabs(v) >= 1e15 || v != std::floor(v)) return plain(v, 6);
  std::string digits = std::to_string(static_cast<long long>(std::fabs(v)));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v < 0 ? "-" : "") + out;
}

struct Scale {
  double factor;
  const char* word;    // money: "$852 billion"
  const char* letter;  // counts: "49B parameters"
};
const Scale kScales[] = {{1e12, "trillion", "T"}, {1e9, "billion", "B"}, {1e6, "million", "M"}, {1e3, "thousand", "K"}};

// A magnitude as people write it: words for money, letters for counts.
std::string magnitude(double v, bool words) {
  const double a = std::fabs(v);
  for (const Scale& s : kScales) {
    if (a < s.factor || (s.factor == 1e3 && (words || a < 1e4))) continue;
    return plain(v / s.factor) + (words ? std::string(" ") + s.word : s.letter);
  }
  return grouped(v);
}

std::string money(double v, const std::string& code) {
  const char* symbol = code == "USD" ? "$" : code == "EUR" ? "\xE2\x82\xAC" : code == "GBP" ? "\xC2\xA3"
                     : code == "JPY" ? "\xC2\xA5" : nullptr;
  std::string amount = magnitude(std::fabs(v), true);
  // Cents as people write them: "$3.50", not "$3.5".
  const double cents = std::fabs(v) * 100;
  if (std::fabs(v) < 1e3 && std::fabs(v) != std::floor(std::fabs(v)) && std::fabs(cents - std::round(cents)) < 1e-6) {
    amount = base::format_fixed(std::fabs(v), 2);
  }
  std::string sign = v < 0 ? "-" : "";
  return symbol ? sign + symbol + amount : sign + amount + " " + code;
}

// A length, weight or speed as written ("26,291 feet", "14 inches", "1 mile",
// "17 lbs"), not "26.29K foot": a unit written as a word takes its singular or
// plural, an abbreviation stays as written.
std::string measure_text(const MeasureUnit& m, const std::string& written, double v) {
  std::string lower = written;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool word = lower == m.singular || lower == m.plural;
  return grouped(v) + " " + (word ? std::string(v == 1 ? m.singular : m.plural) : written);
}

std::string one_value(const Quantity& q, double v) {
  switch (q.kind) {
    case QuantityKind::money: return money(v, q.unit);
    case QuantityKind::percent: return plain(v, 6) + (q.unit == "pp" ? " percentage points" : "%");
    case QuantityKind::number:
      if (q.unit == "x") return plain(v, 6) + "x";
      if (const MeasureUnit* m = measure_unit(q.unit); m && std::fabs(v) < 1e6) return measure_text(*m, q.unit, v);
      return magnitude(v, false) + (q.unit.empty() ? "" : " " + q.unit);
    default: {  // duration, age: "12 hours", "1 year"
      std::string unit = q.unit + (v == 1 ? "" : "s");
      return plain(v, 6) + " " + unit;
    }
  }
}

std::string day_text(int64_t days, bool with_year = true) {
  int y = 1970, m = 1, d = 1;
  base::civil_from_days(days, y, m, d);
  std::string s = std::string(kMonths[(m + 11) % 12]) + " " + std::to_string(d);
  return with_year ? s + ", " + std::to_string(y) : s;
}

std::string date_text(const Quantity& q) {
  const int64_t first = static_cast<int64_t>(q.min == q.min ? q.min : q.value);
  const int64_t last = static_cast<int64_t>(q.max == q.max ? q.max : q.value);
  int y = 1970, m = 1, d = 1, y2 = 1970, m2 = 1, d2 = 1;
  base::civil_from_days(first, y, m, d);
  base::civil_from_days(last, y2, m2, d2);
  const std::string month = kMonths[(m + 11) % 12];
  switch (q.date_precision) {
    case DatePrecision::year:
      return y == y2 ? std::to_string(y) : std::to_string(y) + "\xE2\x80\x93" + std::to_string(y2);
    case DatePrecision::half_year: return "H" + std::to_string(m <= 6 ? 1 : 2) + " " + std::to_string(y);
    case DatePrecision::quarter: return "Q" + std::to_string((m - 1) / 3 + 1) + " " + std::to_string(y);
    case DatePrecision::month: return month + " " + std::to_string(y);
    case DatePrecision::part_of_month: {
      const char* part = d <= 1 && d2 <= 10 ? "early " : d >= 21 ? "late " : d >= 11 && d2 <= 20 ? "mid-" : "";
      return part + month + " " + std::to_string(y);
    }
    default:
      if (first == last) return day_text(first);
      if (y == y2 && m == m2) return month + " " + std::to_string(d) + "\xE2\x80\x93" + std::to_string(d2) + ", " + std::to_string(y);
      return day_text(first, y != y2) + " \xE2\x80\x93 " + day_text(last);
  }
}

std::string time_text(const Quantity& q) {
  const int minutes = static_cast<int>(q.value);
  const int h = minutes / 60 % 24, mm = minutes % 60;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d:%02d %s", h % 12 == 0 ? 12 : h % 12, mm, h < 12 ? "a.m." : "p.m.");
  return std::string(buf) + (q.unit.empty() ? "" : " " + q.unit);
}

const char* bound_words(Bound b) {
  switch (b) {
    case Bound::at_least: return "at least ";
    case Bound::more_than: return "more than ";
    case Bound::at_most: return "up to ";
    case Bound::less_than: return "less than ";
    default: return "";
  }
}

std::string rate_text(const Quantity& q) {
  if (q.per == 0) return "";
  if (q.per == 1) return " per " + q.per_unit;
  for (const Scale& s : kScales)
    if (q.per == s.factor) return std::string(" per ") + s.word + " " + q.per_unit;
  return " per " + grouped(q.per) + " " + q.per_unit;
}

}  // namespace

std::string display_text(const Quantity& q) {
  if (q.is_date()) return date_text(q);
  std::string s = q.approximate ? "about " : "";
  if (q.kind == QuantityKind::time) return s + bound_words(q.bound) + time_text(q);
  if (q.bound == Bound::range && q.min == q.min && q.max == q.max) {
    std::string hi = one_value(q, q.max);
    if (q.kind == QuantityKind::money || q.kind == QuantityKind::number) {
      s += one_value(q, q.min) + "\xE2\x80\x93" + hi;  // "$2 billion–$3 billion"
    } else {
      s += plain(q.min, 6) + "\xE2\x80\x93" + hi;  // "6–12 months", "10–20%"
    }
  } else {
    s += bound_words(q.bound) + one_value(q, q.value);
  }
  if (q.kind == QuantityKind::age) s += " old";
  return s + rate_text(q);
}

}  // namespace claimcheck
