// Ingest through the real extractor and a real store in a temporary directory.
#include <catch2/catch.hpp>

#include <sstream>

#include "extractor_helper.h"
#include "helpers.h"
#include "base/hash.h"
#include "ingest/ingest.h"
#include "ingest/inputs.h"
#include "store/exchange.h"
#include "store/store.h"

using namespace claimcheck;
using claimcheck::testing::read_file;
using claimcheck::testing::TempDir;
using claimcheck::testing::write_file;

namespace {

const std::string kCorpus = std::string(CLAIMCHECK_SOURCE_DIR) + "/corpus";

const claims::Extractor& extractor() { return claimcheck::testing::shared_extractor(); }

// A small corpus in `dir`: two articles from corpus/ and its manifest.
void copy_corpus(const TempDir& dir) {
  write_file(dir / "news/002_7487f4256f525623.txt", read_file(kCorpus + "/002_7487f4256f525623.txt"));
  write_file(dir / "news/003_d4106d9e4592ae5a.txt", read_file(kCorpus + "/003_d4106d9e4592ae5a.txt"));
  write_file(dir / "news/manifest.json", read_file(kCorpus + "/manifest.json"));
}

std::string export_text(const store::Store& s) {
  std::ostringstream out;
  store::export_jsonl(s, out);
  return out.str();
}

}  // namespace

TEST_CASE("directories are walked for article files in name order", "[ingest]") {
  TempDir dir;
  write_file(dir / "d/b.md", "b");
  write_file(dir / "d/a.txt", "a");
  write_file(dir / "d/sub/c.HTML", "c");
  write_file(dir / "d/notes.json", "{}");
  write_file(dir / "d/.git/x.txt", "hidden");
  write_file(dir / "d/.claimcheck/LOG.txt", "hidden");
  write_file(dir / "other.json", "{}");
  auto inputs = ingest::collect_inputs({dir / "d", dir / "other.json", dir / "missing.txt", "-"});
  REQUIRE(inputs.size() == 6);
  CHECK(inputs[0].path == dir / "d/a.txt");
  CHECK(inputs[1].path == dir / "d/b.md");
  CHECK(inputs[2].path == dir / "d/sub/c.HTML");
  CHECK(inputs[3].path == dir / "other.json");  // named explicitly: taken whatever its extension
  CHECK(inputs[4].error == "no such file or directory");
  CHECK(inputs[5].path == "-");
}

TEST_CASE("content hashes tell changed bytes apart", "[ingest]") {
  CHECK(base::content_hash("abc") == base::content_hash("abc"));
  CHECK(base::content_hash("abc") != base::content_hash("abd"));
  CHECK(base::content_hash("").size() == 24);
}

TEST_CASE("ingest stores each article once and skips it when unchanged", "[ingest]") {
  TempDir dir;
  copy_corpus(dir);
  auto store = store::Store::open(dir / "db", store::Mode::read_write);
  std::ostringstream diag;
  ingest::IngestOptions options;
  options.diagnostics = &diag;
  ingest::IngestSummary first = ingest::ingest_paths(*store, extractor(), {dir / "news"}, options);
  CHECK(first.added == 2);
  CHECK(first.failed == 0);
  CHECK(first.claims > 0);
  CHECK(diag.str().empty());
  auto doc = store->document(dir / "news/002_7487f4256f525623.txt");
  REQUIRE(doc);
  CHECK(doc->date == "2026-04-27");  // from the manifest / dateline
  CHECK(doc->title.find("DeepSeek V4 vs. GPT-5.5") != std::string::npos);
  CHECK(doc->claim_count == store->claims_of_document(doc->id).size());
  CHECK(store->stats().claims == first.claims);

  ingest::IngestSummary again = ingest::ingest_paths(*store, extractor(), {dir / "news"}, options);
  CHECK(again.unchanged == 2);
  CHECK(again.added + again.replaced == 0);

  // An edited article replaces its claims; the other one is untouched.
  std::string path = dir / "news/003_d4106d9e4592ae5a.txt";
  write_file(path, read_file(path) + "\nGPT-5.5 was released on April 30, 2026.\n");
  ingest::IngestSummary edited = ingest::ingest_paths(*store, extractor(), {dir / "news"}, options);
  CHECK(edited.replaced == 1);
  CHECK(edited.unchanged == 1);
  CHECK(store->document(path)->claim_count == store->claims_of_document(path).size());
}

TEST_CASE("unreadable files are reported and the rest is ingested", "[ingest]") {
  TempDir dir;
  copy_corpus(dir);
  write_file(dir / "news/broken.txt", std::string("Price: $5\xff\xfe per month\n"));
  auto store = store::Store::open(dir / "db", store::Mode::read_write);
  std::ostringstream diag;
  ingest::IngestOptions options;
  options.diagnostics = &diag;
  auto s = ingest::ingest_paths(*store, extractor(), {dir / "news", dir / "nope.txt"}, options);
  CHECK(s.added == 2);
  CHECK(s.failed == 2);
  CHECK(diag.str().find(dir / "news/broken.txt" + ":") == 0);
  CHECK(diag.str().find(dir / "nope.txt: no such file or directory\n") != std::string::npos);
  CHECK_FALSE(store->document(dir / "news/broken.txt"));

  options.lenient = true;
  diag.str("");
  auto lenient = ingest::ingest_paths(*store, extractor(), {dir / "news/broken.txt"}, options);
  CHECK(lenient.added == 1);
  CHECK(diag.str().empty());
}

TEST_CASE("the number of workers does not change what is stored", "[ingest]") {
  TempDir dir;
  auto one = store::Store::open(dir / "one", store::Mode::read_write);
  auto four = store::Store::open(dir / "four", store::Mode::read_write);
  ingest::IngestOptions options;
  options.jobs = 1;
  auto a = ingest::ingest_paths(*one, extractor(), {kCorpus}, options);
  options.jobs = 4;
  auto b = ingest::ingest_paths(*four, extractor(), {kCorpus}, options);
  CHECK(a.added == 5);
  CHECK(b.added == 5);
  CHECK(a.claims == b.claims);
  // Same documents and claims; only the ingest timestamps may differ.
  auto strip_times = [](std::string s) {
    for (std::size_t p; (p = s.find("\"ingested_at\":\"")) != std::string::npos;) s.erase(p, 15 + 20 + 1);
    return s;
  };
  CHECK(strip_times(export_text(*one)) == strip_times(export_text(*four)));
}

TEST_CASE("a stop request ends the ingest between documents", "[ingest]") {
  TempDir dir;
  auto store = store::Store::open(dir / "db", store::Mode::read_write);
  std::atomic<bool> stop{true};
  ingest::IngestOptions options;
  options.stop = &stop;
  auto s = ingest::ingest_paths(*store, extractor(), {kCorpus}, options);
  CHECK(s.interrupted);
  CHECK(s.documents() == 0);
  CHECK(store->stats().documents == 0);
}
