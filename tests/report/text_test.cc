#include <catch2/catch.hpp>

#include "fixtures.h"
#include "report/report.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("text report: conflicts first, values side by side, sentence with the span", "[report][text]") {
  std::string out = report::render_text(corpus_input(), {});
  INFO(out);
  // Subjects with a conflict come before subjects with only milder findings.
  auto gpt = out.find("GPT-5.5\n");
  auto deepseek = out.find("DeepSeek V4\n");
  auto openai = out.find("OpenAI\n");
  REQUIRE(gpt != std::string::npos);
  REQUIRE(deepseek != std::string::npos);
  REQUIRE(openai != std::string::npos);
  CHECK(gpt < deepseek);
  CHECK(deepseek < openai);
  // Within DeepSeek V4, plan vs actual before agreement.
  CHECK(out.find("PLAN VS ACTUAL") < out.find("AGREEMENT"));
  CHECK(out.find("  CONFLICT  release date  [error]\n") != std::string::npos);
  CHECK(out.find("    003 says 2026-04-23, 002 says 2026-04-24: one day apart\n") != std::string::npos);
  CHECK(out.find("    values: April 23, 2026 (003)  |  April 24, 2026 (002)\n") != std::string::npos);
  CHECK(out.find("    April 23, 2026  corpus/003_d4106d9e4592ae5a.txt:18:39  \"DeepSeek V4 vs GPT-5.5: Why Developers Should Care\"\n") !=
        std::string::npos);
  CHECK(out.find("      OpenAI officially released GPT-5.5 on [April 23, 2026].\n") != std::string::npos);
  CHECK(out.find("(2026-04-27)") != std::string::npos);  // document date
  CHECK(out.find("  plan") != std::string::npos);        // modality of 001's claim
  CHECK(out.find("as of 2026-03-31") != std::string::npos);
  // Summary line last.
  CHECK(out.substr(out.rfind('\n', out.size() - 2) + 1) ==
        "5 documents, 118 claims: 1 conflict, 1 plan vs actual, 1 changed over time, 1 agreement\n");
  CHECK(out.find('\x1b') == std::string::npos);
}

TEST_CASE("text report: colour only when asked, and article escape codes never reach the terminal", "[report][text]") {
  report::ReportInput in = corpus_input();
  in.findings[2].claims[0].sentence = "OpenAI \x1b[2J released GPT-5.5 on April 23, 2026.";
  report::RenderOptions color;
  color.color = true;
  std::string out = report::render_text(in, color);
  CHECK(out.find("\x1b[1;31mCONFLICT\x1b[0m") != std::string::npos);
  CHECK(out.find("\x1b[1;4mApril 23, 2026\x1b[0m") != std::string::npos);
  CHECK(out.find("\x1b[2J") == std::string::npos);
  CHECK(out.find("[April 23, 2026]") == std::string::npos);
}

TEST_CASE("text report of nothing still says what was looked at", "[report][text]") {
  report::ReportInput in;
  in.stats.documents = 1;
  in.stats.claims = 3;
  CHECK(report::render_text(in, {}) == "1 document, 3 claims: no findings\n");
}
