#pragma once
// Facts two models share: "Orca-3 and Skiff-4 both default to a 1M-token
// context window", "Both Orca-3 and Orca-3 Mini cost $2 per million input
// tokens".  The sentence's claims about one of them hold for the other too.
// Only when the text says so ("both", "each", "share"): otherwise two names
// joined by "and" are two subjects, and a value goes to one of them.
#include <string>
#include <vector>

#include "claimcheck/claim.h"
#include "claims/subjects.h"

namespace claimcheck::claims {

// The canonical names a masked sentence says share its facts ("" pairs none).
std::vector<std::string> names_sharing(const std::string& masked, const std::vector<Mention>& mentions);

// For each claim about one of `names`, the same claim about each other one
// (its own id), appended to `claims`.
void share_claims(const std::vector<std::string>& names, std::vector<Claim>* claims);

}  // namespace claimcheck::claims
