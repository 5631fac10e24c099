// Plans, deal terms and per-head amounts between outlets of one story, end to
// end (extractor, ingest, store, check::find_conflicts): two outlets' plans
// disagree with each other whatever a third says happened; an offer told in
// the future tense is the offer; "each will receive" is not the total.
#include <catch2/catch.hpp>

#include "stories/ingest_helper.h"

using namespace claimcheck;

using claimcheck::testing::findings_of;
using claimcheck::testing::kinds_of;
const auto line = [](const std::string& id, const std::string& text) {
  return claimcheck::testing::story_line(id, text);
};

TEST_CASE("news: two outlets' planned job cuts conflict even when a third states a figure", "[stories][news]") {
  const std::string kinds = kinds_of(findings_of(line("a", "Brackwell Foods will cut 700 jobs as it shuts two bakeries.") +
                                                 line("b", "The baker plans to cut 1,100 jobs, the union said.") +
                                                 line("c", "Brackwell Foods is cutting 700 jobs.")),
                                     "jobs_cut");
  CHECK(kinds.find("conflict") != std::string::npos);
  // One plan and what happened stay a plan and its outcome.
  CHECK(kinds_of(findings_of(line("a", "Brackwell Foods will cut 700 jobs as it shuts two bakeries.") +
                             line("b", "Brackwell Foods is cutting 700 jobs.")),
                 "jobs_cut")
            .find("conflict") == std::string::npos);
}

TEST_CASE("news: 'will pay $X a share' is the offer, so another outlet's offer price conflicts", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "Corvane Health will pay $61.40 a share for Lindqvist Labs in cash.") +
                             line("b", "Corvane's offer of $16.40 a share for Lindqvist is its biggest deal.")),
                 "offer_price") == "conflict");
}

TEST_CASE("news: an amount each person receives is not the total paid", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "The state will pay $2.6 million to the two men it wrongly jailed.") +
                             line("b", "Each man will receive about $1.3 million for the years he served.")),
                 "amount_paid")
            .find("conflict") == std::string::npos);
  CHECK(kinds_of(findings_of(line("a", "The state will pay $2.6 million to the two men it wrongly jailed.") +
                             line("b", "The state has agreed to pay $3.1 million to the pair.")),
                 "amount_paid")
            .find("conflict") != std::string::npos);
}

TEST_CASE("news: a tally 'by 31 votes to 18' and a reservoir level compare between outlets", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "Councillors approved the budget by 29 votes to 14 on Wednesday.") +
                             line("b", "The council passed the budget by 26 votes to 17 on Wednesday.")),
                 "votes")
            .find("conflict") != std::string::npos);
  CHECK(kinds_of(findings_of(line("a", "Its reservoirs are only 34% full, the water company said.") +
                             line("b", "Reservoirs were 43% full, the regulator said.")),
                 "fill_level") == "conflict");
}

TEST_CASE("news: an escape time and a death date told with a place compare between outlets", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "The two prisoners got out at about 1:10 a.m. through a roof vent.") +
                             line("b", "The pair escaped at 2:10 a.m., the prison service said.")),
                 "event_time") == "conflict");
  CHECK(kinds_of(findings_of(line("a", "The composer died at his home in Harwick on June 3, 2026, after a long illness.") +
                             line("b", "The composer died on June 4, 2026, his publisher said.")),
                 "event_date") == "conflict");
}

TEST_CASE("news: one plant's job losses and the group's wider plan are a part and a whole", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "Halden Motors will close its Ostby plant with the loss of 900 jobs.") +
                             line("b", "The closure is part of a wider plan to shed 4,000 jobs.") +
                             line("c", "Halden Motors is cutting 900 jobs at Ostby.")),
                 "jobs_cut")
            .find("conflict") == std::string::npos);
}

TEST_CASE("news: a tabloid's capitals before a number grouped in thousands hide no count", "[stories][news]") {
  // "STAGGERING 64,000" is no product name the way "Boeing 737" is: a number grouped in thousands never is.
  CHECK(kinds_of(findings_of(line("a", "A STAGGERING 64,000 fans packed the Ardmore Bowl on Saturday.") +
                             line("b", "Some 41,000 fans packed the Ardmore Bowl on Saturday.")),
                 "crowd_size") == "conflict");
  CHECK(kinds_of(findings_of(line("a", "The storm grounded 200 flights, stranding some 29,000 passengers.") +
                             line("b", "Around 51,000 passengers were affected by the cancellations.")),
                 "disrupted") == "conflict");
}

TEST_CASE("news: a bullet's 'Reservoirs 13% full' and a level beside a plan's date compare", "[stories][news]") {
  // "Reservoirs 13" is no model name; "from Monday" is the ban's date, not the level's.
  CHECK(kinds_of(findings_of(line("a", "Kelmere Water will bring in a hosepipe ban from Monday, with its reservoirs only 27% full.") +
                             line("b", "• Reservoirs 72% full")),
                 "fill_level") == "conflict");
}

