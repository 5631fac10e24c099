// End to end on the shipped corpus: ingest corpus/ into a temporary database
// with the real binary, run `claimcheck conflicts --format json`, and check the
// outcomes issue 6 lists.
#include <set>
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "helpers.h"

using nlohmann::json;
using claimcheck::testing::run_claimcheck;
using claimcheck::testing::TempDir;

namespace {

struct Corpus {
  TempDir dir;
  json findings;
  Corpus() {
    auto ingest = run_claimcheck("ingest --db '" + dir / "db" + "' -q corpus");
    INFO(ingest.err);
    REQUIRE(ingest.status == 0);
    auto out = run_claimcheck("conflicts --db '" + dir / "db" + "' --format json");
    INFO(out.err);
    REQUIRE(out.status == 0);
    json j = json::parse(out.out);
    REQUIRE(j.at("schema_version") == 1);
    findings = j.at("findings");
  }
};

const json& corpus_findings() {
  static Corpus corpus;
  return corpus.findings;
}

std::vector<json> about(const std::string& subject, const std::string& attribute, const std::string& kind = "") {
  std::vector<json> out;
  for (const json& f : corpus_findings())
    if (f.at("subject") == subject && f.at("attribute") == attribute && (kind.empty() || f.at("kind") == kind))
      out.push_back(f);
  return out;
}

// Distinct document prefixes ("002") supporting `value` in a finding.
std::vector<std::string> docs_for(const json& f, const std::string& value) {
  std::vector<std::string> docs;
  for (const json& s : f.at("support"))
    if (s.at("value") == value)
      for (const json& d : s.at("docs")) docs.push_back(d.get<std::string>().substr(7, 3));  // "corpus/003_..."
  return docs;
}

std::string kinds_of(const std::vector<json>& fs) {
  std::string s;
  for (const json& f : fs) s += (s.empty() ? "" : ",") + f.at("kind").get<std::string>();
  return s;
}

}  // namespace

TEST_CASE("corpus: GPT-5.5's release date is a conflict between 003 and 002", "[check][corpus]") {
  auto conflicts = about("GPT-5.5", "release_date", "conflict");
  INFO(kinds_of(about("GPT-5.5", "release_date")));
  REQUIRE(conflicts.size() == 1);
  const json& f = conflicts[0];
  CHECK(f.at("severity") == "error");
  CHECK(docs_for(f, "2026-04-23") == std::vector<std::string>{"003"});
  CHECK(docs_for(f, "2026-04-24") == std::vector<std::string>{"002"});
  CHECK(f.at("explanation") == "003 says 2026-04-23, 002 says 2026-04-24: one day apart");
  for (const json& c : f.at("claims")) {
    CHECK(c.at("line").get<int>() > 0);
    CHECK_FALSE(c.at("sentence").get<std::string>().empty());
    CHECK_FALSE(c.at("rule").get<std::string>().empty());
  }
}

TEST_CASE("corpus: DeepSeek V4's release agrees (002, 003) and slipped from 001's plan", "[check][corpus]") {
  auto all = about("DeepSeek V4", "release_date");
  INFO(kinds_of(all));
  CHECK(about("DeepSeek V4", "release_date", "conflict").empty());
  auto agreement = about("DeepSeek V4", "release_date", "agreement");
  REQUIRE(agreement.size() == 1);
  CHECK(docs_for(agreement[0], "2026-04-24") == std::vector<std::string>{"002", "003"});
  auto plan = about("DeepSeek V4", "release_date", "plan_vs_actual");
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].at("severity") == "info");
  const std::string text = plan[0].at("explanation");
  CHECK(text.find("001 planned") == 0);
  CHECK(text.find("later than planned") != std::string::npos);
}

TEST_CASE("corpus: V4-Pro total parameters agree between 002 and 003", "[check][corpus]") {
  auto agreement = about("DeepSeek V4-Pro", "parameters", "agreement");
  INFO(kinds_of(about("DeepSeek V4-Pro", "parameters")));
  REQUIRE(agreement.size() == 1);
  CHECK(agreement[0].at("qualifiers").at("scope") == "total");
  REQUIRE(agreement[0].at("support").size() == 1);
  std::vector<std::string> docs;
  for (const json& d : agreement[0].at("support")[0].at("docs")) docs.push_back(d.get<std::string>().substr(7, 3));
  CHECK(docs == std::vector<std::string>{"002", "003"});
}

