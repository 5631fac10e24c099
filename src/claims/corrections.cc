// Values a page sets right later are not its claims; see corrections.h.
#include "claims/corrections.h"

#include <re2/re2.h>

#include <string>
#include <unordered_map>
#include <vector>

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
  // Earlier claims by fact.  After a correction every earlier value left
  // equals the corrected one ("settled"), so the next correction to that
  // value looks at none of them: a transcript full of "actually" stays linear.
  struct Fact {
    std::vector<std::size_t> earlier;
    bool settled = false;
  };
  std::unordered_map<std::string, Fact> facts;
  std::vector<bool> dropped(claims.size(), false);
  bool any = false;
  auto same_value = [](const Claim& a, const Claim& b) {
    return a.value.value == b.value.value && a.value.unit == b.value.unit;
  };
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& later = claims[i];
    Fact& fact = facts[group_key(later)];
    // A mention (agreement only) has too loose a key to say which earlier value it sets right.
    if (!attribute_info(later.attribute).agreement_only && corrects(later.sentence)) {
      if (rejected_by_not(later)) {
        dropped[i] = any = true;
        continue;
      }
      const bool skip = fact.settled && !fact.earlier.empty() && same_value(claims[fact.earlier.back()], later);
      if (!skip) {
        std::vector<std::size_t> kept;
        for (std::size_t j : fact.earlier) {
          if (claims[j].sentence != later.sentence && !same_value(claims[j], later)) dropped[j] = any = true;
          else kept.push_back(j);
        }
        fact.earlier.swap(kept);
      }
      fact.settled = true;
    } else if (fact.settled && !fact.earlier.empty() && !same_value(claims[fact.earlier.back()], later)) {
      fact.settled = false;
    }
    fact.earlier.push_back(i);
  }
  if (!any) return;
  std::vector<Claim> kept;
  for (std::size_t i = 0; i < claims.size(); ++i)
    if (!dropped[i]) kept.push_back(std::move(claims[i]));
  claims = std::move(kept);
}

}  // namespace claimcheck::claims
