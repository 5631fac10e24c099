// Field-by-field checks of Quantity (include/claimcheck/quantity.h): digits,
// min/max, spans into the original bytes, precision, inferred; and the
// `claimcheck values` command run as a user would.
#include <catch2/catch.hpp>

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

#include "claimcheck/json.h"
#include "helpers.h"
#include "text/document.h"
#include "values/recognizer.h"

using namespace claimcheck;

namespace {

std::vector<values::Match> find(const std::string& s, std::optional<int64_t> ref = std::nullopt,
                                text::Markup markup = text::Markup::plain) {
  text::TextOptions to;
  to.markup = markup;
  static text::Document doc;  // kept alive for the spans
  doc = text::make_document("t", s, to);
  values::ValueOptions vo;
  vo.reference_date = ref;
  return values::find_quantities(doc, vo);
}

int64_t d(const char* iso) {
  int64_t days = 0;
  REQUIRE(parse_iso_date(iso, days));
  return days;
}

}  // namespace

TEST_CASE("a token price fills every money and rate field", "[values]") {
  auto m = find("DeepSeek charges $0.28 per million tokens.");
  REQUIRE(m.size() == 1);
  const Quantity& q = m[0].quantity;
  CHECK(q.kind == QuantityKind::money);
  CHECK(q.value == Approx(0.28));
  CHECK(q.unit == "USD");
  CHECK(q.per == 1e6);
  CHECK(q.per_unit == "tokens");
  CHECK(q.digits == 2);
  CHECK(q.bound == Bound::exact);
  CHECK(std::isnan(q.min));
  CHECK(std::isnan(q.max));
  CHECK(q.text == "$0.28 per million tokens");
  CHECK(q.begin == 17);
  CHECK(q.end == 41);
}

