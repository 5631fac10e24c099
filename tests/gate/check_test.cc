// `claimcheck check` and `claimcheck baseline` run as a user would, in a
// temporary git repository holding the shipped corpus and its database.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <regex>

#include "helpers.h"

using claimcheck::testing::read_file;
using claimcheck::testing::sarif_multitool;
using claimcheck::testing::run_claimcheck;
using claimcheck::testing::RunResult;
using claimcheck::testing::TempDir;
using claimcheck::testing::write_file;
namespace fs = std::filesystem;

namespace {

// A newsroom repository: corpus/ copied from the source tree, `git init`, and
// the corpus database built the documented way.
class Newsroom {
 public:
  Newsroom() {
    fs::copy(fs::path(CLAIMCHECK_SOURCE_DIR) / "corpus", dir_.path() / "corpus", fs::copy_options::recursive);
    REQUIRE(std::system(("git init -q '" + dir_.path().string() + "'").c_str()) == 0);
    RunResult r = run("ingest corpus -q");
    INFO(r.err);
    REQUIRE(r.status == 0);
  }
  RunResult run(const std::string& args) const { return run_claimcheck("--db db " + args, root()); }
  void write(const std::string& rel, const std::string& text) const { write_file(dir_ / rel, text); }
  std::string root() const { return dir_.path().string(); }
  std::string path(const std::string& rel) const { return dir_ / rel; }

 private:
  TempDir dir_;
};

// "line:column" of the first occurrence of `needle` (columns in code points; ASCII here).
std::string where(const std::string& text, const std::string& needle) {
  std::size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
  std::size_t bol = text.rfind('\n', at);
  int column = 1 + static_cast<int>(at - (bol == std::string::npos ? 0 : bol + 1));
  return std::to_string(line) + ":" + std::to_string(column);
}

std::string fingerprint_in(const std::string& out) {
  std::smatch m;
  REQUIRE(std::regex_search(out, m, std::regex(R"(\[fingerprint ([0-9a-f]{16})\])")));
  return m[1];
}

const char* kWrongDate =
    "---\n"
    "title: \"GPT-5.5: a week later\"\n"
    "date: 2026-04-30\n"
    "---\n"
    "# GPT-5.5: a week later\n"
    "\n"
    "OpenAI officially released **GPT-5.5** on April 25, 2026, after weeks of rumours.\n";

const char* kRightDate =
    "---\n"
    "title: \"GPT-5.5: a week later\"\n"
    "date: 2026-04-30\n"
    "---\n"
    "# GPT-5.5: a week later\n"
    "\n"
    "OpenAI officially released GPT-5.5 on April 23, 2026, after weeks of rumours.\n";

}  // namespace

TEST_CASE("check: an article contradicting the corpus fails with the exact line and column", "[gate]") {
  Newsroom repo;
  repo.write("news/gpt55.md", kWrongDate);
  RunResult r = repo.run("check news/gpt55.md");
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  std::string expected = "news/gpt55.md:" + where(kWrongDate, "April 25") +
                         ": error: GPT-5.5 release date April 25, 2026 conflicts with April 23, 2026 (corpus/003_d4106d9e4592ae5a.txt, line 18)";
  CHECK(r.out.rfind(expected, 0) == 0);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1);
  CHECK(r.err.find("1 new finding") != std::string::npos);
}

TEST_CASE("check: an article agreeing with the corpus passes", "[gate]") {
  Newsroom repo;
  repo.write("news/gpt55.md", kRightDate);
  RunResult r = repo.run("check news/gpt55.md");
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(r.out.empty());
}

