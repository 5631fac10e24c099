#pragma once
// API model ids of models a page never names in prose.  A router changelog or
// a price list often names a model only by its id ("`northwind/atlas-2-lite`
// ($0.10 / $0.40)"): the id is then the name its values belong to, not the
// model named a few lines above.  Ids of models the page does name are
// resolved to that name earlier (SubjectFinder::add_id_mentions); the rest
// become model mentions named by the id itself, without the vendor:
//
//   "Added `lumora/vega-4-flash` at $0.35 input"  -> mention "vega-4-flash" (kind model)
//
// written the way the page writes the model's siblings, when it names one in
// prose: beside "Vega-4 Pro" the id is "Vega-4 Flash" (the family as written,
// then its edition words), so it meets other pages' "Vega-4 Flash".
//
// Only "vendor/slug" ids count, with a letter in the vendor and a digit in the
// slug: not "24/7", "and/or", a date or a path; and a lower-case slug with no
// vendor ("vega-4-turbo") that spells an edition of a model the page names.
#include <string_view>
#include <vector>

#include "claims/subjects.h"

namespace claimcheck::claims {

// Adds a mention for each such id not inside another mention; keeps `mentions` in text order.
void add_unnamed_id_mentions(std::string_view text, std::vector<Mention>* mentions);

}  // namespace claimcheck::claims
