#pragma once
// A rule pattern with its long counted repetitions made open-ended:
// "[^⟨;]{0,100}?" becomes "[^⟨;]{0,}?".  It matches wherever the rule could
// (x{a,b} is part of x{a,}), so where it finds nothing the rule finds nothing.
// The point is speed: RE2's DFA must count each bounded gap in its states, so
// after a name that may start at any capital letter such a rule outgrows the
// DFA's cache and RE2 falls back to its much slower NFA; the open-ended form
// stays a small DFA, and over most sentences rules the rule out at DFA speed
// (RuleSet::may_match, docs/benchmarks.md).
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::rules {

// Repetitions bounded at `min_bound` or more are opened; nullopt when the
// pattern has none (no quick test is worth it then).  Escapes and character
// classes are skipped, so "\{" and "[{]" stay literals.
std::optional<std::string> open_long_repetitions(std::string_view pattern, int min_bound = 10);

}  // namespace claimcheck::rules
