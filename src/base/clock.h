#pragma once
// Wall-clock time, the one place claimcheck reads it (the `ingested_at` of a
// stored document).
#include <string>

namespace claimcheck::base {

// Now in UTC, ISO 8601 to the second: "2026-04-27T09:00:00Z".
std::string utc_now();

}  // namespace claimcheck::base
