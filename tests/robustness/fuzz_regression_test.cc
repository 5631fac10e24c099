// Every input the fuzzers ever crashed on (tests/data/fuzz-regressions/<target>/),
// and the fuzz seeds (fuzz/seeds/<target>/), replayed through the same target
// bodies the fuzzers run (fuzz/targets.h) with their invariants.  A broken
// invariant throws here instead of aborting.
#define CLAIMCHECK_FUZZ_THROW 1
#include <catch2/catch.hpp>

#include <filesystem>

#include "../../fuzz/targets.h"
#include "helpers.h"

namespace {

using Target = void (*)(const uint8_t*, size_t);

// Replays every file of data/fuzz-regressions/<name>/ and fuzz/seeds/<name>/;
// returns how many.
std::size_t replay(const std::string& name, Target target) {
  std::size_t count = 0;
  for (std::string dir : {std::string(CLAIMCHECK_TEST_DATA) + "/fuzz-regressions/" + name,
                          std::string(CLAIMCHECK_SOURCE_DIR) + "/fuzz/seeds/" + name}) {
    if (!std::filesystem::is_directory(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (!entry.is_regular_file() || entry.path().filename().string()[0] == '.') continue;
      std::string bytes = claimcheck::testing::read_file(entry.path().string());
      INFO(entry.path().string());
      REQUIRE_NOTHROW(target(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
      ++count;
    }
  }
  return count;
}

}  // namespace

TEST_CASE("fuzz regressions: text normalisation and offset map", "[robustness][fuzz]") {
  CHECK(replay("text", claimcheck::fuzz::text_target) > 0);
}

TEST_CASE("fuzz regressions: extractor over arbitrary bytes", "[robustness][fuzz]") {
  CHECK(replay("extract", claimcheck::fuzz::extract_target) > 0);
}

TEST_CASE("fuzz regressions: rule-file loader", "[robustness][fuzz]") {
  CHECK(replay("rules", claimcheck::fuzz::rules_target) > 0);
}

TEST_CASE("fuzz regressions: JSON Lines import", "[robustness][fuzz]") {
  CHECK(replay("import", claimcheck::fuzz::import_target) > 0);
}

TEST_CASE("the fuzz invariants catch a broken offset map", "[robustness][fuzz]") {
  // The invariant checker itself must be able to fail.
  claimcheck::text::Document d = claimcheck::text::make_document("x.txt", "GPT-5 costs $5.\n");
  claimcheck::fuzz::check_document(d);
  d.offset_map = {};
  for (std::size_t i = 0; i <= d.normalized.size(); ++i) d.offset_map.push_back(d.normalized.size() - i);
  CHECK_THROWS_WITH(claimcheck::fuzz::check_document(d), Catch::Contains("invariant broken"));
}
