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
};

// One claim per (value, attribute, subject): the most specific rule wins (more
// qualifiers, then the rule that read more of the sentence, then the earlier
// rule); a mention (an agreement-only attribute) is dropped where another rule
// said what the same value is, and so is a news rule's claim about the story's
// event where another pack's rule gave the value a named subject.  Sorted by
// position, then rule.
std::vector<Claim> keep_best(std::vector<Candidate>&& candidates);

}  // namespace claimcheck::claims
