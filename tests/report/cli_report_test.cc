// `claimcheck report` run as a user would, on a real database in a temporary
// directory filled with the GPT-5.5 release-date claims of 002 and 003.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "fixtures.h"
#include "helpers.h"
#include "store/store.h"

using namespace claimcheck;
using namespace claimcheck::testing;
using nlohmann::json;

namespace {

void fill(const std::string& db) {
  auto store = store::Store::open(db, store::Mode::read_write);
  Finding f = gpt55_conflict();
  for (const store::DocumentInfo& d : corpus_documents()) {
    std::vector<Claim> claims;
    for (const Claim& c : f.claims)
      if (c.doc == d.id) claims.push_back(c);
    store->put_document(d, claims);
  }
}

}  // namespace

TEST_CASE("claimcheck report: the GPT-5.5 conflict in every format, files written whole", "[report][cli]") {
  TempDir dir;
  std::string db = dir / "db";
  fill(db);

  RunResult text = run_claimcheck("report --db '" + db + "'");
  INFO(text.err);
  REQUIRE(text.status == 0);
  CHECK(text.out.find("GPT-5.5\n  CONFLICT  release date  [error]\n") != std::string::npos);
  CHECK(text.out.find("[April 23, 2026]") != std::string::npos);
  CHECK(text.out.find('\x1b') == std::string::npos);  // not a terminal: no colour

  RunResult colour = run_claimcheck("report --color always --db '" + db + "'");
  CHECK(colour.out.find("\x1b[1;31mCONFLICT") != std::string::npos);

  RunResult j1 = run_claimcheck("report --format json --db '" + db + "'");
  RunResult j2 = run_claimcheck("report --format json --db '" + db + "'");
  REQUIRE(j1.status == 0);
  CHECK(j1.out == j2.out);
  json j = json::parse(j1.out);
  CHECK(j["schema_version"] == 1);
  CHECK(j["summary"]["documents"] == 5);
  REQUIRE_FALSE(j["findings"].empty());
  CHECK(j["findings"][0]["kind"] == "conflict");
  CHECK(j["findings"][0]["subject"] == "GPT-5.5");

  RunResult html = run_claimcheck("report --format html --output '" + dir / "out/report.html" + "' --db '" + db + "'");
  CHECK(html.status == 2);  // the directory does not exist: a clear error, no partial file
  CHECK(html.err.find("out/report.html") != std::string::npos);
  html = run_claimcheck("report --format html --output '" + dir / "report.html" + "' --db '" + db + "'");
  CHECK(html.status == 0);
  CHECK(html.out.empty());
  std::string page = read_file(dir / "report.html");
  CHECK(page.find("data-kind=\"conflict\"") != std::string::npos);
  CHECK(page.rfind("</html>\n") == page.size() - 8);

  RunResult only_agreements = run_claimcheck("report --kind agreement --format json --db '" + db + "'");
  CHECK(json::parse(only_agreements.out)["findings"].empty());

  RunResult sarif = run_claimcheck("report --format sarif --db '" + db + "'");
  CHECK(json::parse(sarif.out)["runs"][0]["results"][0]["ruleId"] == "conflict");
  RunResult gh = run_claimcheck("report --format github --db '" + db + "'");
  CHECK(gh.out.rfind("::error file=corpus/", 0) == 0);

  RunResult bad = run_claimcheck("report --format pdf --db '" + db + "'");
  CHECK(bad.status == 2);
  RunResult missing = run_claimcheck("report --db '" + dir / "nothing" + "'");
  CHECK(missing.status == 2);
}
