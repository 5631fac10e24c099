// Issue 19 (hostile-input and fault review): each case is one finding of the
// review, reproduced through the binary as a user would meet it.
//   1  a damaged MANIFEST: writers refuse and name `claimcheck repair`, readers
//      say the database is damaged, and repair recovers everything
//   3  imports cannot give one document another document's claim ids
//   4  `-o FILE` writes through no planted name and keeps special files
//   5  one bad input (a file name or an id) does not stop the batch
//   6  names and text printed to a terminal or a log are escaped
//   7  a walk does not follow symlinks out of the corpus unless --follow
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "helpers.h"
#include "store_helpers.h"

namespace fs = std::filesystem;
using claimcheck::testing::export_of;
using claimcheck::testing::Exported;
using claimcheck::testing::read_file;
using claimcheck::testing::run_claimcheck;
using claimcheck::testing::RunResult;
using claimcheck::testing::TempDir;
using claimcheck::testing::write_articles;
using claimcheck::testing::write_file;
using nlohmann::json;

namespace {

std::set<std::string> files_with_extension(const std::string& dir, const std::string& ext) {
  std::set<std::string> out;
  for (const auto& f : fs::directory_iterator(dir))
    if (f.path().extension() == ext) out.insert(f.path().filename().string());
  return out;
}

std::string manifest_of(const std::string& db) {
  for (const auto& f : fs::directory_iterator(db))
    if (f.path().filename().string().rfind("MANIFEST-", 0) == 0) return f.path().string();
  return "";
}

}  // namespace

TEST_CASE("issue 19.1: a truncated MANIFEST is refused by writers, named by readers, and repaired whole",
          "[robustness][store][integrity]") {
  TempDir dir;
  std::string db = dir / "db";
  write_articles(dir / "in1", 200, "a");
  write_articles(dir / "in2", 200, "b");
  REQUIRE(run_claimcheck("-q ingest --db '" + db + "' '" + dir / "in1" + "'").status == 0);
  REQUIRE(run_claimcheck("-q ingest --db '" + db + "' '" + dir / "in2" + "'").status == 0);
  Exported before = export_of(db);
  REQUIRE(before.documents == 400);
  std::set<std::string> tables = files_with_extension(db, ".sst");
  REQUIRE_FALSE(tables.empty());

  std::string manifest = manifest_of(db);
  REQUIRE_FALSE(manifest.empty());
  REQUIRE(fs::file_size(manifest) > 500);
  fs::resize_file(manifest, fs::file_size(manifest) - 500);  // truncate -s -500

  // A reader: the database is damaged, and repair is named.
  RunResult stats = run_claimcheck("stats --db '" + db + "'");
  INFO(stats.out + stats.err);
  CHECK(stats.status == 2);
  CHECK_THAT(stats.err, Catch::Contains(db + ": database is damaged") && Catch::Contains("claimcheck repair"));

  // A writer refuses, and deletes nothing.
  write_file(dir / "new.txt", "GPT-5.5 costs $5 per million input tokens.\n");
  RunResult w = run_claimcheck("ingest --db '" + db + "' '" + dir / "new.txt" + "'");
  INFO(w.err);
  CHECK(w.status == 2);
  CHECK_THAT(w.err, Catch::Contains(db + ": database is damaged") && Catch::Contains("claimcheck repair"));
  CHECK(files_with_extension(db, ".sst") == tables);

  // Repair brings everything back.
  RunResult repair = run_claimcheck("repair --db '" + db + "'");
  INFO(repair.out + repair.err);
  CHECK(repair.status == 0);
  Exported after = export_of(db);
  CHECK(after.whole);
  CHECK(after.documents == before.documents);
  CHECK(after.claims == before.claims);
  CHECK(run_claimcheck("-q ingest --db '" + db + "' '" + dir / "new.txt" + "'").status == 0);
}