TEST_CASE("check: new articles are compared with each other", "[gate]") {
  Newsroom repo;
  repo.write("news/a.txt", "Acme released the Zephyr-9 model on May 2, 2026.\n");
  repo.write("news/b.txt", "Acme released the Zephyr-9 model on May 4, 2026.\n");
  RunResult one = repo.run("check news/a.txt");
  CHECK(one.status == 0);
  RunResult both = repo.run("check news/a.txt news/b.txt");
  INFO(both.out << both.err);
  CHECK(both.status == 1);
  CHECK(both.out.find("Zephyr-9 release date") != std::string::npos);
}

TEST_CASE("check: a baseline silences a known finding, survives edits above it, and a new one still fails", "[gate]") {
  Newsroom repo;
  repo.write("news/gpt55.md", kWrongDate);
  RunResult made = repo.run("baseline news/gpt55.md --output ci/baseline.json");
  INFO(made.out << made.err);
  REQUIRE(made.status == 0);
  CHECK(read_file(repo.path("ci/baseline.json")).find("\"conflict\"") != std::string::npos);

  RunResult quiet = repo.run("check news/gpt55.md --baseline ci/baseline.json");
  INFO(quiet.out << quiet.err);
  CHECK(quiet.status == 0);
  CHECK(quiet.out.empty());
  CHECK(quiet.err.find("1 accepted by the baseline") != std::string::npos);

  // Two new paragraphs above the known claim: its line moves, its fingerprint does not.
  std::string edited = kWrongDate;
  edited.insert(edited.find("OpenAI officially"), "An introduction nobody asked for.\n\nAnother paragraph.\n\n");
  repo.write("news/gpt55.md", edited);
  RunResult moved = repo.run("check news/gpt55.md --baseline ci/baseline.json");
  INFO(moved.out << moved.err);
  CHECK(moved.status == 0);

  // A new conflict in the same article is not covered by the baseline.
  edited += "\nDeepSeek launched DeepSeek V4 on April 21, 2026.\n";
  repo.write("news/gpt55.md", edited);
  RunResult fresh = repo.run("check news/gpt55.md --baseline ci/baseline.json");
  INFO(fresh.out << fresh.err);
  CHECK(fresh.status == 1);
  CHECK(fresh.out.find("news/gpt55.md:" + where(edited, "April 21")) == 0);
  CHECK(fresh.out.find("GPT-5.5") == std::string::npos);
}

TEST_CASE("check: an accept marker in the article accepts that one finding", "[gate]") {
  Newsroom repo;
  repo.write("news/gpt55.md", kWrongDate);
  RunResult first = repo.run("check news/gpt55.md");
  REQUIRE(first.status == 1);
  std::string fp = fingerprint_in(first.out);
  repo.write("news/gpt55.md", std::string(kWrongDate) + "<!-- claimcheck: accept " + fp + " -->\n");
  RunResult accepted = repo.run("check news/gpt55.md");
  INFO(accepted.out << accepted.err);
  CHECK(accepted.status == 0);
  CHECK(accepted.err.find("1 accepted in the article") != std::string::npos);
  repo.write("news/gpt55.md", std::string(kWrongDate) + "<!-- claimcheck: accept 0000000000000000 -->\n");
  CHECK(repo.run("check news/gpt55.md").status == 1);
}

TEST_CASE("check: usage and input errors exit 2", "[gate]") {
  Newsroom repo;
  repo.write("news/gpt55.md", kRightDate);
  RunResult missing = repo.run("check news/nope.md");
  CHECK(missing.status == 2);
  CHECK(missing.err.find("news/nope.md") != std::string::npos);
  CHECK(repo.run("check news/gpt55.md --fail-on sometimes").status == 2);
  CHECK(repo.run("check news/gpt55.md --format yaml").status == 2);
  CHECK(repo.run("check news/gpt55.md --baseline ci/none.json").status == 2);
  CHECK(run_claimcheck("--db nowhere check news/gpt55.md", repo.root()).status == 2);
  CHECK(repo.run("check").status == 2);
}

