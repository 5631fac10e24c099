// Event claims carry their story as a qualifier (scope.h).
#include "stories/scope.h"

#include "claimcheck/attributes.h"

namespace claimcheck::stories {

// An event attribute (deaths, a crowd) is always the story's; an entity fact
// (an age, a running time) is compared corpus-wide when it names its owner,
// and within the story when all the text gave it is the event.
bool is_event_claim(const Claim& claim) {
  return attribute_info(claim.attribute).event || claim.subject == kEventSubject;
}

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
