#pragma once
// Finding: what conflict detection says about one group of claims.
#include <string>
#include <vector>

#include "claimcheck/claim.h"

namespace claimcheck {

enum class FindingKind : uint8_t {
  conflict,           // the sources state incompatible values
  unit_mismatch,      // same attribute, units that cannot be compared (tokens vs words)
  plan_vs_actual,     // a plan or expectation vs what a later source says happened
  changed_over_time,  // time-varying attribute, values from different as-of dates
  not_comparable,     // e.g. USD vs CNY with no conversion given in the text
  agreement,          // independent sources support the same value
};
enum class Severity : uint8_t { info, warning, error };

const char* to_string(FindingKind);
const char* to_string(Severity);
bool parse_finding_kind(const std::string&, FindingKind&);
bool parse_severity(const std::string&, Severity&);

// How many independent documents back one value of the group.
struct Support {
  std::string value;               // display() of the value
  std::vector<std::string> docs;   // distinct documents, sorted
};

struct Finding {
  FindingKind kind = FindingKind::agreement;
  Severity severity = Severity::info;
  std::string subject, attribute;
  std::map<std::string, std::string> qualifiers;
  std::string explanation;          // one line: "003 says 2026-04-23, 002 says 2026-04-24: one day apart"
  std::vector<Claim> claims;        // side by side, in as-of then document order
  std::vector<Support> support;     // per distinct value
  std::string fingerprint;          // stable across unrelated edits (for baselines, SARIF)
};

}  // namespace claimcheck
