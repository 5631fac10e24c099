#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "fixtures.h"
#include "helpers.h"
#include "report/report.h"

using namespace claimcheck;
using namespace claimcheck::testing;
using nlohmann::json;

TEST_CASE("sarif: 2.1.0 with rules per kind and a result per finding", "[report][sarif]") {
  report::RenderOptions opts;
  opts.tool_version = "0.1.0";
  json s = json::parse(report::render_sarif(corpus_input(), opts));
  CHECK(s["version"] == "2.1.0");
  CHECK(s["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  const json& run = s["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "claimcheck");
  CHECK(run["tool"]["driver"]["version"] == "0.1.0");
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const json& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 6);
  CHECK(rules[0]["id"] == "conflict");
  CHECK(rules[0]["shortDescription"]["text"] == "Sources state incompatible values");
  REQUIRE(run["results"].size() == 4);
  const json& r = run["results"][0];
  CHECK(r["ruleId"] == "conflict");
  CHECK(rules[r["ruleIndex"].get<int>()]["id"] == "conflict");
  CHECK(r["level"] == "error");
  CHECK(r["partialFingerprints"]["claimcheckFinding/v1"] == "5f0c2a7e91d3b846");
  // No focus documents: the first claim of the least supported value (a tie: 003).
  const json& loc = r["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == kDoc003);
  CHECK(loc["region"]["startLine"] == 18);
  CHECK(loc["region"]["startColumn"] == 39);
  CHECK(loc["region"]["endColumn"] == 39 + 14);  // "April 23, 2026"
  REQUIRE(r["relatedLocations"].size() == 1);
  CHECK(r["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == kDoc002);
  CHECK(r["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 7);
  CHECK(r["message"]["text"] ==
        "GPT-5.5 release date April 23, 2026: 003 says 2026-04-23, 002 says 2026-04-24: one day apart "
        "(see [April 24, 2026 in 002, line 7](1))");
  CHECK(run["results"][3]["level"] == "note");
}

TEST_CASE("sarif: the article under review is the primary location, paths relative to the repository", "[report][sarif]") {
  TempDir repo;
  report::ReportInput in;
  Finding f = gpt55_conflict();
  f.claims[1].doc = repo / "news/gpt 5.5.md";  // the new article, absolute path with a space
  in.findings = {f};
  report::RenderOptions opts;
  opts.repo_root = repo.path().string();
  opts.focus_docs = {f.claims[1].doc};
  json s = json::parse(report::render_sarif(in, opts));
  const json& r = s["runs"][0]["results"][0];
  CHECK(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/gpt%205.5.md");
  CHECK(r["locations"][0]["physicalLocation"]["region"]["startLine"] == 7);
  CHECK(r["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == kDoc003);
}

TEST_CASE("github annotations: one workflow command per finding, escaped", "[report][github]") {
  report::ReportInput in = corpus_input();
  in.findings.resize(3);  // agreement, valuation, conflict
  std::string out = report::render_github(in, {});
  CHECK(out.rfind("::error file=corpus/003_d4106d9e4592ae5a.txt,line=18,col=39,endColumn=53,title=claimcheck conflict::"
                  "GPT-5.5 release date April 23, 2026: 003 says 2026-04-23, 002 says 2026-04-24: one day apart "
                  "(April 24, 2026 at corpus/002_7487f4256f525623.txt:7)\n",
                  0) == 0);
  CHECK(out.find("::notice file=") != std::string::npos);
  Finding odd = gpt55_conflict();
  odd.explanation = "100% sure\nreally";
  odd.claims[0].doc = "a,b:c.txt";
  report::ReportInput one;
  one.findings = {odd};
  std::string esc = report::render_github(one, {});
  CHECK(esc.find("file=a%2Cb%3Ac.txt,") != std::string::npos);
  CHECK(esc.find("100%25 sure really") != std::string::npos);  // newline collapsed, % escaped
}

// The official validator, where installed (npm package @microsoft/sarif-multitool;
// .ci/run or docs/report-schema.md say how).  Set SARIF_MULTITOOL to its path,
// or have sarif-multitool on PATH.
TEST_CASE("sarif: the SARIF Multitool validates the output with no errors", "[report][sarif]") {
  std::string tool = sarif_multitool();
  if (tool.empty()) CLAIMCHECK_SKIP_OUTSIDE_CI("sarif-multitool not found (run tools/setup-sarif; set SARIF_MULTITOOL)");
  TempDir dir;
  report::ReportInput in = corpus_input();
  in.findings.push_back(hostile_finding());
  write_file(dir / "out.sarif", report::render_sarif(in, {}));
  std::string cmd = "'" + tool + "' validate '" + (dir / "out.sarif") + "' -o '" + (dir / "validation.sarif") +
                    "' >'" + (dir / "log.txt") + "' 2>&1";
  int status = std::system(cmd.c_str());
  INFO(read_file(dir / "log.txt"));
  json v = json::parse(read_file(dir / "validation.sarif"));
  int errors = 0;
  for (const json& run : v["runs"])
    for (const json& r : run.value("results", json::array()))
      if (r.value("level", "warning") == "error") {
        ++errors;
        UNSCOPED_INFO(r.dump());
      }
  CHECK(errors == 0);
  CHECK(status == 0);
}