TEST_CASE("issue 19.3: an import cannot give one document another document's claim ids",
          "[robustness][store][integrity]") {
  TempDir dir;
  std::string db = dir / "db";
  write_file(dir / "in/a.txt", "OpenAI released GPT-5.5 on April 23, 2026.\n");
  write_file(dir / "in/b.txt", "OpenAI released GPT-5.5 on April 24, 2026.\n");
  REQUIRE(run_claimcheck("-q ingest --db '" + db + "' '" + dir / "in" + "'").status == 0);
  RunResult exported = run_claimcheck("-q export --db '" + db + "'");
  REQUIRE(exported.status == 0);
  RunResult conflicts = run_claimcheck("-q conflicts --db '" + db + "' --format json");
  REQUIRE(conflicts.status == 0);
  REQUIRE_THAT(conflicts.out, Catch::Contains("\"conflict\""));

  // a.txt's claim, carried by a document "evil" with the value changed.
  json claim;
  std::istringstream lines(exported.out);
  for (std::string line; std::getline(lines, line);) {
    json j = json::parse(line);
    if (j["type"] == "claim" && j["doc"].get<std::string>().find("a.txt") != std::string::npos) claim = j;
  }
  REQUIRE(claim.is_object());
  json forged = claim;
  forged["doc"] = "evil";
  forged["display"] = "2026-04-24";  // a.txt's date becomes b.txt's
  for (const char* k : {"value", "min", "max"}) forged["value"][k] = "2026-04-24";
  json doc{{"type", "document"}, {"id", "evil"}, {"path", ""}, {"hash", "x"}, {"title", ""}, {"date", ""},
           {"ingested_at", ""}, {"bytes", 0}, {"claims", 1}};

  SECTION("an export edited by hand") {
    write_file(dir / "evil.jsonl", json{{"type", "claimcheck-export"}, {"schema", 1}}.dump() + "\n" + doc.dump() +
                                       "\n" + forged.dump() + "\n");
    RunResult r = run_claimcheck("import --db '" + db + "' '" + dir / "evil.jsonl" + "'");
    INFO(r.err);
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains(dir / "evil.jsonl:3: claim id '" + claim["id"].get<std::string>() + "'"));
  }
  SECTION("keyed claims") {
    write_file(dir / "evil.keyed", "GPT-5.5|release_date\t" + forged.dump() + "\n");
    RunResult r = run_claimcheck("import --db '" + db + "' '" + dir / "evil.keyed" + "'");
    INFO(r.err);
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains(dir / "evil.keyed:1: claim id '" + claim["id"].get<std::string>() + "'"));
  }
  // Nothing changed: the conflict is still there, a.txt keeps its claim, and
  // there is no document "evil" to forget.
  CHECK(run_claimcheck("-q export --db '" + db + "'").out == exported.out);
  CHECK(run_claimcheck("-q conflicts --db '" + db + "' --format json").out == conflicts.out);
  RunResult forget = run_claimcheck("-q forget --db '" + db + "' evil");
  CHECK(forget.status != 0);
  CHECK(run_claimcheck("-q report --db '" + db + "'").status == 0);
}

