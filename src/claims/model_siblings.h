#pragma once
// Other versions of a model the text names.  A launch post compares the new
// model with the one before it: "up from 68.9% for K2.5", "Q6, which had 900B
// total".  Once "Kimi K2.6" or "Q7" is a name, the same family word with
// another version number is a name too (of the other version), so its numbers
// are not given to the model in focus:
//
//   "Kimi K2.6 ... K2.5 scored 68.9%"  -> mention "Kimi K2.5" (kind model) at "K2.5"
//
// The family word is what comes before the version in the name ("K", "Q",
// "GPT-", "Opus "); a version followed by a year ("Q3 2026") is a quarter.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claims/subjects.h"

namespace claimcheck::claims {

// Adds a mention for each other version not inside another mention; keeps `mentions` in text order.
void add_sibling_mentions(std::string_view text, std::vector<Mention>* mentions);

// The brand a line of models is written with, learnt from listed names whose
// alias drops it ("Claude Opus 4.7" alias "Opus 4.7": "Opus " -> "Claude ").
// Line words shorter than four letters ("K", "V") are left out: one letter
// names too many vendors' lines.
using FamilyHeads = std::map<std::string, std::string, std::less<>>;
void learn_family_head(const std::string& canonical, const std::string& alias, FamilyHeads* heads);

// An unlisted name written without its brand ("Sonnet 4.7") is the branded
// name ("Claude Sonnet 4.7") when the text or the gazetteer writes that line
// with a brand, so pages that write it either way tell of one model.  Only a
// listed product or company counts as a brand in the text ("Meet Sonar 2" in
// a title is no brand of Sonar).
void complete_family_heads(const FamilyHeads& gazetteer, const std::function<bool(std::string_view)>& is_brand,
                           std::vector<Mention>* mentions);

}  // namespace claimcheck::claims
