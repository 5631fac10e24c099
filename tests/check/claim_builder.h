#pragma once
// Hand-built claims for the comparison tests: one line per claim, reading like
// the sentence it stands for.
//
//   C("003").day("2026-04-23")                       "released on April 23, 2026"
//   C("002").about("DeepSeek V4-Pro", "parameters").q("scope", "total").num(1.6e12, 2, "parameters")
#include <string>

#include "claimcheck/claim.h"

namespace claimcheck::testing {

class C {
 public:
  explicit C(const std::string& doc, const std::string& subject = "GPT-5.5",
             const std::string& attribute = "release_date") {
    c_.doc = doc.find('/') == std::string::npos ? "corpus/" + doc + "_0123456789abcdef.txt" : doc;
    c_.subject = subject;
    c_.attribute = attribute;
    static std::size_t next = 0;
    c_.begin = next += 10;
    c_.end = c_.begin + 5;
    c_.line = static_cast<int>(c_.begin / 10);
    c_.column = 1;
    c_.rule = "test/rule";
  }
  C& about(const std::string& subject, const std::string& attribute) {
    c_.subject = subject;
    c_.attribute = attribute;
    return *this;
  }
  C& q(const std::string& key, const std::string& value) {
    c_.qualifiers[key] = value;
    return *this;
  }
  C& day(const std::string& iso) {
    int64_t d = 0;
    parse_iso_date(iso, d);
    c_.value.kind = QuantityKind::date;
    c_.value.value = c_.value.min = c_.value.max = static_cast<double>(d);
    c_.value.date_precision = DatePrecision::day;
    return *this;
  }
  // A date of coarser precision; from/to empty = let the precision say.
  C& dates(const std::string& first, const std::string& last, DatePrecision p) {
    int64_t a = 0, b = 0;
    parse_iso_date(first, a);
    c_.value.kind = last.empty() ? QuantityKind::date : QuantityKind::daterange;
    c_.value.value = static_cast<double>(a);
    c_.value.min = c_.value.max = kUnset;
    if (!last.empty() && parse_iso_date(last, b)) {
      c_.value.min = static_cast<double>(a);
      c_.value.max = static_cast<double>(b);
    }
    c_.value.date_precision = p;
    return *this;
  }
  C& num(double v, int digits, const std::string& unit = "") {
    c_.value.kind = QuantityKind::number;
    c_.value.value = v;
    c_.value.digits = digits;
    c_.value.unit = unit;
    return *this;
  }
  C& clock(int hour, int minute) {  // a time of day, in minutes after midnight
    num(hour * 60 + minute, 4);
    c_.value.kind = QuantityKind::time;
    return *this;
  }
  C& pct(double v, int digits, const std::string& unit = "%") {
    num(v, digits, unit);
    c_.value.kind = QuantityKind::percent;
    return *this;
  }
  C& money(double v, int digits, const std::string& currency, double per = 0, const std::string& per_unit = "") {
    num(v, digits, currency);
    c_.value.kind = QuantityKind::money;
    c_.value.per = per;
    c_.value.per_unit = per_unit;
    return *this;
  }
  C& duration(double v, int digits, const std::string& unit) {
    num(v, digits, unit);
    c_.value.kind = QuantityKind::duration;
    return *this;
  }
  C& range(double lo, double hi) {
    c_.value.bound = Bound::range;
    c_.value.min = lo;
    c_.value.max = hi;
    return *this;
  }
  C& bound(Bound b) {
    c_.value.bound = b;
    return *this;
  }
  C& approx() {
    c_.value.approximate = true;
    return *this;
  }
  C& modality(Modality m) {
    c_.modality = m;
    return *this;
  }
  C& as_of(const std::string& iso) {
    c_.as_of = iso;
    return *this;
  }
  C& line(int n) {
    c_.line = n;
    return *this;
  }
  C& at(std::size_t begin) {
    c_.begin = begin;
    c_.end = begin + 5;
    return *this;
  }
  operator Claim() const {
    Claim c = c_;
    c.id = make_claim_id(c.doc, c.begin, c.end, c.rule);
    c.text = display(c.value);
    c.sentence = c.text + ".";
    return c;
  }

 private:
  Claim c_;
};

}  // namespace claimcheck::testing
