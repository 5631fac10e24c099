// The news pack end to end (rules/news/ through the rule extractor) and its
// helpers (claims/news_subjects.h), on made-up sentences.
#include <catch2/catch.hpp>

#include "claims/extractor.h"
#include "claims/news_subjects.h"
#include "text/document.h"
#include "extractor_helper.h"

using namespace claimcheck;

namespace {

std::vector<Claim> extract(const std::string& text, const std::string& date = "") {
  return testing::extract_claims(text, date);
}

const Claim* find(const std::vector<Claim>& claims, const std::string& attribute) {
  for (const Claim& c : claims)
    if (c.attribute == attribute) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("news: a casualty count is a claim about the story's event, in people", "[claims][news]") {
  auto claims = extract("At least 14 villagers were killed and 30 others wounded when the dam failed.");
  const Claim* deaths = find(claims, "deaths");
  REQUIRE(deaths);
  CHECK(deaths->subject == "event");
  CHECK(deaths->value.value == 14);
  CHECK(deaths->value.unit == "people");
  CHECK(deaths->value.bound == Bound::at_least);
  const Claim* injured = find(claims, "injured");
  REQUIRE(injured);
  CHECK(injured->value.value == 30);
  CHECK(injured->qualifiers.at("scope") == "more");
}

TEST_CASE("news: negated and denied statements are no claims", "[claims][news]") {
  CHECK_FALSE(find(extract("Officials denied that 40 people had been killed."), "deaths"));
  CHECK_FALSE(find(extract("Nobody was arrested, and 200 marchers went home."), "arrested"));
  CHECK_FALSE(find(extract("Talks to free two wounded reporters failed."), "injured"));
}

TEST_CASE("news: an age belongs to the person named beside it, by full name", "[claims][news]") {
  auto claims = extract("Police named the driver as Carla Mendes. Mendes, 41, was released on bail.");
  const Claim* age = find(claims, "age");
  REQUIRE(age);
  CHECK(age->subject == "Carla Mendes");
  CHECK(age->value.value == 41);
  CHECK(age->value.unit == "years");
  auto hyphen = extract("The victim was 19-year-old Omar Haddad.");
  REQUIRE(find(hyphen, "age"));
  CHECK(find(hyphen, "age")->subject == "Omar Haddad");
  CHECK(find(hyphen, "age")->value.value == 19);
  // A place beside a number names no one.
  CHECK_FALSE(find(extract("The score in Denver, 3, was a surprise."), "age"));
}

TEST_CASE("news: a weekday counts as an event's date only in a dated article", "[claims][news]") {
  CHECK_FALSE(find(extract("The suspect was arrested on Thursday, police said in 2007."), "event_date"));
  auto dated = extract("The suspect was arrested on Thursday.", "2026-06-21");
  REQUIRE(find(dated, "event_date"));
  CHECK(iso_date(static_cast<int64_t>(find(dated, "event_date")->value.value)) == "2026-06-18");
}

TEST_CASE("news: company results give this period, the earlier one and the change", "[claims][news]") {
  auto claims = extract("Quarterly profits at Fabrikam jumped 76% to $1.13bn, from $639m.");
  int profit = 0, prior = 0, growth = 0;
  for (const Claim& c : claims) {
    if (c.subject != "Fabrikam") continue;
    // "Quarterly" gives the period (rules/news/periods.json); "from $639m" the prior one.
    auto period = [&](const Claim& k) { return k.qualifiers.count("period") ? k.qualifiers.at("period") : ""; };
    if (c.attribute == "profit" && period(c) == "quarterly" && c.value.value == 1.13e9) ++profit;
    if (c.attribute == "profit" && period(c) == "prior" && c.value.value == 6.39e8) ++prior;
    if (c.attribute == "growth" && c.value.value == 76) ++growth;
  }
  CHECK(profit == 1);
  CHECK(prior == 1);
  CHECK(growth == 1);
}

TEST_CASE("news: heights compare in metres whatever unit the text used", "[claims][news]") {
  auto claims = extract("They climbed the 26,291-foot (8,013 m) peak.");
  const Claim* d = find(claims, "distance");
  REQUIRE(d);
  CHECK(d->value.unit == "meters");
  CHECK(d->value.value == Approx(8013.5).margin(0.1));
}

TEST_CASE("news: full names resolve surnames and drop titles", "[claims][news]") {
  claims::news::DocumentNames names("Officer Dana Price spoke first. Later Price said more.");
  CHECK(names.resolve("Price") == "Dana Price");
  CHECK(names.resolve("Officer Dana Price") == "Dana Price");
  CHECK(claims::news::nearest_name("Sales rose", 10).empty());
  CHECK(claims::news::nearest_name("At Northwind, sales rose", 20) == "Northwind");
  CHECK(claims::news::nearest_name("Friday 8 was busy", 10).empty());
}

TEST_CASE("news: '1 hour, 30 minutes' is one duration", "[claims][news]") {
  Quantity hour, minutes;
  hour.kind = minutes.kind = QuantityKind::duration;
  hour.value = 1, hour.unit = "hour";
  minutes.value = 30, minutes.unit = "minutes";
  claims::news::join_duration(hour, minutes, ", ");
  CHECK(hour.value == 90);
  CHECK(hour.unit == "minutes");
}
