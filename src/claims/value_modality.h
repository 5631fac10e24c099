#pragma once
// The modality one value of a sentence is told in.  The sentence's cue words
// (rules/modality.json) decide it, but a plan cue ("will", "is going to")
// speaks only for its own clause:
//
//   "It is going to every user this week: the app has 45 million users."   -> stated
//   "... the app, which has 40 million users and will get the model soon." -> stated
//   "The company will charge $5 per million tokens."                       -> plan
//
// The value's clause begins after the last ';', ':' or dash before it and
// ends at the first ';', ':', '.', " and " or " but " after it.  Weak modals
// ("could", "may": rules/modality.json, "reach": "segment") speak only for the
// stretch between the commas around them:
//
//   "In the days buyers could shop, stores made $3 million."             -> stated
//
// Hearsay ("is said to") is such a weak cue too; other rumour cues
// ("rumoured", "leaked") speak for the whole sentence.
#include <cstddef>
#include <string_view>

#include "claimcheck/claim.h"
#include "rules/rule_set.h"

namespace claimcheck::claims {

// `masked` is the masked sentence, [value_begin, value_end) the value's placeholder.
Modality value_modality(const rules::RuleSet& rules, std::string_view masked, std::size_t value_begin,
                        std::size_t value_end, Modality of_sentence);

}  // namespace claimcheck::claims
