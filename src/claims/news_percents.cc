// News percentages tied to what they measure.
#include "claims/news_percents.h"

#include <map>
#include <set>
#include <string>
#include <vector>

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

// "said" -> "say", "supports" -> "support": the verbs polls report, each
// form to its base so two outlets' wordings key one answer.  Other verbs stay
// as written (a guess at a base form would show in reports as "declin").
std::string base_form(const std::string& v) {
  static const std::map<std::string, std::string, std::less<>> forms = [] {
    std::map<std::string, std::string, std::less<>> m;
    const std::vector<std::vector<std::string>> rows = {
        {"say", "says", "said"},        {"be", "is", "are", "was", "were"},
        {"have", "has", "had"},         {"think", "thinks", "thought"},
        {"support", "supports", "supported"}, {"oppose", "opposes", "opposed"},
        {"approve", "approves", "approved"},  {"disapprove", "disapproves", "disapproved"},
        {"favor", "favors", "favored", "favour", "favours", "favoured"}, {"back", "backs", "backed"},
        {"believe", "believes", "believed"},  {"want", "wants", "wanted"},
        {"plan", "plans", "planned"},   {"agree", "agrees", "agreed"},
        {"disagree", "disagrees", "disagreed"}, {"expect", "expects", "expected"},
        {"prefer", "prefers", "preferred"}, {"vote", "votes", "voted"},
        {"hire", "hires", "hired"},     {"report", "reports", "reported"},
        {"worry", "worries", "worried"}, {"trust", "trusts", "trusted"}};
    for (const auto& row : rows)
      for (const auto& form : row) m.emplace(form, row.front());
    return m;
  }();
  auto it = forms.find(v);
  return it == forms.end() ? v : it->second;
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
