// Business news (rules/news/markets.json, business.json, companies.json,
// periods.json) end to end: subjects carried from earlier sentences by
// anaphors (claims/anaphora.h), periods, share moves, deals, guidance.
// Made-up companies and sentences.
#include <catch2/catch.hpp>

#include "claims/extractor.h"
#include "text/document.h"
#include "extractor_helper.h"

using namespace claimcheck;

namespace {

std::vector<Claim> extract(const std::string& text) { return testing::extract_claims(text, "", "biz.txt"); }

// The claim of `attribute` whose value is `value`, or null.
const Claim* find(const std::vector<Claim>& claims, const std::string& attribute, double value) {
  for (const Claim& c : claims)
    if (c.attribute == attribute && std::abs(c.value.value - value) < 1e-6 * std::max(1.0, std::abs(value))) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("business news: 'the company', 'its' and 'the brewer' take the company named earlier", "[claims][news][business]") {
  auto claims = extract(
      "Brewer Halvorsen Ales (NYSE:HALV) reported results on Tuesday. Chief executive Maria Quist spoke to analysts. "
      "The brewer said sales fell 6% in the quarter. Its shares dropped 4.5 percent in late trading.");
  const Claim* sales = find(claims, "growth", 6);
  REQUIRE(sales);
  CHECK(sales->subject == "Halvorsen Ales");
  CHECK(sales->qualifiers.at("move") == "down");
  CHECK(sales->subject_from_focus);
  const Claim* shares = find(claims, "stock_change", 4.5);
  REQUIRE(shares);
  CHECK(shares->subject == "Halvorsen Ales");
  // The person named in between is not the owner of the company's figures.
  for (const Claim& c : claims) CHECK(c.subject != "Maria Quist");
}

TEST_CASE("business news: a ticker and a short form are the company's full name", "[claims][news][business]") {
  auto claims = extract(
      "Shares of Pellworth Foods (PWF.N) are in focus. PWF said net income fell 9% in the third quarter. "
      "Pellworth shares rose 2% to $18.40 after the call.");
  const Claim* income = find(claims, "growth", 9);
  REQUIRE(income);
  CHECK(income->subject == "Pellworth Foods");
  CHECK(income->qualifiers.at("period") == "q3");
  const Claim* price = find(claims, "share_price", 18.4);
  REQUIRE(price);
  CHECK(price->subject == "Pellworth Foods");
  REQUIRE(find(claims, "stock_change", 2));
  CHECK(find(claims, "stock_change", 2)->qualifiers.at("move") == "up");
}

TEST_CASE("business news: an anaphor after a person's name points back to the company", "[claims][news][business]") {
  auto claims = extract(
      "Orvane Motors Inc. recalled 3,000 cars this week. Analyst Ben Tully kept his rating even though the shares are "
      "trading at $61.20, down about 3% on the day.");
  const Claim* price = find(claims, "share_price", 61.2);
  REQUIRE(price);
  CHECK(price->subject == "Orvane Motors");
}

TEST_CASE("business news: a loss and the year-earlier loss, with their period", "[claims][news][business]") {
  auto claims = extract(
      "Orvane Motors Inc. said it lost $41.5 million in the third quarter. "
      "That compares with a loss of $97 million in the same period last year.");
  const Claim* loss = find(claims, "profit", 41.5e6);
  REQUIRE(loss);
  CHECK(loss->subject == "Orvane Motors");
  CHECK(loss->qualifiers.at("kind") == "loss");
  CHECK(loss->qualifiers.at("period") == "q3");
  const Claim* prior = find(claims, "profit", 97e6);
  REQUIRE(prior);
  CHECK(prior->subject == "Orvane Motors");
  CHECK(prior->qualifiers.at("period") == "prior");
}

TEST_CASE("business news: the quarter a result is for", "[claims][news][business]") {
  auto fourth = extract("Sales at Dunmore Retail rose 5% to $2.4bn in the fourth quarter.");
  const Claim* sales = find(fourth, "revenue", 2.4e9);
  REQUIRE(sales);
  CHECK(sales->subject == "Dunmore Retail");
  CHECK(sales->qualifiers.at("period") == "q4");
  auto quarterly = extract("Quarterly sales at Dunmore Retail rose 5% to $2.4bn.");
  REQUIRE(find(quarterly, "revenue", 2.4e9));
  CHECK(find(quarterly, "revenue", 2.4e9)->qualifiers.at("period") == "quarterly");
}

TEST_CASE("business news: guidance is a plan, not a result", "[claims][news][business]") {
  auto claims = extract("Keldon Systems Corp. cut 1,200 jobs. The company expects full-year revenue of about $3.2 billion.");
  const Claim* guidance = find(claims, "revenue", 3.2e9);
  REQUIRE(guidance);
  CHECK(guidance->subject == "Keldon Systems");
  CHECK(guidance->modality == Modality::plan);
  CHECK(guidance->qualifiers.at("kind") == "guidance");
  CHECK(find(claims, "jobs_cut", 1200));
}

TEST_CASE("business news: a deal's value, in dollars when a conversion is given", "[claims][news][business]") {
  auto converted = extract("Tarrow agreed to buy the bag maker Silkwood for 700 million pounds, or about $900 million.");
  CHECK(find(converted, "deal_value", 9e8));
  CHECK_FALSE(find(converted, "deal_value", 7e8));
  auto plain = extract("Tarrow agreed to buy the bag maker Silkwood for $900 million in cash.");
  REQUIRE(find(plain, "deal_value", 9e8));
  CHECK(find(plain, "deal_value", 9e8)->subject == "event");
}

TEST_CASE("business news: an index's move in points, in percent and its close", "[claims][news][business]") {
  auto claims = extract("On Wednesday the Dow ended down 640 points, or 2.6%, at 23,950.");
  const Claim* points = find(claims, "index_change", 640);
  REQUIRE(points);
  CHECK(points->subject == "Dow Jones Industrial Average");
  CHECK(points->qualifiers.at("move") == "down");
  CHECK(find(claims, "index_level", 23950));
  CHECK(find(claims, "stock_change", 2.6));
}

TEST_CASE("business news: no company named anywhere gives no company claim", "[claims][news][business]") {
  auto claims = extract("Prices of bread rose 3% last year, and shares fell 2% on the news.");
  CHECK_FALSE(find(claims, "stock_change", 2));
}
