// The input stream (files, directories, JSON Lines corpora handed out one at a
// time) and the progress line, as an ingest of a real corpus sees them.
#include <catch2/catch.hpp>
#include <zlib.h>

#include "extractor_helper.h"
#include "helpers.h"
#include "ingest/ingest.h"
#include "ingest/inputs.h"
#include "ingest/progress.h"
#include "store/store.h"

using namespace claimcheck;
using claimcheck::testing::TempDir;
using claimcheck::testing::write_file;

namespace {

const claims::Extractor& extractor() { return claimcheck::testing::shared_extractor(); }

const char* kArticle =
    R"({"id":"a%d","date":"2026-04-27","text":"OpenAI released GPT-5.5 on April 2%d, 2026."})";

std::string article_line(int n) {
  char buf[256];
  std::snprintf(buf, sizeof buf, kArticle, n, n % 10);
  return buf;
}

void write_gzip(const std::string& path, const std::string& contents) {
  gzFile f = gzopen(path.c_str(), "wb");
  REQUIRE(f);
  REQUIRE(gzwrite(f, contents.data(), static_cast<unsigned>(contents.size())) == int(contents.size()));
  REQUIRE(gzclose(f) == Z_OK);
}

}  // namespace

TEST_CASE("JSON Lines corpora are streamed line by line, with line numbers and blank lines skipped", "[ingest]") {
  TempDir dir;
  write_file(dir / "news.jsonl", article_line(1) + "\n\n" + article_line(2) + "\n" + article_line(3));  // no final newline
  auto inputs = ingest::collect_inputs({dir / "news.jsonl"});
  REQUIRE(inputs.size() == 3);
  CHECK(inputs[0].line_number == 1);
  CHECK(inputs[1].line_number == 3);
  CHECK(inputs[2].line_number == 4);
  CHECK(inputs[2].jsonl_line == article_line(3));
  CHECK(inputs[2].path == dir / "news.jsonl");
  // The progress marks climb to the file's size.
  CHECK(inputs[0].progress_mark <= inputs[2].progress_mark);
  CHECK(inputs[2].progress_mark == std::filesystem::file_size(dir / "news.jsonl"));
}

TEST_CASE("a damaged .jsonl.gz keeps the articles before the damage and names the line of the damage", "[ingest]") {
  TempDir dir;
  std::string text;
  for (int i = 0; i < 2000; ++i) text += article_line(i) + "\n";
  write_gzip(dir / "whole.jsonl.gz", text);
  std::string gz;
  {
    std::ifstream in(dir / "whole.jsonl.gz", std::ios::binary);
    gz.assign(std::istreambuf_iterator<char>(in), {});
  }
  write_file(dir / "cut.jsonl.gz", gz.substr(0, gz.size() / 2));  // truncated mid-stream

  auto whole = ingest::collect_inputs({dir / "whole.jsonl.gz"});
  CHECK(whole.size() == 2000);
  CHECK(whole.back().jsonl_line == article_line(1999));

  auto cut = ingest::collect_inputs({dir / "cut.jsonl.gz"});
  REQUIRE(cut.size() > 1);
  REQUIRE(cut.size() < 2000);
  const ingest::Input& damage = cut.back();
  CHECK(damage.path == dir / "cut.jsonl.gz:" + std::to_string(cut[cut.size() - 2].line_number + 1));
  CHECK(damage.error.find("cannot read file") == 0);
  for (std::size_t i = 0; i + 1 < cut.size(); ++i) CHECK(cut[i].error.empty());
}

TEST_CASE("ingest of a JSON Lines corpus stores every article and reports bad lines with file:line", "[ingest]") {
  TempDir dir;
  std::string text;
  for (int i = 0; i < 50; ++i) text += article_line(i) + "\n";
  text += "{not json\n";
  text += R"({"id":"no-text"})" "\n";
  write_gzip(dir / "news.jsonl.gz", text);
  auto store = store::Store::open(dir / "db", store::Mode::read_write);
  std::ostringstream diagnostics;
  ingest::IngestOptions options;
  options.jobs = 2;
  options.diagnostics = &diagnostics;
  ingest::IngestSummary s = ingest::ingest_paths(*store, extractor(), {dir / "news.jsonl.gz"}, options);
  CHECK(s.added == 50);
  CHECK(s.failed == 2);
  CHECK(s.claims == 50);  // one release date each
  CHECK(diagnostics.str() == dir / "news.jsonl.gz:51: not valid JSON\n" + dir / "news.jsonl.gz:52: no \"text\" string field\n");
  REQUIRE(store->document("a7"));
  CHECK(store->document("a7")->date == "2026-04-27");
  CHECK(display(store->claims_of_document("a7").at(0).value) == "2026-04-27");
}

TEST_CASE("the inputs are measured by the same walk the stream makes", "[ingest]") {
  TempDir dir;
  write_file(dir / "d/a.txt", "12345");
  write_file(dir / "d/sub/b.md", "123");
  write_file(dir / "d/skip.json", "{}");
  write_file(dir / "d/n.jsonl", article_line(1) + "\n");
  ingest::InputTotals t = ingest::measure_inputs({dir / "d", dir / "missing"});
  CHECK(t.files == 3);
  CHECK(t.jsonl_files == 1);
  CHECK(t.bytes == 5 + 3 + article_line(1).size() + 1);
  auto inputs = ingest::collect_inputs({dir / "d"});
  REQUIRE(inputs.size() == 3);
  CHECK(inputs.back().progress_mark == t.bytes);
}

TEST_CASE("the progress line shows files, MB, claims, rate and ETA", "[ingest]") {
  ingest::ProgressState state{250, 25'000'000, 20'000'000, 12'345};
  ingest::InputTotals files{1000, 100'000'000, 0};
  CHECK(ingest::Progress::line(state, files, 10, "news/a.txt") ==
        "[250/1,000 files] 20.0 MB  12,345 claims  2.0 MB/s  ETA 30s  news/a.txt");
  // A JSON Lines corpus: documents, no file total; the ETA from the bytes.
  ingest::InputTotals jsonl{1, 100'000'000, 1};
  CHECK(ingest::Progress::line(state, jsonl, 100, "") ==
        "[250 documents] 20.0 MB  12,345 claims  0.2 MB/s  ETA 5m00s");
  CHECK(ingest::Progress::line(state, jsonl, 1000, "") ==
        "[250 documents] 20.0 MB  12,345 claims  0.0 MB/s  ETA 50m00s");
  ingest::InputTotals none{};
  CHECK(ingest::Progress::line(state, none, 4000, "") == "[250 documents] 20.0 MB  12,345 claims  0.0 MB/s");
}

TEST_CASE("a symlink to a directory inside a walk is not followed, so a loop ends", "[ingest]") {
  TempDir dir;
  write_file(dir / "d/a.txt", "a");
  write_file(dir / "other/b.txt", "b");
  std::filesystem::create_directory_symlink(dir.path() / "d", dir.path() / "d/loop");
  std::filesystem::create_directory_symlink(dir.path() / "other", dir.path() / "d/elsewhere");
  auto inputs = ingest::collect_inputs({dir / "d"});
  REQUIRE(inputs.size() == 1);
  CHECK(inputs[0].path == dir / "d/a.txt");
  // Named on the command line, a symlinked directory is scanned.
  CHECK(ingest::collect_inputs({dir / "d/elsewhere"}).size() == 1);
}
