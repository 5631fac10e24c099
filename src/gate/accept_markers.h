#pragma once
// In-article accept markers: a reviewer accepts one finding where it is made,
// so the acceptance travels with the article (and is reviewed with it).
//
//   Markdown / HTML:  <!-- claimcheck: accept 3f9c1e0a7b2d4c55 -->
//   any text:         claimcheck-accept: 3f9c1e0a7b2d4c55
//
// The hex string is the finding's fingerprint, printed at the end of every
// line of `claimcheck check` ("[fingerprint 3f9c1e0a7b2d4c55]").  A marker
// accepts that finding for this article wherever it stands in the file; by
// convention it goes on the line or paragraph that makes the claim.  Several
// fingerprints may follow one marker, separated by spaces or commas.
#include <set>
#include <string>
#include <string_view>

namespace claimcheck::gate {

// Every fingerprint named by an accept marker in `original` (the raw file).
std::set<std::string> accept_markers(std::string_view original);

}  // namespace claimcheck::gate
