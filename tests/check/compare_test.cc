// The comparison rules of issue 6, one TEST_CASE per rule, on hand-built claims.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "check/claim_builder.h"
#include "check/compare.h"
#include "claimcheck/json.h"

using namespace claimcheck;
using claimcheck::testing::C;

namespace {

// Every rule through both overloads: the one that takes the claims (each
// moved into its last finding) must find exactly what the copying one finds.
std::vector<Finding> run(const std::vector<Claim>& claims) {
  std::vector<Finding> copied = check::compare_group(claims);
  std::vector<Finding> taken = check::compare_group(std::vector<Claim>(claims));
  CHECK(nlohmann::json(taken).dump() == nlohmann::json(copied).dump());
  return copied;
}

// "conflict,agreement": the kinds found, in output order.
std::string kinds(const std::vector<Finding>& found) {
  std::string s;
  for (const Finding& f : found) s += (s.empty() ? "" : ",") + std::string(to_string(f.kind));
  return s;
}

const Finding& only(const std::vector<Finding>& found, FindingKind kind) {
  auto n = std::count_if(found.begin(), found.end(), [&](const Finding& f) { return f.kind == kind; });
  INFO("kinds: " << kinds(found));
  REQUIRE(n == 1);
  return *std::find_if(found.begin(), found.end(), [&](const Finding& f) { return f.kind == kind; });
}

std::size_t docs_supporting(const Finding& f, const std::string& value) {
  for (const Support& s : f.support)
    if (s.value == value) return s.docs.size();
  return 0;
}

}  // namespace

TEST_CASE("dates on different days conflict, with a one-line explanation", "[check][dates]") {
  auto found = run({C("003").day("2026-04-23"), C("002").day("2026-04-24")});
  CHECK(kinds(found) == "conflict");
  const Finding& f = only(found, FindingKind::conflict);
  CHECK(f.severity == Severity::error);
  CHECK(f.explanation == "003 says 2026-04-23, 002 says 2026-04-24: one day apart");
  CHECK(f.subject == "GPT-5.5");
  CHECK(f.attribute == "release_date");
  REQUIRE(f.claims.size() == 2);
  REQUIRE(f.support.size() == 2);
  CHECK(f.support[0].value == "2026-04-23");
  CHECK(f.support[0].docs == std::vector<std::string>{"corpus/003_0123456789abcdef.txt"});
  CHECK(f.support[1].value == "2026-04-24");
  CHECK(f.fingerprint.size() == 16);
}

TEST_CASE("dates further apart say how many days", "[check][dates]") {
  auto found = run({C("001").day("2026-04-14"), C("002").day("2026-04-24")});
  CHECK(only(found, FindingKind::conflict).explanation == "001 says 2026-04-14, 002 says 2026-04-24: 10 days apart");
}

TEST_CASE("the same day from two documents is an agreement", "[check][dates][support]") {
  auto found = run({C("002").day("2026-04-24"), C("003").day("2026-04-24")});
  CHECK(kinds(found) == "agreement");
  const Finding& f = only(found, FindingKind::agreement);
  CHECK(f.severity == Severity::info);
  CHECK(f.explanation == "002, 003 say 2026-04-24: 2 documents agree");
  CHECK(docs_supporting(f, "2026-04-24") == 2);
}

TEST_CASE("dates compare at their precision", "[check][dates]") {
  SECTION("a month (bounds from the precision) agrees with a day inside it") {
    auto found = run({C("001").dates("2026-04-01", "", DatePrecision::month), C("002").day("2026-04-24")});
    CHECK(kinds(found) == "agreement");
    // The more precise value stands for the group.
    CHECK(only(found, FindingKind::agreement).support[0].value == "2026-04-24");
  }
  SECTION("a month given as first and last day agrees with a day inside it") {
    auto found = run({C("001").dates("2026-04-01", "2026-04-30", DatePrecision::month), C("002").day("2026-04-24")});
    CHECK(kinds(found) == "agreement");
  }
  SECTION("a month conflicts with a day in another month") {
    auto found = run({C("001").dates("2026-04-01", "", DatePrecision::month), C("002").day("2026-05-02")});
    CHECK(kinds(found) == "conflict");
    CHECK(only(found, FindingKind::conflict).explanation ==
          "001 says 2026-04-01, 002 says 2026-05-02: 2 days apart");
  }
  SECTION("a month bounded at its last day") {
    CHECK(kinds(run({C("001").dates("2026-02-01", "", DatePrecision::month), C("002").day("2026-02-28")})) ==
          "agreement");
    CHECK(kinds(run({C("001").dates("2026-02-01", "", DatePrecision::month), C("002").day("2026-03-01")})) ==
          "conflict");
  }
  SECTION("mid-February is an interval: a day inside agrees, a day outside conflicts") {
    CHECK(kinds(run({C("001").dates("2026-02-11", "2026-02-20", DatePrecision::part_of_month),
                     C("002").day("2026-02-15")})) == "agreement");
    auto found = run({C("001").dates("2026-02-11", "2026-02-20", DatePrecision::part_of_month),
                      C("002").day("2026-02-25")});
    CHECK(kinds(found) == "conflict");
    CHECK(only(found, FindingKind::conflict).explanation ==
          "001 says 2026-02-11..2026-02-20, 002 says 2026-02-25: 5 days apart");
  }
  SECTION("a year agrees with any day of it") {
    CHECK(kinds(run({C("001").dates("2026-01-01", "", DatePrecision::year), C("002").day("2026-12-31")})) ==
          "agreement");
    CHECK(kinds(run({C("001").dates("2025-01-01", "", DatePrecision::year), C("002").day("2026-01-01")})) ==
          "conflict");
  }
  SECTION("two whole years are a year apart, two whole months a month apart") {
    auto found = run({C("001").dates("1899-01-01", "", DatePrecision::year),
                      C("002").dates("1900-01-01", "", DatePrecision::year)});
    CHECK(only(found, FindingKind::conflict).explanation ==
          "001 says 1899-01-01, 002 says 1900-01-01: one year apart");
    found = run({C("001").dates("2011-03-01", "", DatePrecision::month),
                 C("002").dates("2011-05-01", "", DatePrecision::month)});
    CHECK(only(found, FindingKind::conflict).explanation ==
          "001 says 2011-03-01, 002 says 2011-05-01: 2 months apart");
  }
  SECTION("quarters and halves") {
    CHECK(kinds(run({C("001").dates("2026-04-01", "", DatePrecision::quarter), C("002").day("2026-06-30")})) ==
          "agreement");
    CHECK(kinds(run({C("001").dates("2026-04-01", "", DatePrecision::quarter), C("002").day("2026-07-01")})) ==
          "conflict");
    CHECK(kinds(run({C("001").dates("2026-07-01", "", DatePrecision::half_year), C("002").day("2026-12-01")})) ==
          "agreement");
    CHECK(kinds(run({C("001").dates("2026-01-01", "", DatePrecision::half_year), C("002").day("2026-07-01")})) ==
          "conflict");
  }
  SECTION("late April agrees with April 24 and conflicts with April 2") {
    CHECK(kinds(run({C("003").dates("2026-04-21", "2026-04-30", DatePrecision::part_of_month),
                     C("002").day("2026-04-24")})) == "agreement");
    CHECK(kinds(run({C("003").dates("2026-04-21", "2026-04-30", DatePrecision::part_of_month),
                     C("002").day("2026-04-02")})) == "conflict");
  }
}

