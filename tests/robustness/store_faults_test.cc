// Database faults through the binary: a writer killed mid-ingest, a read-only
// disk, a full disk, damaged SST and MANIFEST files, two writers.  After each,
// the database holds whole documents only (checked through `export`, whose
// document lines say how many claims follow), and every error names the
// database and what to do.  (Newer schema versions and in-process SIGKILL are
// covered by tests/store.)
#include <catch2/catch.hpp>
#include <sys/mount.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "bounded_run.h"
#include "helpers.h"
#include "store_helpers.h"

namespace fs = std::filesystem;
using claimcheck::testing::BoundedRun;
using claimcheck::testing::export_of;
using claimcheck::testing::Exported;
using claimcheck::testing::read_file;
using claimcheck::testing::run_bounded;
using claimcheck::testing::run_claimcheck;
using claimcheck::testing::RunResult;
using claimcheck::testing::TempDir;
using claimcheck::testing::write_articles;
using claimcheck::testing::write_file;
using nlohmann::json;

namespace {

// A tmpfs mounted for the life of the object; mounted() is false where the
// machine does not allow it (not root, no CAP_SYS_ADMIN), and the test skips.
class ScratchMount {
 public:
  ScratchMount(const std::string& dir, const std::string& size) : dir_(dir) {
    fs::create_directories(dir);
    mounted_ = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
  }
  ~ScratchMount() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  bool remount_read_only() {
    return ::mount("tmpfs", dir_.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
  }

 private:
  std::string dir_;
  bool mounted_ = false;
};

// Starts `claimcheck ingest -j JOBS --db DB IN` as a child process, stdout to
// /dev/null and stderr to `err` (or /dev/null), and waits until it has stored
// `stop_after` documents: the test seam CLAIMCHECK_TEST_STOP_AFTER
// (src/ingest/pipeline.cc) makes the writer stop itself there (SIGSTOP), and
// waitpid(WUNTRACED) sees that event.  No delay, whatever the machine's load.
// The child is left stopped: send it a signal, then SIGCONT (or SIGKILL).
pid_t start_stopped_ingest(const std::string& db, const std::string& in, const char* jobs, int stop_after,
                           const std::string& err = "") {
  pid_t child = fork();
  if (child == 0) {
    int null = open("/dev/null", O_WRONLY);
    int log = err.empty() ? null : open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(null, 1);
    dup2(log, 2);
    setenv("CLAIMCHECK_TEST_STOP_AFTER", std::to_string(stop_after).c_str(), 1);
    execl(CLAIMCHECK_BINARY, CLAIMCHECK_BINARY, "ingest", "-j", jobs, "--db", db.c_str(), in.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  waitpid(child, &status, WUNTRACED);
  INFO("ingest did not stop after " << stop_after << " documents (status " << status << ")");
  if (!WIFSTOPPED(status) && !WIFEXITED(status) && !WIFSIGNALED(status)) kill(child, SIGKILL);
  REQUIRE(WIFSTOPPED(status));
  return child;
}

}  // namespace

TEST_CASE("SIGKILL during `claimcheck ingest`: whole documents only, and the next ingest completes",
          "[robustness][store]") {
  constexpr int kArticles = 3000;
  TempDir dir;
  write_articles(dir / "in", kArticles);
  std::string db = dir / "db";
  // The claims a whole, uninterrupted ingest of the same articles stores.
  RunResult clean = run_claimcheck("-q ingest --db '" + (dir / "clean") + "' '" + dir / "in" + "'");
  REQUIRE(clean.status == 0);
  Exported expected = export_of(dir / "clean");
  REQUIRE(expected.documents == kArticles);

  pid_t child = start_stopped_ingest(db, dir / "in", "2", 100);  // the writer has stored 100 documents
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);

  Exported after_kill = export_of(db);
  CHECK(after_kill.whole);
  CHECK(after_kill.documents == 100);

  RunResult again = run_claimcheck("-q ingest --db '" + db + "' '" + dir / "in" + "'");
  CHECK(again.status == 0);
  Exported complete = export_of(db);
  CHECK(complete.whole);
  CHECK(complete.documents == kArticles);
  CHECK(complete.claims == expected.claims);
}

TEST_CASE("SIGINT or SIGTERM during `claimcheck ingest`: exit 130 with the summary, and the same command finishes the rest",
          "[robustness][store]") {
  constexpr int kArticles = 3000;
  TempDir dir;
  write_articles(dir / "in", kArticles);
  RunResult clean = run_claimcheck("-q ingest --db '" + (dir / "clean") + "' '" + dir / "in" + "'");
  REQUIRE(clean.status == 0);
  Exported expected = export_of(dir / "clean");

  for (int sig : {SIGINT, SIGTERM}) {
    INFO("signal " << sig);
    std::string db = dir / ("db" + std::to_string(sig));
    std::string err = dir / ("err" + std::to_string(sig));
    pid_t child = start_stopped_ingest(db, dir / "in", "2", 100, err);
    kill(child, sig);  // pending while stopped, handled after SIGCONT
    kill(child, SIGCONT);
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 130);
    std::string summary = read_file(err);
    INFO(summary);
    CHECK(summary.find("ingest: ") != std::string::npos);
    CHECK(summary.find("; interrupted\n") != std::string::npos);

    Exported stopped = export_of(db);
    CHECK(stopped.whole);
    CHECK(stopped.documents > 0);
    CHECK(stopped.documents < kArticles);

    // The same command again: what is stored is skipped, the rest is done.
    RunResult again = run_claimcheck("ingest --db '" + db + "' '" + dir / "in" + "'");
    CHECK(again.status == 0);
    CHECK(again.err.find("(" + std::to_string(kArticles - stopped.documents) + " new, 0 changed, " +
                         std::to_string(stopped.documents) + " unchanged, 0 failed)") != std::string::npos);
    Exported complete = export_of(db);
    CHECK(complete.whole);
    CHECK(complete.documents == kArticles);
    CHECK(complete.claims == expected.claims);
  }
}

TEST_CASE("two writers at once: the second is refused with the first one's pid", "[robustness][store]") {
  TempDir dir;
  write_articles(dir / "in", 3000);
  std::string db = dir / "db";
  pid_t child = start_stopped_ingest(db, dir / "in", "1", 100);  // holds the database, stopped mid-ingest
  write_file(dir / "other.txt", "GPT-5.5 costs $5 per million input tokens.\n");
  RunResult second = run_claimcheck("ingest --db '" + db + "' '" + dir / "other.txt" + "'");
  kill(child, SIGCONT);
  int status = 0;
  waitpid(child, &status, 0);
  CHECK(second.status == 2);
  CHECK_THAT(second.err, Catch::Contains(db + ": database is in use by another claimcheck process (pid " +
                                         std::to_string(child) + ")"));
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  Exported e = export_of(db);
  CHECK(e.whole);
  CHECK(e.documents == 3000);
}

TEST_CASE("a read-only disk: reading works, writing is refused with the cause", "[robustness][store]") {
  TempDir dir;
  ScratchMount mount(dir / "ro", "64m");
  if (!mount.mounted()) CLAIMCHECK_SKIP("cannot mount a tmpfs here (not root?): read-only disk test");
  write_articles(dir / "in", 20);
  std::string db = dir / "ro/db";
  REQUIRE(run_claimcheck("-q ingest --db '" + db + "' '" + dir / "in" + "'").status == 0);
  REQUIRE(mount.remount_read_only());

  Exported e = export_of(db);
  CHECK(e.whole);
  CHECK(e.documents == 20);
  write_file(dir / "new.txt", "GPT-5.5 costs $5 per million input tokens.\n");
  RunResult w = run_claimcheck("ingest --db '" + db + "' '" + dir / "new.txt" + "'");
  INFO(w.err);
  CHECK(w.status == 2);
  CHECK_THAT(w.err, Catch::StartsWith("claimcheck: error: " + db + ": "));
  CHECK_THAT(w.err, Catch::Contains("Read-only file system") || Catch::Contains("read-only"));
}

TEST_CASE("a full disk: ingest stops with the cause, and what was stored is whole", "[robustness][store]") {
  TempDir dir;
  ScratchMount mount(dir / "small", "3m");
  if (!mount.mounted()) CLAIMCHECK_SKIP("cannot mount a tmpfs here (not root?): full disk test");
  write_articles(dir / "in", 4000);
  std::string db = dir / "small/db";
  BoundedRun r = run_bounded({"ingest", "-j", "2", "--db", db, dir / "in"}, 540);  // a hang bound, under ctest's 600 s
  INFO(r.err);
  CHECK_FALSE(r.timed_out);
  CHECK(r.signal == 0);
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Catch::Contains("No space left on device") || Catch::Contains("no space"));
  CHECK_THAT(r.err, Catch::Contains(db));

