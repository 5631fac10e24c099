// The streamed report (report::stream_report) writes the same bytes as the
// whole-report renderers over a real database: the shipped corpus plus
// articles that give several subjects, kinds and filters something to sort.
#include <catch2/catch.hpp>

#include "check/find.h"
#include "helpers.h"
#include "report/report.h"
#include "store/store.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// A database with the shipped corpus and a few more articles (conflicts,
// agreements and changes over time about several subjects).
std::string fill(const TempDir& dir) {
  write_file(dir / "more/a.txt",
             "Acme released Foo 2 on March 3, 2026. Foo 2 costs $2 per million input tokens.\n\n"
             "Globex said Bar 7 has 70 billion parameters. Bar 7 was released on May 5, 2026.\n");
  write_file(dir / "more/b.txt",
             "Foo 2 was released on March 4, 2026. Foo 2 costs $2 per million input tokens.\n\n"
             "Bar 7 has 70 billion parameters. OpenAI released GPT-5.5 on April 25, 2026.\n");
  write_file(dir / "more/c.txt", "Bar 7 was released on May 9, 2026, and has 72 billion parameters.\n");
  std::string db = dir / "db";
  RunResult r = run_claimcheck("--quiet --db '" + db + "' ingest corpus '" + dir / "more" + "'");
  INFO(r.err);
  REQUIRE(r.status == 0);
  return db;
}

// keep_bytes 0: every subject's findings computed again as it is written (the
// path of a corpus too big to keep its findings in memory).
std::string streamed(report::Format format, const store::Store& store, const check::Filter& filter,
                     const report::RenderOptions& options, report::KindCounts* counts = nullptr,
                     std::size_t keep_bytes = report::kDefaultKeepBytes) {
  std::string out;
  report::KindCounts c = report::stream_report(
      format, store, filter, options, [&](std::string_view bytes) { out += bytes; }, keep_bytes);
  if (counts) *counts = c;
  return out;
}

std::string whole(report::Format format, const store::Store& store, const check::Filter& filter,
                  const report::RenderOptions& options) {
  return report::render(format, report::gather(store, check::find_conflicts(store, filter)), options);
}

}  // namespace

TEST_CASE("streamed text and JSON reports are byte for byte the whole reports", "[report][stream]") {
  TempDir dir;
  std::string db = fill(dir);
  auto store = store::Store::open(db, store::Mode::read_only);

  std::vector<check::Filter> filters(4);
  filters[1].kinds = {FindingKind::conflict};
  filters[2].min_severity = Severity::warning;
  filters[3].subject = "GPT-5.5";
  for (const check::Filter& filter : filters) {
    for (bool color : {false, true}) {
      report::RenderOptions options;
      options.color = color;
      options.tool_version = "test";
      for (report::Format format : {report::Format::text, report::Format::json}) {
        INFO("format " << report::to_string(format) << ", color " << color);
        std::string expected = whole(format, *store, filter, options);
        for (std::size_t keep : {report::kDefaultKeepBytes, std::size_t(0), std::size_t(20000)}) {
          INFO("keep_bytes " << keep);
          report::KindCounts counts{};
          CHECK(streamed(format, *store, filter, options, &counts, keep) == expected);
          CHECK(report::count_by_kind(counts) == report::count_by_kind(check::find_conflicts(*store, filter)));
        }
      }
    }
  }
  // The corpus gives something to order: more than one subject, conflicts and agreements.
  std::string text = streamed(report::Format::text, *store, {}, {});
  CHECK(text.find("Foo 2\n  CONFLICT  release date") != std::string::npos);
  CHECK(text.find("GPT-5.5\n  CONFLICT  release date") != std::string::npos);
  CHECK(text.find("AGREEMENT") != std::string::npos);
}

TEST_CASE("a streamed report of an empty database is the whole report of it", "[report][stream]") {
  TempDir dir;
  { store::Store::open(dir / "db", store::Mode::read_write); }
  auto store = store::Store::open(dir / "db", store::Mode::read_only);
  for (report::Format format : {report::Format::text, report::Format::json}) {
    CHECK(streamed(format, *store, {}, {}) == whole(format, *store, {}, {}));
    CHECK(streamed(format, *store, {}, {}, nullptr, 0) == whole(format, *store, {}, {}));
  }
}

TEST_CASE("only text and JSON are streamed", "[report][stream]") {
  CHECK(report::can_stream(report::Format::text));
  CHECK(report::can_stream(report::Format::json));
  CHECK_FALSE(report::can_stream(report::Format::html));
  CHECK_FALSE(report::can_stream(report::Format::sarif));
}
