#pragma once
// A rate written once for a list of prices: "Halvard priced Skiff-4 at $2 and
// Skiff-4 Pro at $8 per million input tokens" prices both per million input
// tokens.  A bare price of one model takes the rate and direction that the
// sentence's later prices, all of other models, share, when they share exactly
// one ("..., while X Mini costs $0.40" after a rated price is left bare).
#include <vector>

#include "claimcheck/claim.h"

namespace claimcheck::claims {

void share_rate(std::vector<Claim>* sentence_claims);

}  // namespace claimcheck::claims
