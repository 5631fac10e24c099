// Scale tests: a generated corpus with planted conflicts (tools/gen), scanned
// as a user would, must give exactly the planted conflicts; and the cluster
// path (extract --format keyed | sort | conflicts --claims -) must give the
// same findings as a single-machine scan.
#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>

#include "claimcheck/quantity.h"
#include "helpers.h"

#ifndef CLAIMCHECK_GEN  // tools/ not built (CLAIMCHECK_BENCHMARKS=OFF): look on PATH
#define CLAIMCHECK_GEN "claimcheck-gen"
#endif

using claimcheck::testing::read_file;
using claimcheck::testing::run_claimcheck;
using claimcheck::testing::TempDir;
using nlohmann::json;

namespace {

void generate(const std::string& args) {
  std::string cmd = std::string("'") + CLAIMCHECK_GEN + "' " + args + " 2>/dev/null";
  REQUIRE(std::system(cmd.c_str()) == 0);
}

json report(const std::string& db, const std::string& extra = "") {
  auto r = run_claimcheck("--db '" + db + "' report --format json " + extra);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return json::parse(r.out);
}

std::string qualifiers_text(const json& q) {
  std::string s;
  for (const auto& [k, v] : q.items()) s += k + "=" + v.get<std::string>() + ";";
  return s;
}

// A finding as the user compares it: kind, key, and the distinct values.
using FindingView = std::tuple<std::string, std::string, std::string, std::string, std::set<std::string>>;

std::set<FindingView> views(const json& report) {
  std::set<FindingView> out;
  for (const auto& f : report.at("findings")) {
    std::set<std::string> values;
    for (const auto& s : f.at("support")) values.insert(s.at("value").get<std::string>());
    out.insert({f.at("kind"), f.at("subject"), f.at("attribute"), qualifiers_text(f.at("qualifiers")), values});
  }
  return out;
}

// The value of a claim in the truth file's terms: ISO date, or the amount.
bool same_value(const json& claim_value, const json& truth_value) {
  if (truth_value.is_string()) {  // a date: the claim's JSON writes it as ISO too
    const json& v = claim_value.at("value");
    return (v.is_string() ? v.get<std::string>() : claimcheck::iso_date(static_cast<int64_t>(v.get<double>()))) ==
           truth_value.get<std::string>();
  }
  double a = claim_value.at("value").get<double>(), b = truth_value.get<double>();
  return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)) + 1e-9;
}

}  // namespace

TEST_CASE("a scan of a generated corpus finds every planted conflict and invents none") {
  TempDir tmp;
  generate("--out '" + tmp / "corpus" + "' --articles 1500 --seed 7");
  json truth = json::parse(read_file(tmp / "corpus/truth.json"));
  REQUIRE(truth.at("conflicts").size() >= 10);  // the corpus really plants something

  auto ingest = run_claimcheck("--db '" + tmp / "db" + "' ingest '" + tmp / "corpus" + "' --jobs 2");
  INFO(ingest.err);
  REQUIRE(ingest.status == 0);
  CHECK(ingest.err.find("1500 documents (1500 new") != std::string::npos);

  json found = report(tmp / "db", "--kind conflict");
  std::map<std::string, json> by_key;  // subject|attribute|qualifiers -> finding
  for (const auto& f : found.at("findings"))
    by_key[f.at("subject").get<std::string>() + "|" + f.at("attribute").get<std::string>() + "|" +
           qualifiers_text(f.at("qualifiers"))] = f;

  for (const auto& planted : truth.at("conflicts")) {
    std::string key = planted.at("subject").get<std::string>() + "|" + planted.at("attribute").get<std::string>() +
                      "|" + qualifiers_text(planted.at("qualifiers"));
    INFO("planted conflict " << key);
    REQUIRE(by_key.count(key) == 1);
    // Both the true and the planted value appear among the finding's claims, and nothing else.
    const json& claims = by_key[key].at("claims");
    for (const auto& v : planted.at("values")) {
      INFO("value " << v.at("text"));
      CHECK(std::any_of(claims.begin(), claims.end(), [&](const json& c) { return same_value(c.at("value"), v.at("value")); }));
    }
    for (const auto& c : claims)
      CHECK(std::any_of(planted.at("values").begin(), planted.at("values").end(),
                        [&](const json& v) { return same_value(c.at("value"), v.at("value")); }));
  }
  // None invented: every conflict reported was planted.
  CHECK(by_key.size() == truth.at("conflicts").size());
  // Every fact sentence became exactly one claim.
  CHECK(found.at("summary").at("claims") == truth.at("claims"));
}

TEST_CASE("extract --format keyed | sort | conflicts --claims - gives the findings of a single-machine scan") {
  TempDir tmp;
  generate("--jsonl '" + tmp / "news.jsonl" + "' --articles 600 --seed 11");

  auto ingest = run_claimcheck("--db '" + tmp / "db" + "' --quiet ingest '" + tmp / "news.jsonl" + "'");
  INFO(ingest.err);
  REQUIRE(ingest.status == 0);
  json single = report(tmp / "db");  // the store-backed report: same findings JSON as `conflicts --format json`
  REQUIRE(single.at("findings").size() > 50);

  // The cluster path, with sort(1) as the shuffle.
  std::string bin = CLAIMCHECK_BINARY;
  std::string pipeline = "'" + bin + "' --quiet extract --format keyed < '" + tmp / "news.jsonl" +
                         "' | LC_ALL=C sort | '" + bin + "' conflicts --claims - --format json > '" + tmp / "reduced.json" + "'";
  REQUIRE(std::system(pipeline.c_str()) == 0);
  json reduced = json::parse(read_file(tmp / "reduced.json"));

  auto a = views(single), b = views(reduced);
  CHECK(a.size() == b.size());
  CHECK(a == b);
}

TEST_CASE("conflicts --claims - refuses input that is not sorted by key") {
  TempDir tmp;
  generate("--jsonl '" + tmp / "news.jsonl" + "' --articles 40 --seed 3");
  std::string bin = CLAIMCHECK_BINARY;
  // Reverse order: every key is split from nothing, but keys go down.
  std::string cmd = "'" + bin + "' --quiet extract --format keyed < '" + tmp / "news.jsonl" + "' | LC_ALL=C sort -r > '" +
                    tmp / "unsorted.tsv" + "'";
  REQUIRE(std::system(cmd.c_str()) == 0);
  auto r = run_claimcheck("conflicts --claims '" + tmp / "unsorted.tsv" + "'");
  CHECK(r.status == 2);
  CHECK(r.err.find("not sorted by key") != std::string::npos);
}