TEST_CASE("numbers compare at the precision the text gave", "[check][numbers]") {
  auto total = [](const char* doc) { return C(doc).about("DeepSeek V4-Pro", "parameters").q("scope", "total"); };
  SECTION("1.6 trillion agrees with 1,600 billion and with about 1.58 trillion") {
    CHECK(kinds(run({total("002").num(1.6e12, 2, "parameters"), total("003").num(1.6e12, 4, "parameters")})) ==
          "agreement");
    CHECK(kinds(run({total("002").num(1.6e12, 2, "parameters"),
                     total("005").num(1.58e12, 3, "parameters").approx()})) == "agreement");
    auto all = run({total("002").num(1.6e12, 2, "parameters"), total("003").num(1.6e12, 4, "parameters"),
                    total("005").num(1.58e12, 3, "parameters").approx()});
    CHECK(kinds(all) == "agreement");
    CHECK(only(all, FindingKind::agreement).support.size() == 1);
    CHECK(only(all, FindingKind::agreement).support[0].docs.size() == 3);
  }
  SECTION("1.6 trillion and 1.1 trillion conflict") {
    auto found = run({total("002").num(1.6e12, 2, "parameters"), total("003").num(1.1e12, 2, "parameters")});
    CHECK(kinds(found) == "conflict");
    CHECK(only(found, FindingKind::conflict).explanation ==
          "003 says 1.1T parameters, 002 says 1.6T parameters: differ by 31%");
  }
  SECTION("neighbouring values at the same precision do not touch") {
    CHECK(kinds(run({total("002").num(1.6e12, 2, "parameters"), total("003").num(1.7e12, 2, "parameters")})) ==
          "conflict");
    CHECK(kinds(run({total("002").num(1.6e12, 2, "parameters"), total("003").num(1.66e12, 3, "parameters")})) ==
          "conflict");
    CHECK(kinds(run({total("002").num(1.6e12, 2, "parameters"), total("003").num(1.64e12, 3, "parameters")})) ==
          "agreement");
  }
  SECTION("a number without significant digits is exact") {
    CHECK(kinds(run({total("002").num(100, 0, "parameters"), total("003").num(100.5, 0, "parameters")})) ==
          "conflict");
    CHECK(kinds(run({total("002").num(100, 0, "parameters"), total("003").num(100, 0, "parameters")})) ==
          "agreement");
  }
  SECTION("about stretches a value by 5%") {
    CHECK(kinds(run({total("002").num(20e9, 2).approx(), total("003").num(20.9e9, 3)})) == "agreement");
    CHECK(kinds(run({total("002").num(20e9, 2).approx(), total("003").num(21.2e9, 3)})) == "conflict");
  }
}

TEST_CASE("percentages: nearly 30% agrees with 29.4 %", "[check][numbers][percent]") {
  auto share = [](const char* doc) {
    return C(doc).about("Chinese open-source models", "market_share").as_of("2026-01-15");
  };
  CHECK(kinds(run({share("001").pct(30, 1).approx(), share("006").pct(29.4, 3)})) == "agreement");
  CHECK(kinds(run({share("001").pct(30, 2).approx().bound(Bound::at_most), share("006").pct(29.4, 3)})) ==
        "agreement");
  CHECK(kinds(run({share("001").pct(30, 2), share("006").pct(29.4, 3)})) == "conflict");
  auto found = run({share("001").pct(30, 2), share("006").pct(29.4, 3)});
  CHECK(only(found, FindingKind::conflict).explanation ==
        "006 says 29.4%, 001 says 30%: differ by 2.0%, all as of 2026-01-15");
  SECTION("percent and percentage points are different units") {
    auto f = run({share("001").pct(13, 2), share("002").pct(13, 2, "pp")});
    CHECK(kinds(f) == "unit_mismatch");
  }
}

