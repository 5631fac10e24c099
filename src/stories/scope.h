#pragma once
// Stories scope event facts.  A death toll, an arrest count, a crowd size or
// the time something happened is a fact of one event: it is compared only
// between articles about the same event (the same story).  A person's age or
// a film's running time is a fact of a named entity and is compared across the
// whole corpus.  Which attributes are event facts is data
// (rules/attributes.json, `attribute_info(name).event`).
//
// The scope is a qualifier: an event claim of a document in story S carries
// `story=S`, so check::group_key keeps claims of two stories apart and nothing
// in check/ needs to know about stories.  Claim ids do not change.
//
//   std::vector<Claim> claims = ...;              // deaths=12, age=47
//   stories::scope_to_story(claims, "s-quake");   // deaths gets story=s-quake; age is unchanged
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claim.h"

namespace claimcheck::stories {

// The qualifier that carries a claim's story.
inline constexpr const char* kStoryQualifier = "story";

// True for claims compared only within one story (event attributes).
bool is_event_claim(const Claim& claim);

// Sets qualifiers["story"] = story on every event claim (removes it when
// `story` is empty); entity claims are left as they are.
void scope_to_story(std::vector<Claim>& claims, const std::string& story);

// The story a claim is scoped to, "" when none.
std::string_view story_of(const Claim& claim);

}  // namespace claimcheck::stories