TEST_CASE("issue 19.4: `-o FILE` writes through no planted name, keeps special files, respects the umask",
          "[robustness][untrusted][integrity]") {
  TempDir dir;
  std::string db = dir / "db";
  write_file(dir / "in/a.txt", "OpenAI released GPT-5.5 on April 23, 2026.\n");
  write_file(dir / "in/b.txt", "OpenAI released GPT-5.5 on April 24, 2026.\n");
  REQUIRE(run_claimcheck("-q ingest --db '" + db + "' '" + dir / "in" + "'").status == 0);
  fs::create_directories(dir / "out");

  SECTION("a symlink planted at F.tmp is not followed, and nothing but F is left") {
    write_file(dir / "victim", "precious\n");
    fs::create_symlink(dir / "victim", dir / "out/export.jsonl.tmp");
    RunResult r = run_claimcheck("-q export --db '" + db + "' -o '" + dir / "out/export.jsonl" + "'");
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(read_file(dir / "victim") == "precious\n");
    CHECK_THAT(read_file(dir / "out/export.jsonl"), Catch::Contains("claimcheck-export"));
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir / "out")) names.insert(e.path().filename().string());
    CHECK(names == std::set<std::string>{"export.jsonl", "export.jsonl.tmp"});  // the planted link, untouched
  }
  SECTION("a FIFO is written to, not replaced") {
    std::string fifo = dir / "out/fifo";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    int rd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);  // so the writer's open does not wait
    REQUIRE(rd >= 0);
    for (const char* command : {"export", "report --format md"}) {
      INFO(command);
      RunResult r = run_claimcheck(std::string("-q ") + command + " --db '" + db + "' -o '" + fifo + "'");
      INFO(r.err);
      CHECK(r.status == 0);
      std::string got;
      char buf[4096];
      for (ssize_t n; (n = ::read(rd, buf, sizeof buf)) > 0;) got.append(buf, static_cast<std::size_t>(n));
      CHECK_THAT(got, Catch::Contains("GPT-5.5"));
      struct stat st {};
      REQUIRE(lstat(fifo.c_str(), &st) == 0);
      CHECK(S_ISFIFO(st.st_mode));
    }
    ::close(rd);
  }
  SECTION("a character device is written to, not replaced (root only)") {
    std::string null = dir / "out/null";
    if (mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
      CLAIMCHECK_SKIP("cannot make a device node here (not root?)");
    }
    for (const char* command : {"export", "report --format html"}) {
      RunResult r = run_claimcheck(std::string("-q ") + command + " --db '" + db + "' -o '" + null + "'");
      INFO(command << ": " << r.err);
      CHECK(r.status == 0);
      struct stat st {};
      REQUIRE(lstat(null.c_str(), &st) == 0);
      CHECK(S_ISCHR(st.st_mode));
    }
  }
  SECTION("output files follow the umask") {
    mode_t old = umask(077);
    RunResult e = run_claimcheck("-q export --db '" + db + "' -o '" + dir / "out/e.jsonl" + "'");
    RunResult r = run_claimcheck("-q report --db '" + db + "' --format html -o '" + dir / "out/r.html" + "'");
    umask(old);
    CHECK(e.status == 0);
    CHECK(r.status == 0);
    for (const char* f : {"out/e.jsonl", "out/r.html"}) {
      INFO(f);
      CHECK((fs::status(dir / f).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    }
  }
}

TEST_CASE("issue 19.5: one bad file name or id fails alone, named and escaped, and the batch goes on",
          "[robustness][ingest][integrity]") {
  TempDir dir;
  std::string db = dir / "db";
  write_file(dir / "in/bad\xff.txt", "GPT-5.5 costs $5 per million input tokens.\n");
  write_file(dir / "in/good.txt", "GPT-5.5 costs $6 per million input tokens.\n");
  std::string jsonl = R"({"id":")" + std::string(70000, 'x') + R"(","text":"GPT-5.5 costs $7 per million input tokens."})" "\n" +
                      R"({"id":"fine","text":"GPT-5.5 costs $8 per million input tokens."})" "\n";
  write_file(dir / "in/c.jsonl", jsonl);
  for (int run = 0; run < 2; ++run) {  // every rerun gets past the bad ones too
    INFO("run " << run);
    RunResult r = run_claimcheck("ingest --db '" + db + "' '" + dir / "in" + "'");
    INFO(r.err);
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains(dir / "in/bad\\xff.txt: the file name is not valid UTF-8"));
    CHECK_THAT(r.err, Catch::Contains(dir / "in/c.jsonl:1: the id is 70000 bytes long"));
    CHECK(r.err.find("json.exception") == std::string::npos);
    CHECK_THAT(r.err, Catch::Contains(run == 0 ? "(2 new, 0 changed, 0 unchanged, 2 failed)"
                                               : "(0 new, 0 changed, 2 unchanged, 2 failed)"));
  }
  RunResult docs = run_claimcheck("docs --db '" + db + "'");
  CHECK_THAT(docs.out, Catch::Contains("good.txt") && Catch::Contains("fine"));
}

