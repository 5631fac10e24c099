#pragma once
// The claims a sentence's rules produced, before de-duplication.
#include <cstddef>
#include <vector>

#include "claimcheck/claim.h"

namespace claimcheck::claims {

struct Candidate {
  Claim claim;
  std::size_t value_key;     // quantity index, or a large number for anchored values
  std::size_t rule_index;
  std::size_t match_length;  // bytes of masked text the rule read
  bool subject_written = false;  // the rule's pattern read the subject ("{number} {subject}")
};

// One claim per (value, attribute, subject): the most specific rule wins (more
// qualifiers, then the rule that read more of the sentence, then the earlier
// rule); a mention (an agreement-only attribute) is dropped where another rule
// said what the same value is, and so is a news rule's claim about the story's
// event where another pack's rule gave the value a named subject, and a claim
// whose subject was the name nearest the value where a rule read the value's
// owner in its pattern ("A arrived in April, and the 16B-parameter B in May":
// 16B is B's, not A's).  Sorted by
// position, then rule.
std::vector<Claim> keep_best(std::vector<Candidate>&& candidates);

}  // namespace claimcheck::claims
