// Hostile and odd articles through the binary, as a user would run it: every
// one yields claims or a clear diagnostic naming the file, line and cause;
// never a crash, a hang or a value that is not a number.
#include <catch2/catch.hpp>

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

#include "bounded_run.h"
#include "helpers.h"

using claimcheck::testing::read_file;
using claimcheck::testing::run_claimcheck;
using claimcheck::testing::RunResult;
using claimcheck::testing::TempDir;
using claimcheck::testing::write_file;
using nlohmann::json;

namespace {

const std::string kArticle =
    "OpenAI released GPT-5.5 on April 23, 2026.\n"
    "GPT-5.5 costs $5 per million input tokens.\n"
    "DeepSeek V4-Pro has 1.6 trillion total parameters.\n";

std::vector<json> lines_of(const std::string& out) {
  std::vector<json> v;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) v.push_back(json::parse(line));
  return v;
}

// Runs `claimcheck extract` over one file holding `bytes`; the run must end by
// itself (no signal, no hang).
RunResult extract(const TempDir& dir, const std::string& name, const std::string& bytes) {
  write_file(dir / name, bytes);
  RunResult r = run_claimcheck("-q extract --ref-date 2026-05-01 '" + dir / name + "'");
  INFO(r.err);
  REQUIRE(r.status < 128);
  return r;
}

// Every numeric field of a quantity is a finite number.  nlohmann::json writes
// NaN and infinity as null, so null is what an overflow looks like here.
void require_finite_quantity(const json& q) {
  for (const char* field : {"value", "min", "max", "per"}) {
    if (!q.contains(field)) continue;
    INFO(field << " in " << q.dump());
    REQUIRE_FALSE(q[field].is_null());
    if (q[field].is_number()) REQUIRE(std::isfinite(q[field].get<double>()));
  }
}
void require_finite_values(const json& claim) { require_finite_quantity(claim.at("value")); }

}  // namespace

TEST_CASE("invalid UTF-8 is refused with file, line, column and byte, or replaced with --lenient", "[robustness][input]") {
  TempDir dir;
  std::string bytes = kArticle + "Caf\xC3\xA9 au lait costs $3, but \xFF\xFE is not text.\n";
  RunResult r = extract(dir, "bad.txt", bytes);
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::Contains(dir / "bad.txt" + ":4:28: invalid UTF-8 (byte 0xFF)"));

  RunResult values = run_claimcheck("values --lenient '" + dir / "bad.txt" + "'");
  CHECK(values.status == 0);
  CHECK(lines_of(values.out).size() >= 4);

  // ingest: the bad file is skipped with its name, the good one is stored.
  write_file(dir / "in/good.txt", kArticle);
  write_file(dir / "in/bad.txt", bytes);
  RunResult ingest = run_claimcheck("ingest --db '" + dir / "db" + "' '" + dir / "in" + "'");
  CHECK(ingest.status == 2);
  CHECK_THAT(ingest.err, Catch::Contains(dir / "in/bad.txt" + ":4:28: invalid UTF-8"));
  CHECK_THAT(ingest.err, Catch::Contains("1 new") && Catch::Contains("1 failed"));
  RunResult lenient = run_claimcheck("ingest --lenient --db '" + dir / "db" + "' '" + dir / "in" + "'");
  CHECK(lenient.status == 0);
  CHECK_THAT(lenient.err, Catch::Contains("0 failed"));
}

TEST_CASE("binary files and NUL bytes are skipped with a message naming the file", "[robustness][input]") {
  TempDir dir;
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 7919) % 256);
  write_file(dir / "in/a.txt", kArticle);
  write_file(dir / "in/image.txt", binary);
  write_file(dir / "in/nul.txt", std::string("GPT-5.5 costs $5.\n\0\0\0", 21));
  RunResult r = run_claimcheck("ingest --db '" + dir / "db" + "' '" + dir / "in" + "'");
  INFO(r.err);
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Catch::Contains(dir / "in/nul.txt" + ":2: binary file (NUL byte at byte offset 18)"));
  CHECK_THAT(r.err, Catch::Contains(dir / "in/image.txt"));
  CHECK_THAT(r.err, Catch::Contains("1 new") && Catch::Contains("2 failed"));
  RunResult claims = run_claimcheck("claims --db '" + dir / "db" + "' --format jsonl");
  CHECK(claims.out.find("nul.txt") == std::string::npos);

  RunResult x = extract(dir, "nul2.txt", std::string("\0", 1));
  CHECK(x.status == 2);
  CHECK_THAT(x.err, Catch::Contains(dir / "nul2.txt" + ":1: binary file"));
}

TEST_CASE("an empty file, or one of blanks only, has no claims and is no error", "[robustness][input]") {
  TempDir dir;
  for (const std::string& bytes : {std::string(), std::string("\n\n\r\n   \t\n"), std::string("\xEF\xBB\xBF")}) {
    RunResult r = extract(dir, "empty.txt", bytes);
    CHECK(r.status == 0);
    CHECK(r.out.empty());
  }
}

