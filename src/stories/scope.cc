// Event claims carry their story as a qualifier (scope.h).
#include "stories/scope.h"

#include "claimcheck/attributes.h"

namespace claimcheck::stories {

bool is_event_claim(const Claim& claim) { return attribute_info(claim.attribute).event; }

void scope_to_story(std::vector<Claim>& claims, const std::string& story) {
  for (Claim& c : claims) {
    if (!is_event_claim(c)) continue;
    if (story.empty()) c.qualifiers.erase(kStoryQualifier);
    else c.qualifiers[kStoryQualifier] = story;
  }
}

std::string_view story_of(const Claim& claim) {
  auto it = claim.qualifiers.find(kStoryQualifier);
  return it == claim.qualifiers.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace claimcheck::stories
