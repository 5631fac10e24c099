#pragma once
// A page that corrects itself states the corrected value.  A thread, a
// comment or an erratum often gives a number and later sets it right:
//
//   "Halden 3 is $4 per million output tokens."
//   "Correction: Halden 3 output is $6 per million tokens, not $4."
//
// When a later sentence with a correction cue ("correction", "actually",
// "should be", ", not $4", ...) states another value for the same fact
// (subject, attribute, qualifiers), the earlier values of that fact are no
// claims of the page, and neither is the value the correction names after
// "not".  Mentions (agreement-only attributes) are left alone: their key is
// too loose to say which earlier value a sentence sets right.
#include <vector>

#include "claimcheck/claim.h"

namespace claimcheck::claims {

// `claims` sorted by position in the document.
void drop_corrected(std::vector<Claim>& claims);

}  // namespace claimcheck::claims