TEST_CASE("corpus: the context window is a unit mismatch, tokens vs words", "[check][corpus]") {
  int mismatches = 0;
  for (const json& f : corpus_findings()) {
    if (f.at("attribute") != "context_window") continue;
    CHECK(f.at("kind") != "conflict");
    if (f.at("kind") != "unit_mismatch") continue;
    ++mismatches;
    CHECK(f.at("severity") == "warning");
    const std::string text = f.at("explanation");
    CHECK(text.find("tokens") != std::string::npos);
    CHECK(text.find("words") != std::string::npos);
  }
  CHECK(mismatches >= 1);
}

TEST_CASE("corpus: OpenAI's valuation is not reported as a plain conflict", "[check][corpus]") {
  auto all = about("OpenAI", "valuation");
  INFO(kinds_of(all));
  CHECK(about("OpenAI", "valuation", "conflict").empty());
  auto changed = about("OpenAI", "valuation", "changed_over_time");
  REQUIRE(changed.size() == 1);
  const std::string text = changed[0].at("explanation");
  CHECK(text.find("004") != std::string::npos);
  CHECK(text.find("not a conflict") != std::string::npos);
}

TEST_CASE("corpus: input vs output prices and total vs activated parameters never conflict", "[check][corpus]") {
  CHECK(about("DeepSeek V4-Flash", "price", "conflict").empty());
  CHECK(about("DeepSeek V4-Pro", "parameters", "conflict").empty());
  CHECK(about("DeepSeek V4-Flash", "parameters", "conflict").empty());
  for (const json& f : corpus_findings()) {
    std::set<std::string> directions, scopes;
    for (const json& c : f.at("claims")) {
      const json& q = c.at("qualifiers");
      if (q.contains("direction")) directions.insert(q.at("direction").get<std::string>());
      if (q.contains("scope")) scopes.insert(q.at("scope").get<std::string>());
    }
    CHECK(directions.size() <= 1);
    CHECK(scopes.size() <= 1);
  }
}

TEST_CASE("corpus: conflicts filters and output are deterministic", "[check][corpus][cli]") {
  TempDir dir;
  REQUIRE(run_claimcheck("ingest --db '" + dir / "db" + "' -q corpus").status == 0);
  auto a = run_claimcheck("conflicts --db '" + dir / "db" + "' --format json");
  auto b = run_claimcheck("conflicts --db '" + dir / "db" + "' --format json");
  CHECK(a.out == b.out);
  auto errors = run_claimcheck("conflicts --db '" + dir / "db" + "' --format json --min-severity error");
  const json error_report = json::parse(errors.out);  // kept alive: a range-for over a temporary's member dangles
  for (const json& f : error_report.at("findings")) CHECK(f.at("severity") == "error");
  auto only = run_claimcheck("conflicts --db '" + dir / "db" + "' --format json --kind agreement --kind plan_vs_actual");
  const json only_report = json::parse(only.out);
  for (const json& f : only_report.at("findings"))
    CHECK((f.at("kind") == "agreement" || f.at("kind") == "plan_vs_actual"));
  auto gpt = run_claimcheck("conflicts --db '" + dir / "db" + "' --subject GPT-5.5 --attribute release_date");
  CHECK(gpt.status == 0);
  CHECK(gpt.out.find("error conflict: GPT-5.5 release_date") == 0);
  CHECK(gpt.out.find("003 says 2026-04-23, 002 says 2026-04-24: one day apart") != std::string::npos);
  auto bad = run_claimcheck("conflicts --db '" + dir / "db" + "' --kind nonsense");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("unknown finding kind 'nonsense'") != std::string::npos);
  auto missing = run_claimcheck("conflicts --db '" + dir / "nowhere" + "'");
  CHECK(missing.status == 2);
}
