// Comparison rules for news facts (attributes.json: event, agreement_only).
#include <catch2/catch.hpp>

#include "check/claim_builder.h"
#include "check/compare.h"

using namespace claimcheck;
using claimcheck::testing::C;

namespace {

std::string kinds(const std::vector<Finding>& found) {
  std::string s;
  for (const Finding& f : found) s += (s.empty() ? "" : ",") + std::string(to_string(f.kind));
  return s;
}

C toll(const std::string& doc, double n) { return std::move(C(doc, "event", "deaths").num(n, 0, "people")); }

}  // namespace

TEST_CASE("news: an event's counts in undated articles of one story are compared", "[check][news]") {
  CHECK(kinds(check::compare_group({toll("a", 7), toll("b", 9)})) == "conflict");
  CHECK(kinds(check::compare_group({toll("a", 7), toll("b", 7)})) == "agreement");
}

TEST_CASE("news: a toll that rises between dated articles changed over time", "[check][news]") {
  CHECK(kinds(check::compare_group({toll("a", 7).as_of("2026-03-01"), toll("b", 9).as_of("2026-03-02")})) ==
        "changed_over_time");
}

TEST_CASE("news: part vs whole: a document's largest count is its whole", "[check][news]") {
  // a: 2 killed in one town, 9 in all; b: 9 in all.  Not a conflict, and 9 agrees.
  CHECK(kinds(check::compare_group({toll("a", 2), toll("a", 9), toll("b", 9)})) == "agreement");
  // a's whole is 9, b's is 12: the wholes disagree.
  auto found = check::compare_group({toll("a", 2), toll("a", 9), toll("b", 12)});
  CHECK(kinds(found) == "conflict");
}

TEST_CASE("news: 'as many as 100' keeps a floor, so it disagrees with 'up to 50'", "[check][news]") {
  C many = toll("a", 100);
  many.bound(Bound::at_most);
  Claim a = many;
  a.value.min = 60;
  C upto = toll("b", 80);
  upto.bound(Bound::at_most);
  Claim b = upto;
  b.value.min = 48;
  CHECK(kinds(check::compare_group({a, b})) == "agreement");  // 60..80 is in both
  b.value.value = 50, b.value.min = 30;
  CHECK(kinds(check::compare_group({a, b})) == "conflict");
}

TEST_CASE("news: mentions corroborate and never conflict", "[check][news]") {
  auto mention = [](const std::string& doc, double n) {
    return std::move(C(doc, "event", "count").q("noun", "jersey").num(n, 0, "jersey"));
  };
  CHECK(kinds(check::compare_group({mention("a", 15000), mention("b", 15000)})) == "agreement");
  CHECK(kinds(check::compare_group({mention("a", 15000), mention("b", 10000)})).empty());
}

TEST_CASE("news: a soft qualifier (the offence charged) parts two facts only within one document", "[check][news]") {
  auto counts = [](const std::string& doc, const std::string& offence, double n) {
    return std::move(C(doc, "event", "charge_counts").q("offence", offence).num(n, 0, "counts"));
  };
  // Two reports, one charge told two ways: five counts vs four is a conflict.
  auto found = check::compare_group({counts("a", "murder", 5), counts("b", "homicide", 4)});
  REQUIRE(kinds(found) == "conflict");
  CHECK(found.front().qualifiers.count("offence") == 0);
  // A document naming both offences tells of two charges: each compared on its own.
  CHECK(kinds(check::compare_group({counts("a", "murder", 5), counts("a", "assault", 2), counts("b", "assault", 3)})) ==
        "conflict");
  CHECK(kinds(check::compare_group({counts("a", "murder", 5), counts("a", "assault", 2), counts("b", "homicide", 5)})).empty());
}