TEST_CASE("issue 19.7: a walk does not follow symlinks out of the corpus unless --follow",
          "[robustness][ingest][integrity]") {
  TempDir dir;
  write_file(dir / "secret/netrc", "machine example.com login me password hunter2\n");
  write_file(dir / "corpus/a.txt", "GPT-5.5 costs $5 per million input tokens.\n");
  fs::create_symlink(dir / "secret/netrc", dir / "corpus/notes.txt");
  for (const char* command : {"ingest", "scan"}) {
    INFO(command);
    std::string db = dir / (std::string("db-") + command);
    RunResult r = run_claimcheck(std::string(command) + " --db '" + db + "' '" + dir / "corpus" + "'");
    INFO(r.out + r.err);
    CHECK(r.status == 0);
    RunResult docs = run_claimcheck("-q export --db '" + db + "'");
    CHECK_THAT(docs.out, Catch::Contains("a.txt"));
    CHECK(docs.out.find("hunter2") == std::string::npos);
    CHECK(docs.out.find("notes.txt") == std::string::npos);
  }
  // --follow reads it; a link named on the command line is always read.
  RunResult follow = run_claimcheck("-q ingest --follow --db '" + dir / "db-follow" + "' '" + dir / "corpus" + "'");
  CHECK(follow.status == 0);
  CHECK_THAT(run_claimcheck("-q export --db '" + dir / "db-follow" + "'").out, Catch::Contains("notes.txt"));
  RunResult named = run_claimcheck("-q ingest --db '" + dir / "db-named" + "' '" + dir / "corpus/notes.txt" + "'");
  CHECK(named.status == 0);
  CHECK_THAT(run_claimcheck("-q export --db '" + dir / "db-named" + "'").out, Catch::Contains("notes.txt"));
}

namespace {

// No escape sequence, bell, C1 control or CI command can reach a terminal or
// a CI log from this output.
void check_terminal_safe(const std::string& what, const std::string& output) {
  INFO(what << ":\n" << output);
  CHECK(output.find('\x1b') == std::string::npos);
  CHECK(output.find('\x07') == std::string::npos);
  CHECK(output.find("\xc2\x9b") == std::string::npos);  // CSI
  CHECK(output.find("\xc2\x9d") == std::string::npos);  // OSC
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) CHECK(line.rfind("::", 0) != 0);
}

}  // namespace

