#include <catch2/catch.hpp>

#include <regex>

#include "fixtures.h"
#include "report/report.h"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("html report: one self-contained page with summary, findings, evidence and timeline", "[report][html]") {
  std::string page = report::render_html(corpus_input(), {});
  CHECK(page.rfind("<!doctype html>\n<html lang=\"en\">", 0) == 0);
  CHECK(page.find("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">") != std::string::npos);
  // Nothing is loaded from anywhere: no src/href to other resources, CSP says so.
  CHECK(page.find("default-src 'none'") != std::string::npos);
  CHECK_FALSE(std::regex_search(page, std::regex(R"((src|href)\s*=\s*"(?!#))")));
  CHECK(page.find("@import") == std::string::npos);
  CHECK(page.find("url(") == std::string::npos);
  // Summary and kinds.
  CHECK(page.find("<b>5</b> documents · <b>118</b> claims · <b>4</b> findings") != std::string::npos);
  CHECK(page.find("<a class=\"chip k-conflict\" href=\"#kind=conflict\">Conflict <b>1</b></a>") != std::string::npos);
  // The conflict row, first, with its values side by side and the evidence.
  auto f1 = page.find("<tbody class=\"finding\" id=\"f1\" data-kind=\"conflict\" data-severity=\"error\"");
  REQUIRE(f1 != std::string::npos);
  CHECK(page.find("<b>April 23, 2026</b> <small>003</small>", f1) != std::string::npos);  // as people write it
  CHECK(page.find("003 says 2026-04-23, 002 says 2026-04-24: one day apart", f1) != std::string::npos);
  CHECK(page.find("<blockquote>OpenAI officially released GPT-5.5 on <mark>April 23, 2026</mark>.</blockquote>", f1) !=
        std::string::npos);
  CHECK(page.find("<cite>DeepSeek V4 vs GPT-5.5: Why Developers Should Care</cite>", f1) != std::string::npos);
  CHECK(page.find("<code>corpus/003_d4106d9e4592ae5a.txt:18:39</code>", f1) != std::string::npos);
  // Timeline: the date conflict, the plan, the valuation over time; not the agreement.
  auto tl = page.find("<section id=\"timeline\"");
  REQUIRE(tl != std::string::npos);
  CHECK(page.find("GPT-5.5 release date</figcaption>", tl) != std::string::npos);
  CHECK(page.find("<time>2026-02-11..2026-02-20</time>", tl) != std::string::npos);
  CHECK(page.find("<time>2026-03-31</time> <b>$852 billion</b>", tl) != std::string::npos);
  CHECK(page.find("<time>date unknown</time> <b>$157 billion</b>", tl) != std::string::npos);
  // The page's own script is there; the empty-state note is hidden.
  CHECK(page.find("URLSearchParams") != std::string::npos);
  CHECK(page.find("<p id=\"empty\" class=\"empty\" hidden>") != std::string::npos);
}

TEST_CASE("html report: every piece of article text is escaped", "[report][html][xss]") {
  report::ReportInput in = corpus_input();
  in.findings.push_back(hostile_finding());
  std::string page = report::render_html(in, {});
  // Exactly one script element: the page's own.
  std::size_t scripts = 0;
  for (auto at = page.find("<script"); at != std::string::npos; at = page.find("<script", at + 1)) ++scripts;
  CHECK(scripts == 1);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("<svg") == std::string::npos);
  CHECK(page.find("<b>evil</b>") == std::string::npos);
  CHECK(page.find("<i>2026-04-23</i>") == std::string::npos);
  CHECK(page.find("&lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;,&#39;1&#39;)&lt;/script&gt;") !=
        std::string::npos);
  CHECK(page.find("&quot;&gt;&lt;img src=x onerror=&quot;") != std::string::npos);
  CHECK(page.find("data-fingerprint=\"&quot;&gt;&lt;svg onload=alert(1)&gt;\"") != std::string::npos);
}

TEST_CASE("html report with no findings says so", "[report][html]") {
  report::ReportInput in;
  std::string page = report::render_html(in, {});
  CHECK(page.find("<p id=\"empty\" class=\"empty\">No finding matches.</p>") != std::string::npos);
  CHECK(page.find("<section id=\"timeline\"") == std::string::npos);
}
