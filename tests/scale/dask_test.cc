// The cluster path on a real engine (docs/cluster.md, "Dask"): the mapper and
// the reducer run by tools/cluster/claimcheck_dask.py on a LocalCluster of two
// worker processes must find what `ingest` + `report` find on one machine.
// Needs Debian's python3-distributed (tools/setup-cluster): skipped without it,
// a failure under CI=true (.ci/run installs it).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>

#include "helpers.h"

#ifndef CLAIMCHECK_GEN
#define CLAIMCHECK_GEN "claimcheck-gen"
#endif

using claimcheck::testing::read_file;
using claimcheck::testing::run_claimcheck;
using claimcheck::testing::TempDir;
using nlohmann::json;

namespace {

// The Python that has Dask: $CLAIMCHECK_PYTHON, else Debian's own (a pyenv or
// virtualenv python3 on PATH does not see Debian's packages).
std::string python() {
  if (const char* p = std::getenv("CLAIMCHECK_PYTHON"); p && *p) return p;
  return "/usr/bin/python3";
}

bool has_dask() {
  std::string cmd = "'" + python() + "' -c 'import distributed' >/dev/null 2>&1";
  return std::system(cmd.c_str()) == 0;
}

std::string qualifiers_text(const json& q) {
  std::string s;
  for (const auto& [k, v] : q.items()) s += k + "=" + v.get<std::string>() + ";";
  return s;
}

using FindingView = std::tuple<std::string, std::string, std::string, std::string, std::set<std::string>>;

std::multiset<FindingView> views(const json& report) {
  std::multiset<FindingView> out;
  for (const auto& f : report.at("findings")) {
    std::set<std::string> values;
    for (const auto& s : f.at("support")) values.insert(s.at("value").get<std::string>());
    out.insert({f.at("kind"), f.at("subject"), f.at("attribute"), qualifiers_text(f.at("qualifiers")), values});
  }
  return out;
}

}  // namespace

TEST_CASE("the Dask cluster path gives the findings of ingest + report, stories kept apart") {
  if (!has_dask()) CLAIMCHECK_SKIP_OUTSIDE_CI("Dask (python3-distributed) is not installed: run tools/setup-cluster");
  TempDir tmp;
  std::string gen = std::string("'") + CLAIMCHECK_GEN + "' --jsonl '" + tmp / "news.jsonl" + "' --articles 400 --seed 5 2>/dev/null";
  REQUIRE(std::system(gen.c_str()) == 0);
  // Two stories with the same event facts: a conflict inside story "bus", none across stories.
  std::string corpus = read_file(tmp / "news.jsonl");
  corpus += R"({"id":"bus-1","story":"bus","date":"2026-03-02","text":"Fourteen people were killed when the bus left the road on Monday."})" "\n"
            R"({"id":"bus-2","story":"bus","date":"2026-03-02","text":"Nineteen people were killed when the bus left the road on Monday."})" "\n"
            R"({"id":"storm-1","story":"storm","date":"2026-03-04","text":"Thirty-one people were killed when the storm hit."})" "\n";
  claimcheck::testing::write_file(tmp / "news.jsonl", corpus);

  auto ingest = run_claimcheck("--db '" + tmp / "db" + "' --quiet ingest '" + tmp / "news.jsonl" + "'");
  INFO(ingest.err);
  REQUIRE(ingest.status == 0);
  auto single = run_claimcheck("--db '" + tmp / "db" + "' report --format json");
  REQUIRE(single.status == 0);
  json expected = json::parse(single.out);
  REQUIRE(expected.at("findings").size() > 30);

  std::string cmd = "'" + python() + "' '" + CLAIMCHECK_SOURCE_DIR + "/tools/cluster/claimcheck_dask.py' '" +
                    tmp / "news.jsonl" + "' --workers 2 --partitions 5 --reducers 3 --claimcheck '" + CLAIMCHECK_BINARY +
                    "' -o '" + tmp / "dask.json" + "' 2> '" + tmp / "dask.log" + "'";
  int status = std::system(cmd.c_str());
  INFO(read_file(tmp / "dask.log"));
  REQUIRE(status == 0);
  json found = json::parse(read_file(tmp / "dask.json"));

  auto a = views(expected), b = views(found);
  CHECK(a.size() == b.size());
  CHECK(a == b);
  // The story is part of the key: the bus's two tolls conflict, the storm's toll is in no finding with them.
  int bus_conflicts = 0;
  for (const auto& f : found.at("findings")) {
    if (f.at("attribute") != "deaths") continue;
    std::set<std::string> stories;
    for (const auto& c : f.at("claims")) stories.insert(c.value("qualifiers", json::object()).value("story", ""));
    CHECK(stories.size() == 1);
    CHECK_FALSE(stories.count(""));
    if (f.at("kind") == "conflict" && stories.count("bus")) ++bus_conflicts;
  }
  CHECK(bus_conflicts == 1);
}