TEST_CASE("news: a budget year after the article's own keys no past event; a guide's age by role", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "Councillors approved a budget for 2029 on Tuesday by 40 votes to 11.") +
                             line("b", "The council passed its budget by 37 votes to 14 on Tuesday.")),
                 "votes")
            .find("conflict") != std::string::npos);
  CHECK(kinds_of(findings_of(line("a", "• The group's guide, 52, among survivors") +
                             line("b", "The guide, 57, survived the slide.")),
                 "age") == "conflict");
}

TEST_CASE("news: a count told once in two ledes, keyed by its noun alone, conflicts", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "Thirty parked cars were wrecked by the blast, the fire chief said.") +
                             line("b", "The explosion also wrecked 18 cars parked on the street.")),
                 "lede_count") == "conflict");
  // A part of a whole, a hope and a named party's count are no figure of the event.
  CHECK(kinds_of(findings_of(line("a", "A judge dismissed four fraud charges against the dealer.") +
                             line("b", "The judge dismissed four of the nine fraud charges against him.")),
                 "lede_count")
            .find("conflict") == std::string::npos);
  CHECK(kinds_of(findings_of(line("a", "Its scanners are used in 2,000 clinics.") +
                             line("b", "It hopes to be in 6,000 clinics by 2030.")),
                 "lede_count")
            .find("conflict") == std::string::npos);
  CHECK(kinds_of(findings_of(line("a", "The Harbour Party took 41 seats.") +
                             line("b", "An exit poll gave the Green Front 63 seats.")),
                 "lede_count")
            .find("conflict") == std::string::npos);
  // What a page about software counts in passing is no event's figure.
  CHECK(kinds_of(findings_of(line("a", "Ten weeks, five labs, nine models.") +
                             line("b", "Six models now cover most shortlists.")),
                 "lede_count")
            .empty());
  // The document that counts the noun twice keys neither count.
  CHECK(kinds_of(findings_of(line("a", "The liner carried 2,400 passengers; 180 passengers fell sick.") +
                             line("b", "Some 2,400 passengers were on board.")),
                 "lede_count")
            .find("conflict") == std::string::npos);
}

TEST_CASE("news: the one time a lede tells, with no rule naming its event, is the event's time", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "The trawler went down just two miles off Kelby at 10.40pm on Friday.") +
                             line("b", "The doomed trawler vanished beneath the waves off Kelby at 11.40pm.")),
                 "event_time") == "conflict");
  CHECK(kinds_of(findings_of(line("a", "The trawler went down just two miles off Kelby at 10.40pm on Friday.") +
                             line("b", "The trawler capsized at about 11:40 p.m. in heavy seas.")),
                 "event_time") == "conflict");
  // A page's publication time, a live blog's stamps, a state "by 7pm" and a
  // document with two times key no lede time.
  CHECK(kinds_of(findings_of(line("a", "Published: Sat, Nov 7, 2026 at 9:15 AM\nThe trawler sank off Kelby.") +
                             line("b", "The doomed trawler vanished beneath the waves off Kelby at 11.40pm.")),
                 "event_time")
            .empty());
  CHECK(kinds_of(findings_of(line("a", "The strongest gust was measured at the point shortly after 9 a.m.") +
                             line("b", "By 7pm the number of homes without power had fallen to 104,000.")),
                 "event_time")
            .empty());
  CHECK(kinds_of(findings_of(line("a", "13:41 Crowds are building in the square.\n15:10 Marchers set off.") +
                             line("b", "The march set off at 2 p.m.")),
                 "event_time")
            .empty());
}

TEST_CASE("news: a tally 'voted 6-3' and 'a 7-2 vote' compare between outlets", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "The rate panel voted 6-3 to cut borrowing costs.") +
                             line("b", "Rates were cut after a 7-2 vote of the panel.")),
                 "votes")
            .find("conflict") != std::string::npos);
}

TEST_CASE("news: a lede count's noun is read past an adjective", "[stories][news]") {
  // "eight priceless pieces" counts pieces, "two sold-out nights" nights.
  CHECK(kinds_of(findings_of(line("a", "Thieves stole nine pieces of royal jewellery from the museum.") +
                             line("b", "A masked gang grabbed eight priceless pieces from the museum.")),
                 "lede_count") == "conflict");
  // A count of a hundred or more keys no lede count: its mention dropped the noun.
  CHECK(kinds_of(findings_of(line("a", "Some 312 passengers fell sick on the liner's voyage.") +
                             line("b", "Health officials said 213 passengers were sick on the voyage.")),
                 "lede_count")
            .empty());
  // "Two former staff members" and "two former employees" are no two units of one count.
  CHECK(kinds_of(findings_of(line("a", "Two former staff members were charged.") +
                             line("b", "Two former employees were charged.")),
                 "lede_count")
            .find("unit_mismatch") == std::string::npos);
}