TEST_CASE("bounds agree with any value on their side", "[check][numbers][bounds]") {
  auto val = [](const char* doc) { return C(doc).about("Anthropic", "valuation").as_of("2026-04-27"); };
  CHECK(kinds(run({val("000").money(1e12, 1, "USD").bound(Bound::more_than), val("007").money(1.2e12, 2, "USD")})) ==
        "agreement");
  CHECK(kinds(run({val("000").money(1e12, 1, "USD").bound(Bound::more_than), val("007").money(3e12, 1, "USD")})) ==
        "agreement");
  auto below = run({val("000").money(1e12, 1, "USD").bound(Bound::more_than), val("007").money(8.52e11, 3, "USD")});
  CHECK(kinds(below) == "conflict");
  CHECK(only(below, FindingKind::conflict).explanation ==
        "007 says $852 billion, 000 says more than $1 trillion: outside the stated bound, all as of 2026-04-27");
  CHECK(kinds(run({val("000").money(5e9, 1, "USD").bound(Bound::less_than), val("007").money(4e9, 1, "USD")})) ==
        "agreement");
  CHECK(kinds(run({val("000").money(5e9, 1, "USD").bound(Bound::at_most), val("007").money(6e9, 1, "USD")})) ==
        "conflict");
  CHECK(kinds(run({C("000", "DeepSeek", "release_gap").duration(400, 3, "days").bound(Bound::more_than),
                   C("007", "DeepSeek", "release_gap").duration(14, 2, "months")})) == "agreement");
}

TEST_CASE("ranges overlap or not", "[check][numbers][ranges]") {
  auto gap = [](const char* doc) { return C(doc).about("open-source gap", "lag"); };
  CHECK(kinds(run({gap("003").duration(9, 1, "months").range(6, 12), gap("008").duration(5, 1, "months").range(3, 6)})) ==
        "agreement");
  CHECK(kinds(run({gap("003").duration(9, 1, "months").range(6, 12), gap("008").duration(2, 1, "months").range(1, 3)})) ==
        "conflict");
  // Durations in different units are compared in days: 2 years = 24 months.
  CHECK(kinds(run({gap("003").duration(2, 1, "years"), gap("008").duration(24, 2, "months")})) == "agreement");
  CHECK(kinds(run({gap("003").duration(1, 1, "year"), gap("008").duration(2, 1, "weeks")})) == "conflict");
}

TEST_CASE("money compares per 1e6 tokens and within one currency", "[check][money]") {
  auto out = [](const char* doc) {
    return C(doc).about("DeepSeek V4-Flash", "price").q("direction", "output").as_of("2026-04-24");
  };
  SECTION("rates are aligned to the same denominator") {
    CHECK(kinds(run({out("002").money(0.28, 2, "USD", 1e6, "tokens"),
                     out("009").money(0.00028, 2, "USD", 1e3, "tokens")})) == "agreement");
    CHECK(kinds(run({out("002").money(0.28, 2, "USD", 1e6, "tokens"), out("009").money(0.28, 2, "USD", 1e3, "tokens")})) ==
          "conflict");
    CHECK(kinds(run({out("002").money(0.28, 2, "USD", 1e6, "tokens"), out("009").money(0.30, 2, "USD", 1e6, "tokens")})) ==
          "conflict");
  }
  SECTION("a bare price joins the one rate its group states") {
    CHECK(kinds(run({out("002").money(3.48, 3, "USD"), out("009").money(3.48, 3, "USD", 1e6, "tokens")})) ==
          "agreement");
  }
  SECTION("a different rate denominator is a unit mismatch") {
    auto found = run({out("002").money(0.28, 2, "USD", 1e6, "tokens"), out("009").money(20, 2, "USD", 1, "month")});
    CHECK(kinds(found) == "unit_mismatch");
    CHECK(only(found, FindingKind::unit_mismatch).explanation ==
          "009 says $20 per month, 002 says $0.28 per million tokens: per month vs per million tokens are different units");
  }
  SECTION("USD vs CNY without a conversion in the text is not compared, and said so") {
    auto found = run({out("002").money(0.28, 2, "USD", 1e6, "tokens"), out("009").money(2, 1, "CNY", 1e6, "tokens")});
    CHECK(kinds(found) == "not_comparable");
    const Finding& f = only(found, FindingKind::not_comparable);
    CHECK(f.severity == Severity::info);
    CHECK(f.explanation ==
          "009 says 2 CNY per million tokens, 002 says $0.28 per million tokens: no conversion between CNY and USD given "
          "in the text, not compared");
  }
  SECTION("a conversion given in one sentence makes the currencies comparable") {
    auto gpt = [](const char* doc) { return C(doc).about("GPT-5.5", "price").q("direction", "output").as_of("2026-04-24"); };
    // 002: "$30 per million tokens for output (~216 RMB)" on one line: 7.2 CNY per USD.
    std::vector<Claim> claims = {gpt("002").money(30, 2, "USD", 1e6, "tokens").line(7),
                                 gpt("002").money(216, 3, "CNY", 1e6, "tokens").approx().line(7),
                                 gpt("003").money(30, 2, "USD", 1e6, "tokens"),
                                 gpt("010").money(216, 3, "CNY", 1e6, "tokens")};
    auto found = run(claims);
    CHECK(kinds(found) == "agreement");
    CHECK(only(found, FindingKind::agreement).support[0].docs.size() == 3);
    claims.push_back(gpt("011").money(360, 3, "CNY", 1e6, "tokens"));  // = $50 at that rate
    auto with_outlier = run(claims);
    CHECK(kinds(with_outlier) == "conflict");
    CHECK(docs_supporting(only(with_outlier, FindingKind::conflict), "360 CNY per 1e6 tokens") == 1);
  }
  SECTION("prices of one direction and as-of date conflict") {
    auto found = run({out("002").money(0.28, 2, "USD", 1e6, "tokens"), out("009").money(0.42, 2, "USD", 1e6, "tokens")});
    CHECK(only(found, FindingKind::conflict).explanation ==
          "002 says $0.28 per million tokens, 009 says $0.42 per million tokens: differ by 33%, all as of 2026-04-24");
  }
}

