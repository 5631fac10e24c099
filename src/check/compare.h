#pragma once
// Conflict detection on one (subject, attribute): a pure function from claims
// to findings.  Nothing here touches the store; find.h feeds it from there.
//
// Rules (docs/conflicts.md has them with examples):
//  1. Claims are grouped by their full key: different qualifiers (input vs
//     output price, total vs active parameters) are different facts and never
//     conflict.
//  2. Values are compared as intervals at the precision the text gave
//     (interval.h) after alignment (align.h).  Overlap = agreement.
//  3. Different dimensions in one group (tokens vs words, % vs pp) are a
//     unit_mismatch.  Money in different currencies is not_comparable unless a
//     document gives both in one sentence ("$30 (~216 RMB)"): that pair is
//     the conversion, and the whole group is then compared in one currency.
//  4. Plans and estimates (Modality::plan, estimate) are not contradicted by
//     what happened: plan_vs_actual.  A group with only plans compares them
//     with each other as usual.
//  5. Time-varying attributes (is_time_varying) conflict only between claims
//     with the same known as-of date; otherwise differing values are
//     changed_over_time, shown in as-of order, unknown as-of dates said so.
//  6. A value that two or more distinct documents support is an agreement;
//     one document repeating itself counts once and is not an agreement.
//
// Severity: conflict = error, unit_mismatch = warning, every other kind = info.
//
// Example:
//   003: GPT-5.5 release_date 2026-04-23, 002: GPT-5.5 release_date 2026-04-24
//   -> conflict, error, "003 says 2026-04-23, 002 says 2026-04-24: one day apart"
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "check/interval.h"
#include "claimcheck/claim.h"
#include "claimcheck/finding.h"

namespace claimcheck::check {

Severity severity_of(FindingKind kind);

// The conventions of an attribute (rules/attributes.json) applied to a claim's
// interval: binary thousands for token counts (256K = 256,000 or 262,144),
// the attribute's relative tolerance.
void widen_by_convention(const Claim& c, Interval* interval);

// valuation, price, users, funding, revenue, profit, share_price, market_share,
// growth, employees, stock_change: values that legitimately change over time.
bool is_time_varying(const std::string& attribute);

// Findings for the claims of one (subject, attribute), any qualifiers; claims
// of other keys are grouped separately.  Deterministic: findings come in key
// order, then in FindingKind order; claims inside a finding in as-of, then
// document, then position order.
std::vector<Finding> compare_group(const std::vector<Claim>& claims);
// The same, taking the claims: each goes into its last finding without a copy.
std::vector<Finding> compare_group(std::vector<Claim>&& claims);

// Stable identity of a finding: a hash of kind, subject, attribute,
// qualifiers and the sorted set of distinct values (never lines or offsets),
// so an unrelated edit to an article does not change it.  16 hex digits.
std::string fingerprint(const Finding& finding);

// The hash behind every finding fingerprint (this one and the gate's): `salt`,
// kind, subject, attribute and qualifiers, then each of `parts` after
// `separator`; 16 hex digits.  The bytes hashed never change, so fingerprints
// stored in baselines stay valid.
std::string fingerprint_from(const Finding& finding, std::string_view salt, char separator,
                             const std::set<std::string>& parts);

}  // namespace claimcheck::check
