#pragma once
// Whose value a rule match states (RuleExtractor's subject phase), in order:
//   news pack (news_subjects.h): the person the rule's (?P<who>) names, the
//     story's event for event facts, a listed or full name of the clause, the focus;
//   other packs: the rule's {subject}; a name of the kind that owns the
//     attribute (a model's price, a company's valuation) in the sentence, then
//     in focus; any name of the sentence; the name in focus.
#include "claimcheck/claim.h"
#include "claims/extraction_pass.h"

namespace claimcheck::claims {

// Sets c->subject (and subject_from_focus); false when the match has no
// subject, or is no claim at all (a denied news statement).
bool find_subject(ExtractionPass& pass, const RuleMatch& match, Claim* c);

}  // namespace claimcheck::claims
