#include <catch2/catch.hpp>

#include "claimcheck/json.h"

using namespace claimcheck;

TEST_CASE("a claim survives a JSON round trip exactly", "[model]") {
  Claim c;
  c.id = make_claim_id("corpus/003.txt", 10, 20, "ai-models/price");
  c.subject = "DeepSeek V4-Flash";
  c.attribute = "price";
  c.qualifiers = {{"direction", "input"}};
  c.value.kind = QuantityKind::money;
  c.value.value = 0.14;
  c.value.unit = "USD";
  c.value.per = 1e6;
  c.value.per_unit = "tokens";
  c.value.digits = 2;
  c.as_of = "2026-04-27";
  c.doc = "corpus/003.txt";
  c.line = 3;
  c.column = 7;
  nlohmann::json j = c;
  Claim back = j.get<Claim>();
  CHECK(nlohmann::json(back) == j);
  CHECK(j["display"] == "0.14 USD per 1e6 tokens");
  CHECK(j["display_text"] == "$0.14 per million tokens");
  CHECK(c.id.size() == 16);
  CHECK(c.id == make_claim_id("corpus/003.txt", 10, 20, "ai-models/price"));
  CHECK(c.id != make_claim_id("corpus/003.txt", 10, 21, "ai-models/price"));
}

TEST_CASE("dates serialise as ISO days with their interval", "[model]") {
  Quantity q;
  q.kind = QuantityKind::daterange;
  q.value = q.min = static_cast<double>(days_from_civil(2026, 2, 11));
  q.max = static_cast<double>(days_from_civil(2026, 2, 20));
  q.date_precision = DatePrecision::part_of_month;
  nlohmann::json j = q;
  CHECK(j["value"] == "2026-02-11");
  CHECK(j["max"] == "2026-02-20");
  CHECK(display(q) == "2026-02-11..2026-02-20");
  CHECK(nlohmann::json(j.get<Quantity>()) == j);
}

TEST_CASE("ISO dates: impossible days are refused", "[model]") {
  int64_t d = 0;
  CHECK(parse_iso_date("2024-02-29", d));
  CHECK_FALSE(parse_iso_date("2026-02-29", d));
  CHECK_FALSE(parse_iso_date("2026-13-01", d));
  CHECK(iso_date(days_from_civil(2026, 4, 23)) == "2026-04-23");
}
