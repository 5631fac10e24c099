#pragma once
// The cluster reducer (the contract is in claimcheck/keyed.h): keyed claims,
// sorted by key, compared one group at a time as find_conflicts does for a store.
#include <istream>
#include <string>
#include <vector>

#include "check/find.h"
#include "claimcheck/finding.h"
#include "claimcheck/keyed.h"

namespace claimcheck::check {

// for_each_keyed_group + compare_group: the findings of a reducer.
std::vector<Finding> keyed_findings(std::istream& in, const std::string& source, KeyedGroupSummary* summary = nullptr);

// The reducer as `claimcheck conflicts --claims FILE` runs it: the findings of
// the keyed claims in `path` ("-" = stdin) that `filter` accepts, in the order
// find_conflicts gives them for a store.  Throws Error(path, ...) when unreadable.
std::vector<Finding> conflicts_from_keyed(const std::string& path, const Filter& filter);

}  // namespace claimcheck::check
