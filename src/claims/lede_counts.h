#pragma once
// A count only its noun keys, told once in an article's lede, as a fact.
//
// News states its event's figures in the first sentences, often in words no
// rule names: "stranding some 48,000 passengers", "312 passengers and 46 crew
// have fallen ill".  Such a count is a mention (attribute `count`, keyed by its
// noun), which only agrees.  When it is the document's only count of that noun
// and stands in the lede, it is also claimed as `lede_count` (same noun, same
// value), which two outlets of one story can contradict:
//
//   A: "... stranding some 48,000 passengers."     -> lede_count noun=passenger ~48000
//   B: "Around 84,000 passengers were affected."   -> lede_count noun=passenger ~84000
//
// Not for a noun the document counts twice ("2,870 passengers ... 312
// passengers fell ill"), a unit of measure ("112 mm"), a generic noun
// ("people", "years"), or a value another rule already names.
//
// The same holds for the one clock time a lede tells when no rule names the
// event it dates ("went down just 3.7 miles off Harsk at 10.40pm"): it is the
// time of the story's event, claimed as `event_time` event=occurred (rule
// "news/lede_time"), and meets another outlet's "capsized at about 11:40 p.m.".  Not a page's "Published: ... 9:15 AM", a live
// blog's timestamps, a time someone said something at, or a document that
// tells two times or names an event's time with a rule.
#include <vector>

#include "claimcheck/claim.h"

namespace claimcheck::claims {

// `claims`: one document's claims, sorted by position.  Appends the lede counts
// and the lede time.
void add_lede_counts(std::vector<Claim>& claims);

}  // namespace claimcheck::claims