TEST_CASE("different qualifiers are different facts, never a conflict", "[check][qualifiers]") {
  SECTION("input vs output price") {
    auto found = run({C("003", "DeepSeek V4-Flash", "price").q("direction", "input").money(0.14, 2, "USD", 1e6, "tokens"),
                      C("002", "DeepSeek V4-Flash", "price").q("direction", "output").money(0.28, 2, "USD", 1e6, "tokens")});
    CHECK(found.empty());
  }
  SECTION("total vs activated parameters") {
    auto found = run({C("002", "DeepSeek V4-Pro", "parameters").q("scope", "total").num(1.6e12, 2, "parameters"),
                      C("002", "DeepSeek V4-Pro", "parameters").q("scope", "active").num(49e9, 2, "parameters"),
                      C("003", "DeepSeek V4-Pro", "parameters").q("scope", "total").num(1.6e12, 2, "parameters")});
    CHECK(kinds(found) == "agreement");
    CHECK(only(found, FindingKind::agreement).qualifiers.at("scope") == "total");
  }
  SECTION("V4-Pro vs V4-Flash") {
    auto found = run({C("002", "DeepSeek V4-Pro", "parameters").q("scope", "total").num(1.6e12, 2, "parameters"),
                      C("002", "DeepSeek V4-Flash", "parameters").q("scope", "total").num(284e9, 3, "parameters")});
    CHECK(found.empty());
  }
  SECTION("a qualifier present vs absent is a different key too") {
    auto found = run({C("002", "GPT-5.5", "benchmark_score").q("benchmark", "Terminal-Bench 2.0").pct(82.7, 3),
                      C("002", "GPT-5.5", "benchmark_score").q("benchmark", "OSWorld-Verified").pct(78.7, 3)});
    CHECK(found.empty());
  }
}

TEST_CASE("different units of one attribute are a unit mismatch", "[check][units]") {
  auto ctx = [](const char* doc) { return C(doc).about("DeepSeek V4", "context_window"); };
  auto found = run({ctx("002").num(1e6, 1, "tokens"), ctx("000").num(1e6, 1, "words")});
  CHECK(kinds(found) == "unit_mismatch");
  const Finding& f = only(found, FindingKind::unit_mismatch);
  CHECK(f.severity == Severity::warning);
  CHECK(f.explanation.find("002 says " + display_text(Claim(ctx("002").num(1e6, 1, "tokens")).value)) == 0);
  CHECK(f.explanation.find("tokens vs words are different units") != std::string::npos);
  CHECK(f.support.size() == 2);
  SECTION("units compare without case or plural") {
    CHECK(kinds(run({ctx("002").num(1e6, 1, "tokens"), ctx("003").num(1e6, 1, "Token")})) == "agreement");
  }
  SECTION("a bare number joins the one unit stated") {
    CHECK(kinds(run({ctx("002").num(1e6, 1, "tokens"), ctx("003").num(1e6, 1)})) == "agreement");
  }
  SECTION("a bare number with two units stated stays apart") {
    auto f3 = run({ctx("002").num(1e6, 1, "tokens"), ctx("000").num(1e6, 1, "words"), ctx("003").num(1e6, 1)});
    CHECK(kinds(f3) == "unit_mismatch");
    CHECK(only(f3, FindingKind::unit_mismatch).claims.size() == 3);
  }
  SECTION("within each unit, values are still compared") {
    auto f4 = run({ctx("002").num(1e6, 1, "tokens"), ctx("003").num(1.28e5, 3, "tokens"),
                   ctx("000").num(1e6, 1, "words")});
    CHECK(kinds(f4) == "conflict,unit_mismatch");
  }
}

