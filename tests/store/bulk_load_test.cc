// Bulk loading (store/bulk_load.h) against a real RocksDB: what it stores must
// be exactly what put_document stores, as every reader sees it.
#include <catch2/catch.hpp>

#include <sstream>

#include "claimcheck/error.h"
#include "claimcheck/json.h"
#include "helpers.h"
#include "store/bulk_load.h"
#include "store/exchange.h"
#include "store/store.h"
#include "synthetic.h"

using namespace claimcheck;
using namespace claimcheck::store;
using claimcheck::testing::synthetic_claims;
using claimcheck::testing::synthetic_document;
using claimcheck::testing::TempDir;
namespace fs = std::filesystem;

namespace {

std::string as_json(const std::vector<Claim>& claims) { return nlohmann::json(claims).dump(); }

std::string export_text(const Store& s) {
  std::ostringstream out;
  export_jsonl(s, out);
  return out.str();
}

// Every group as for_each_group gives it, one JSON array per line.
std::string groups_text(const Store& s) {
  std::string out;
  s.for_each_group([&](const std::vector<Claim>& g) { out += as_json(g) + "\n"; });
  return out;
}

const std::vector<std::string> kDocs = {"a.txt", "dir/b.md", "c.txt", "d.txt", "e.txt"};

std::vector<std::string> bulk_dirs(const std::string& db) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(db))
    if (e.path().filename().string().rfind("bulk-load-", 0) == 0) out.push_back(e.path().string());
  return out;
}

}  // namespace

TEST_CASE("a bulk load stores what put_document stores, in chunks of several SST files", "[store][bulk]") {
  TempDir dir;
  auto by_put = Store::open(dir / "put", Mode::read_write);
  auto by_bulk = Store::open(dir / "bulk", Mode::read_write);
  // 2 KiB chunks: the 5 documents of 40 claims need several files per family,
  // whose key ranges overlap (every document has claims about every subject).
  BulkLoad load(*by_bulk, 2048);
  for (std::size_t i = 0; i < kDocs.size(); ++i) {
    auto claims = synthetic_claims(kDocs[i], 40, int(i) * 3);
    auto doc = synthetic_document(kDocs[i], "h" + std::to_string(i));
    by_put->put_document(doc, claims);
    CHECK(load.add(doc, claims) == 40);
  }
  CHECK(by_bulk->stats().documents == 0);  // nothing is visible before commit
  load.commit();
  CHECK(load.files_written() > 4 * 2);
  CHECK(bulk_dirs(dir / "bulk").empty());

  CHECK(export_text(*by_bulk) == export_text(*by_put));
  CHECK(groups_text(*by_bulk) == groups_text(*by_put));
  CHECK(as_json(by_bulk->claims_about("Model-3", "price")) == as_json(by_put->claims_about("Model-3", "price")));
  CHECK_FALSE(by_bulk->claims_about("Model-3", "price").empty());
  CHECK(by_bulk->document("dir/b.md")->claim_count == 40);
  Stats st = by_bulk->stats();
  CHECK(st.documents == 5);
  CHECK(st.claims == 200);
  CHECK(st.subjects == 7);

  // A reader (a secondary instance, as `claimcheck claims` and `report` open
  // it) and a reopened writer see the same.
  std::string expected = export_text(*by_put);
  CHECK(export_text(*Store::open(dir / "bulk", Mode::read_only)) == expected);
  by_bulk.reset();
  CHECK(export_text(*Store::open(dir / "bulk", Mode::read_write)) == expected);
}

TEST_CASE("a bulk load keeps the documents already stored, and they can still be replaced", "[store][bulk]") {
  TempDir dir;
  auto s = Store::open(dir / "db", Mode::read_write);
  auto old_claims = synthetic_claims("old.txt", 12);
  s->put_document(synthetic_document("old.txt", "h0"), old_claims);
  {
    BulkLoad load(*s, 1024);
    load.add(synthetic_document("new.txt", "h1"), synthetic_claims("new.txt", 12));
    load.commit();
  }
  CHECK(as_json(s->claims_of_document("old.txt")) == as_json(old_claims));
  CHECK(s->claims_of_document("new.txt").size() == 12);
  CHECK(s->stats().claims == 24);
  // The bulk-loaded document is an ordinary one: put_document replaces its claims.
  auto replacement = synthetic_claims("new.txt", 3, 50);
  CHECK(s->put_document(synthetic_document("new.txt", "h2"), replacement) == PutOutcome::replaced);
  CHECK(as_json(s->claims_of_document("new.txt")) == as_json(replacement));
  CHECK(s->stats().claims == 15);
  std::size_t from_new = 0;
  s->for_each_claim([&](const Claim& c) { from_new += c.doc == "new.txt"; });
  CHECK(from_new == 3);  // no stale index entries
}

TEST_CASE("a bulk load that is not committed leaves nothing behind", "[store][bulk]") {
  TempDir dir;
  auto s = Store::open(dir / "db", Mode::read_write);
  s->put_document(synthetic_document("old.txt", "h0"), synthetic_claims("old.txt", 3));
  std::string before = export_text(*s);
  {
    BulkLoad load(*s, 512);  // small enough that files are written before the end
    load.add(synthetic_document("a.txt", "h1"), synthetic_claims("a.txt", 20));
    load.add(synthetic_document("b.txt", "h1"), synthetic_claims("b.txt", 20));
    CHECK(load.files_written() > 0);
    CHECK(bulk_dirs(dir / "db").size() == 1);
  }  // e.g. the import failed on a later line
  CHECK(export_text(*s) == before);
  CHECK(bulk_dirs(dir / "db").empty());
}

TEST_CASE("a bulk-load directory left by a killed import is removed by the next load", "[store][bulk]") {
  TempDir dir;
  auto s = Store::open(dir / "db", Mode::read_write);
  claimcheck::testing::write_file(dir / "db/bulk-load-dead01/claims-0.sst", "half a file");
  BulkLoad load(*s);
  CHECK_FALSE(fs::exists(dir / "db/bulk-load-dead01"));
  load.add(synthetic_document("a.txt", "h1"), synthetic_claims("a.txt", 2));
  load.commit();
  CHECK(s->stats().claims == 2);
}

TEST_CASE("two documents with the same claim id are refused, and nothing is loaded", "[store][bulk]") {
  TempDir dir;
  auto s = Store::open(dir / "db", Mode::read_write);
  auto a = synthetic_claims("a.txt", 2);
  auto b = synthetic_claims("b.txt", 2);
  b[1].id = a[0].id;
  BulkLoad load(*s);
  load.add(synthetic_document("a.txt", "h1"), a);
  load.add(synthetic_document("b.txt", "h1"), b);
  std::string message;
  try {
    load.commit();
  } catch (const Error& e) {
    message = e.what();
  }
  CHECK(message == dir / "db" + ": claim id " + a[0].id + " is in two documents; claim ids must be unique");
  CHECK(s->stats().documents == 0);
}
