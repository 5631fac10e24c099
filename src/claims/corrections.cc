// Values a page sets right later are not its claims; see corrections.h.
#include "claims/corrections.h"

#include <re2/re2.h>

#include <set>
#include <string>

#include "claimcheck/attributes.h"

namespace claimcheck::claims {
namespace {

bool corrects(const std::string& sentence) {
  static const RE2 cue(
      "(?i)\\b(?:correction|corrected|actually|should (?:be|read|say)|"
      "(?:is|was|were|are) (?:wrong|incorrect|mistaken)|typo|erratum)\\b|, not [$\\x{20AC}\\x{00A3}]?[0-9]");
  return RE2::PartialMatch(sentence, cue);
}

// "..., not $4": the value the correction rejects.
bool rejected_by_not(const Claim& c) {
  const std::size_t at = c.sentence.find(c.text);
  if (at == std::string::npos || at < 4) return false;
  return c.sentence.compare(at - 4, 4, "not ") == 0;
}

}  // namespace

void drop_corrected(std::vector<Claim>& claims) {
  std::set<std::size_t> dropped;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& later = claims[i];
    // A mention (agreement only) has too loose a key to say which earlier value it sets right.
    if (attribute_info(later.attribute).agreement_only || !corrects(later.sentence)) continue;
    if (rejected_by_not(later)) {
      dropped.insert(i);
      continue;
    }
    const std::string key = group_key(later);
    for (std::size_t j = 0; j < i; ++j) {
      const Claim& earlier = claims[j];
      if (earlier.sentence == later.sentence || group_key(earlier) != key) continue;
      if (earlier.value.value != later.value.value || earlier.value.unit != later.value.unit) dropped.insert(j);
    }
  }
  if (dropped.empty()) return;
  std::vector<Claim> kept;
  kept.reserve(claims.size() - dropped.size());
  for (std::size_t i = 0; i < claims.size(); ++i)
    if (!dropped.count(i)) kept.push_back(std::move(claims[i]));
  claims = std::move(kept);
}

}  // namespace claimcheck::claims
