// News facts measured in units and told by role, end to end: made-up reports
// of one story through the real extractor, ingest, a store and
// check::find_conflicts.  Units are converted before comparing (acres and
// hectares, pounds and kilograms), a crowd named two ways is one crowd, and
// an unnamed suspect's age is compared between outlets.
#include <catch2/catch.hpp>

#include "stories/ingest_helper.h"

using namespace claimcheck;

using claimcheck::testing::findings_of;
using claimcheck::testing::kinds_of;
const auto line = [](const std::string& id, const std::string& text) {
  return claimcheck::testing::story_line(id, text);
};

TEST_CASE("news: an area burned compares across units", "[stories][news]") {
  // 4,000 hectares is 9,884 acres: "nearly 10,000 acres" agrees, "6,000 acres" does not.
  CHECK(kinds_of(findings_of(line("a", "The Larkspur fire has scorched nearly 10,000 acres.") +
                             line("b", "About 4,000 hectares of forest burned in the Larkspur fire.")),
                 "area") == "agreement");
  CHECK(kinds_of(findings_of(line("a", "The Larkspur fire has scorched 6,000 acres.") +
                             line("b", "About 4,000 hectares of forest burned in the Larkspur fire.")),
                 "area") == "conflict");
}

TEST_CASE("news: an earthquake's magnitude told two ways conflicts", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "A magnitude 6.4 earthquake struck off the coast of Pelorin.") +
                             line("b", "The 6.8-magnitude quake was felt across Pelorin.")),
                 "magnitude") == "conflict");
  CHECK(kinds_of(findings_of(line("a", "A magnitude 6.4 earthquake struck off the coast of Pelorin.") +
                             line("b", "The tremor, measuring 6.4 on the Richter scale, hit Pelorin.")),
                 "magnitude") == "agreement");
}

TEST_CASE("news: a crowd estimate and a count of marchers are one crowd", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "Officials estimated the crowd at 15,000 in Velmar's main square.") +
                             line("b", "More than 60,000 demonstrators marched in Velmar, the paper said.")),
                 "crowd_size") == "conflict");
}

TEST_CASE("news: an unnamed suspect's age compares between outlets, a victim's is another fact", "[stories][news]") {
  auto found = findings_of(line("a", "Police arrested the 19-year-old suspect near the station.") +
                           line("b", "The gunman, 21, was taken into custody near the station.") +
                           line("c", "The victim, aged 21, died at the scene."));
  CHECK(kinds_of(found, "age") == "conflict");
  for (const Finding& f : found)
    if (f.attribute == "age") CHECK(f.qualifiers.at("role") == "suspect");
}

TEST_CASE("news: homes without power rise through a storm; a seizure's weight converts", "[stories][news]") {
  auto found = findings_of(
      line("a", "About 120,000 homes lost power on Monday. Agents seized 40 kilograms of cocaine.") +
      claimcheck::testing::story_line(
          "b", "By Wednesday 300,000 customers were without power. Agents found 88 lbs of cocaine.", "2026-08-06"));
  CHECK(kinds_of(found, "without_power") == "changed_over_time");
  CHECK(kinds_of(found, "weight") == "agreement");  // 88 lb is 39.9 kg
}

TEST_CASE("news: a count without a day is compared with the one day the story gives", "[stories][news]") {
  // The day of the telling ("said Sunday") is no day of the event.
  CHECK(kinds_of(findings_of(line("a", "Police said Sunday that 40 cars were involved in the pileup.") +
                             line("b", "Twenty-five cars were involved in the pileup on Saturday.")),
                 "vehicles") == "conflict");
  // Two days given are two counts: "two killed on Saturday" is part of a weekend's toll.
  CHECK(kinds_of(findings_of(line("a", "Two people were killed on Saturday in the flooding.") +
                             line("b", "Five people were killed over the weekend in the flooding.")),
                 "deaths")
            .find("conflict") == std::string::npos);
}

TEST_CASE("news: 'six of those arrested' is a part of the arrests", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "Police said 12 people were arrested at the rally.") +
                             line("b", "Six of those arrested were counter-protesters, police said.")),
                 "arrested")
            .find("conflict") == std::string::npos);
}

TEST_CASE("news: a town's high in Fahrenheit and Celsius compares; a storm's category too", "[stories][news]") {
  // 108 °F is 42.2 °C.
  CHECK(kinds_of(findings_of(line("a", "Temperatures hit 108 degrees Fahrenheit in Varel on Monday.") +
                             line("b", "Temperatures reached 42.2C in Varel, forecasters said.")),
                 "temperature") == "agreement");
  CHECK(kinds_of(findings_of(line("a", "Temperatures hit 108 degrees Fahrenheit in Varel on Monday.") +
                             line("b", "Temperatures reached 45C in Varel, forecasters said.")),
                 "temperature") == "conflict");
  CHECK(kinds_of(findings_of(line("a", "Hurricane Odile made landfall as a Category 4 storm.") +
                             line("b", "Odile came ashore as a Category 3 hurricane.")),
                 "storm_category") == "conflict");
}
