#pragma once
// Helpers shared by the value-layer tests: one line per quantity, as the case
// files under tests/data/values/ write them.
#include <string>

#include "claimcheck/quantity.h"
#include "text/document.h"
#include "values/recognizer.h"

namespace values_test {

inline std::string describe(const claimcheck::Quantity& q) {
  std::string s = std::string(claimcheck::to_string(q.kind)) + " " + claimcheck::display(q);
  if (q.is_date()) s += std::string(" ") + claimcheck::to_string(q.date_precision);
  // A clock time on a given day ("tomorrow at 8pm") carries the day in min.
  if (q.kind == claimcheck::QuantityKind::time && q.date_precision == claimcheck::DatePrecision::day)
    s += " on " + claimcheck::iso_date(static_cast<int64_t>(q.min));
  if (q.inferred) s += " inferred";
  return s;
}

// `spans`: each quantity also shows its surface text in quotes ("number 192 \"192\"").
inline std::string describe_all(const std::string& sentence, const claimcheck::values::ValueOptions& options,
                                bool spans = false) {
  claimcheck::text::Document doc = claimcheck::text::make_document("case", sentence);
  std::string out;
  for (const auto& m : claimcheck::values::find_quantities(doc, options)) {
    if (!out.empty()) out += " ; ";
    out += describe(m.quantity);
    if (spans) out += " \"" + m.quantity.text + "\"";
  }
  return out.empty() ? "-" : out;
}

inline std::string normalise_expected(std::string e) {
  while (!e.empty() && (e.back() == ' ' || e.back() == '\r')) e.pop_back();
  return e;
}

}  // namespace values_test
