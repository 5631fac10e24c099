#include <catch2/catch.hpp>

#include "claimcheck/json.h"
#include "fixtures.h"
#include "report/report.h"

using namespace claimcheck;
using namespace claimcheck::testing;
using nlohmann::json;

TEST_CASE("json report: versioned, complete, in report order", "[report][json]") {
  report::RenderOptions opts;
  opts.tool_version = "9.9.9";
  json j = json::parse(report::render_json(corpus_input(), opts));
  CHECK(j["schema_version"] == report::kSchemaVersion);
  CHECK(j["tool"] == json{{"name", "claimcheck"}, {"version", "9.9.9"}});
  CHECK(j["summary"]["documents"] == 5);
  CHECK(j["summary"]["claims"] == 118);
  CHECK(j["summary"]["findings"] == 4);
  CHECK(j["summary"]["by_kind"]["conflict"] == 1);
  CHECK(j["summary"]["by_kind"]["unit_mismatch"] == 0);
  REQUIRE(j["findings"].size() == 4);
  CHECK(j["findings"][0]["kind"] == "conflict");
  CHECK(j["findings"][0]["subject"] == "GPT-5.5");
  CHECK(j["findings"][0]["claims"][0]["doc"] == kDoc003);
  CHECK(j["findings"][0]["claims"][0]["line"] == 18);
  CHECK(j["findings"][0]["claims"][0]["value"]["value"] == "2026-04-23");
  CHECK(j["findings"][0]["support"][1]["docs"][0] == kDoc002);
  CHECK(j["findings"][1]["kind"] == "plan_vs_actual");
  CHECK(j["findings"][3]["subject"] == "OpenAI");
  CHECK(j["documents"][1]["title"] == "DeepSeek to Launch Next-Gen AI Model V4, Competing with OpenAI and Anthropic");
  CHECK(j["documents"][0]["title"].is_null());
  // Findings read back into the core type unchanged.
  Finding back = j["findings"][0].get<Finding>();
  CHECK(json(back) == j["findings"][0]);
}

TEST_CASE("json report: the same input in any order gives identical bytes", "[report][json]") {
  report::ReportInput a = corpus_input();
  report::ReportInput b = corpus_input();
  std::reverse(b.findings.begin(), b.findings.end());
  std::reverse(b.documents.begin(), b.documents.end());
  CHECK(report::render_json(a, {}) == report::render_json(b, {}));
}

TEST_CASE("json report: invalid UTF-8 in an article does not break the report", "[report][json]") {
  report::ReportInput in = corpus_input();
  in.findings[0].claims[0].sentence = "bad \xff byte";
  CHECK_NOTHROW(json::parse(report::render_json(in, {})));
}
