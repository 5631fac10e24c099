#include <catch2/catch.hpp>

#include "fixtures.h"
#include "report/report.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("markdown report: headings per subject, a values table and highlighted evidence", "[report][md]") {
  std::string out = report::render_markdown(corpus_input(), {});
  INFO(out);
  CHECK(out.rfind("# claimcheck report\n\n**5 documents, 118 claims:** 1 conflict, 1 plan vs actual, 1 changed over time, 1 agreement\n", 0) == 0);
  CHECK(out.find("## GPT-5.5\n\n### Conflict: release date (`error`)\n\n> 003 says 2026-04-23, 002 says 2026-04-24: one day apart\n\n"
                 "| Value | Documents |\n| --- | --- |\n| April 23, 2026 | 003 |\n| April 24, 2026 | 002 |\n") != std::string::npos);
  CHECK(out.find("- **April 23, 2026** corpus/003\\_d4106d9e4592ae5a.txt:18:39, *DeepSeek V4 vs GPT-5.5: Why Developers Should Care*  \n"
                 "  OpenAI officially released GPT-5.5 on **April 23, 2026**.\n") != std::string::npos);
  CHECK(out.find("## GPT-5.5") < out.find("## DeepSeek V4"));
  CHECK(out.find("\n\n\n") == std::string::npos);  // template lines leave no gaps
}

TEST_CASE("markdown report: article text cannot inject markup", "[report][md]") {
  report::ReportInput in;
  in.findings = {hostile_finding()};
  std::string out = report::render_markdown(in, {});
  INFO(out);
  CHECK(out.find("<script>") == std::string::npos);
  CHECK(out.find("<img") == std::string::npos);
  CHECK(out.find("&lt;script&gt;") != std::string::npos);
}
