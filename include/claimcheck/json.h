#pragma once
// The JSON form of the three core types, in one place (src/model/json.cc).
// Used by `extract --format jsonl`, the store's values, export/import and the
// JSON/SARIF reports.  Field names are documented in docs/report-schema.md.
#include <nlohmann/json.hpp>

#include "claimcheck/claim.h"
#include "claimcheck/finding.h"
#include "claimcheck/quantity.h"

namespace claimcheck {

void to_json(nlohmann::json&, const Quantity&);
void from_json(const nlohmann::json&, Quantity&);
void to_json(nlohmann::json&, const Claim&);
void from_json(const nlohmann::json&, Claim&);
void to_json(nlohmann::json&, const Support&);
void to_json(nlohmann::json&, const Finding&);
void from_json(const nlohmann::json&, Finding&);

}  // namespace claimcheck