TEST_CASE("a plan vs what happened is its own kind", "[check][plan]") {
  auto v4 = [](const char* doc) { return C(doc).about("DeepSeek V4", "release_date"); };
  SECTION("planned mid-February, released April 24: a slip, not a contradiction") {
    auto found = run({v4("001").dates("2026-02-11", "2026-02-20", DatePrecision::part_of_month).modality(Modality::plan),
                      v4("002").day("2026-04-24"), v4("003").day("2026-04-24")});
    CHECK(kinds(found) == "plan_vs_actual,agreement");
    const Finding& f = only(found, FindingKind::plan_vs_actual);
    CHECK(f.severity == Severity::info);
    CHECK(f.explanation == "001 planned 2026-02-11..2026-02-20, 002, 003 say 2026-04-24: 63 days later than planned");
    CHECK(f.claims.size() == 3);
    CHECK(docs_supporting(only(found, FindingKind::agreement), "2026-04-24") == 2);
  }
  SECTION("a plan kept") {
    auto found = run({v4("001").dates("2026-04-21", "2026-04-30", DatePrecision::part_of_month).modality(Modality::plan),
                      v4("002").day("2026-04-24")});
    CHECK(kinds(found) == "plan_vs_actual");
    CHECK(found[0].explanation == "001 planned 2026-04-21..2026-04-30, 002 says 2026-04-24: as planned");
  }
  SECTION("earlier than planned") {
    auto found = run({v4("001").day("2026-05-01").modality(Modality::plan), v4("002").day("2026-04-24")});
    CHECK(found[0].explanation == "001 planned 2026-05-01, 002 says 2026-04-24: 7 days earlier than planned");
  }
  SECTION("an estimate vs the outcome") {
    auto rev = [](const char* doc) { return C(doc).about("DeepSeek", "funding").as_of("2026-04-27"); };
    auto found = run({rev("000").money(1.8e9, 2, "USD").modality(Modality::estimate), rev("012").money(2.4e9, 2, "USD")});
    CHECK(kinds(found) == "plan_vs_actual");
    CHECK(found[0].explanation == "000 expected $1.8 billion, 012 says $2.4 billion: 33% higher than expected");
  }
  SECTION("plans alone are compared with each other") {
    CHECK(kinds(run({v4("001").day("2026-02-15").modality(Modality::plan),
                     v4("013").day("2026-03-15").modality(Modality::plan)})) == "conflict");
    CHECK(kinds(run({v4("001").day("2026-02-15").modality(Modality::plan),
                     v4("013").day("2026-02-15").modality(Modality::plan)})) == "agreement");
  }
  SECTION("reported values are not plans, but a rumour before the fact is an expectation") {
    CHECK(kinds(run({v4("002").day("2026-04-24").modality(Modality::reported),
                     v4("003").day("2026-04-23").modality(Modality::stated)})) == "conflict");
    CHECK(kinds(run({v4("002").day("2026-04-24").modality(Modality::reported),
                     v4("003").day("2026-04-23").modality(Modality::rumour)})) == "plan_vs_actual");
  }
  SECTION("a model's figure reported before any page states it is an expectation too") {
    auto params = [](const char* doc, double v, const char* as_of) {
      return C(doc, "Lumen-5", "parameters").num(v, 2, "parameters").as_of(as_of);
    };
    auto found = run({params("rumour", 1.5e12, "2026-06-10").modality(Modality::reported),
                      params("launch", 9.5e11, "2026-07-07"), params("card", 9.5e11, "2026-07-08")});
    CHECK(kinds(found) == "plan_vs_actual,agreement");
    CHECK(found[0].explanation.find("rumour reported beforehand") != std::string::npos);
    // Reported after the figure was stated, it is a source like any other.
    CHECK(kinds(run({params("late", 1.5e12, "2026-07-20").modality(Modality::reported),
                     params("launch", 9.5e11, "2026-07-07")})) == "conflict");
  }
}

TEST_CASE("time-varying attributes change over time instead of conflicting", "[check][time]") {
  auto openai = [](const char* doc) { return C(doc).about("OpenAI", "valuation"); };
  SECTION("an unknown as-of date is said so") {
    auto found = run({openai("004").money(157e9, 3, "USD"), openai("000").money(852e9, 3, "USD").as_of("2026-03-31")});
    CHECK(kinds(found) == "changed_over_time");
    const Finding& f = found[0];
    CHECK(f.severity == Severity::info);
    CHECK(f.explanation ==
          "000 says $852 billion (as of 2026-03-31); 004 says $157 billion (as-of date unknown): values from different "
          "times, not a conflict; 004 gives no as-of date");
    REQUIRE(f.claims.size() == 2);
    CHECK(f.claims[0].as_of == "2026-03-31");  // known dates first
    CHECK(f.claims[1].as_of.empty());
  }
  SECTION("values in as-of order") {
    auto found = run({openai("000").money(852e9, 3, "USD").as_of("2026-03-31"),
                      openai("004").money(157e9, 3, "USD").as_of("2024-10-02")});
    CHECK(kinds(found) == "changed_over_time");
    CHECK(found[0].explanation ==
          "004 says $157 billion (as of 2024-10-02); 000 says $852 billion (as of 2026-03-31): changed over time, not a "
          "conflict");
    CHECK(found[0].claims[0].doc.find("004") != std::string::npos);
  }
  SECTION("different values with the same as-of date do conflict") {
    auto found = run({openai("000").money(852e9, 3, "USD").as_of("2026-03-31"),
                      openai("014").money(600e9, 1, "USD").as_of("2026-03-31")});
    CHECK(kinds(found) == "conflict");
  }
  SECTION("a same-day conflict next to a change over time reports both") {
    auto found = run({openai("000").money(852e9, 3, "USD").as_of("2026-03-31"),
                      openai("014").money(600e9, 1, "USD").as_of("2026-03-31"),
                      openai("004").money(157e9, 3, "USD").as_of("2024-10-02")});
    CHECK(kinds(found) == "conflict,changed_over_time");
  }
  SECTION("the same value at different dates agrees") {
    CHECK(kinds(run({openai("000").money(852e9, 3, "USD").as_of("2026-03-31"),
                     openai("014").money(852e9, 3, "USD").as_of("2026-04-27")})) == "agreement");
  }
  SECTION("attributes that do not vary conflict whatever their as-of dates") {
    auto found = run({C("002", "DeepSeek V4-Pro", "parameters").num(1.6e12, 2).as_of("2026-04-27"),
                      C("015", "DeepSeek V4-Pro", "parameters").num(1.2e12, 2).as_of("2026-05-27")});
    CHECK(kinds(found) == "conflict");
  }
  SECTION("which attributes vary") {
    for (const char* a : {"valuation", "price", "users", "funding", "revenue", "share_price", "market_share"})
      CHECK(check::is_time_varying(a));
    for (const char* a : {"release_date", "parameters", "context_window", "benchmark_score"})
      CHECK_FALSE(check::is_time_varying(a));
  }
}

