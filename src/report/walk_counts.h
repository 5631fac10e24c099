#pragma once
// The store's counts for a report's summary (claims, subjects, attributes),
// taken from the groups the report walks anyway: Store::stats would scan the
// whole `index` family a second time for them.  The groups come in key order,
// so a subject's groups are contiguous and a change of subject is a new one.
// Counts what Store::stats counts: one claim per index entry.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "claimcheck/claim.h"
#include "claimcheck/document.h"

namespace claimcheck::report {

class WalkCounts {
 public:
  void add(const std::vector<Claim>& group);
  // Stats as Store::stats gives them, with `documents` counted elsewhere
  // (bytes_on_disk stays 0: the summary does not show it).
  Stats stats(uint64_t documents) const;

 private:
  uint64_t claims_ = 0, subjects_ = 0;
  std::string last_subject_;
  bool any_ = false;
  std::set<std::string> attributes_;
};

}  // namespace claimcheck::report
