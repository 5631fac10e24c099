// De-duplicating a sentence's candidate claims; see candidates.h.
#include "claims/candidates.h"

#include <algorithm>
#include <cstdint>
#include <tuple>

#include "claimcheck/attributes.h"

namespace claimcheck::claims {

std::vector<Claim> keep_best(std::vector<Candidate>&& candidates) {
  std::vector<bool> keep(candidates.size(), true);
  for (std::size_t a = 0; a < candidates.size(); ++a)
    for (std::size_t b = 0; b < candidates.size(); ++b) {
      if (a == b || !keep[a] || !keep[b]) continue;
      const Claim& x = candidates[a].claim;
      const Claim& y = candidates[b].claim;
      if (candidates[a].value_key != candidates[b].value_key || x.attribute != y.attribute || x.subject != y.subject)
        continue;
      auto rank = [&](const Candidate& k) {
        return std::make_tuple(k.claim.qualifiers.size(), k.match_length, SIZE_MAX - k.rule_index);
      };
      bool b_better = rank(candidates[b]) > rank(candidates[a]);
      keep[b_better ? a : b] = false;
    }
  // A mention (an agreement-only attribute: a date or amount a story names)
  // adds nothing where a rule already said what the value is; nor does a
  // fallback fact (a count keyed by its noun and verb) where a rule of its
  // own named the fact.  A fallback and a mention of one value stand together:
  // the mention corroborates by its looser key, the fallback may disagree.
  std::vector<bool> names_fact(candidates.size());
  for (std::size_t a = 0; a < candidates.size(); ++a) {
    const AttributeInfo& info = attribute_info(candidates[a].claim.attribute);
    names_fact[a] = !info.agreement_only && !info.fallback;
  }
  for (std::size_t a = 0; a < candidates.size(); ++a) {
    if (!keep[a] || names_fact[a]) continue;
    for (std::size_t b = 0; b < candidates.size(); ++b)
      if (b != a && keep[b] && names_fact[b] && candidates[b].value_key == candidates[a].value_key) {
        keep[a] = false;
        break;
      }
  }
  // A value whose owner a rule read in its pattern is not also the nearest other name's.
  for (std::size_t a = 0; a < candidates.size(); ++a) {
    if (!keep[a] || candidates[a].subject_written) continue;
    for (std::size_t b = 0; b < candidates.size(); ++b)
      if (b != a && keep[b] && candidates[b].subject_written && candidates[b].value_key == candidates[a].value_key &&
          candidates[b].claim.attribute == candidates[a].claim.attribute &&
          candidates[b].claim.subject != candidates[a].claim.subject) {
        keep[a] = false;
        break;
      }
  }
  // A story's event told a value a named subject's rule read too ("GPT-5.5
  // costs $30 per million"): the value is the subject's, not the event's.
  auto news = [](const Claim& c) { return c.rule.rfind("news/", 0) == 0; };
  for (std::size_t a = 0; a < candidates.size(); ++a) {
    if (!keep[a] || !news(candidates[a].claim) || candidates[a].claim.subject != kEventSubject) continue;
    for (std::size_t b = 0; b < candidates.size(); ++b)
      if (b != a && keep[b] && candidates[b].value_key == candidates[a].value_key && !news(candidates[b].claim)) {
        keep[a] = false;
        break;
      }
  }
  // An age given to a role ("a 20-year-old swimmer") where a rule gave the
  // same value to the person named beside it ("Tom Reyes - a 20-year-old
  // swimmer") is that person's.
  for (std::size_t a = 0; a < candidates.size(); ++a) {
    const Claim& role = candidates[a].claim;
    if (!keep[a] || role.attribute != "age" || role.subject != kEventSubject) continue;
    for (std::size_t b = 0; b < candidates.size(); ++b)
      if (b != a && keep[b] && candidates[b].value_key == candidates[a].value_key &&
          candidates[b].claim.attribute == "age" && candidates[b].claim.subject != kEventSubject) {
        keep[a] = false;
        break;
      }
  }
  std::vector<Claim> kept;
  for (std::size_t k = 0; k < candidates.size(); ++k)
    if (keep[k]) kept.push_back(std::move(candidates[k].claim));
  std::sort(kept.begin(), kept.end(),
            [](const Claim& a, const Claim& b) { return a.begin != b.begin ? a.begin < b.begin : a.rule < b.rule; });
  return kept;
}

}  // namespace claimcheck::claims
