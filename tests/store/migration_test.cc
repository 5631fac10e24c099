// Schema 1 -> 2 (docs/storage.md, "Schema versions"): a database written by
// the last schema-1 build (tests/data/store/schema1-db, from `claimcheck
// ingest corpus/` at commit 0be5212) is read as it is, migrated by the first
// writer or by `claimcheck repair`, and reports what that build reported
// (schema1-report.json, schema1-claims.jsonl: its own output over the same
// database).
#include <catch2/catch.hpp>
#include <rocksdb/db.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "helpers.h"
#include "store/store.h"

namespace fs = std::filesystem;
using claimcheck::testing::read_file;
using claimcheck::testing::run_claimcheck;
using claimcheck::testing::RunResult;
using claimcheck::testing::TempDir;
using nlohmann::json;

namespace {

const std::string kFixture = std::string(CLAIMCHECK_TEST_DATA) + "/store/";

// The report without what belongs to the build, not to the database: the
// tool's version and the wording of each finding's explanation.
json report_of(const std::string& text) {
  json j = json::parse(text);
  j.erase("tool");
  for (json& f : j.at("findings")) f.erase("explanation");
  return j;
}

std::string copy_of_fixture(const TempDir& dir) {
  std::string db = dir / "db";
  fs::copy(kFixture + "schema1-db", db, fs::copy_options::recursive);
  return db;
}

struct Layout {
  std::string schema;
  std::size_t claims_entries = 0;  // what is left in the schema-1 `claims` family
  std::size_t empty_index_values = 0;
};

Layout layout_of(const std::string& db) {
  std::vector<rocksdb::ColumnFamilyDescriptor> fams;
  for (const char* n : {"default", "documents", "claims", "index", "doc_claims", "meta", "stories"})
    fams.emplace_back(n, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> hs;
  rocksdb::DB* raw = nullptr;
  REQUIRE(rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(), db, fams, &hs, &raw).ok());
  Layout out;
  REQUIRE(raw->Get(rocksdb::ReadOptions(), hs[5], "schema_version", &out.schema).ok());
  std::unique_ptr<rocksdb::Iterator> claims(raw->NewIterator(rocksdb::ReadOptions(), hs[2]));
  for (claims->SeekToFirst(); claims->Valid(); claims->Next()) ++out.claims_entries;
  std::unique_ptr<rocksdb::Iterator> index(raw->NewIterator(rocksdb::ReadOptions(), hs[3]));
  for (index->SeekToFirst(); index->Valid(); index->Next()) out.empty_index_values += index->value().empty();
  claims.reset();
  index.reset();
  for (auto* h : hs) raw->DestroyColumnFamilyHandle(h);
  delete raw;
  return out;
}

}  // namespace

TEST_CASE("a schema-1 database is read, migrated, and reports what it reported before", "[store][migration]") {
  TempDir dir;
  std::string db = copy_of_fixture(dir);
  const json expected_report = report_of(read_file(kFixture + "schema1-report.json"));
  const std::string expected_claims = read_file(kFixture + "schema1-claims.jsonl");
  REQUIRE(expected_report.at("summary").at("claims").get<int>() > 50);
  REQUIRE(expected_report.at("summary").at("by_kind").at("conflict").get<int>() > 0);
  {
    Layout before = layout_of(db);
    REQUIRE(before.schema == "1");
    REQUIRE(before.claims_entries > 50);
  }

  SECTION("readers read it as it is, and change nothing") {
    RunResult report = run_claimcheck("--db '" + db + "' report --format json");
    INFO(report.err);
    REQUIRE(report.status == 0);
    CHECK(report_of(report.out) == expected_report);
    CHECK(run_claimcheck("--db '" + db + "' claims --format jsonl").out == expected_claims);
    CHECK(layout_of(db).schema == "1");
  }
  SECTION("the first writer migrates it") {
    // Every article is unchanged: opening for writing is the whole change.
    RunResult ingest = run_claimcheck("-q --db '" + db + "' ingest corpus");
    INFO(ingest.err);
    REQUIRE(ingest.status == 0);
    Layout after = layout_of(db);
    CHECK(after.schema == std::to_string(claimcheck::store::kSchemaVersion));
    CHECK(after.claims_entries == 0);
    CHECK(after.empty_index_values == 0);
    CHECK(report_of(run_claimcheck("--db '" + db + "' report --format json").out) == expected_report);
    CHECK(run_claimcheck("--db '" + db + "' claims --format jsonl").out == expected_claims);

    // A migrated document is an ordinary one: forgetting it removes its claims.
    std::string doc = expected_report.at("documents").at(0).at("id");
    REQUIRE(run_claimcheck("-q --db '" + db + "' forget '" + doc + "'").status == 0);
    std::string left = run_claimcheck("--db '" + db + "' claims --format jsonl").out;
    CHECK(left.size() < expected_claims.size());
    CHECK(left.find("\"doc\":\"" + doc + "\"") == std::string::npos);
  }
  SECTION("claimcheck repair migrates it too") {
    RunResult repair = run_claimcheck("--db '" + db + "' repair");
    INFO(repair.out + repair.err);
    REQUIRE(repair.status == 0);
    CHECK(layout_of(db).schema == std::to_string(claimcheck::store::kSchemaVersion));
    CHECK(layout_of(db).claims_entries == 0);
    CHECK(report_of(run_claimcheck("--db '" + db + "' report --format json").out) == expected_report);
    CHECK(run_claimcheck("--db '" + db + "' claims --format jsonl").out == expected_claims);
  }
}
