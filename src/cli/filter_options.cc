#include "cli/filter_options.h"

#include "claimcheck/error.h"

namespace claimcheck::cli {

check::Filter make_filter(const std::vector<std::string>& kinds, const std::string& min_severity,
                          const std::string& subject, const std::string& attribute) {
  check::Filter filter;
  for (const auto& k : kinds) {
    FindingKind kind;
    if (!parse_finding_kind(k, kind))
      throw Error("--kind", "unknown finding kind '" + k +
                                "' (conflict, unit_mismatch, plan_vs_actual, changed_over_time, not_comparable, agreement)");
    filter.kinds.push_back(kind);
  }
  if (!parse_severity(min_severity, filter.min_severity))
    throw Error("--min-severity", "unknown severity '" + min_severity + "' (info, warning, error)");
  filter.subject = subject;
  filter.attribute = attribute;
  return filter;
}

}  // namespace claimcheck::cli
