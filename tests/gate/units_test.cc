// The gate's small parts on their own: front matter, accept markers, the
// baseline file and --fail-on.
#include <catch2/catch.hpp>

#include "claimcheck/error.h"
#include "gate/accept_markers.h"
#include "gate/baseline.h"
#include "claims/front_matter.h"
#include "gate/gate.h"
#include "helpers.h"

using namespace claimcheck;

TEST_CASE("front matter gives title and date", "[gate]") {
  auto m = claims::front_matter_meta("---\ntitle: \"GPT-5.5 ships\"\ndate: 2026-04-27T09:00:00Z\ntags: [ai]\n---\nBody\n");
  CHECK(m.title == "GPT-5.5 ships");
  CHECK(m.date == "2026-04-27");
  auto toml = claims::front_matter_meta("+++\ntitle = 'Launch'\ndate = 2026-05-01\n+++\nBody\n");
  CHECK(toml.title == "Launch");
  CHECK(toml.date == "2026-05-01");
  auto html = claims::front_matter_meta(
      "<html><head><title>GPT-5.5 ships</title><meta property=\"article:published_time\" "
      "content=\"2026-04-27T08:00:00Z\"></head><body>x</body></html>");
  CHECK(html.title == "GPT-5.5 ships");
  CHECK(html.date == "2026-04-27");
  auto none = claims::front_matter_meta("Title line\n---\nnot front matter\n");
  CHECK(none.title.empty());
  CHECK(none.date.empty());
}

TEST_CASE("accept markers name fingerprints in either spelling", "[gate]") {
  auto fps = gate::accept_markers(
      "Text.\n<!-- claimcheck: accept 3f9c1e0a7b2d4c55 -->\nMore.\nclaimcheck-accept: 0123456789ABCDEF, "
      "fedcba9876543210\nclaimcheck accept 1111111111111111\n");
  CHECK(fps == std::set<std::string>{"3f9c1e0a7b2d4c55", "0123456789abcdef", "fedcba9876543210"});
  CHECK(gate::accept_markers("<!-- claimcheck: accept 3f9c -->").empty());
}

TEST_CASE("a baseline round-trips and rejects what it cannot read", "[gate]") {
  testing::TempDir dir;
  std::vector<gate::BaselineEntry> entries{{"bbbbbbbbbbbbbbbb", "conflict", "b.md", 3, "m"},
                                           {"aaaaaaaaaaaaaaaa", "conflict", "a.md", 9, "m"},
                                           {"aaaaaaaaaaaaaaaa", "conflict", "a.md", 9, "m"}};
  testing::write_file(dir / "baseline.json", gate::baseline_text(entries));
  gate::Baseline b = gate::read_baseline(dir / "baseline.json");
  REQUIRE(b.entries.size() == 2);
  CHECK(b.entries[0].file == "a.md");
  CHECK(b.contains("bbbbbbbbbbbbbbbb"));
  CHECK_FALSE(b.contains("cccccccccccccccc"));

  testing::write_file(dir / "bad.json", "{\"accepted\": []}");
  CHECK_THROWS_AS(gate::read_baseline(dir / "bad.json"), Error);
  testing::write_file(dir / "newer.json", "{\"claimcheck_baseline\": 99, \"accepted\": []}");
  CHECK_THROWS_WITH(gate::read_baseline(dir / "newer.json"), Catch::Contains("newer"));
  CHECK_THROWS_AS(gate::read_baseline(dir / "missing.json"), Error);
}

TEST_CASE("fail-on levels", "[gate]") {
  CHECK(gate::parse_fail_on("conflict") == Severity::error);
  CHECK(gate::parse_fail_on("warning") == Severity::warning);
  CHECK(gate::parse_fail_on("note") == Severity::info);
  CHECK_FALSE(gate::parse_fail_on("none").has_value());
  CHECK_THROWS_AS(gate::parse_fail_on("sometimes"), Error);
}
