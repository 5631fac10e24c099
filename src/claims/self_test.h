#pragma once
// The rules' own corpus: every rule's examples must produce the claims they
// list (and the rule must fire), every counter-example must get no claim from
// the rule.  `claimcheck rules test` prints the failures and "N passed, M failed".
//
// An expected claim lists the fields to check, for instance
//   {"subject": "GPT-5.5", "attribute": "price", "qualifiers": {"direction": "input"},
//    "value": "5 USD per 1e6 tokens"}
// "value" is a number (compared with the Quantity's value), an ISO date, or
// the display() form; "qualifiers", when given, must match exactly.
#include <string>
#include <vector>

#include "claims/rule_extractor.h"

namespace claimcheck::claims {

struct SelfTestFailure {
  std::string rule;     // rule id
  std::string where;    // file:line of the rule
  std::string message;  // what was expected and what came out
};

struct SelfTestResult {
  int passed = 0, failed = 0;  // examples and counter-examples
  std::vector<SelfTestFailure> failures;
};

SelfTestResult run_self_test(const RuleExtractor& extractor);

// Whether `claim` satisfies the expectation `spec` (the fields it lists).
bool claim_matches(const Claim& claim, const nlohmann::json& spec);

}  // namespace claimcheck::claims
