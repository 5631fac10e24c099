// The store commands as a user runs them: the built binary in a temporary directory.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

#include "helpers.h"

using claimcheck::testing::run_claimcheck;
using claimcheck::testing::TempDir;
using claimcheck::testing::read_file;
using claimcheck::testing::write_file;

namespace {
const std::string kCorpus = std::string(CLAIMCHECK_SOURCE_DIR) + "/corpus";
}

TEST_CASE("ingest, list, export, import and forget through the command line", "[ingest][cli]") {
  TempDir dir;
  auto r = run_claimcheck("ingest '" + kCorpus + "'", dir.path().string());
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.empty());
  CHECK(r.err.find("ingest: 5 documents (5 new, 0 changed, 0 unchanged, 0 failed)") == 0);
  CHECK(std::filesystem::exists(dir / ".claimcheck/CURRENT"));  // the default database, created on first use

  auto again = run_claimcheck("ingest '" + kCorpus + "'", dir.path().string());
  CHECK(again.err.find("(0 new, 0 changed, 5 unchanged, 0 failed), 0 claims") != std::string::npos);

  auto docs = run_claimcheck("docs", dir.path().string());
  CHECK(docs.status == 0);
  CHECK(std::count(docs.out.begin(), docs.out.end(), '\n') == 5);
  CHECK(docs.out.find(kCorpus + "/002_7487f4256f525623.txt\t") != std::string::npos);

  auto stats = run_claimcheck("stats --format json", dir.path().string());
  REQUIRE(stats.status == 0);
  auto j = nlohmann::json::parse(stats.out);
  CHECK(j["documents"] == 5);
  CHECK(j["claims"].get<int>() > 0);

  auto jsonl = run_claimcheck("claims --format jsonl", dir.path().string());
  CHECK(std::count(jsonl.out.begin(), jsonl.out.end(), '\n') == j["claims"].get<int>());

  auto exported = run_claimcheck("export --format jsonl", dir.path().string());
  REQUIRE(exported.status == 0);
  auto imported = run_claimcheck("import - --db copy", dir.path().string(), exported.out);
  INFO(imported.err);
  REQUIRE(imported.status == 0);
  CHECK(run_claimcheck("export --db copy", dir.path().string()).out == exported.out);

  std::string doc = kCorpus + "/000_12871f55414ff047.txt";
  auto forgot = run_claimcheck("forget '" + doc + "'", dir.path().string());
  CHECK(forgot.status == 0);
  CHECK(run_claimcheck("claims --doc '" + doc + "'", dir.path().string()).status == 2);
  auto unknown = run_claimcheck("forget nope.txt", dir.path().string());
  CHECK(unknown.status == 2);
  CHECK(unknown.err == "claimcheck: error: nope.txt: no such document in .claimcheck (nothing was removed; "
                       "`claimcheck docs` lists them)\n");
}

TEST_CASE("ingest reports files it cannot read and says so in its exit status", "[ingest][cli]") {
  TempDir dir;
  auto r = run_claimcheck("ingest '" + kCorpus + "/002_7487f4256f525623.txt' missing.txt --quiet", dir.path().string());
  CHECK(r.status == 2);
  CHECK(r.err.find("missing.txt: no such file or directory\n") == 0);
  CHECK(r.err.find("(1 new, 0 changed, 0 unchanged, 1 failed)") != std::string::npos);
}

TEST_CASE("readers of a missing database get told what to do", "[ingest][cli]") {
  TempDir dir;
  for (const char* command : {"claims", "docs", "stats", "export"}) {
    auto r = run_claimcheck(command, dir.path().string());
    CHECK(r.status == 2);
    CHECK(r.err == "claimcheck: error: .claimcheck: no claimcheck database here; run `claimcheck ingest PATH...` "
                   "to create it, or point --db / $CLAIMCHECK_DB at an existing one\n");
  }
  CHECK_FALSE(std::filesystem::exists(dir / ".claimcheck"));
}

TEST_CASE("stdin is ingested under the name given", "[ingest][cli]") {
  TempDir dir;
  auto r = run_claimcheck("ingest - --name wire/story-1", dir.path().string(),
                          "OpenAI released GPT-5.5 on April 23, 2026. It costs $5 per million input tokens.\n");
  INFO(r.err);
  CHECK(r.status == 0);
  auto docs = run_claimcheck("docs", dir.path().string());
  CHECK(docs.out.rfind("wire/story-1\t", 0) == 0);
}