TEST_CASE("support counts distinct documents", "[check][support]") {
  auto d = [](const char* doc) { return C(doc).about("DeepSeek V4", "release_date"); };
  SECTION("one document repeating a value is not an agreement") {
    CHECK(run({d("002").day("2026-04-24"), d("002").day("2026-04-24")}).empty());
  }
  SECTION("a repeated value counts once") {
    auto found = run({d("002").day("2026-04-24"), d("002").day("2026-04-24"), d("003").day("2026-04-24")});
    const Finding& f = only(found, FindingKind::agreement);
    CHECK(f.support.size() == 1);
    CHECK(f.support[0].docs.size() == 2);
    CHECK(f.claims.size() == 3);
    CHECK(f.explanation == "002, 003 say 2026-04-24: 2 documents agree");
  }
  SECTION("each side of a conflict has its own support") {
    auto found = run({d("002").day("2026-04-24"), d("002").day("2026-04-24"), d("003").day("2026-04-24"),
                      d("016").day("2026-04-23")});
    const Finding& f = only(found, FindingKind::conflict);
    CHECK(docs_supporting(f, "2026-04-24") == 2);
    CHECK(docs_supporting(f, "2026-04-23") == 1);
    CHECK(f.explanation == "016 says 2026-04-23, 002, 003 say 2026-04-24: one day apart");
  }
  SECTION("one document is one source: two values in it are two facts, not a conflict") {
    CHECK(kinds(run({d("002").day("2026-04-24"), d("002").day("2026-04-23")})) == "");
    CHECK(kinds(run({d("002").day("2026-04-24"), d("002").day("2026-04-23"), d("003").day("2026-04-23")})) ==
          "conflict");
  }
  SECTION("three values") {
    auto found = run({d("002").day("2026-04-24"), d("003").day("2026-04-23"), d("016").day("2026-04-01")});
    CHECK(only(found, FindingKind::conflict).explanation ==
          "016 says 2026-04-01, 003 says 2026-04-23, 002 says 2026-04-24: 3 different values");
  }
  SECTION("a single claim has nothing to compare with") {
    CHECK(run({d("002").day("2026-04-24")}).empty());
    CHECK(run({}).empty());
  }
}

TEST_CASE("fingerprints survive unrelated edits and change with the values", "[check][fingerprint]") {
  auto a = run({C("003").day("2026-04-23").line(18).at(100), C("002").day("2026-04-24").line(7).at(200)});
  auto moved = run({C("003").day("2026-04-23").line(40).at(900), C("002").day("2026-04-24").line(9).at(300)});
  auto other = run({C("003").day("2026-04-22"), C("002").day("2026-04-24")});
  REQUIRE(a.size() == 1);
  REQUIRE(moved.size() == 1);
  CHECK(a[0].fingerprint == moved[0].fingerprint);
  CHECK(a[0].fingerprint != other[0].fingerprint);
  auto agreement = run({C("003").day("2026-04-24"), C("002").day("2026-04-24")});
  auto with_third = run({C("003").day("2026-04-24"), C("002").day("2026-04-24"), C("017").day("2026-04-24")});
  CHECK(agreement[0].fingerprint == with_third[0].fingerprint);
  CHECK(a[0].fingerprint == check::fingerprint(a[0]));
}

TEST_CASE("output is deterministic whatever the input order", "[check][order]") {
  std::vector<Claim> claims = {
      C("003").day("2026-04-23"),
      C("002").day("2026-04-24"),
      C("001", "DeepSeek V4", "release_date").dates("2026-02-11", "2026-02-20", DatePrecision::part_of_month).modality(Modality::plan),
      C("002", "DeepSeek V4", "release_date").day("2026-04-24"),
      C("003", "DeepSeek V4", "release_date").day("2026-04-24"),
      C("002", "GPT-5.5", "price").q("direction", "output").money(30, 2, "USD", 1e6, "tokens"),
      C("009", "GPT-5.5", "price").q("direction", "output").money(30, 2, "USD", 1e6, "tokens"),
  };
  auto expected = run(claims);
  // Key order: DeepSeek V4 release_date, GPT-5.5 price, GPT-5.5 release_date.
  CHECK(kinds(expected) == "plan_vs_actual,agreement,agreement,conflict");
  std::mt19937 rng(42);
  for (int i = 0; i < 20; ++i) {
    std::shuffle(claims.begin(), claims.end(), rng);
    auto found = run(claims);
    REQUIRE(found.size() == expected.size());
    for (std::size_t k = 0; k < found.size(); ++k) {
      CHECK(found[k].fingerprint == expected[k].fingerprint);
      CHECK(found[k].explanation == expected[k].explanation);
      REQUIRE(found[k].claims.size() == expected[k].claims.size());
      for (std::size_t c = 0; c < found[k].claims.size(); ++c) CHECK(found[k].claims[c].id == expected[k].claims[c].id);
    }
  }
}

TEST_CASE("severity by kind", "[check][severity]") {
  CHECK(check::severity_of(FindingKind::conflict) == Severity::error);
  CHECK(check::severity_of(FindingKind::unit_mismatch) == Severity::warning);
  CHECK(check::severity_of(FindingKind::plan_vs_actual) == Severity::info);
  CHECK(check::severity_of(FindingKind::changed_over_time) == Severity::info);
  CHECK(check::severity_of(FindingKind::not_comparable) == Severity::info);
  CHECK(check::severity_of(FindingKind::agreement) == Severity::info);
}

