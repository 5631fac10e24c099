// News percentages tied to what they measure.
#include "claims/news_percents.h"

#include <set>
#include <string>

namespace claimcheck::claims {

namespace {

const std::set<std::string, std::less<>>& function_words() {
  static const std::set<std::string, std::less<>> words = {
      "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "same", "new",
      "current", "overall", "average", "annual", "which", "who", "whom", "whose", "and", "or", "but", "of", "in",
      "on", "at", "to", "for", "with", "by", "from", "as", "than", "were", "was", "are", "is", "be", "been",
      "all", "some", "any", "each", "them", "it", "there", "here", "had", "has", "have", "not", "no", "also"};
  return words;
}

// "voters" -> "voter", "respondents" -> "respondent", "people" stays.
bool plural_group(std::string& g) {
  static const std::set<std::string, std::less<>> irregular = {"people", "children", "men", "women", "staff"};
  if (irregular.count(g)) return true;
  if (g.size() < 4 || g.back() != 's' || g[g.size() - 2] == 's') return false;
  if (g.size() > 4 && g.compare(g.size() - 3, 3, "ies") == 0) g.replace(g.size() - 3, 3, "y");
  else g.pop_back();
  return true;
}

// "said" -> "say", "supports" -> "support", "backed" -> "back"; "be"/"have"
// for their forms.  Not a lemmatiser: enough to key "said" and "say" as one.
std::string base_form(std::string v) {
  static const std::set<std::string, std::less<>> be = {"is", "are", "was", "were"};
  static const std::set<std::string, std::less<>> have = {"has", "have", "had"};
  if (be.count(v)) return "be";
  if (have.count(v)) return "have";
  if (v == "said" || v == "says") return "say";
  if (v == "thought" || v == "thinks") return "think";
  if (v.size() > 5 && v.compare(v.size() - 3, 3, "ied") == 0) return v.substr(0, v.size() - 3) + "y";
  if (v.size() > 4 && v.compare(v.size() - 2, 2, "ed") == 0) {
    v.resize(v.size() - 2);
    if (v.back() == 'v' || v.back() == 'u' || v.back() == 'c') v += 'e';  // believed, argued, reduced
    return v;
  }
  if (v.size() > 3 && v.back() == 's' && v[v.size() - 2] != 's') v.pop_back();
  return v;
}

}  // namespace

bool normalise_rate(Claim& c) {
  if (c.value.kind != QuantityKind::percent) return false;
  auto it = c.qualifiers.find("what");
  return it != c.qualifiers.end() && it->second.size() >= 3 && !function_words().count(it->second);
}

bool normalise_share(Claim& c) {
  if (c.value.kind != QuantityKind::percent || c.value.value <= 0 || c.value.value > 100) return false;
  auto group = c.qualifiers.find("group");
  auto says = c.qualifiers.find("says");
  if (group == c.qualifiers.end() || says == c.qualifiers.end()) return false;
  // "54% of voters were ..." and "had ..." say something; "of voters who" does not yet.
  static const std::set<std::string, std::less<>> verbs_among_function_words = {"were", "are", "had", "have"};
  if (function_words().count(group->second)) return false;
  if (function_words().count(says->second) && !verbs_among_function_words.count(says->second)) return false;
  if (!plural_group(group->second)) return false;
  says->second = base_form(says->second);
  return true;
}

}  // namespace claimcheck::claims