TEST_CASE("a comparing word after a bare scale is no rate unit", "[values]") {
  auto m = find("Output costs $25 per million versus $30 elsewhere.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].quantity.per_unit != "versus");
  CHECK(m[0].quantity.unit == "USD");
  CHECK(m[1].quantity.value == 30);
}

TEST_CASE("significant digits as written", "[values]") {
  struct Case {
    const char* text;
    int digits;
  } cases[] = {{"It has 1.6 trillion parameters.", 2}, {"It is worth $852 billion.", 3}, {"It used 1,600 GPUs.", 2},
               {"It costs $0.50 now.", 2},           {"It rose 82.7%.", 3},          {"It has 400K users.", 1},
               {"It sold 2,048 units.", 4},          {"It costs $3.40 each.", 3}};
  for (const auto& c : cases) {
    INFO(c.text);
    auto m = find(c.text);
    REQUIRE(m.size() == 1);
    CHECK(m[0].quantity.digits == c.digits);
  }
}

TEST_CASE("bounds and ranges set min and max", "[values]") {
  auto over = find("The outage lasted over 400 days.");
  REQUIRE(over.size() == 1);
  CHECK(over[0].quantity.bound == Bound::more_than);
  CHECK(over[0].quantity.min == 400);
  CHECK(std::isnan(over[0].quantity.max));
  CHECK(over[0].quantity.text == "over 400 days");

  auto less = find("Less than 1% failed.");
  REQUIRE(less.size() == 1);
  CHECK(less[0].quantity.bound == Bound::less_than);
  CHECK(less[0].quantity.max == 1);
  CHECK(std::isnan(less[0].quantity.min));

  auto range = find("Payback takes 6\xE2\x80\x93" "12 months.");  // en dash
  REQUIRE(range.size() == 1);
  CHECK(range[0].quantity.kind == QuantityKind::duration);
  CHECK(range[0].quantity.bound == Bound::range);
  CHECK(range[0].quantity.min == 6);
  CHECK(range[0].quantity.max == 12);
  CHECK(range[0].quantity.unit == "month");
  CHECK(range[0].quantity.text == "6\xE2\x80\x93" "12 months");

  auto approx = find("It raised approximately $20 billion.");
  REQUIRE(approx.size() == 1);
  CHECK(approx[0].quantity.approximate);
  CHECK(approx[0].quantity.value == 2e10);
}

TEST_CASE("dates: value and min are the first day, max the last", "[values]") {
  auto m = find("It ships in mid-February.", d("2026-01-10"));
  REQUIRE(m.size() == 1);
  const Quantity& q = m[0].quantity;
  CHECK(q.kind == QuantityKind::daterange);
  CHECK(q.value == d("2026-02-11"));
  CHECK(q.min == d("2026-02-11"));
  CHECK(q.max == d("2026-02-20"));
  CHECK(q.date_precision == DatePrecision::part_of_month);
  CHECK(q.inferred);

  auto day = find("It shipped on April 23, 2026.");
  REQUIRE(day.size() == 1);
  CHECK(day[0].quantity.kind == QuantityKind::date);
  CHECK(day[0].quantity.value == d("2026-04-23"));
  CHECK(day[0].quantity.min == d("2026-04-23"));
  CHECK(day[0].quantity.max == d("2026-04-23"));
  CHECK(day[0].quantity.date_precision == DatePrecision::day);
  CHECK_FALSE(day[0].quantity.inferred);
}

TEST_CASE("relative dates follow the last date mentioned, not the reference date", "[values]") {
  auto m = find("April 24 marked the launch.\nJust 12 hours later, DeepSeek unveiled V4. One day later it was cut.",
                d("2026-04-27"));
  REQUIRE(m.size() == 3);
  CHECK(m[1].quantity.value == d("2026-04-24"));
  CHECK(m[1].quantity.inferred);
  CHECK(m[1].quantity.text == "12 hours later");
  CHECK(m[2].quantity.value == d("2026-04-25"));
  CHECK(m[1].sentence == 1);
}

TEST_CASE("spans point into the original bytes through folding and markup", "[values]") {
  // Curly quotes and a non-breaking space before the amount.
  auto m = find("He said \xE2\x80\x9C\xC2\xA0$5 million\xE2\x80\x9D.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].quantity.text == "$5 million");
  CHECK(m[0].quantity.begin == 13);

  auto md = find("# Prices\n\nIt costs **$5** per *month*.\n", std::nullopt, text::Markup::markdown);
  REQUIRE(md.size() == 1);
  CHECK(md[0].quantity.per_unit == "month");
  CHECK(md[0].quantity.text.substr(0, 4) == "$5**");

  auto fw = find("Price: \xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93 yuan");  // full-width digits
  REQUIRE(fw.size() == 1);
  CHECK(fw[0].quantity.value == 123);
  CHECK(fw[0].quantity.unit == "CNY");
  CHECK(fw[0].quantity.text == "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93 yuan");
}

TEST_CASE("yen means CNY in a text about China and JPY otherwise", "[values]") {
  auto cn = find("The Chinese startup charges \xC2\xA5" "2 per million tokens.");
  REQUIRE(cn.size() == 1);
  CHECK(cn[0].quantity.unit == "CNY");
  auto jp = find("Sony in Tokyo charges \xC2\xA5" "500.");
  REQUIRE(jp.size() == 1);
  CHECK(jp[0].quantity.unit == "JPY");
}

TEST_CASE("German-style separators when the text writes numbers that way", "[values]") {
  auto m = find("Der Umsatz lag bei 1.234.567 Euro und 2,5 Prozent.");
  REQUIRE(m.size() >= 2);
  CHECK(m[0].quantity.value == 1234567);
  CHECK(m[0].quantity.unit == "EUR");
  CHECK(m[1].quantity.value == Approx(2.5));
}

TEST_CASE("claimcheck values prints JSON lines with line and column", "[values][cli]") {
  claimcheck::testing::TempDir dir;
  claimcheck::testing::write_file(dir / "a.txt", "04/27 2026\n464\nIt costs \xE2\x80\x9C$0.28 per million tokens\xE2\x80\x9D.\n");
  auto r = claimcheck::testing::run_claimcheck("values --ref-date 2026-04-27 '" + (dir / "a.txt") + "'");
  REQUIRE(r.status == 0);
  std::istringstream lines(r.out);
  std::vector<nlohmann::json> rows;
  for (std::string line; std::getline(lines, line);) rows.push_back(nlohmann::json::parse(line));
  REQUIRE(rows.size() == 2);
  CHECK(rows[0]["kind"] == "date");
  CHECK(rows[0]["value"] == "2026-04-27");
  CHECK(rows[0]["precision"] == "day");
  CHECK(rows[1]["kind"] == "money");
  CHECK(rows[1]["unit"] == "USD");
  CHECK(rows[1]["per"] == 1e6);
  CHECK(rows[1]["per_unit"] == "tokens");
  CHECK(rows[1]["line"] == 3);
  CHECK(rows[1]["column"] == 11);
  CHECK(rows[1]["text"] == "$0.28 per million tokens");
  CHECK(rows[1]["display_text"] == "$0.28 per million tokens");
}

TEST_CASE("claimcheck values: text format, stdin, errors", "[values][cli]") {
  auto r = claimcheck::testing::run_claimcheck("values --format text -", CLAIMCHECK_SOURCE_DIR, "It rose 5%.\n");
  CHECK(r.status == 0);
  CHECK(r.out == "-:1:9  percent  5%  \"5%\"\n");  // the value as people write it

  auto missing = claimcheck::testing::run_claimcheck("values /nonexistent/file.txt");
  CHECK(missing.status == 2);
  CHECK(missing.err.find("/nonexistent/file.txt") != std::string::npos);

  auto bad_date = claimcheck::testing::run_claimcheck("values --ref-date 2026-13-01 -", CLAIMCHECK_SOURCE_DIR, "x");
  CHECK(bad_date.status == 2);

  claimcheck::testing::TempDir dir;
  claimcheck::testing::write_file(dir / "bad.txt", "ok\nbad \xFF byte 5%\n");
  auto bad = claimcheck::testing::run_claimcheck("values '" + (dir / "bad.txt") + "'");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("byte offset 7") != std::string::npos);
  auto lenient = claimcheck::testing::run_claimcheck("values --lenient --format text '" + (dir / "bad.txt") + "'");
  CHECK(lenient.status == 0);
  CHECK(lenient.out.find("percent  5%") != std::string::npos);
}