TEST_CASE("check: --fail-on none reports but passes", "[gate]") {
  Newsroom repo;
  repo.write("news/gpt55.md", kWrongDate);
  RunResult r = repo.run("check news/gpt55.md --fail-on none");
  CHECK(r.status == 0);
  CHECK(r.out.find(": error: GPT-5.5 release date") != std::string::npos);
}

TEST_CASE("check: --ingest stores a passing article and never a failing one", "[gate]") {
  Newsroom repo;
  repo.write("news/a.txt", "Acme released the Zephyr-9 model on May 2, 2026.\n");
  repo.write("news/b.txt", "Acme released the Zephyr-9 model on May 4, 2026.\n");
  repo.write("news/gpt55.md", kWrongDate);
  CHECK(repo.run("check news/gpt55.md --ingest").status == 1);
  RunResult ok = repo.run("check news/a.txt --ingest");
  INFO(ok.err);
  REQUIRE(ok.status == 0);
  // b.txt alone now conflicts with the merged a.txt.
  RunResult later = repo.run("check news/b.txt");
  INFO(later.out << later.err);
  CHECK(later.status == 1);
  CHECK(later.out.find("(news/a.txt, line 1)") != std::string::npos);
  // and gpt55.md was not merged: an agreeing article still passes.
  repo.write("news/right.md", kRightDate);
  CHECK(repo.run("check news/right.md").status == 0);
}

TEST_CASE("check: GitHub annotations point at the article", "[gate]") {
  Newsroom repo;
  repo.write("news/gpt55.md", kWrongDate);
  RunResult r = repo.run("check news/gpt55.md --format github");
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  std::string loc = where(kWrongDate, "April 25");
  std::string line = loc.substr(0, loc.find(':')), col = loc.substr(loc.find(':') + 1);
  CHECK(r.out.find("::error file=news/gpt55.md,line=" + line + ",col=" + col) == 0);
}

TEST_CASE("check: SARIF output locates the article and passes the official validator", "[gate][sarif]") {
  Newsroom repo;
  repo.write("news/gpt55.md", kWrongDate);
  RunResult r = repo.run("check news/gpt55.md --format sarif --output out.sarif");
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  auto sarif = nlohmann::json::parse(read_file(repo.path("out.sarif")));
  CHECK(sarif["version"] == "2.1.0");
  const auto& run = sarif["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "claimcheck");
  REQUIRE(run["results"].size() == 1);
  const auto& result = run["results"][0];
  CHECK(result["ruleId"] == "conflict");
  CHECK(result["level"] == "error");
  const auto& loc = result["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "news/gpt55.md");
  std::string at = where(kWrongDate, "April 25");
  CHECK(std::to_string(loc["region"]["startLine"].get<int>()) + ":" +
            std::to_string(loc["region"]["startColumn"].get<int>()) == at);
  bool cites_corpus = false;
  for (const auto& rel : result["relatedLocations"])
    if (rel["physicalLocation"]["artifactLocation"]["uri"].get<std::string>().rfind("corpus/003_", 0) == 0)
      cites_corpus = true;
  CHECK(cites_corpus);
  CHECK(result["partialFingerprints"].size() == 1);

  // The official validator, installed by tools/setup-sarif (called by .ci/run).
  std::string tool = sarif_multitool();
  if (tool.empty()) CLAIMCHECK_SKIP_OUTSIDE_CI("sarif-multitool not found (run tools/setup-sarif; set SARIF_MULTITOOL)");
  std::string validate = "cd '" + repo.root() + "' && '" + tool + "' validate out.sarif -o report.sarif >validate.log 2>&1";
  int status = std::system(validate.c_str());
  INFO(read_file(repo.path("validate.log")));
  CHECK(status == 0);
  auto report = nlohmann::json::parse(read_file(repo.path("report.sarif")));
  int errors = 0;
  for (const auto& res : report["runs"][0].value("results", nlohmann::json::array()))
    if (res.value("level", "warning") == "error") ++errors;
  CHECK(errors == 0);
}
