#pragma once
// News percentages tied to what they measure (rules/news/rates.json): a rate
// keyed by what it rates ("unemployment"), a share of a group keyed by the
// group and what it says ("voter", "support").  These checks drop matches
// whose key words are no such thing ("the rate", "54% of voters who").
#include "claimcheck/claim.h"

namespace claimcheck::claims {

// Keeps a `rate` claim whose `what` is a content word; false drops it.
bool normalise_rate(Claim& c);

// Keeps a `share_of_group` claim: the group a plural noun, made singular, and
// what it says a verb, as its base form ("said" -> "say").
bool normalise_share(Claim& c);

}  // namespace claimcheck::claims
