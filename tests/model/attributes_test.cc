#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "claimcheck/attributes.h"
#include "claimcheck/error.h"

using namespace claimcheck;

TEST_CASE("the built-in attribute table says what varies, what is fixed and what belongs to one event",
          "[model][attributes]") {
  CHECK(attribute_info("valuation").over_time == OverTime::varies);
  CHECK(attribute_info("release_date").over_time == OverTime::fixed);
  CHECK(attribute_info("benchmark_score").over_time == OverTime::unknown);
  CHECK(attribute_info("deaths").event);
  CHECK(attribute_info("age").event);  // an age as one story tells it
  CHECK_FALSE(attribute_info("population").event);
  CHECK(attribute_info("count").agreement_only);
  CHECK_FALSE(attribute_info("deaths").agreement_only);
  CHECK(attribute_info("price").family == "money");
  // Unknown names get the neutral defaults rather than failing.
  CHECK(attribute_info("no such attribute").over_time == OverTime::unknown);
  CHECK_FALSE(attribute_info("no such attribute").event);
}

TEST_CASE("a broken attribute entry names the file and the attribute", "[model][attributes]") {
  auto parse = [](const char* text) {
    return parse_attribute_table(nlohmann::json::parse(text), "my-rules/attributes.json");
  };
  CHECK_THROWS_WITH(parse(R"({"deaths": {"over_time": "sometimes"}})"),
                    "my-rules/attributes.json: attribute 'deaths': \"over_time\" must be \"varies\" or \"fixed\"");
  CHECK_THROWS_WITH(parse(R"({"deaths": {"colour": "red"}})"),
                    "my-rules/attributes.json: attribute 'deaths': unknown field \"colour\"");
  CHECK_THROWS_WITH(parse(R"({"deaths": {"tolerance": 4}})"),
                    "my-rules/attributes.json: attribute 'deaths': \"tolerance\" must be a number from 0 to 1");
  auto ok = parse(R"({"crowd": {"event": true, "tolerance": 0.05}})");
  CHECK(ok.at("crowd").event);
  CHECK(ok.at("crowd").tolerance == 0.05);
}
