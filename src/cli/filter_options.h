#pragma once
// The finding filters shared by `conflicts`, `report` and `scan`: --kind,
// --min-severity, --subject, --attribute, turned into a check::Filter.
#include <string>
#include <vector>

#include "check/find.h"

namespace claimcheck::cli {

// Throws claimcheck::Error naming the option for an unknown kind or severity.
check::Filter make_filter(const std::vector<std::string>& kinds, const std::string& min_severity,
                          const std::string& subject = "", const std::string& attribute = "");

}  // namespace claimcheck::cli
