// Names of the core enums, as they appear in JSON, the CLI and the reports.
#include <string>

#include "claimcheck/claim.h"
#include "claimcheck/finding.h"
#include "claimcheck/quantity.h"

namespace claimcheck {
namespace {

template <typename E, std::size_t N>
bool parse_enum(const char* const (&names)[N], const std::string& s, E& out) {
  for (std::size_t i = 0; i < N; ++i) {
    if (s == names[i]) {
      out = static_cast<E>(i);
      return true;
    }
  }
  return false;
}

const char* const kKinds[] = {"number", "percent", "money", "date", "daterange", "duration", "time", "age"};
const char* const kBounds[] = {"exact", "at_least", "more_than", "at_most", "less_than", "range"};
const char* const kPrecisions[] = {"none", "day", "part_of_month", "month", "quarter", "half_year", "year"};
const char* const kModalities[] = {"stated", "plan", "reported", "estimate", "rumour"};
const char* const kFindingKinds[] = {"conflict", "unit_mismatch", "plan_vs_actual",
                                     "changed_over_time", "not_comparable", "agreement"};
const char* const kSeverities[] = {"info", "warning", "error"};

}  // namespace

const char* to_string(QuantityKind k) { return kKinds[static_cast<int>(k)]; }
const char* to_string(Bound b) { return kBounds[static_cast<int>(b)]; }
const char* to_string(DatePrecision p) { return kPrecisions[static_cast<int>(p)]; }
const char* to_string(Modality m) { return kModalities[static_cast<int>(m)]; }
const char* to_string(FindingKind k) { return kFindingKinds[static_cast<int>(k)]; }
const char* to_string(Severity s) { return kSeverities[static_cast<int>(s)]; }

bool parse_kind(const std::string& s, QuantityKind& k) { return parse_enum(kKinds, s, k); }
bool parse_bound(const std::string& s, Bound& b) { return parse_enum(kBounds, s, b); }
bool parse_date_precision(const std::string& s, DatePrecision& p) { return parse_enum(kPrecisions, s, p); }
bool parse_modality(const std::string& s, Modality& m) { return parse_enum(kModalities, s, m); }
bool parse_finding_kind(const std::string& s, FindingKind& k) { return parse_enum(kFindingKinds, s, k); }
bool parse_severity(const std::string& s, Severity& v) { return parse_enum(kSeverities, s, v); }

}  // namespace claimcheck
