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
// path of a corpus too big to keep its findings in memory); for JSON, every
// subject's JSON kept in the temporary file (20000: moved there midway).
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

TEST_CASE("streamed reports are byte for byte the whole reports", "[report][stream]") {
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
      for (report::Format format : {report::Format::text, report::Format::json, report::Format::md,
                                    report::Format::sarif, report::Format::html}) {
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

TEST_CASE("a streamed html page with small limits is the whole page with them, and says what it left out",
          "[report][stream][html]") {
  TempDir dir;
  std::string db = fill(dir);
  auto store = store::Store::open(db, store::Mode::read_only);
  report::RenderOptions options;
  options.page.per_kind = {1, 0, 0, 0, 0, 2};
  options.page.documents = 2;
  options.page.claims = 1;
  std::string expected = whole(report::Format::html, *store, {}, options);
  for (std::size_t keep : {report::kDefaultKeepBytes, std::size_t(0)})
    CHECK(streamed(report::Format::html, *store, {}, options, nullptr, keep) == expected);
  auto count = [&](const std::string& needle) {
    std::size_t n = 0;
    for (auto at = expected.find(needle); at != std::string::npos; at = expected.find(needle, at + 1)) ++n;
    return n;
  };
  std::size_t all = check::find_conflicts(*store, {}).size();
  REQUIRE(all > 3);
  CHECK(count("<tbody class=\"finding\"") == 3);
  CHECK(count("data-kind=\"conflict\"") == 1);
  CHECK(count("data-kind=\"agreement\"") == 2);
  CHECK(expected.find("This page shows <b>3</b> of " + std::to_string(all) + " findings: the first 1 of ") !=
        std::string::npos);
  CHECK(expected.find("<b>" + std::to_string(all - 3) + "</b> more findings not shown: use <code>claimcheck report "
                      "--format json</code>") != std::string::npos);
  CHECK(expected.find("<h2 id=\"by-attribute-heading\">All findings by attribute</h2>") != std::string::npos);
  CHECK(expected.find("<tr><td data-label=\"Attribute\">release date</td>") != std::string::npos);
  CHECK(expected.find("more documents (<code>claimcheck docs</code> lists them all)") != std::string::npos);
  CHECK(expected.find("(1 shown)</summary>") != std::string::npos);
  CHECK(count("<tr><td data-label=\"Document\">") == 2);
  CHECK(expected.rfind("</html>\n") == expected.size() - 8);

  // The default limits leave nothing out of a small report.
  std::string page = whole(report::Format::html, *store, {}, {});
  CHECK(page.find("id=\"omitted\"") == std::string::npos);
  CHECK(page.find("more findings not shown") == std::string::npos);
}

TEST_CASE("a streamed report of an empty database is the whole report of it", "[report][stream]") {
  TempDir dir;
  { store::Store::open(dir / "db", store::Mode::read_write); }
  auto store = store::Store::open(dir / "db", store::Mode::read_only);
  for (report::Format format : {report::Format::text, report::Format::json, report::Format::md, report::Format::sarif,
                                report::Format::html}) {
    CHECK(streamed(format, *store, {}, {}) == whole(format, *store, {}, {}));
    CHECK(streamed(format, *store, {}, {}, nullptr, 0) == whole(format, *store, {}, {}));
  }
}

TEST_CASE("every report format but github annotations is streamed", "[report][stream]") {
  for (report::Format format : {report::Format::text, report::Format::json, report::Format::md, report::Format::sarif,
                                report::Format::html})
    CHECK(report::can_stream(format));
  CHECK_FALSE(report::can_stream(report::Format::github));
}
