// One article, every command (issue 18): `ingest`, `check --ingest`,
// `extract` and `check` read an article through the same function
// (claims/article.h), so the same file gets the same date, title, claims,
// lines and columns whichever command reads it, and the same stored record
// whichever of ingest and check --ingest runs first.
#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "helpers.h"

using namespace claimcheck::testing;
using nlohmann::json;

namespace {

std::vector<std::string> sorted_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);)
    if (!l.empty()) lines.push_back(l);
  std::sort(lines.begin(), lines.end());
  return lines;
}

// The stored record of `doc` without the time it was stored.
json stored_document(const std::string& db, const std::string& doc, const std::string& cwd) {
  RunResult r = run_claimcheck("--db '" + db + "' docs --format jsonl", cwd);
  REQUIRE(r.status == 0);
  for (const std::string& line : sorted_lines(r.out)) {
    json j = json::parse(line);
    if (j["id"] == doc) {
      j.erase("ingested_at");
      return j;
    }
  }
  FAIL("no stored document " << doc << " in " << db);
  return {};
}

struct Case {
  const char* file;
  const char* text;
  const char* date;  // the article date every command must settle on ("" = none)
};

const Case kCases[] = {
    // Front matter: read by every command (ingest used to store no date).
    {"dated.md",
     "---\ntitle: \"GPT-5.5 ships\"\ndate: 2026-05-02\n---\n"
     "OpenAI released GPT-5.5 on April 23. GPT-5.5 costs $5 per million input tokens.\n",
     "2026-05-02"},
    // CR line endings (old Mac): the release date is on line 2 for everyone.
    {"cr.txt", "GPT-5.5 is here\rOpenAI released GPT-5.5 on April 23, 2026, after weeks of rumours.\r", ""},
    // CRLF and front matter.
    {"crlf.md",
     "---\r\ntitle: GPT-5.5 ships\r\ndate: 2026-05-02\r\n---\r\n\r\nOpenAI released GPT-5.5 on April 23.\r\n",
     "2026-05-02"},
    // A dateline with a day the calendar does not have is no article date.
    {"dateline.txt", "Zephyr news\n02/31 2026\nAcme released the Zephyr-9 model on May 2, 2026.\n", ""},
};

}  // namespace

TEST_CASE("one article, every command: the same claims, date, title, lines and columns", "[claims][cli][article]") {
  TempDir dir;
  const std::string cwd = dir.path().string();
  write_file(dir / "seed.txt", "Acme released the Zephyr-1 model on January 5, 2026.\n");
  for (const char* db : {"by-ingest", "by-check"})
    REQUIRE(run_claimcheck(std::string("-q --db ") + db + " ingest seed.txt", cwd).status == 0);

  for (const Case& c : kCases) {
    INFO(c.file);
    write_file(dir / c.file, c.text);
    RunResult ingested = run_claimcheck(std::string("-q --db by-ingest ingest ") + c.file, cwd);
    INFO(ingested.err);
    REQUIRE(ingested.status == 0);
    RunResult checked = run_claimcheck(std::string("-q --db by-check check --ingest ") + c.file, cwd);
    INFO(checked.out << checked.err);
    REQUIRE(checked.status == 0);
    RunResult extracted = run_claimcheck(std::string("extract --format jsonl ") + c.file, cwd);
    INFO(extracted.err);
    REQUIRE(extracted.status == 0);

    // The same record, whichever command stored it.
    json a = stored_document(dir / "by-ingest", c.file, cwd), b = stored_document(dir / "by-check", c.file, cwd);
    CHECK(a.dump() == b.dump());
    CHECK(a["date"] == c.date);
    // The same claims stored by both, and printed by extract.
    std::string doc = std::string("--doc ") + c.file;
    auto claims_a = sorted_lines(run_claimcheck("--db by-ingest claims --format jsonl " + doc, cwd).out);
    auto claims_b = sorted_lines(run_claimcheck("--db by-check claims --format jsonl " + doc, cwd).out);
    CHECK(!claims_a.empty());
    CHECK(claims_a == claims_b);
    // The store scopes event facts to the article's story (stories/), which
    // extract, reading one article alone, cannot know: compare without it.
    auto without_story = [](std::vector<std::string> lines) {
      for (auto& l : lines) {
        json j = json::parse(l);
        if (j.contains("qualifiers")) j["qualifiers"].erase("story");
        l = j.dump();
      }
      std::sort(lines.begin(), lines.end());
      return lines;
    };
    CHECK(without_story(claims_a) == without_story(sorted_lines(extracted.out)));
    CHECK(a["claims"] == claims_a.size());
    // extract says the same date.
    CHECK_THAT(extracted.err, Catch::Contains(*c.date ? std::string("(dated ") + c.date + ")" : "(no article date)"));
  }
}

TEST_CASE("one article, every command: check points at the line and column extract gives (CR line endings)",
          "[claims][cli][article]") {
  TempDir dir;
  const std::string cwd = dir.path().string();
  write_file(dir / "stored.txt", "OpenAI released GPT-5.5 on April 24, 2026.\n");
  REQUIRE(run_claimcheck("-q --db db ingest stored.txt", cwd).status == 0);
  // Line 2 is "OpenAI released GPT-5.5 on April 23, 2026, ..." after a CR.
  write_file(dir / "cr.txt", "GPT-5.5 is here\rOpenAI released GPT-5.5 on April 23, 2026, after weeks of rumours.\r");

  RunResult extracted = run_claimcheck("extract --format jsonl cr.txt", cwd);
  REQUIRE(extracted.status == 0);
  json claim;
  for (const std::string& line : sorted_lines(extracted.out))
    if (json j = json::parse(line); j["attribute"] == "release_date") claim = j;
  REQUIRE(claim.is_object());
  CHECK(claim["line"] == 2);
  // The value's column, from its byte offset: line 2 starts after "GPT-5.5 is here\r".
  const int value_column = claim["value"]["begin"].get<int>() - 16 + 1;
  CHECK(value_column == 28);

  RunResult checked = run_claimcheck("--db db check cr.txt", cwd);
  INFO(checked.out << checked.err);
  CHECK(checked.status == 1);
  // The gate points at the value: line 2, the column of "April 23".
  CHECK_THAT(checked.out, Catch::StartsWith("cr.txt:2:" + std::to_string(value_column) + ": error: GPT-5.5 release date April 23, 2026 conflicts with April 24, 2026"));
}
