// Issue 19, item 8: reports that needed 75x the corpus in memory.  The HTML,
// Markdown and SARIF reports of a generated corpus are written subject by
// subject like the JSON one, so they cost no more memory than it does, and
// the HTML page stays a page a browser can open: it shows the conflicts, the
// first findings of the other kinds, and says how many it left out.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "helpers.h"
#include "robustness/bounded_run.h"

#ifndef CLAIMCHECK_GEN
#define CLAIMCHECK_GEN "claimcheck-gen"
#endif

using namespace claimcheck::testing;
using nlohmann::json;

namespace {

// Whether this is an AddressSanitizer build (its claimcheck binary is one too).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

std::size_t count_of(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

// A generated 3 MB corpus ingested into `tmp`/db, and a way to write its
// reports there (`tmp`/report.<format>), returning each run's peak RSS.
struct ReportedCorpus {
  explicit ReportedCorpus(const TempDir& dir) : tmp(dir), db(dir / "db") {
    std::string gen = std::string("'") + CLAIMCHECK_GEN + "' --jsonl '" + tmp / "news.jsonl" +
                      "' --bytes 3M --seed 5 2>/dev/null";
    REQUIRE(std::system(gen.c_str()) == 0);
    BoundedRun ingest = run_bounded({"--quiet", "--db", db, "ingest", tmp / "news.jsonl"}, 300);
    INFO(ingest.err);
    REQUIRE(ingest.status == 0);
  }
  double report(const std::string& format) const {
    std::string out = tmp / ("report." + format);
    BoundedRun r = run_bounded({"--quiet", "--db", db, "report", "--format", format, "-o", out}, 300);
    INFO(format << ": " << r.err);
    REQUIRE(r.status == 0);
    WARN(format << " report of 3 MB: " << r.seconds << " s, peak RSS " << r.peak_rss_mb << " MB, "
                << read_file(out).size() / 1e6 << " MB written");
    return r.peak_rss_mb;
  }
  const TempDir& tmp;
  std::string db;
};

TEST_CASE("html, markdown and sarif reports of a 3 MB corpus take no more memory than the json one",
          "[report][memory]") {
  // Under AddressSanitizer peak RSS counts the quarantine of freed memory: it
  // says what a path allocated over its life, not what it held.
  if (kSanitized) CLAIMCHECK_SKIP("sanitizer build: peak RSS counts the quarantine; the plain build compares the peaks");
  TempDir tmp;
  ReportedCorpus corpus(tmp);
  double json_mb = corpus.report("json");
  // Before (built in memory), at 3 MB: html 241 MB, md 242 MB, sarif 143 MB against json 39 MB.
  for (const char* format : {"html", "md", "sarif"}) {
    double mb = corpus.report(format);
    INFO(format << " " << mb << " MB, json " << json_mb << " MB");
    CHECK(mb < json_mb * 1.3 + 16);
  }
}

TEST_CASE("html, markdown and sarif reports of a 3 MB corpus are complete, and the page names what it left out",
          "[report][memory]") {
  TempDir tmp;
  ReportedCorpus corpus(tmp);
  for (const char* format : {"json", "html", "md", "sarif"}) corpus.report(format);
  // Before, the page was 9.1 MB and named nothing it left out.
  json j = json::parse(read_file(tmp / "report.json"));
  uint64_t findings = j["summary"]["findings"];
  uint64_t conflicts = j["summary"]["by_kind"]["conflict"];
  REQUIRE(conflicts > 0);

  // Markdown and SARIF are complete: every finding.
  CHECK(json::parse(read_file(tmp / "report.sarif"))["runs"][0]["results"].size() == findings);
  CHECK(count_of(read_file(tmp / "report.md"), "\n### ") == findings);

  // The HTML page: every conflict, 100 agreements, the rest counted and named.
  std::string page = read_file(tmp / "report.html");
  std::size_t shown = count_of(page, "<tbody class=\"finding\"");
  CHECK(count_of(page, "data-kind=\"conflict\"") == conflicts);
  CHECK(count_of(page, "<tbody class=\"finding\" id=\"f") == shown);
  CHECK(count_of(page, "data-kind=\"agreement\"") == 100);
  REQUIRE(shown < findings);
  std::smatch m;
  REQUIRE(std::regex_search(page, m, std::regex(R"(<b>([0-9,]+)</b> more findings not shown: use <code>claimcheck report --format json</code>)")));
  std::string omitted = std::regex_replace(m[1].str(), std::regex(","), "");
  CHECK(std::stoull(omitted) == findings - shown);
  CHECK(page.find("id=\"by-attribute\"") != std::string::npos);
  CHECK(page.size() < 4'000'000);
  CHECK(page.rfind("</html>\n") == page.size() - 8);
}