TEST_CASE("a value that varies but changes back, or changes within days, is a conflict", "[check][over-time]") {
  auto run = [](std::vector<Claim> claims) { return check::compare_group(claims); };
  auto price = [](const char* doc, double v, const char* as_of) {
    return C(doc, "Zephyr-3 Ultra", "price").money(v, 2, "USD").as_of(as_of);
  };
  SECTION("a page two days after the others gives another price: conflict") {
    CHECK(kinds(run({price("a", 15, "2026-05-14"), price("b", 15, "2026-07-20"), price("c", 10, "2026-07-22")})) ==
          "conflict");
  }
  SECTION("the old price again after the new one: conflict") {
    CHECK(kinds(run({price("a", 15, "2026-01-10"), price("b", 10, "2026-04-20"), price("c", 15, "2026-08-22")})) ==
          "conflict");
  }
  SECTION("a new price months after the old one: changed over time") {
    CHECK(kinds(run({price("a", 15, "2026-01-10"), price("b", 10, "2026-04-20"), price("c", 10, "2026-05-01")})) ==
          "changed_over_time");
  }
}

TEST_CASE("an undated page does not hide a disagreement between dated ones", "[check][over-time][undated]") {
  auto run = [](std::vector<Claim> claims) { return check::compare_group(claims); };
  auto price = [](const char* doc, double v, const char* as_of) {
    return C(doc, "Nova 2.1 Flash-Lite", "price").money(v, 2, "USD").as_of(as_of);
  };
  SECTION("a spec sheet without a date beside two dated pages that disagree within days: conflict") {
    auto found = run({price("a", 0.9, "2026-03-02"), price("b", 1.2, "2026-06-10"), price("c", 0.9, "2026-06-12"),
                      price("sheet", 0.9, "")});
    CHECK(kinds(found) == "conflict,changed_over_time");
    const Finding& f = only(found, FindingKind::conflict);
    CHECK(f.claims.size() == 3);  // the undated sheet is not in it
    for (const Claim& c : f.claims) CHECK(c.doc.find("sheet") == std::string::npos);
  }
  SECTION("dated pages that change once, slowly, beside an undated one: changed over time only") {
    CHECK(kinds(run({price("a", 1.2, "2026-01-02"), price("b", 0.9, "2026-06-10"), price("sheet", 1.2, "")})) ==
          "changed_over_time");
  }
  SECTION("a list price told higher months later, with no word of a change: prices are cut, not raised") {
    auto found = run({price("a", 0.9, "2026-01-02"), price("b", 0.9, "2026-03-10"), price("c", 1.2, "2026-09-01"),
                      price("sheet", 0.9, "")});
    CHECK(kinds(found) == "conflict,changed_over_time");
    CHECK(kinds(run({price("a", 0.9, "2026-01-02"), price("c", 1.2, "2026-09-01")})) == "conflict");
    CHECK(kinds(run({price("a", 1.2, "2026-01-02"), price("c", 0.9, "2026-09-01")})) == "changed_over_time");
  }
  SECTION("dated pages that agree for months beside an undated one that differs: the undated one conflicts") {
    auto found = run({price("a", 0.9, "2026-03-02"), price("b", 0.9, "2026-06-10"), price("sheet", 1.2, "")});
    CHECK(kinds(found) == "conflict");
    CHECK(found[0].explanation.find("every dated source from 2026-03-02 to 2026-06-10 says 0.9 USD, the others give "
                                    "no as-of date") != std::string::npos);
  }
  SECTION("one dated page beside an undated one: the date alone says nothing of the other") {
    CHECK(kinds(run({price("a", 0.9, "2026-03-02"), price("sheet", 1.2, "")})) == "changed_over_time");
  }
  SECTION("an undated page against several undated ones that agree: no date says one price replaced the other") {
    auto found = run({price("a", 0.9, "2026-03-02"), price("sheet", 0.9, ""), price("list", 0.9, ""),
                      price("tracker", 1.2, "")});
    CHECK(kinds(found) == "conflict");
    CHECK(found[0].explanation.find("sources that give no as-of date disagree") != std::string::npos);
  }
  SECTION("one undated page against one other says nothing of which is older") {
    CHECK(kinds(run({price("sheet", 0.9, ""), price("tracker", 1.2, "")})) == "changed_over_time");
    CHECK(kinds(run({price("a", 0.9, "2026-03-02"), price("tracker", 1.2, "")})) == "changed_over_time");
  }
  SECTION("an undated page against a dated and an undated one that agree: one page against several") {
    CHECK(kinds(run({price("a", 0.9, "2026-03-02"), price("sheet", 0.9, ""), price("tracker", 1.2, "")})) ==
          "conflict");
  }
  SECTION("one undated page saying two prices is two facts, not two sources") {
    CHECK(kinds(run({price("a", 0.9, "2026-03-02"), price("sheet", 0.9, ""), price("sheet", 1.2, "")})) ==
          "changed_over_time");
  }
}

TEST_CASE("undated reports of a share price are hours apart, not a disagreement", "[check][over-time][undated]") {
  auto quote = [](const char* doc, double v) { return C(doc, "Halvard Foods", "share_price").money(v, 4, "USD"); };
  for (const Finding& f : check::compare_group({quote("a", 52.10), quote("b", 53.40)}))
    CHECK(f.kind != FindingKind::conflict);
}

