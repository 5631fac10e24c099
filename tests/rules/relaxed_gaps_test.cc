// The quick superset test of a rule with long counted gaps (relaxed_gaps.h).
#include <catch2/catch.hpp>

#include "rules/relaxed_gaps.h"

using namespace claimcheck::rules;

TEST_CASE("long counted repetitions are opened, short ones and literals kept", "[rules]") {
  CHECK(open_long_repetitions("a[^;]{0,100}?b").value() == "a[^;]{0,}?b");
  CHECK(open_long_repetitions("a(?: [a-z]+){0,3}b x{2,40}").value() == "a(?: [a-z]+){0,3}b x{2,}");
  CHECK_FALSE(open_long_repetitions("a(?: [a-z]+){0,3}b").has_value());
  CHECK_FALSE(open_long_repetitions("a\\{0,40}b").has_value());    // an escaped brace is a literal
  CHECK_FALSE(open_long_repetitions("a[{0,40}]b").has_value());    // so is a brace in a class
  CHECK_FALSE(open_long_repetitions("a[]{0,40}]b").has_value());   // ']' first in a class is a member
  CHECK(open_long_repetitions("[\\]]{0,12}").value() == "[\\]]{0,}");
}

// That RuleSet::may_match() never rules out a rule whose regex matches is
// checked through candidates() over every example, masked, in rule_set_test.cc.