TEST_CASE("issue 19.6: names and text printed to a terminal or a log are escaped",
          "[robustness][untrusted][integrity]") {
  TempDir dir;
  std::string db = dir / "db";
  std::string evil = "a\n::error file=x::pwned\n::add-mask::x\n::stop-commands::y\x1b[31m\x1b]0;title\x07.txt";
  write_file(dir / ("in/" + evil), "OpenAI released GPT-5.5 on April 23, 2026. \xc2\x9b" "2J \xc2\x9d" "0;t\x07\n");
  write_file(dir / "in/b.txt", "OpenAI released GPT-5.5 on April 24, 2026.\n");
  write_file(dir / "in/c.jsonl",
             R"({"id":"j\u001b[2J\n::error::x","date":"2026-04-20\u001b[5m","title":"T\u009b2J","text":"OpenAI released GPT-5.5 on April 25, 2026."})"
             "\n");
  RunResult ingest = run_claimcheck("-q ingest --db '" + db + "' '" + dir / "in" + "'");
  INFO(ingest.err);
  REQUIRE(ingest.status == 0);

  for (const char* command : {"docs", "claims", "conflicts --format text", "report", "report --format text"}) {
    RunResult r = run_claimcheck(std::string(command) + " --color never --db '" + db + "'");
    CHECK(r.status < 2);
    check_terminal_safe(command, r.out + r.err);
  }
  RunResult docs = run_claimcheck("docs --db '" + db + "'");
  CHECK_THAT(docs.out, Catch::Contains("a\\n::error file=x::pwned\\n::add-mask::x\\n::stop-commands::y\\x1b[31m"));

  // The CI gate on an article with such a name.
  std::string article = dir / ("new/" + evil);
  write_file(article, "OpenAI released GPT-5.5 on April 26, 2026.\n");
  RunResult check = run_claimcheck("check --color never --db '" + db + "' '" + article + "'");
  CHECK(check.status == 1);
  check_terminal_safe("check", check.out + check.err);

  // Errors and per-file diagnostics on stderr.
  RunResult missing = run_claimcheck("ingest --db '" + db + "' '" + dir / evil + "'");
  CHECK(missing.status == 2);
  check_terminal_safe("ingest of a missing file", missing.out + missing.err);
  RunResult no_doc = run_claimcheck("claims --db '" + db + "' --doc '" + evil + "'");
  CHECK(no_doc.status == 2);
  check_terminal_safe("claims --doc", no_doc.err);
}

TEST_CASE("issue 19.2: repair salvages a damaged table's readable blocks, and its advice is true",
          "[robustness][store][integrity]") {
  TempDir dir;
  std::string db = dir / "db";
  write_articles(dir / "in", 300);
  REQUIRE(run_claimcheck("-q ingest --db '" + db + "' '" + dir / "in" + "'").status == 0);
  Exported before = export_of(db);

  SECTION("a healthy database: nothing is called lost") {
    RunResult repair = run_claimcheck("repair --db '" + db + "'");
    INFO(repair.out + repair.err);
    CHECK(repair.status == 0);
    CHECK(repair.out.find("lost") == std::string::npos);
    CHECK(repair.out.find("gone") == std::string::npos);
    CHECK(export_of(db).claims == before.claims);
  }
  SECTION("64 bytes overwritten inside one block of the claims table") {
    fs::path claims_table;  // the largest table holds the claims
    for (const auto& f : fs::directory_iterator(db))
      if (f.path().extension() == ".sst" && (claims_table.empty() || f.file_size() > fs::file_size(claims_table)))
        claims_table = f.path();
    REQUIRE_FALSE(claims_table.empty());
    {
      std::fstream f(claims_table, std::ios::in | std::ios::out | std::ios::binary);
      f.seekp(static_cast<std::streamoff>(fs::file_size(claims_table) / 2));
      f.write(std::string(64, '\xAB').data(), 64);
    }
    CHECK(run_claimcheck("-q export --db '" + db + "'").status == 2);

    RunResult repair = run_claimcheck("repair --db '" + db + "'");
    INFO(repair.out + repair.err);
    CHECK(repair.status < 128);
    CHECK_THAT(repair.out, Catch::Contains("entries salvaged"));
    Exported after = export_of(db);
    CHECK(after.whole);
    CHECK(after.documents == before.documents);
    CHECK(after.claims < before.claims);
    CHECK(after.claims > before.claims * 3 / 4);  // one block lost, not the table
    CHECK_THAT(repair.out, Catch::Contains("the next `claimcheck ingest` of it extracts it again"));

    // Reports work, and do not send the user back to repair.
    RunResult report = run_claimcheck("-q report --db '" + db + "'");
    CHECK(report.status == 0);
    CHECK(report.err.find("repair") == std::string::npos);
    // The advice is true: a plain re-ingest restores everything.
    REQUIRE(run_claimcheck("-q ingest --db '" + db + "' '" + dir / "in" + "'").status == 0);
    Exported restored = export_of(db);
    CHECK(restored.whole);
    CHECK(restored.documents == before.documents);
    CHECK(restored.claims == before.claims);
  }
}
