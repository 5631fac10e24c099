// The store's promises, against a real RocksDB in a temporary directory.
#include <catch2/catch.hpp>
#include <rocksdb/db.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sstream>

#include "claimcheck/error.h"
#include "claimcheck/json.h"
#include "helpers.h"
#include "store/exchange.h"
#include "store/store.h"
#include "synthetic.h"

using namespace claimcheck;
using namespace claimcheck::store;
using claimcheck::testing::synthetic_claims;
using claimcheck::testing::synthetic_document;
using claimcheck::testing::TempDir;

namespace {

std::string as_json(const std::vector<Claim>& claims) { return nlohmann::json(claims).dump(); }

std::string error_of(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

std::string export_text(const Store& s) {
  std::ostringstream out;
  export_jsonl(s, out);
  return out.str();
}

}  // namespace

TEST_CASE("a document's claims come back exactly as they were put", "[store]") {
  TempDir dir;
  auto s = Store::open(dir / "db", Mode::read_write);
  auto claims = synthetic_claims("a.txt", 9);
  CHECK(s->put_document(synthetic_document("a.txt", "h1"), claims) == PutOutcome::added);
  CHECK(as_json(s->claims_of_document("a.txt")) == as_json(claims));
  auto doc = s->document("a.txt");
  REQUIRE(doc);
  CHECK(doc->title == "Title of a.txt");
  CHECK(doc->claim_count == 9);
  CHECK(doc->metadata.at("source") == "test");
  CHECK_FALSE(s->document("b.txt"));
}

TEST_CASE("claims about one subject and attribute are one group", "[store]") {
  TempDir dir;
  auto s = Store::open(dir / "db", Mode::read_write);
  s->put_document(synthetic_document("a.txt", "h1"), synthetic_claims("a.txt", 21));
  s->put_document(synthetic_document("b.txt", "h2"), synthetic_claims("b.txt", 21));
  auto about = s->claims_about("Model-0", "release_date");
  REQUIRE(about.size() == 2 * 1);  // i = 0 only (i % 7 == 0 and i % 3 == 0 within 21)
  for (const Claim& c : about) CHECK((c.subject == "Model-0" && c.attribute == "release_date"));
  CHECK(s->claims_about("Model-0", "release").empty());  // a prefix of a part is not a match

  std::size_t total = 0, groups = 0;
  s->for_each_group([&](const std::vector<Claim>& g) {
    ++groups;
    total += g.size();
    for (const Claim& c : g) CHECK((c.subject == g[0].subject && c.attribute == g[0].attribute));
  });
  CHECK(total == 42);
  CHECK(groups == 21);  // 7 subjects x 3 attributes
  Stats st = s->stats();
  CHECK(st.documents == 2);
  CHECK(st.claims == 42);
  CHECK(st.subjects == 7);
  CHECK(st.attributes == 3);
  CHECK(st.bytes_on_disk > 0);
}

TEST_CASE("a changed document replaces all of its old claims at once", "[store]") {
  TempDir dir;
  auto s = Store::open(dir / "db", Mode::read_write);
  s->put_document(synthetic_document("a.txt", "h1"), synthetic_claims("a.txt", 10));
  s->put_document(synthetic_document("b.txt", "h1"), synthetic_claims("b.txt", 3));
  auto replacement = synthetic_claims("a.txt", 4, 100);
  CHECK(s->put_document(synthetic_document("a.txt", "h2"), replacement) == PutOutcome::replaced);
  CHECK(as_json(s->claims_of_document("a.txt")) == as_json(replacement));
  CHECK(s->document("a.txt")->content_hash == "h2");
  CHECK(s->stats().claims == 7);
  std::size_t from_a = 0;
  s->for_each_claim([&](const Claim& c) { from_a += c.doc == "a.txt"; });
  CHECK(from_a == 4);  // no stale index entries
  CHECK(s->claims_of_document("b.txt").size() == 3);
}

TEST_CASE("re-ingesting an unchanged document writes nothing", "[store]") {
  TempDir dir;
  auto s = Store::open(dir / "db", Mode::read_write);
  s->put_document(synthetic_document("a.txt", "h1"), synthetic_claims("a.txt", 5));
  auto again = synthetic_document("a.txt", "h1");
  again.ingested_at = "2027-01-01T00:00:00Z";
  CHECK(s->put_document(again, synthetic_claims("a.txt", 2)) == PutOutcome::unchanged);
  CHECK(s->document("a.txt")->ingested_at == "2026-11-24T10:00:00Z");
  CHECK(s->claims_of_document("a.txt").size() == 5);
}

TEST_CASE("forget removes a document and every trace of its claims", "[store]") {
  TempDir dir;
  auto s = Store::open(dir / "db", Mode::read_write);
  s->put_document(synthetic_document("a.txt", "h1"), synthetic_claims("a.txt", 6));
  s->put_document(synthetic_document("b.txt", "h1"), synthetic_claims("b.txt", 6));
  CHECK(s->forget("a.txt"));
  CHECK_FALSE(s->forget("a.txt"));
  CHECK_FALSE(s->document("a.txt"));
  CHECK(s->claims_of_document("a.txt").empty());
  Stats st = s->stats();
  CHECK(st.documents == 1);
  CHECK(st.claims == 6);
  s->for_each_claim([](const Claim& c) { CHECK(c.doc == "b.txt"); });
}

TEST_CASE("export then import reproduces the store exactly", "[store]") {
  TempDir dir;
  std::string first;
  {
    auto a = Store::open(dir / "a", Mode::read_write);
    a->put_document(synthetic_document("a.txt", "h1"), synthetic_claims("a.txt", 12));
    a->put_document(synthetic_document("dir/b.md", "h2"), synthetic_claims("dir/b.md", 5));
    a->put_document(synthetic_document("empty.txt", "h3"), {});
    first = export_text(*a);
  }
  auto b = Store::open(dir / "b", Mode::read_write);
  std::istringstream in(first);
  ImportSummary summary = import_jsonl(*b, in, "export.jsonl");
  CHECK(summary.added == 3);
  CHECK(summary.claims == 17);
  CHECK(export_text(*b) == first);

  std::istringstream bad("{\"type\":\"claimcheck-export\",\"schema\":1}\n{\"type\":\"document\",\"id\":\"x\",\"claims\":2}\n");
  CHECK(error_of([&] { import_jsonl(*b, bad, "cut.jsonl"); }) ==
        "cut.jsonl:2: document 'x' says it has 2 claims but 0 follow it (truncated export?)");
}

// Found by fuzz_import (tests/data/fuzz-regressions/import/): a schema or a
// count that is not a whole number was converted to an integer (undefined
// behaviour); it is an error naming the line.
TEST_CASE("import: a header schema or a count that is not a whole number is an error with its line", "[store][fuzz]") {
  TempDir dir;
  auto s = Store::open(dir / "db", Mode::read_write);
  std::istringstream huge("{\"type\":\"claimcheck-export\",\"schema\":3.3e113}\n");
  std::string e = error_of([&] { import_jsonl(*s, huge, "x.jsonl"); });
  CHECK_THAT(e, Catch::StartsWith("x.jsonl:1: invalid JSON: "));
  CHECK_THAT(e, Catch::Contains("\"schema\" must be a whole number"));
  std::istringstream fraction("{\"type\":\"claimcheck-export\",\"schema\":1}\n{\"type\":\"document\",\"id\":\"x\",\"claims\":-2}\n");
  CHECK_THAT(error_of([&] { import_jsonl(*s, fraction, "x.jsonl"); }),
             Catch::StartsWith("x.jsonl:2: invalid JSON: ") && Catch::Contains("\"claims\" must be a whole number"));
  std::istringstream newer("{\"type\":\"claimcheck-export\",\"schema\":2.0}\n");
  CHECK_THAT(error_of([&] { import_jsonl(*s, newer, "x.jsonl"); }), Catch::Contains("newer claimcheck (schema 2)"));
}

TEST_CASE("a reader works while a writer has the database open", "[store]") {
  TempDir dir;
  auto writer = Store::open(dir / "db", Mode::read_write);
  writer->put_document(synthetic_document("a.txt", "h1"), synthetic_claims("a.txt", 4));
  auto reader = Store::open(dir / "db", Mode::read_only);
  CHECK(reader->claims_of_document("a.txt").size() == 4);
  writer->put_document(synthetic_document("b.txt", "h1"), synthetic_claims("b.txt", 3));
  reader->refresh();
  CHECK(reader->stats().claims == 7);
  CHECK(error_of([&] { reader->forget("a.txt"); }).find("opened read-only") != std::string::npos);
}

TEST_CASE("a second writer is refused with the first one's pid, and nothing changes", "[store]") {
  TempDir dir;
  { Store::open(dir / "db", Mode::read_write)->put_document(synthetic_document("a.txt", "h1"), synthetic_claims("a.txt", 2)); }
  int ready[2], done[2];
  REQUIRE(pipe(ready) == 0);
  REQUIRE(pipe(done) == 0);
  pid_t child = fork();
  if (child == 0) {
    auto s = Store::open(dir / "db", Mode::read_write);
    char c = 'r';
    (void)!write(ready[1], &c, 1);
    (void)!read(done[0], &c, 1);
    _exit(0);
  }
  char c;
  REQUIRE(read(ready[0], &c, 1) == 1);
  std::string message = error_of([&] { Store::open(dir / "db", Mode::read_write); });
  CHECK(message == dir / "db" + ": database is in use by another claimcheck process (pid " + std::to_string(child) +
                       "); wait for it to finish, or use --db to choose another database");
  CHECK(Store::open(dir / "db", Mode::read_only)->claims_of_document("a.txt").size() == 2);
  (void)!write(done[1], &c, 1);
  int status = 0;
  waitpid(child, &status, 0);
  CHECK(Store::open(dir / "db", Mode::read_write)->stats().claims == 2);
}

TEST_CASE("unusable databases are named with what to do, and left alone", "[store]") {
  TempDir dir;
  SECTION("missing directory, for a reader") {
    CHECK(error_of([&] { Store::open(dir / "none", Mode::read_only); }) ==
          dir / "none" + ": no claimcheck database here; run `claimcheck ingest PATH...` to create it, "
                         "or point --db / $CLAIMCHECK_DB at an existing one");
    CHECK_FALSE(std::filesystem::exists(dir / "none"));
  }
  SECTION("a directory that is not a database") {
    claimcheck::testing::write_file(dir / "notes/todo.txt", "buy milk");
    CHECK(error_of([&] { Store::open(dir / "notes", Mode::read_write); }).find("is not a claimcheck database") !=
          std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "notes/CURRENT"));
    CHECK(claimcheck::testing::read_file(dir / "notes/todo.txt") == "buy milk");
  }
  SECTION("a RocksDB database of some other program") {
    rocksdb::DB* raw = nullptr;
    rocksdb::Options o;
    o.create_if_missing = true;
    REQUIRE(rocksdb::DB::Open(o, dir / "other", &raw).ok());
    delete raw;
    CHECK(error_of([&] { Store::open(dir / "other", Mode::read_write); }).find("not a claimcheck one") !=
          std::string::npos);
  }
  SECTION("a database from a newer claimcheck") {
    { Store::open(dir / "db", Mode::read_write); }
    {
      rocksdb::Options o;
      std::vector<rocksdb::ColumnFamilyDescriptor> fams;
      for (const char* n : {"default", "documents", "claims", "index", "doc_claims", "meta", "stories"})
        fams.emplace_back(n, rocksdb::ColumnFamilyOptions());
      std::vector<rocksdb::ColumnFamilyHandle*> hs;
      rocksdb::DB* raw = nullptr;
      REQUIRE(rocksdb::DB::Open(o, dir / "db", fams, &hs, &raw).ok());
      REQUIRE(raw->Put(rocksdb::WriteOptions(), hs[5], "schema_version", "99").ok());
      for (auto* h : hs) raw->DestroyColumnFamilyHandle(h);
      delete raw;
    }
    for (Mode m : {Mode::read_write, Mode::read_only})
      CHECK(error_of([&] { Store::open(dir / "db", m); }) ==
            dir / "db" + ": was written by a newer claimcheck (schema 99; this build reads up to " +
                             std::to_string(claimcheck::store::kSchemaVersion) + "); "
                         "upgrade claimcheck to use it");
  }
  SECTION("a damaged database") {
    { Store::open(dir / "db", Mode::read_write)->put_document(synthetic_document("a", "h"), synthetic_claims("a", 3)); }
    for (const auto& e : std::filesystem::directory_iterator(dir / "db"))
      if (e.path().filename().string().rfind("MANIFEST", 0) == 0) claimcheck::testing::write_file(e.path(), "garbage");
    std::string message = error_of([&] { Store::open(dir / "db", Mode::read_write); });
    INFO(message);
    CHECK(message.find("database is damaged") != std::string::npos);
    CHECK(message.find("claimcheck repair --db") != std::string::npos);
  }
}