  // Copy the database off the full disk and check what it holds.
  fs::copy(db, dir / "copy", fs::copy_options::recursive);
  Exported e = export_of(dir / "copy");
  CHECK(e.whole);
  CHECK(e.documents < 4000);
}

TEST_CASE("a damaged SST or MANIFEST: a clear error, and `claimcheck repair` says what it recovered",
          "[robustness][store]") {
  TempDir dir;
  write_articles(dir / "in", 300);
  std::string db = dir / "db";
  REQUIRE(run_claimcheck("-q ingest --db '" + db + "' '" + dir / "in" + "'").status == 0);
  Exported before = export_of(db);
  REQUIRE(before.documents == 300);

  SECTION("MANIFEST overwritten") {
    for (const auto& f : fs::directory_iterator(db))
      if (f.path().filename().string().rfind("MANIFEST-", 0) == 0) write_file(f.path().string(), "garbage");
    RunResult r = run_claimcheck("stats --db '" + db + "'");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains(db + ": database is damaged") && Catch::Contains("claimcheck repair"));

    RunResult repair = run_claimcheck("repair --db '" + db + "'");
    INFO(repair.out + repair.err);
    CHECK(repair.status == 0);
    CHECK_THAT(repair.out, Catch::Contains("repaired " + db + ": 300 documents"));
    Exported after = export_of(db);
    CHECK(after.whole);
    CHECK(after.documents == 300);
    CHECK(after.claims == before.claims);  // data lost: none
  }

  SECTION("an SST file with flipped bytes") {
    std::vector<fs::path> tables;
    for (const auto& f : fs::directory_iterator(db))
      if (f.path().extension() == ".sst") tables.push_back(f.path());
    if (tables.empty()) CLAIMCHECK_SKIP("no SST file after ingest (everything still in the WAL): SST damage");
    for (const auto& t : tables) {
      std::fstream f(t, std::ios::in | std::ios::out | std::ios::binary);
      auto size = fs::file_size(t);
      for (std::uintmax_t at = 64; at + 64 < size / 2; at += 512) {
        f.seekp(static_cast<std::streamoff>(at));
        f.write("\xDE\xAD\xBE\xEF", 4);
      }
    }
    RunResult r = run_claimcheck("-q export --db '" + db + "'");
    INFO(r.err);
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::StartsWith("claimcheck: error: " + db));
    CHECK_THAT(r.err, Catch::Contains("orrupt") || Catch::Contains("damaged"));

    RunResult repair = run_claimcheck("repair --db '" + db + "'");
    INFO(repair.out + repair.err);
    CHECK(repair.status < 128);
    CHECK_THAT(repair.out, Catch::Contains("repaired " + db));
    CHECK_THAT(repair.out, Catch::Contains("moved to " + db + "/lost/"));
    // After repair what is left is readable (documents that lost claims are
    // listed as incomplete), and re-ingesting restores everything.
    export_of(db);
    RunResult again = run_claimcheck("-q ingest --force --db '" + db + "' '" + dir / "in" + "'");
    CHECK(again.status == 0);
    Exported restored = export_of(db);
    CHECK(restored.whole);
    CHECK(restored.documents == 300);
    CHECK(restored.claims == before.claims);
  }
}