TEST_CASE("CRLF, CR, mixed line endings and a BOM give the same claims on the same lines", "[robustness][input]") {
  TempDir dir;
  std::vector<json> plain = lines_of(extract(dir, "lf.txt", kArticle).out);
  REQUIRE(plain.size() >= 3);
  auto with_endings = [&](const std::vector<std::string>& endings, const std::string& prefix) {
    std::string out = prefix;
    std::istringstream in(kArticle);
    std::size_t i = 0;
    for (std::string line; std::getline(in, line); ++i) out += line + endings[i % endings.size()];
    return out;
  };
  for (auto [name, bytes] : std::vector<std::pair<std::string, std::string>>{
           {"crlf.txt", with_endings({"\r\n"}, "")},
           {"cr.txt", with_endings({"\r"}, "")},
           {"mixed.txt", with_endings({"\r\n", "\n", "\r"}, "")},
           {"bom.txt", with_endings({"\n"}, "\xEF\xBB\xBF")},
           {"bom-crlf.txt", with_endings({"\r\n"}, "\xEF\xBB\xBF")}}) {
    INFO(name);
    std::vector<json> got = lines_of(extract(dir, name, bytes).out);
    REQUIRE(got.size() == plain.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      CHECK(got[i]["subject"] == plain[i]["subject"]);
      CHECK(got[i]["attribute"] == plain[i]["attribute"]);
      CHECK(got[i]["line"] == plain[i]["line"]);
      CHECK(got[i]["text"] == plain[i]["text"]);
      // The span points at the same text in the file as written.
      std::size_t b = got[i]["begin"], e = got[i]["end"];
      CHECK(bytes.substr(b, e - b) == got[i]["text"].get<std::string>());
    }
  }
}

TEST_CASE("right-to-left and CJK text around claims: claims found, spans and columns exact", "[robustness][input]") {
  TempDir dir;
  std::string bytes =
      "\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA \xD8\xA7\xD9\x84\xD8\xB4\xD8\xB1\xD9\x83\xD8\xA9 "  // Arabic
      "\xE2\x80\x8F\xE2\x80\xAB GPT-5.5 costs $5 per million input tokens.\n"             // RLM, RLE
      "\xE6\x8D\xAE\xE6\x8A\xA5\xE9\x81\x93\xEF\xBC\x8C"                                   // CJK
      "DeepSeek V4-Pro has 1.6 trillion total parameters\xE3\x80\x82\n"
      "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE4\xB8\x96\xE7\x95\x8C \xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4\n";  // Hebrew, CJK, Hangul
  RunResult r = extract(dir, "rtl.txt", bytes);
  CHECK(r.status == 0);
  std::vector<json> got = lines_of(r.out);
  REQUIRE(got.size() >= 2);
  for (const json& c : got) {
    std::size_t b = c["begin"], e = c["end"];
    CHECK(bytes.substr(b, e - b) == c["text"].get<std::string>());
    require_finite_values(c);
  }
  CHECK(got[0]["line"] == 1);
  CHECK(got.back()["line"] == 2);
}

TEST_CASE("full-width and Arabic-Indic digits: read as numbers or left alone, never garbled", "[robustness][input]") {
  TempDir dir;
  // "GPT-5.5 costs $５ per million input tokens." with a full-width 5 and dollar.
  std::string fullwidth = "GPT-5.5 costs \xEF\xBC\x84\xEF\xBC\x95 per million input tokens.\n";
  RunResult r = run_claimcheck("values '" + (write_file(dir / "fw.txt", fullwidth), dir / "fw.txt") + "'");
  CHECK(r.status == 0);
  bool found_five = false;
  for (const json& q : lines_of(r.out)) {
    std::size_t b = q["begin"], e = q["end"];
    CHECK(fullwidth.substr(b, e - b) == q["text"].get<std::string>());
    if (q["kind"] == "money" && q["value"] == 5) found_five = true;
  }
  CHECK(found_five);

  // Arabic-Indic "٣٫٥" and Eastern Arabic "۱۲": whatever is found points at them.
  std::string arabic = "GPT-5.5 costs $\xD9\xA3\xD9\xAB\xD9\xA5 and \xDB\xB1\xDB\xB2 billion parameters.\n";
  RunResult a = extract(dir, "ar.txt", arabic);
  CHECK(a.status == 0);
  for (const json& c : lines_of(a.out)) {
    std::size_t b = c["begin"], e = c["end"];
    CHECK(arabic.substr(b, e - b) == c["text"].get<std::string>());
    require_finite_values(c);
  }
}

TEST_CASE("absurd values and numbers beyond double and int64: no crash, no infinity, no invented dates",
          "[robustness][input]") {
  TempDir dir;
  std::string bytes =
      "GPT-9 has 10^300 parameters.\n"
      "GPT-9 was released on February 30, 2026.\n"
      "GPT-9 will be released in the year 99999.\n"
      "GPT-9 costs -$5 per million input tokens.\n"
      "GPT-9 has 1e400 parameters.\n"
      "GPT-9 costs $99999999999999999999999999999999 per million input tokens.\n"
      "GPT-9 has 9223372036854775808 parameters and 18446744073709551617 tokens.\n"
      "GPT-9 has " + std::string(400, '9') + " parameters.\n"
      "GPT-9 was valued at $1" + std::string(350, '0') + ".\n"
      "GPT-9 scored 1e-400% on MMLU.\n"
      "GPT-9 was released on April 31, 2026 and on 2026-13-45.\n";
  RunResult r = extract(dir, "absurd.txt", bytes);
  INFO(r.err);
  CHECK(r.status == 0);
  for (const json& c : lines_of(r.out)) {
    INFO(c.dump());
    require_finite_values(c);
    CHECK(c["line"].get<int>() >= 1);
    CHECK(c["line"].get<int>() <= 11);
    // No impossible calendar date is stored as if it were real.
    if (c["attribute"] == "release_date" && c["line"] == 2) FAIL("February 30 became a release date");
    if (c["attribute"] == "release_date" && c["line"] == 11 && c["text"].get<std::string>().find("31") != std::string::npos)
      FAIL("April 31 became a release date");
  }
  RunResult v = run_claimcheck("values --ref-date 2026-05-01 '" + dir / "absurd.txt" + "'");
  CHECK(v.status == 0);
  for (const json& q : lines_of(v.out)) require_finite_quantity(q);
}
