// Broken rule files: each is a clear error naming the file (with line) and the
// rule, before any article is read.  The article given does not exist, so an
// error that names the rule file proves the rules were checked first.
#include <catch2/catch.hpp>

#include "helpers.h"

using claimcheck::testing::run_claimcheck;
using claimcheck::testing::RunResult;
using claimcheck::testing::TempDir;
using claimcheck::testing::write_file;

namespace {

// A rules directory holding the shipped fragments and one file `body`.
RunResult extract_with(const TempDir& dir, const std::string& body) {
  write_file(dir / "rules/fragments.json", claimcheck::testing::read_file(std::string(CLAIMCHECK_SOURCE_DIR) + "/rules/fragments.json"));
  write_file(dir / "rules/test/broken.json", body);
  return run_claimcheck("--rules '" + dir / "rules" + "' extract '" + dir / "no-such-article.txt" + "'");
}

std::string rule(const std::string& id, const std::string& pattern, const std::string& extra = "") {
  return "{\"id\": \"" + id + "\", \"attribute\": \"price\", \"pattern\": \"" + pattern + "\"" + extra + "}";
}

void require_rule_error(const RunResult& r, const std::string& file_and_line, const std::string& cause) {
  INFO(r.err);
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::StartsWith("claimcheck: error: " + file_and_line));
  CHECK_THAT(r.err, Catch::Contains(cause));
  CHECK_THAT(r.err, !Catch::Contains("no-such-article"));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

}  // namespace

TEST_CASE("rule file: JSON syntax error names file, line and column", "[robustness][rules]") {
  TempDir dir;
  RunResult r = extract_with(dir, "{\n  \"rules\": [\n    {\"id\": \"x\",, }\n  ]\n}\n");
  require_rule_error(r, dir / "rules/test/broken.json:3:", "invalid JSON");
}

// Found by fuzz_rules (tests/data/fuzz-regressions/rules/number-overflow-4e1144.json):
// nlohmann's out_of_range escaped the loader and aborted the process.
TEST_CASE("rule file: a number too large for a double names file and line", "[robustness][rules][fuzz]") {
  TempDir dir;
  RunResult r = extract_with(dir, "{\n  \"rules\": [\n    {\"id\": \"x\", \"weight\": 4e1144}\n  ]\n}\n");
  require_rule_error(r, dir / "rules/test/broken.json:3: ", "invalid JSON: number overflow parsing '4e1144'");
}

TEST_CASE("rule file: a field of the wrong type names file and rule", "[robustness][rules]") {
  TempDir dir;
  RunResult r = extract_with(dir, "{\"rules\": [\n" + rule("x", "{money}", ", \"qualifiers\": {\"direction\": 5}") + "]}");
  require_rule_error(r, dir / "rules/test/broken.json", "x");
}

TEST_CASE("rule file: an unknown field names file, rule and field", "[robustness][rules]") {
  TempDir dir;
  RunResult r = extract_with(dir, "{\"rules\": [\n" + rule("typo", "costs {money}", ", \"exampels\": []") + "]}");
  require_rule_error(r, dir / "rules/test/broken.json:2", "exampels");
  CHECK_THAT(r.err, Catch::Contains("typo"));
}

TEST_CASE("rule file: a duplicate id names file, line and rule", "[robustness][rules]") {
  TempDir dir;
  RunResult r = extract_with(dir, "{\"rules\": [\n" + rule("twice", "costs {money}") + ",\n" +
                                      rule("twice", "charges {money}") + "]}");
  require_rule_error(r, dir / "rules/test/broken.json:", "rule 'test/twice' is defined twice");
}

TEST_CASE("rule file: a pattern RE2 rejects names the rule and RE2's error", "[robustness][rules]") {
  TempDir dir;
  RunResult r = extract_with(dir, "{\"rules\": [\n" + rule("bad_re", "costs (?<=x){money}") + "]}");
  require_rule_error(r, dir / "rules/test/broken.json:2", "rule 'test/bad_re'");
  CHECK_THAT(r.err, Catch::Contains("invalid perl operator") || Catch::Contains("missing") ||
                        Catch::Contains("invalid"));
}

TEST_CASE("rule file: a pattern beyond RE2's memory budget is refused, naming the rule", "[robustness][rules]") {
  TempDir dir;
  RunResult r = extract_with(dir, "{\"rules\": [\n" + rule("huge", "(?:\\\\pL|\\\\pN|\\\\pS|\\\\pP){1000} {money}") + "]}");
  require_rule_error(r, dir / "rules/test/broken.json:2", "rule 'test/huge'");
  CHECK_THAT(r.err, Catch::Contains("too large") || Catch::Contains("bad repetition"));
}

TEST_CASE("rule file: a rule whose own example fails is an error before any article is read", "[robustness][rules]") {
  TempDir dir;
  RunResult r = extract_with(
      dir, "{\"rules\": [\n" +
               rule("wrong_example", "costs {money}",
                    ", \"examples\": [{\"text\": \"GPT-5.5 costs $5.\", \"claims\": [{\"subject\": \"GPT-5.5\", "
                    "\"attribute\": \"price\", \"value\": 7}]}]") +
               "]}");
  require_rule_error(r, dir / "rules/test/broken.json:2", "test/wrong_example");
  CHECK_THAT(r.err, Catch::Contains("example"));
}

TEST_CASE("rule file: the same broken packs stop ingest before the database is touched", "[robustness][rules]") {
  TempDir dir;
  write_file(dir / "rules/test/broken.json", "{\"rules\": [\n" + rule("bad_re", "costs (?<=x){money}") + "]}");
  write_file(dir / "a.txt", "GPT-5.5 costs $5.\n");
  RunResult r = run_claimcheck("--rules '" + dir / "rules" + "' ingest --db '" + dir / "db" + "' '" + dir / "a.txt" + "'");
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Catch::Contains("rule 'test/bad_re'"));
  CHECK_FALSE(std::filesystem::exists(dir / "db"));
}
