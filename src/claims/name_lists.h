#pragma once
// People named in a list with their ages, as news writes them:
//   "Dan and Fran Keller, 75 and 67"        -> Dan Keller 75, Fran Keller 67
//   "Tom Reyes and Lina Ortiz, 45 and 43"   -> each name in full
//   "Ray, 71, and Ann Dunn, 69"             -> Ray Dunn 71 (the surname written once)
//   "Tom Becker and his wife, Lisa, 27"     -> Lisa Becker 27 (kin named by first name)
// The rules find the list (rules/news/people.json, age.pair_*); these give
// each number its person's name as written, for NewsNames::resolve.
#include <string>
#include <string_view>

namespace claimcheck::claims {

// `pair` is "First and Second Surname" (or "First Last and Second Surname");
// the name the first or the second number belongs to; "" when there is no surname.
std::string name_in_pair(std::string_view pair, bool first);

// `after_value` is the masked text after a first name's number (", and Ann
// Dunn, ⟨number…"); the surname the next name writes, or "".
std::string shared_surname(std::string_view after_value);

// `before_name` is the masked text of the sentence up to a first name
// ("Tom Becker, 29, and his wife, "); the surname of the person whose kin it
// names (the last full name before "his wife", "her son", ...), or "".
std::string kin_surname(std::string_view before_name);

}  // namespace claimcheck::claims
