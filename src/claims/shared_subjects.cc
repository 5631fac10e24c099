// Facts two models share; see shared_subjects.h.
#include "claims/shared_subjects.h"

#include <algorithm>

#include <re2/re2.h>

namespace claimcheck::claims {

std::vector<std::string> names_sharing(const std::string& masked, const std::vector<Mention>& mentions) {
  // "Both A and B", "A and B both", "A and B each", "A and B share".
  static const RE2 before("(?i)\\bboth \u27e8subj:([0-9]+)\u27e9 and \u27e8subj:([0-9]+)\u27e9");
  static const RE2 after("(?i)\u27e8subj:([0-9]+)\u27e9 and \u27e8subj:([0-9]+)\u27e9 (?:both|each|share)\\b");
  std::size_t a = 0, b = 0;
  if (!RE2::PartialMatch(masked, before, &a, &b) && !RE2::PartialMatch(masked, after, &a, &b)) return {};
  if (a >= mentions.size() || b >= mentions.size() || mentions[a].canonical == mentions[b].canonical) return {};
  return {mentions[a].canonical, mentions[b].canonical};
}

void share_claims(const std::vector<std::string>& names, std::vector<Claim>* claims) {
  if (names.size() < 2) return;
  std::vector<Claim> shared;
  for (const Claim& c : *claims) {
    if (std::find(names.begin(), names.end(), c.subject) == names.end()) continue;
    for (const std::string& other : names) {
      if (other == c.subject) continue;
      const bool told = std::any_of(claims->begin(), claims->end(), [&](const Claim& k) {
        return k.subject == other && k.attribute == c.attribute && k.qualifiers == c.qualifiers;
      });
      if (told) continue;  // the sentence gives the other its own value
      Claim copy = c;
      copy.subject = other;
      copy.id = make_claim_id(copy.doc, copy.begin, copy.end, copy.rule + "@" + other);
      shared.push_back(std::move(copy));
    }
  }
  claims->insert(claims->end(), shared.begin(), shared.end());
}

}  // namespace claimcheck::claims
