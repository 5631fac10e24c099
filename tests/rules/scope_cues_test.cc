// One set pass per text finds the scopes each cue regex alone finds (scope_cues.h).
#include <catch2/catch.hpp>

#include "rules/placeholder.h"
#include "rules/rule_set.h"

using namespace claimcheck::rules;

TEST_CASE("the scope cue sets agree with each cue's own regex", "[rules]") {
  auto set = RuleSet::load({});
  REQUIRE(!set->scopes().empty());
  std::vector<std::string> texts = {
      "In Denver, sales rose 4% in the first quarter.",
      "Batch requests cost $1; priority tier traffic costs more once prompts pass 200K tokens.",
      "The vega-4-pro-2026-07-01 snapshot is served through the API.",
      "Earlier this week the full-year figure was 3.2 billion; quarterly it was Q3's best.",
      "nothing here at all"};
  for (const auto& r : set->rules())
    for (const auto& e : r.examples) texts.push_back(e.text);
  std::vector<char> hit;
  std::size_t cued = 0;
  for (const auto& written : texts) {
    std::string masked = written;
    RE2::GlobalReplace(&masked, RE2("[0-9][0-9.,]*"), placeholder("number", 0));
    set->scope_cues().find(written, masked, &hit);
    REQUIRE(hit.size() == set->scopes().size());
    for (std::size_t i = 0; i < set->scopes().size(); ++i) {
      const bool alone = RE2::PartialMatch(ScopeCues::reads_as_written(set->scopes()[i]) ? written : masked,
                                           set->scope_regex(i));
      INFO(written << " / scope " << set->scopes()[i].qualifier);
      CHECK(static_cast<bool>(hit[i]) == alone);
      cued += alone;
    }
  }
  CHECK(cued > 10);
}
