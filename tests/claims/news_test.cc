// The news pack end to end (rules/news/ through the rule extractor) and its
// helpers (claims/news_subjects.h), on made-up sentences.
#include <catch2/catch.hpp>

#include <map>

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
  CHECK(find(extract("Officials dismissed claims that 200 people died in the raid."), "deaths") == nullptr);
  CHECK(find(extract("The ministry rejected reports that 30 people were injured."), "injured") == nullptr);
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

TEST_CASE("news: a height keeps the unit the text used (comparison converts it)", "[claims][news]") {
  auto claims = extract("They climbed the 26,291-foot (8,013 m) peak.");
  const Claim* d = find(claims, "distance");
  REQUIRE(d);
  CHECK(d->value.unit == "foot");
  CHECK(d->value.value == 26291);
}

TEST_CASE("news: distances from a named place, snowfall, weights, counts of a charge, how long things lasted",
          "[claims][news][measures]") {
  auto from = extract("The crash site is about 125 miles north of Port Hadley.");
  REQUIRE(find(from, "distance"));
  CHECK(find(from, "distance")->qualifiers.at("place") == "port_hadley");
  auto snow = extract("Forecasters said 15.2 inches of snow fell in Brackenford.");
  REQUIRE(find(snow, "precipitation"));
  CHECK(find(snow, "precipitation")->qualifiers.at("precip") == "snow");
  auto weight = extract("The prototype weighs 18.6 pounds, its maker said.");
  REQUIRE(find(weight, "weight"));
  CHECK(find(weight, "weight")->value.value == Approx(18.6));
  auto counts = extract("Prosecutors filed six counts of criminal mischief against him.");
  REQUIRE(find(counts, "charge_counts"));
  CHECK(find(counts, "charge_counts")->qualifiers.at("offence") == "mischief");
  auto lasted = extract("Her filibuster lasted more than 11 hours.");
  REQUIRE(find(lasted, "event_duration"));
  CHECK(find(lasted, "event_duration")->qualifiers.at("what") == "filibuster");
  auto ill = extract("The outbreak has sickened at least 87 people in three states.");
  REQUIRE(find(ill, "ill"));
  CHECK(find(ill, "ill")->value.value == 87);
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

TEST_CASE("news: ages in the other forms news writes them", "[claims][news]") {
  auto role = extract("Priya Nair, a 31-year-old nurse, was treated at the scene.");
  REQUIRE(find(role, "age"));
  CHECK(find(role, "age")->subject == "Priya Nair");
  CHECK(find(role, "age")->value.value == 31);
  auto paren = extract("The runner-up, Jonas Weber (24), was disqualified.");
  REQUIRE(find(paren, "age"));
  CHECK(find(paren, "age")->subject == "Jonas Weber");
  CHECK(find(paren, "age")->value.value == 24);
  // "the 21-year-old" as the subject of its clause is the person named earlier in the sentence...
  auto definite = extract("Diver Lena Kraus hurt her back when the 21-year-old hit the board.");
  REQUIRE(find(definite, "age"));
  CHECK(find(definite, "age")->subject == "Lena Kraus");
  // ...but not someone a sentence before names: that may be anyone.
  auto before = extract("Lena Kraus coached the squad. Officials said the 21-year-old hit the board.");
  CHECK_FALSE(find(before, "age"));
  // "at age 40" late in a sentence about the person it opened with, told with "he"/"she".
  auto late = extract("Arno Lind was the finest skier of his time when he died in a fall at age 40.");
  REQUIRE(find(late, "age"));
  CHECK(find(late, "age")->subject == "Arno Lind");
  CHECK(find(late, "age")->value.value == 40);
}

TEST_CASE("news: accents do not make two people of one name", "[claims][news]") {
  claims::news::DocumentNames names("Skater Zoë Müller fell. Later Muller was taken to hospital.");
  CHECK(names.resolve("Müller") == "Zoe Muller");
  CHECK(names.resolve("Muller") == "Zoe Muller");
  auto a = extract("Zoë Müller, 19, fell on the ice.");
  auto b = extract("Zoe Muller, 19, fell on the ice.");
  REQUIRE(find(a, "age"));
  REQUIRE(find(b, "age"));
  CHECK(find(a, "age")->subject == find(b, "age")->subject);
}

TEST_CASE("news: ages, spans of time, clock times and months are mentions of the story", "[claims][news]") {
  // An age nobody's name owns is a mention; one a name owns is that person's age only.
  auto unnamed = extract("Rescuers found a 9-year-old boy under the rubble.");
  REQUIRE(find(unnamed, "age_mentioned"));
  CHECK(find(unnamed, "age_mentioned")->subject == "event");
  CHECK(find(unnamed, "age_mentioned")->value.value == 9);
  CHECK_FALSE(find(unnamed, "age"));
  auto named = extract("Rescuers found 9-year-old Tomas Rey under the rubble.");
  CHECK(find(named, "age"));
  CHECK_FALSE(find(named, "age_mentioned"));
  auto span = extract("The siege of the town lasted 41 days.");
  REQUIRE(find(span, "duration_mentioned"));
  CHECK(find(span, "duration_mentioned")->value.value == 41);
  auto clock = extract("The sirens sounded at 4:20 a.m. over the harbour.");
  REQUIRE(find(clock, "time_mentioned"));
  CHECK(find(clock, "time_mentioned")->value.value == 4 * 60 + 20);
  auto month = extract("The mill closed in August 2009 after a fire.");
  REQUIRE(find(month, "date_mentioned"));
  CHECK(iso_date(static_cast<int64_t>(find(month, "date_mentioned")->value.value)) == "2009-08-01");
  // A mention is corroboration: a negated clause and a plan still name the figure.
  auto negated = extract("She could not attend the opening on March 4, 2011, in Leeds.");
  CHECK(find(negated, "date_mentioned"));
  auto plan = extract("The board will publish a 36-page report.");
  REQUIRE(find(plan, "count"));
  CHECK(find(plan, "count")->modality == Modality::stated);
}

TEST_CASE("news: 'left four people stabbed' counts the injured", "[claims][news]") {
  auto claims = extract("A fight outside the club left four people stabbed.");
  REQUIRE(find(claims, "injured"));
  CHECK(find(claims, "injured")->value.value == 4);
}

TEST_CASE("news: a large count that is not round is keyed by its value, a round one by its noun", "[claims][news]") {
  auto a = extract("The teacher and the pupil swapped 2,400 texts.");
  auto b = extract("Some 2,400 text messages were exchanged.");
  REQUIRE(find(a, "count"));
  REQUIRE(find(b, "count"));
  CHECK(find(a, "count")->qualifiers.count("noun") == 0);
  CHECK(find(b, "count")->qualifiers.count("noun") == 0);
  CHECK(find(a, "count")->value.unit == find(b, "count")->value.unit);
  // "1,000 flags" and "1,000 drums" of one story may well be two facts.
  auto round = extract("Fans waved 1,000 flags.");
  REQUIRE(find(round, "count"));
  CHECK(find(round, "count")->qualifiers.at("noun") == "flag");
}

TEST_CASE("news: 'He was 14 years old' after a woman's name gives her no age", "[claims][news]") {
  // The boy is not the person the sentence before names; "N years old" after a
  // pronoun is too often someone else's child.
  auto claims = extract("Nadia Orlov met the boy at a park. He was 14 years old at the time.");
  for (const Claim& c : claims) CHECK_FALSE((c.attribute == "age" && c.subject == "Nadia Orlov"));
  // A name right before "is 29 years old" owns it.
  auto own = extract("Tom Reyes is 23 years old.");
  REQUIRE(find(own, "age"));
  CHECK(find(own, "age")->subject == "Tom Reyes");
}

TEST_CASE("news: a weak modal, a plan said not to exist and an estimate of the past leave a figure stated",
          "[claims][news][modality]") {
  // "could" speaks for its own stretch of the sentence, not for the figure after the comma.
  auto fronted = extract("In the first week that anglers could fish the lake, 14 people drowned.");
  REQUIRE(find(fronted, "deaths"));
  CHECK(find(fronted, "deaths")->modality == Modality::stated);
  // ... but a figure in its own stretch is still only a possibility.
  auto possible = extract("The blast could have killed 40 people, the agency said.");
  REQUIRE(find(possible, "deaths"));
  CHECK(find(possible, "deaths")->modality == Modality::plan);
  // A plan said not to exist is no plan.
  auto none = extract("The ministry has no plans to publish its figures; 23 people were arrested last year.");
  REQUIRE(find(none, "arrested"));
  CHECK(find(none, "arrested")->modality == Modality::stated);
  // "estimated" of what already happened reports a figure, as "according to" does.
  auto past = extract("Organisers estimated that 12,000 protesters marched through the city on Saturday.");
  REQUIRE(find(past, "crowd_size"));
  CHECK(find(past, "crowd_size")->modality == Modality::reported);
}

TEST_CASE("news: a day and month with no year written, in an undated article, is kept as year=unstated",
          "[claims][news][dates]") {
  auto claims = extract("The plant closed in 2015. Its manager was arrested on June 17 in Ohio.");
  const Claim* arrest = find(claims, "event_date");
  REQUIRE(arrest);
  CHECK(arrest->qualifiers.at("year") == "unstated");
  // A weekday is still no date without the article's own date.
  CHECK_FALSE(find(extract("The plant closed in 2015. Its manager was arrested on Tuesday in Ohio."), "event_date"));
}

TEST_CASE("news: 'a 450-pound man' is a weight, not money; 'a 40-car pileup' counts vehicles", "[claims][news]") {
  auto claims = extract("Neighbours said the 450-pound man had not left the flat in years.");
  const Claim* weight = find(claims, "weight");
  REQUIRE(weight);
  CHECK(weight->value.value == 450);
  CHECK(weight->value.unit == "pounds");
  CHECK(find(claims, "amount") == nullptr);  // no £450 mention
  claims = extract("A 40-car pileup closed the interstate for six hours.");
  const Claim* vehicles = find(claims, "vehicles");
  REQUIRE(vehicles);
  CHECK(vehicles->value.value == 40);
}

TEST_CASE("news: the year of an arrest, a theft or a memoir is an event_year by kind", "[claims][news]") {
  auto claims = extract("In 2006, county deputies arrested the landlord on fraud charges.");
  const Claim* year = find(claims, "event_year");
  REQUIRE(year);
  CHECK(year->qualifiers.at("event_kind") == "arrested");
  CHECK(year->value.date_precision == DatePrecision::year);
  // A decade is no event's year, and an election recurs: both stay mentions.
  CHECK(find(extract("The gang was arrested in the late 1990s."), "event_year") == nullptr);
  CHECK(find(extract("The mayor was elected in 2010."), "event_year") == nullptr);
}

TEST_CASE("news: time served is keyed by the year its sentence names, so two stints are two facts", "[claims][news]") {
  auto claims = extract("Marsh served three months in prison in 1996 for fraud.");
  const Claim* early = find(claims, "time_served");
  REQUIRE(early);
  CHECK(early->qualifiers.at("year") == "1996");
  claims = extract("Marsh spent nearly three years behind bars for the assault.");
  const Claim* later = find(claims, "time_served");
  REQUIRE(later);
  CHECK(later->qualifiers.count("year") == 0);
  CHECK(later->value.unit == "year");
}

TEST_CASE("news: a share of a group is keyed by the group and the verb's base form", "[claims][news]") {
  auto claims = extract("In the survey, 33% of couples hired a band for the reception.");
  const Claim* share = find(claims, "share_of_group");
  REQUIRE(share);
  CHECK(share->qualifiers.at("group") == "couple");
  CHECK(share->qualifiers.at("says") == "hire");
  claims = extract("The poll found 41% of voters declined to answer.");
  share = find(claims, "share_of_group");
  REQUIRE(share);
  CHECK(share->qualifiers.at("says") == "declined");  // not in the table: kept as written
  CHECK(find(extract("The agency failed to pay a $66,000 security bill."), "amount_paid") == nullptr);
}

TEST_CASE("news: 'Dan and Fran Keller, 75 and 67' gives each of them their own age", "[claims][news]") {
  auto claims = extract("Dan and Fran Keller, 75 and 67, were freed in 2013.");
  std::map<std::string, double> ages;
  for (const Claim& c : claims)
    if (c.attribute == "age") ages[c.subject] = c.value.value;
  CHECK(ages == std::map<std::string, double>{{"Dan Keller", 75}, {"Fran Keller", 67}});
  CHECK(find(extract("Fran Keller, 67, and her husband were freed."), "age") != nullptr);
  claims = extract("The victims were Ray, 71, and Ann Dunn, 69, of Leeds.");
  ages.clear();
  for (const Claim& c : claims)
    if (c.attribute == "age") ages[c.subject] = c.value.value;
  CHECK(ages == std::map<std::string, double>{{"Ray Dunn", 71}, {"Ann Dunn", 69}});
}

TEST_CASE("news: kin named by first name take the family's surname", "[claims][news]") {
  auto claims = extract("Tom Becker, 29, and his wife, Lisa, 27, were hurt in the crash.");
  std::map<std::string, double> ages;
  for (const Claim& c : claims)
    if (c.attribute == "age") ages[c.subject] = c.value.value;
  CHECK(ages["Tom Becker"] == 29);
  CHECK(ages["Lisa Becker"] == 27);
  auto son = extract("Nadia Ortiz said her son, Diego, 9, was not hurt.");
  REQUIRE(find(son, "age"));
  CHECK(find(son, "age")->subject == "Diego Ortiz");
  // A first name with no kin word before it is still no one: it may be a place.
  CHECK_FALSE(find(extract("The score in Denver, 3, was a surprise."), "age"));
}

TEST_CASE("news: a negation holds only in its own clause", "[claims][news]") {
  auto claims = extract("No one was killed, but 14 people were injured in the blast.");
  CHECK_FALSE(find(claims, "deaths"));
  REQUIRE(find(claims, "injured"));
  CHECK(find(claims, "injured")->value.value == 14);
  CHECK_FALSE(find(extract("Police denied that 12 people were injured in the blast."), "injured"));
}

TEST_CASE("news: an age given to a role and to the person named beside it is the person's", "[claims][news]") {
  auto claims = extract("Tom Reyes - a 20-year-old champion swimmer - was cleared on Friday.");
  int ages = 0;
  for (const Claim& c : claims)
    if (c.attribute == "age") {
      ++ages;
      CHECK(c.subject == "Tom Reyes");
    }
  CHECK(ages == 1);
}

TEST_CASE("news: 'none of the 212 people on board' denies what happened to them, not the 212", "[claims][news]") {
  auto claims = extract("None of the 212 people on board were hurt when the jet skidded off the runway.");
  const Claim* aboard = find(claims, "crowd_size");
  REQUIRE(aboard);
  CHECK(aboard->value.value == 212);
  CHECK(aboard->qualifiers.at("group") == "aboard");
  CHECK_FALSE(find(claims, "injured"));  // the hurt stays denied
  CHECK_FALSE(find(extract("None of the 40 workers were arrested."), "arrested"));
}

TEST_CASE("news: a qualifier two fragments capture keeps each fragment's own spelling", "[claims][news]") {
  // n_ordeal and n_lasting both capture "what"; "stuck" is n_ordeal's word for trapped.
  auto stuck = extract("Two cavers who had been stuck in the shaft for five days were brought out.");
  const Claim* ordeal = find(stuck, "event_duration");
  REQUIRE(ordeal);
  CHECK(ordeal->qualifiers.at("what") == "trapped");
  auto captive = extract("The engineer was held captive for 40 days.");
  REQUIRE(find(captive, "event_duration"));
  CHECK(find(captive, "event_duration")->qualifiers.at("what") == "held_hostage");
}

TEST_CASE("news: an unnamed person arrested or charged is the suspect", "[claims][news]") {
  auto claims = extract("Detectives arrested a 36-year-old woman at the harbour.");
  const Claim* age = find(claims, "age");
  REQUIRE(age);
  CHECK(age->qualifiers.at("role") == "suspect");
  CHECK(age->value.value == 36);
  // The man stabbed is no suspect: he is the victim.
  const auto victim_claims = extract("A 52-year-old man was stabbed outside the bar.");
  const Claim* victim = find(victim_claims, "age");
  REQUIRE(victim);
  CHECK(victim->qualifiers.at("role") == "victim");
}

TEST_CASE("news: an age of twenty is told to the year, not rounded", "[claims][news]") {
  const auto age_claims = extract("The gunman, 20, was shot by officers.");
  const Claim* age = find(age_claims, "age");
  REQUIRE(age);
  CHECK(age->value.digits == 2);  // so 20 and 21 are two ages, not one round figure
}

TEST_CASE("news: 'passengers and six crew' counts the passengers alone", "[claims][news]") {
  const auto some_claims = extract("The airliner was carrying 143 passengers and five crew members.");
  const Claim* some = find(some_claims, "crowd_size");
  REQUIRE(some);
  CHECK(some->qualifiers.at("counted") == "passengers");
  const auto all_claims = extract("All 174 people on board were safe.");
  const Claim* all = find(all_claims, "crowd_size");
  REQUIRE(all);
  CHECK_FALSE(all->qualifiers.count("counted"));
}

TEST_CASE("news: outbreaks, recalls and closures are counts of their own, not of people", "[claims][news]") {
  const auto cases_claims = extract("Officials have confirmed 64 cases of mumps at the college.");
  const Claim* cases = find(cases_claims, "cases");
  REQUIRE(cases);
  CHECK(cases->value.value == 64);
  CHECK(cases->qualifiers.at("disease") == "mumps");
  CHECK_FALSE(find(extract("The tribunal heard 64 cases about parking."), "cases"));
  const auto recalled_claims = extract("The maker is recalling 310,000 vehicles over a brake fault.");
  const Claim* recalled = find(recalled_claims, "recalled");
  REQUIRE(recalled);  // "vehicles" is no count of people, but it is what a recall counts
  CHECK(recalled->value.value == 310000);
  REQUIRE(find(extract("The grocer closed 38 stores in the spring."), "closures"));
}

TEST_CASE("news: a count no rule names is keyed by its noun, its verb and the name of its clause", "[claims][news]") {
  auto passive = extract("About 85 handbags were seized at the port.");
  const Claim* told = find(passive, "event_count");
  REQUIRE(told);
  CHECK(told->qualifiers.at("noun") == "handbag");
  CHECK(told->qualifiers.at("verb") == "seize");
  const auto active_claims = extract("customs officers seized 60 handbags on Monday.");
  const Claim* active = find(active_claims, "event_count");
  REQUIRE(active);
  CHECK(active->qualifiers.at("verb") == "seize");  // one key with the passive form
  const auto named_claims = extract("In the end Varnland won 48 golds.");
  const Claim* named = find(named_claims, "event_count");
  REQUIRE(named);
  CHECK(named->qualifiers.at("who") == "Varnland");
  // A rule that names the fact wins: the arrests are arrests, not a told count.
  CHECK_FALSE(find(extract("Police said 12 people were arrested after the march."), "event_count"));
}
