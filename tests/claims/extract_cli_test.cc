// `claimcheck extract` and `claimcheck rules`, run as a user would.
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimcheck::testing;

TEST_CASE("extract prints one JSON claim per line with its provenance", "[claims][cli]") {
  RunResult r = run_claimcheck("extract -q corpus/004_30042512ad11189c.txt");
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Catch::Contains("\"attribute\":\"valuation\""));
  CHECK_THAT(r.out, Catch::Contains("\"subject\":\"OpenAI\""));
  CHECK_THAT(r.out, Catch::Contains("\"doc\":\"corpus/004_30042512ad11189c.txt\""));
  CHECK_THAT(r.out, Catch::Contains("\"rule\":\"ai-models/valuation.money_valuation\""));
}

TEST_CASE("extract --format text is for people; --ref-date sets the article date", "[claims][cli]") {
  TempDir dir;
  write_file(dir / "a.txt", "OpenAI released GPT-5.4 on March 5.\n");
  RunResult r = run_claimcheck("extract -q --format text --ref-date 2026-04-27 '" + (dir / "a.txt") + "'");
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Catch::Contains("GPT-5.4 | release_date | 2026-03-05"));
  CHECK(run_claimcheck("extract --ref-date yesterday corpus/004_30042512ad11189c.txt").status == 2);
}

TEST_CASE("a broken rule stops extract before any article is read", "[claims][cli]") {
  TempDir dir;
  write_file(dir / "p/bad.json", R"({"rules": [{"id": "x", "attribute": "price", "pattern": "{money} (for"}]})");
  RunResult r = run_claimcheck("extract --rules '" + dir.path().string() + "' no-such-article.txt");
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Catch::Contains("bad.json:1: rule 'p/x': missing )"));
  CHECK_THAT(r.err, Catch::Contains("{money} (for"));
}

TEST_CASE("rules test runs every example of the shipped packs", "[claims][cli]") {
  RunResult r = run_claimcheck("rules test");
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Catch::Contains(" passed, 0 failed"));
  RunResult list = run_claimcheck("rules list");
  CHECK(list.status == 0);
  CHECK_THAT(list.out, Catch::Contains("ai-models/price.money_for_direction"));
}
