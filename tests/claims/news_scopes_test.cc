// Sentence-wide scopes of the news pack (rules/news/scopes.json): a place a
// sentence opens with makes its counts a part, kept apart from the whole.
#include <catch2/catch.hpp>

#include "claims/extractor.h"
#include "text/document.h"
#include "extractor_helper.h"

using namespace claimcheck;

namespace {

std::vector<Claim> extract(const std::string& text) { return testing::extract_claims(text); }

std::string place_of(const std::vector<Claim>& claims, const std::string& attribute) {
  for (const Claim& c : claims)
    if (c.attribute == attribute) return c.qualifiers.count("place") ? c.qualifiers.at("place") : "(none)";
  return "(no claim)";
}

}  // namespace

TEST_CASE("news scopes: 'In <Place>,' makes a count that place's, so it never meets the whole", "[claims][news]") {
  auto part = extract("In Brackley County, two people were killed and five injured in a pileup.");
  CHECK(place_of(part, "deaths") == "brackley county");
  CHECK(place_of(part, "injured") == "brackley county");
  auto whole = extract("The blizzard left at least nine people dead across the plains.");
  CHECK(place_of(whole, "deaths") == "(none)");
  // Different qualifiers are different groups: the part and the whole are not compared.
  REQUIRE(!part.empty());
  REQUIRE(!whole.empty());
  CHECK(group_key(part.front()) != group_key(whole.front()));
}

TEST_CASE("news scopes: time and manner openers are no places", "[claims][news]") {
  CHECK(place_of(extract("In total, nine people were killed in the storm."), "deaths") == "(none)");
  CHECK(place_of(extract("In March, four people were arrested after the march."), "arrested") == "(none)");
  // Only counts of the news pack take the place; a lower-case opener is no name.
  CHECK(place_of(extract("in the county, two people were killed."), "deaths") == "(none)");
}

TEST_CASE("news scopes: a prison term someone is serving is kept apart from the one reported", "[claims][news]") {
  auto serving = extract("Dorrance, serving a 12-year sentence for fraud, denied any part in the scheme.");
  auto reported = extract("The two men were each sentenced to 30 years in prison.");
  const Claim* a = nullptr;
  const Claim* b = nullptr;
  for (const Claim& c : serving) if (c.attribute == "sentence") a = &c;
  for (const Claim& c : reported) if (c.attribute == "sentence") b = &c;
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->qualifiers.at("scope") == "serving");
  CHECK(b->qualifiers.count("scope") == 0);
  CHECK(group_key(*a) != group_key(*b));
}

TEST_CASE("news scopes: a count told with a past period is an earlier event's", "[claims][news]") {
  auto earlier = extract("Early last month, a warehouse fire in the town injured 14 workers.");
  CHECK(earlier.size() >= 1);
  bool found = false;
  for (const Claim& c : earlier)
    if (c.attribute == "injured") {
      found = true;
      CHECK(c.qualifiers.at("when") == "last month");
    }
  CHECK(found);
  for (const Claim& c : extract("Firefighters found seven people injured after the blast."))
    if (c.attribute == "injured") CHECK(c.qualifiers.count("when") == 0);
}