TEST_CASE("import of keyed claims through the command line: bulk-loaded, and the same as one batch per document",
          "[ingest][cli][keyed]") {
  TempDir dir;
  // The corpus as JSON Lines articles, through the mapper.
  std::string articles;
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus))
    if (entry.path().extension() == ".txt")
      articles += nlohmann::json{{"id", entry.path().filename().string()}, {"date", "2026-04-27"},
                                 {"text", claimcheck::testing::read_file(entry.path().string())}}
                      .dump() + "\n";
  auto mapped = run_claimcheck("--quiet extract --format keyed", dir.path().string(), articles);
  REQUIRE(mapped.status == 0);
  claimcheck::testing::write_file(dir / "claims.tsv", mapped.out);
  auto lines = std::count(mapped.out.begin(), mapped.out.end(), '\n');
  REQUIRE(lines > 20);

  auto bulk = run_claimcheck("--db bulk import claims.tsv", dir.path().string());
  INFO(bulk.err);
  REQUIRE(bulk.status == 0);
  CHECK(bulk.err == "claimcheck: imported 5 documents (5 new, 0 changed, 0 unchanged), " + std::to_string(lines) +
                        " claims\n");
  auto again = run_claimcheck("--db bulk import claims.tsv", dir.path().string());
  CHECK(again.err == "claimcheck: imported 5 documents (0 new, 0 changed, 5 unchanged), 0 claims\n");
  for (const auto& entry : std::filesystem::directory_iterator(dir / "bulk"))
    CHECK(entry.path().filename().string().rfind("bulk-load-", 0) != 0);  // the SST files' directory is gone

  // The per-document path: the documents are stored first (with one altered
  // claim each), so the full import replaces each of them through put_document.
  std::string first_of_each;
  std::istringstream in(mapped.out);
  std::vector<std::string> docs_seen;
  for (std::string line; std::getline(in, line);) {
    std::size_t tab = line.find('\t');
    auto claim = nlohmann::json::parse(line.substr(tab + 1));
    std::string doc = claim.at("doc");
    if (std::find(docs_seen.begin(), docs_seen.end(), doc) != docs_seen.end()) continue;
    docs_seen.push_back(doc);
    claim["text"] = "stale";
    first_of_each += line.substr(0, tab + 1) + claim.dump() + "\n";
  }
  REQUIRE(docs_seen.size() == 5);
  REQUIRE(run_claimcheck("--db batched import -", dir.path().string(), first_of_each).status == 0);
  auto batched = run_claimcheck("--db batched import claims.tsv", dir.path().string());
  CHECK(batched.err == "claimcheck: imported 5 documents (0 new, 5 changed, 0 unchanged), " + std::to_string(lines) +
                           " claims\n");

  auto claims_bulk = run_claimcheck("--db bulk claims --format jsonl", dir.path().string());
  CHECK(std::count(claims_bulk.out.begin(), claims_bulk.out.end(), '\n') == lines);
  CHECK(claims_bulk.out == run_claimcheck("--db batched claims --format jsonl", dir.path().string()).out);
  auto conflicts_bulk = run_claimcheck("--db bulk conflicts --format json", dir.path().string());
  CHECK(conflicts_bulk.out.find("\"findings\"") != std::string::npos);
  CHECK(conflicts_bulk.out == run_claimcheck("--db batched conflicts --format json", dir.path().string()).out);
  CHECK(run_claimcheck("--db bulk docs", dir.path().string()).out.find("000_12871f55414ff047.txt\t") != std::string::npos);
}

// `script` (util-linux, on every Debian machine) gives the command a terminal,
// as a user at a shell has; its transcript holds what was drawn on it.
TEST_CASE("on a terminal ingest draws one progress line; piped or --quiet it draws none", "[ingest][cli]") {
  TempDir dir;
  std::string jsonl;
  for (int i = 0; i < 300; ++i)
    jsonl += R"({"id":"a)" + std::to_string(i) +
             R"(","date":"2026-04-27","text":"OpenAI released GPT-5.5 on April 23, 2026."})" "\n";
  write_file(dir / "news.jsonl", jsonl);
  auto on_terminal = [&](const std::string& args) {
    std::string cmd = "cd '" + dir.path().string() + "' && script -qec \"'" + std::string(CLAIMCHECK_BINARY) + "' " +
                      args + "\" /dev/null > '" + dir / "tty.out" + "' 2>&1";
    REQUIRE(std::system(cmd.c_str()) == 0);
    return read_file(dir / "tty.out");
  };
  std::string shown = on_terminal("--db db1 ingest news.jsonl");
  // Drawn in place (carriage return, erase line), then erased before the summary.
  CHECK(shown.find("\r\x1b[K[") != std::string::npos);
  CHECK(shown.find(" documents] ") != std::string::npos);
  CHECK(shown.find(" claims  ") != std::string::npos);
  CHECK(shown.find("MB/s") != std::string::npos);
  CHECK(shown.find("ingest: 300 documents (300 new, 0 changed, 0 unchanged, 0 failed), 300 claims in ") !=
        std::string::npos);

  CHECK(on_terminal("--db db2 --quiet ingest news.jsonl").find("\x1b[K") == std::string::npos);
  auto piped = run_claimcheck("--db db3 ingest news.jsonl", dir.path().string());
  CHECK(piped.status == 0);
  CHECK(piped.err.find('\r') == std::string::npos);
  CHECK(piped.err.find("ingest: 300 documents (300 new") == 0);
}
