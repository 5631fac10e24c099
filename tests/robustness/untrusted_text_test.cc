// Untrusted text never executes: article text and file names reach the HTML
// report escaped, no shell ever sees them, and output files appear only where
// the user asked (written to a temporary file, then renamed).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "helpers.h"

namespace fs = std::filesystem;
using claimcheck::testing::read_file;
using claimcheck::testing::run_claimcheck;
using claimcheck::testing::RunResult;
using claimcheck::testing::TempDir;
using claimcheck::testing::write_file;

namespace {

std::set<std::string> listing(const std::string& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::recursive_directory_iterator(dir)) names.insert(fs::relative(e.path(), dir).string());
  return names;
}

}  // namespace

TEST_CASE("article text and file names are escaped in the HTML report", "[robustness][untrusted]") {
  TempDir dir;
  // Two sources disagree, so both sentences and both file names reach the report.
  write_file(dir / "in/<img src=x onerror=alert(1)>.txt",
             "OpenAI released GPT-5.5 on April 23, 2026. <script>alert('a')</script>\n");
  write_file(dir / "in/b\"'&.txt",
             "OpenAI released GPT-5.5 on April 24, 2026 </td></tr><script>alert('b')</script>.\n");
  std::string db = dir / "db";
  RunResult ingest = run_claimcheck("-q ingest --db '" + db + "' '" + dir / "in" + "'");
  INFO(ingest.err);
  REQUIRE(ingest.status == 0);
  RunResult report = run_claimcheck("-q report --db '" + db + "' --format html --output '" + dir / "r.html" + "'");
  INFO(report.err);
  REQUIRE(report.status == 0);
  std::string html = read_file(dir / "r.html");
  REQUIRE(html.find("GPT-5.5") != std::string::npos);
  CHECK(html.find("<script>alert(") == std::string::npos);
  CHECK(html.find("<img src=x") == std::string::npos);
  CHECK(html.find("</td></tr><script>") == std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
}

TEST_CASE("file names full of shell syntax are only ever file names", "[robustness][untrusted]") {
  TempDir dir;
  std::string name = "$(touch pwned)`touch pwned2`;touch pwned3.txt";
  write_file(dir / ("in/" + name), "GPT-5.5 costs $5 per million input tokens.\n");
  RunResult r = run_claimcheck("-q ingest --db db in", dir.path().string());
  INFO(r.err);
  CHECK(r.status == 0);
  for (const char* p : {"pwned", "pwned2", "pwned3.txt", "in/pwned"}) CHECK_FALSE(fs::exists(dir / p));
  RunResult claims = run_claimcheck("claims --db db --format jsonl", dir.path().string());
  CHECK_THAT(claims.out, Catch::Contains("touch pwned"));
}

TEST_CASE("no command is built from input: the sources call no shell", "[robustness][untrusted]") {
  // A test that fails the day someone adds system(), popen() or exec*() to
  // the program (tests may use them; the program may not).
  std::regex shell(R"(\b(system|popen|execl|execlp|execle|execv|execvp|execvpe|posix_spawn|posix_spawnp)\s*\()");
  std::size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(std::string(CLAIMCHECK_SOURCE_DIR) + "/src")) {
    if (!e.is_regular_file()) continue;
    auto ext = e.path().extension();
    if (ext != ".cc" && ext != ".h") continue;
    ++files;
    std::ifstream in(e.path());
    int number = 0;
    for (std::string line; std::getline(in, line);) {
      ++number;
      auto code = line.substr(0, line.find("//"));
      INFO(e.path().string() << ":" << number << ": " << line);
      CHECK_FALSE(std::regex_search(code, shell));
    }
  }
  CHECK(files > 20);
}

TEST_CASE("reports and exports are written only where asked, whole or not at all", "[robustness][untrusted]") {
  TempDir dir;
  write_file(dir / "in/a.txt", "OpenAI released GPT-5.5 on April 23, 2026.\n");
  write_file(dir / "in/b.txt", "OpenAI released GPT-5.5 on April 24, 2026.\n");
  std::string db = dir / "db";
  REQUIRE(run_claimcheck("-q ingest --db '" + db + "' '" + dir / "in" + "'").status == 0);
  fs::create_directories(dir / "out");
  write_file(dir / "out/report.html", "old report");

  RunResult r = run_claimcheck("-q report --db '" + db + "' --format html -o '" + dir / "out/report.html" + "'");
  CHECK(r.status == 0);
  RunResult e = run_claimcheck("-q export --db '" + db + "' -o '" + dir / "out/export.jsonl" + "'");
  CHECK(e.status == 0);
  CHECK(listing(dir / "out") == std::set<std::string>{"export.jsonl", "report.html"});
  CHECK(read_file(dir / "out/report.html").find("<html") != std::string::npos);
  CHECK(read_file(dir / "out/export.jsonl").find("claimcheck-export") != std::string::npos);

  // A destination that cannot be written: a clear error, and nothing left behind.
  RunResult bad = run_claimcheck("-q report --db '" + db + "' --format html -o '" + dir / "missing/r.html" + "'");
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Catch::Contains(dir / "missing/r.html"));
  CHECK_FALSE(fs::exists(dir / "missing"));
  CHECK(listing(dir / "out") == std::set<std::string>{"export.jsonl", "report.html"});
}
