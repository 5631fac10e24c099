// Causes of wrong claims found in the hand-judged news sample (docs/quality.md,
// "Hand-judged sample"), on made-up sentences.
#include <catch2/catch.hpp>

#include "claims/extractor.h"
#include "text/document.h"
#include "extractor_helper.h"

using namespace claimcheck;

namespace {

std::vector<Claim> extract(const std::string& text) { return testing::extract_claims(text, "", "n.txt"); }

const Claim* find(const std::vector<Claim>& claims, const std::string& attribute, double value) {
  for (const Claim& c : claims)
    if (c.attribute == attribute && c.value.value == value) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("news sample: a depth is not an altitude", "[claims][news]") {
  auto claims = extract("Divers found the hull at a depth of 300 meters off the cape.");
  const Claim* depth = find(claims, "distance", 300);
  REQUIRE(depth);
  CHECK(depth->qualifiers.at("what") == "depth");
}

TEST_CASE("news sample: 'including three children' is a part of the count", "[claims][news]") {
  auto claims = extract("Nine people including four children were injured when the roof fell on Sunday.");
  const Claim* part = find(claims, "injured", 4);
  REQUIRE(part);
  CHECK(part->qualifiers.at("scope") == "part");
  const Claim* whole = find(claims, "injured", 9);
  if (whole) CHECK_FALSE(whole->qualifiers.count("scope"));
}
