// News facts outlets disagree on in strikes, deals, settlements, cyberattacks
// and price reports, end to end: made-up reports of one story through the real
// extractor, ingest, a store and check::find_conflicts.  Each case pairs a real
// disagreement with a difference that is none (an offer vs a claim, a span read
// as a bound, a part vs the whole).
#include <catch2/catch.hpp>

#include "stories/ingest_helper.h"

using namespace claimcheck;

using claimcheck::testing::findings_of;
using claimcheck::testing::kinds_of;
const auto line = [](const std::string& id, const std::string& text) {
  return claimcheck::testing::story_line(id, text);
};

TEST_CASE("news: two outlets' pay offers on one day conflict; the union's claim is another fact", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "Dunmore Trams has offered drivers a 3.5% pay rise.") +
                             line("b", "The operator has offered a 4.5% rise, below the 9% the union is demanding.")),
                 "pay_rise") == "conflict");
  CHECK(kinds_of(findings_of(line("a", "Dunmore Trams has offered drivers a 3.5% pay rise.") +
                             line("b", "Drivers are demanding a 9% pay rise.")),
                 "pay_rise")
            .empty());
}

TEST_CASE("news: a ransom demand told as 'demanded $X' and 'a ransom of $Y' is one fact", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "The hackers demanded $3.2 million in bitcoin, people familiar with the case said.") +
                             line("b", "The gang has demanded a ransom of $5 million from the hospital group.")),
                 "amount_paid") == "conflict");
  CHECK(kinds_of(findings_of(line("a", "The hackers demanded $3.2 million in bitcoin.") +
                             line("b", "The group is demanding a ransom of $3.2 million.")),
                 "amount_paid") == "agreement");
}

TEST_CASE("news: a settlement paid over nine years vs over twelve conflicts", "[stories][news]") {
  // The value layer reads "over nine years" as more than nine; after "paid" it is the span.
  CHECK(kinds_of(findings_of(line("a", "The compensation will be paid over nine years.") +
                             line("b", "Payments will be spread over 12 years, the firm said.")),
                 "payment_period") == "conflict");
}

TEST_CASE("news: a takeover premium and a monthly house-price move compare between outlets", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "The offer is a 31% premium to Halvern's closing price on Friday.") +
                             line("b", "The bid values Halvern at a premium of 37% to its last close.")),
                 "deal_premium") == "conflict");
  // The span is soft: "rose 0.4%" and "rose by 0.4% in October alone" are one figure.
  CHECK(kinds_of(findings_of(line("a", "House prices rose 0.4% in October, the lender said.") +
                             line("b", "Property prices rose by 0.4% in October alone.")),
                 "price_change") == "agreement");
}

TEST_CASE("news: people in hospital and those in intensive care are a whole and a part", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "Twelve people are in hospital after the outbreak.") +
                             line("b", "Fourteen patients are in hospital, four of them in intensive care.")),
                 "hospitalised") == "conflict");
  CHECK(kinds_of(findings_of(line("a", "Twelve people are in hospital after the outbreak.") +
                             line("b", "Four patients remain in intensive care.")),
                 "hospitalised")
            .empty());
}

TEST_CASE("news: the driver's age told two ways conflicts", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "The driver, 36, was taken to hospital with a broken arm.") +
                             line("b", "The driver, aged 38, was freed from the cab by firefighters.")),
                 "age") == "conflict");
}

TEST_CASE("news: strikers counted by two outlets conflict; a daily average is another fact", "[stories][news]") {
  CHECK(kinds_of(findings_of(line("a", "About 4,300 nurses walked off the job at Lakeview's three hospitals.") +
                             line("b", "The union said 3,400 nurses went on strike at the hospitals.")),
                 "crowd_size") == "conflict");
  CHECK(kinds_of(findings_of(line("a", "About 4,300 nurses walked off the job at Lakeview's three hospitals.") +
                             line("b", "The hospitals said an average of 3,400 nurses had joined the strike each day.")),
                 "crowd_size")
            .empty());
}
