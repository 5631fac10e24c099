// People named in a list with their ages; see name_lists.h.
#include "claims/name_lists.h"

#include <re2/re2.h>

#include "rules/placeholder.h"

namespace claimcheck::claims {

std::string name_in_pair(std::string_view pair, bool first) {
  const std::size_t and_at = pair.find(" and ");
  if (and_at == std::string_view::npos) return {};
  const std::string_view one = pair.substr(0, and_at), two = pair.substr(and_at + 5);
  const std::size_t surname = two.rfind(' ');
  if (surname == std::string_view::npos) return {};
  if (!first) return std::string(two);
  if (one.find(' ') != std::string_view::npos) return std::string(one);  // named in full
  return std::string(one) + std::string(two.substr(surname));
}

std::string shared_surname(std::string_view after_value) {
  static const RE2 next_name("^, and [A-Z][a-z]+ ([A-Z][a-z'-]+), " + std::string(rules::kOpen) + "number");
  std::string surname;
  if (!RE2::PartialMatch(after_value, next_name, &surname)) return {};
  return surname;
}

std::string kin_surname(std::string_view before_name) {
  // Greedy ".*" first: the possessor is the full name nearest the kin word.
  static const RE2 kin(
      "^.*\\b[A-Z][a-z]+ ([A-Z][a-z'-]+)\\b[^.;]*?\\b(?:his|her|their) (?:wife|husband|son|daughter|brother|"
      "sister|mother|father|partner|fianc\u00e9e?|fiancee?|grandson|granddaughter|nephew|niece|stepson|"
      "stepdaughter|twin|baby|toddler|child),? $");
  std::string surname;
  if (!RE2::PartialMatch(before_name, kin, &surname)) return {};
  return surname;
}

}  // namespace claimcheck::claims