TEST_CASE("times of one event an hour apart conflict, and the explanation says how far apart", "[check][times]") {
  auto at = [](const char* doc) { return C(doc).about("event", "event_time").q("event", "occurred"); };
  auto found = run({at("a").clock(11, 45).approx(), at("b").clock(10, 30).approx()});
  CHECK(kinds(found) == "conflict");
  CHECK_THAT(only(found, FindingKind::conflict).explanation, Catch::EndsWith("1 h 15 min apart"));
  CHECK(kinds(run({at("a").clock(11, 45).approx(), at("c").clock(11, 40).approx()})) == "agreement");
}

TEST_CASE("lengths and weights compare across the units the articles wrote", "[check][measures]") {
  auto snow = [](const char* doc) { return C(doc).about("event", "precipitation").q("precip", "snow"); };
  // 14 inches is 35.6 cm: the same snowfall.
  CHECK(kinds(run({snow("a").num(14, 2, "inches"), snow("b").num(35.6, 3, "cm")})) == "agreement");
  CHECK(kinds(run({snow("a").num(14, 2, "inches"), snow("b").num(19, 2, "inches")})) == "conflict");
  auto weight = [](const char* doc) { return C(doc).about("event", "weight"); };
  CHECK(kinds(run({weight("a").num(17, 2, "pounds"), weight("b").num(7.7, 2, "kg")})) == "agreement");
  CHECK(kinds(run({weight("a").num(17, 2, "pounds"), weight("b").num(18.6, 3, "pounds")})) == "conflict");
}

TEST_CASE("a day whose year no article wrote compares by day and month", "[check][dates]") {
  // Each outlet's "June 17" got the latest year its own text mentions (2015 in one, 2014 in the other).
  auto arrest = [](const char* doc) {
    return C(doc).about("event", "event_date").q("event", "arrested").q("year", "unstated");
  };
  CHECK(kinds(run({arrest("a").day("2015-06-17"), arrest("b").day("2014-06-17")})) == "agreement");
  CHECK(kinds(run({arrest("a").day("2015-06-17"), arrest("b").day("2015-06-18")})) == "conflict");
}

TEST_CASE("a page telling a valuation's history is no second source against the others", "[check][over-time][history]") {
  auto val = [](const char* doc, double v) { return C(doc, "Halvard", "valuation").money(v, 3, "USD").as_of("2026-03-01"); };
  // "wire" says $380 billion now and, for history, $183 billion before: the others say $380 billion.
  CHECK(kinds(check::compare_group({val("blog", 380e9), val("wire", 380e9), val("wire", 183e9)})) == "agreement");
  // A page of its own saying $350 billion is a second source.
  auto found = check::compare_group({val("blog", 380e9), val("wire", 380e9), val("wire", 183e9), val("roundup", 350e9)});
  REQUIRE(kinds(found) == "conflict");
  for (const Claim& c : found[0].claims) CHECK(c.value.value != 183e9);
}

TEST_CASE("an amount raised without its round is the round other pages date to that month", "[check][funding]") {
  auto raised = [](const char* doc, double v, const char* as_of) {
    return C(doc, "Halvard", "funding").money(v, 2, "USD").as_of(as_of);
  };
  auto found = check::compare_group({raised("a", 850e6, "2026-01-21").q("round", "series_c"),
                                     raised("b", 850e6, "2026-01-31").q("round", "series_c"),
                                     raised("c", 800e6, "2026-01-31")});
  REQUIRE(kinds(found) == "conflict");
  CHECK(found[0].qualifiers.at("round") == "series_c");
  // Another month's round says nothing of it.
  CHECK(kinds(check::compare_group({raised("a", 850e6, "2026-01-21").q("round", "series_c"),
                                    raised("c", 800e6, "2026-06-30")})) == "");
}

TEST_CASE("a model's spec told in the future tense is stated; a rumour or a ship date stays an expectation",
          "[check][plans]") {
  auto ctx = [](const char* doc, double v) { return C(doc, "Ardent-9", "context_window").num(v, 2, "tokens"); };
  // "Meridian says Ardent-9 will read a 320,000-token context window" against the 400K it shipped with.
  CHECK(kinds(check::compare_group({ctx("preview", 320000).modality(Modality::plan), ctx("launch", 400000),
                                    ctx("docs", 400000)})) == "conflict");
  CHECK(kinds(check::compare_group({ctx("leak", 320000).modality(Modality::rumour), ctx("launch", 400000),
                                    ctx("docs", 400000)})) == "plan_vs_actual,agreement");
  auto ship = [](const char* doc, const char* day) { return C(doc, "Ardent-9", "release_date").day(day); };
  CHECK(kinds(check::compare_group({ship("preview", "2026-05-05").modality(Modality::plan), ship("launch", "2026-05-19"),
                                    ship("docs", "2026-05-19")})) == "plan_vs_actual,agreement");
}

TEST_CASE("values that change too soon conflict, an earlier value that changed in time stays out", "[check][over-time]") {
  auto users = [](const char* doc, double v, const char* as_of) {
    return C(doc, "Quillpad", "users").num(v, 2, "users").as_of(as_of);
  };
  std::vector<Claim> claims = {users("a", 4e8, "2026-02-10"), users("b", 5e8, "2026-10-14"),
                               users("c", 6e8, "2026-10-20")};
  auto found = check::compare_group(claims);
  const Finding& f = only(found, FindingKind::conflict);
  CHECK(f.support.size() == 2);  // February's figure is history, not one side
  for (const Support& s : f.support) CHECK(s.value.find("400") == std::string::npos);
  only(found, FindingKind::changed_over_time);
}