TEST_CASE("news: counts told by different sources (police, organisers) are no conflict between outlets", "[check][news]") {
  auto crowd = [](const std::string& doc, double n, const std::string& source) {
    C c(doc, "event", "crowd_size");
    c.num(n, 0, "people");
    if (!source.empty()) c.q(std::string(kSourceQualifier), source);
    return c;
  };
  auto found = check::compare_group({crowd("a", 5000, "authorities"), crowd("b", 20000, "organisers")});
  REQUIRE(kinds(found) == "not_comparable");
  CHECK(found.front().explanation.find("told by different sources") != std::string::npos);
  CHECK(found.front().qualifiers.count(std::string(kSourceQualifier)) == 0);
  // The same kind of source giving two counts, or a count with no source: a conflict.
  CHECK(kinds(check::compare_group({crowd("a", 5000, "authorities"), crowd("b", 7000, "authorities")})) == "conflict");
  CHECK(kinds(check::compare_group({crowd("a", 5000, "authorities"), crowd("b", 20000, "")})) == "conflict");
  // Two outlets quoting the police agree, whatever else they say.
  CHECK(kinds(check::compare_group({crowd("a", 5000, "authorities"), crowd("b", 5000, "authorities")})) == "agreement");
}

TEST_CASE("news: a crowd's tolerance never widens an open bound to everything", "[check][news]") {
  // "the crowd was put at 15,000" and "more than 60,000 demonstrators": one
  // crowd (group is soft for crowd_size), and 15,000 is outside "more than 60,000"
  // whatever slack crowd sizes get.
  C put = C("a", "event", "crowd_size").q("group", "crowd").num(15000, 2, "people");
  C more = C("b", "event", "crowd_size").q("group", "protesters").num(60000, 1, "people");
  more.bound(Bound::more_than);
  Claim b = more;
  b.value.min = 60000;
  CHECK(kinds(check::compare_group({put, b})) == "conflict");
}


TEST_CASE("news: 'more than 21 years' is not 23 years, 'more than 20 years' may be", "[check][news]") {
  auto served = [](const std::string& doc, double years, int digits) {
    return std::move(C(doc, "event", "time_served").duration(years, digits, "year"));
  };
  C specific = served("a", 21, 2);
  specific.bound(Bound::more_than);
  CHECK(kinds(check::compare_group({specific, served("b", 23, 2)})) == "conflict");
  CHECK(kinds(check::compare_group({specific, served("b", 21.5, 3)})) == "agreement");
  C round = served("a", 20, 1);
  round.bound(Bound::more_than);
  CHECK(kinds(check::compare_group({round, served("b", 23, 2)})) == "agreement");
  C about = served("a", 21, 2);
  about.bound(Bound::more_than).approx();
  CHECK(kinds(check::compare_group({about, served("b", 23, 2)})) == "agreement");
}

TEST_CASE("news: an age one year apart a day later is a disagreement, a year later a birthday", "[check][news]") {
  auto age = [](const std::string& doc, double years, const std::string& day) {
    return std::move(C(doc, "Imra Solvik", "age").num(years, 2, "years").as_of(day));
  };
  CHECK(kinds(check::compare_group({age("a", 22, "2026-08-30"), age("b", 23, "2026-08-31")})) == "conflict");
  CHECK(kinds(check::compare_group({age("a", 22, "2025-08-30"), age("b", 23, "2026-08-31")})) ==
        "changed_over_time");
  // Younger later, or older by more than the years between: never a birthday.
  CHECK(kinds(check::compare_group({age("a", 40, "2025-01-10"), age("b", 39, "2026-03-01")})) == "conflict");
  CHECK(kinds(check::compare_group({age("a", 30, "2025-01-10"), age("b", 34, "2026-03-01")})) == "conflict");
}

TEST_CASE("news: 'about 7:40 p.m.' allows a quarter of an hour, not an hour", "[check][news]") {
  auto at = [](const std::string& doc, int hour, int minute) {
    return std::move(C(doc, "event", "event_time").q("event", "occurred").clock(hour, minute));
  };
  C about = at("a", 19, 40);
  about.approx();
  CHECK(kinds(check::compare_group({about, at("b", 18, 40)})) == "conflict");
  CHECK(kinds(check::compare_group({about, at("b", 19, 50)})) == "agreement");
  CHECK(kinds(check::compare_group({at("a", 19, 40), at("b", 19, 45)})) == "conflict");
}
