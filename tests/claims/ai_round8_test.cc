// AI round 8 (issue 14): whose number it is and which fact it states, on
// forms found missing on the eighth development set.  Made-up sentences only.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "extractor_helper.h"

using namespace claimcheck;

namespace {

std::vector<Claim> extract(const std::string& text, const std::string& date = "2026-08-01",
                           const std::string& name = "a.md") {
  return testing::extract_claims(text, date, name);
}

using testing::said;

}  // namespace

TEST_CASE("two values one rule reads in one table cell keep two ids", "[claims][ai][tables]") {
  auto claims = extract(
      "| Model | Maker | Notes |\n|---|---|---|\n| Zephyr-3 Ultra | Borealis | 2.2T total / 61B active; open weights |\n",
      "2026-06-01", "sheet.html");
  CHECK(said(claims, "parameters") ==
        std::vector<std::string>{"Zephyr-3 Ultra | 2.2e+12 scope=total", "Zephyr-3 Ultra | 6.1e+10 scope=active"});
  std::set<std::string> ids;
  for (const Claim& c : claims) ids.insert(c.id);
  CHECK(ids.size() == claims.size());  // the store keys claims by id: one would replace the other
}

TEST_CASE("a model written without its brand is the branded name the page or the gazetteer gives", "[claims][ai][subjects]") {
  // The page writes the brand once, then drops it.
  auto claims = extract("Claude Sonnet 5.2 came out on Monday. At $3.20 in and $16 out, Sonnet 5.2 is the mid-size pick.");
  CHECK(said(claims, "price") == std::vector<std::string>{"Claude Sonnet 5.2 | 3.2 direction=input",
                                                          "Claude Sonnet 5.2 | 16 direction=output"});
  // Never branded on the page: the gazetteer writes the Opus line with "Claude".
  CHECK(said(extract("Opus 5.1 costs $7 per million input tokens."), "price") ==
        std::vector<std::string>{"Claude Opus 5.1 | 7 direction=input"});
  // A one-letter line ("K3.2") names too many vendors' lines: left as written.
  CHECK(said(extract("K3.2 costs $0.50 per million input tokens."), "price") ==
        std::vector<std::string>{"K3.2 | 0.5 direction=input"});
}

TEST_CASE("a model's fact told of its bare line name is the page's one model of that line", "[claims][ai][subjects]") {
  auto claims = extract("# Kimi K3.1, a month in\n\nI moved my agents to Kimi K3.1 in May.\n\n"
                        "The Kimi number that matters: 1.2T total but only 40B active, so it runs fast.");
  CHECK(said(claims, "parameters") ==
        std::vector<std::string>{"Kimi K3.1 | 1.2e+12 scope=total", "Kimi K3.1 | 4e+10 scope=active"});
}

TEST_CASE("a score with tools and one without are two facts; each takes the cue nearest it", "[claims][ai][benchmarks]") {
  CHECK(said(extract("Zephyr-3 Ultra scores 44.0% on HLE without tools. With web search and code tools it reaches "
                     "55.5% on HLE."),
             "benchmark_score") ==
        std::vector<std::string>{"Zephyr-3 Ultra | 44 benchmark=Humanity's Last Exam tools=none",
                                 "Zephyr-3 Ultra | 55.5 benchmark=Humanity's Last Exam tools=with"});
  CHECK(said(extract("| Model | HLE (no tools) | HLE (with tools) |\n|---|---|---|\n| Zephyr-3 Ultra | 30.5 | 47.5 |\n"),
             "benchmark_score") ==
        std::vector<std::string>{"Zephyr-3 Ultra | 30.5 benchmark=Humanity's Last Exam tools=none",
                                 "Zephyr-3 Ultra | 47.5 benchmark=Humanity's Last Exam tools=with"});
}

TEST_CASE("longer prompts are the long-context tier", "[claims][ai][prices]") {
  CHECK(said(extract("Nova 2.1 Flash costs $1.10 per million input tokens for prompts up to 128K tokens. Longer prompts "
                     "are billed at $2.20 for input."),
             "price") == std::vector<std::string>{"Nova 2.1 Flash | 1.1 direction=input",
                                                  "Nova 2.1 Flash | 2.2 direction=input tier=long_context"});
}

TEST_CASE("a release in preview is the preview's date; general availability told nearer is the release", "[claims][ai][dates]") {
  CHECK(said(extract("Today we are releasing Zephyr-3 Ultra in preview for developers.", "2026-02-10"),
             "release_date") == std::vector<std::string>{"Zephyr-3 Ultra | 2026-02-10 stage=preview"});
  CHECK(said(extract("Borealis previewed Zephyr-3 Ultra on February 10 and, after a quiet spring, took it to general "
                     "availability on May 5.",
                     "2026-07-01"),
             "release_date") == std::vector<std::string>{"Zephyr-3 Ultra | 2026-02-10 stage=preview",
                                                         "Zephyr-3 Ultra | 2026-05-05"});
}

TEST_CASE("what testers say before a launch is a rumour; tokens a review used are no output limit", "[claims][ai][modality]") {
  auto rumour = extract("Nova 3 is weeks away. Testers say the model handles a 4 million token context.", "2026-03-01");
  REQUIRE(rumour.size() == 1);
  CHECK(rumour[0].modality == Modality::rumour);
  CHECK(said(extract("Our month with Nova 3, about 52 million input tokens and 4.4 million output tokens, cost $310."),
             "max_output")
            .empty());
}

TEST_CASE("a round's valuation is as of the month its when-clause or its own clause names", "[claims][ai][dates]") {
  auto as_of_of = [](const std::vector<Claim>& claims) {
    std::vector<std::string> out;
    for (const Claim& c : claims)
      if (c.attribute == "valuation") out.push_back(c.subject + " " + c.as_of);
    return out;
  };
  CHECK(as_of_of(extract("The price marks a steep rise from February, when Corvid Labs raised $20 billion in its "
                         "Series F at a post-money valuation of $310 billion.",
                         "2026-09-20")) == std::vector<std::string>{"Corvid Labs 2026-02-28"});
  // A date after ';' opens the next clause: not the first valuation's.
  CHECK(as_of_of(extract("Corvid Labs' $20 billion Series F in February valued it at $310 billion; by August an "
                         "employee tender valued it at $450 billion.",
                         "2026-09-20")) == std::vector<std::string>{"Corvid Labs 2026-02-28", "Corvid Labs 2026-08-31"});
}

TEST_CASE("a prompt length that picks a price tier is no context window", "[claims][ai][context]") {
  auto claims = extract("| Model | Input | Output | Context caching |\n|---|---|---|---|\n"
                        "| Nova 2.1 Pro, prompts <= 128K tokens | $1.50 | $9.00 | $0.15 |\n"
                        "| Nova 2.1 Pro, prompts > 128K tokens | $3.00 | $13.50 | $0.30 |\n"
                        "| Nova 2.1 Flash | $0.30 | $2.50 | $0.03 |\n");
  for (const Claim& c : claims)
    if (c.attribute == "context_window") CHECK(c.qualifiers.count("use") == 1);
  CHECK(said(claims, "price").size() >= 4);
}

TEST_CASE("a model described, not named, is not the model in focus", "[claims][ai][subjects]") {
  CHECK(said(extract("Zephyr-3 Ultra costs $3 per million input tokens. Six months ago the cheapest capable model cost "
                     "about $0.40 per million input tokens."),
             "price") == std::vector<std::string>{"Zephyr-3 Ultra | 3 direction=input"});
}

TEST_CASE("an unnamed tester's say-so about an unreleased model is a rumour", "[claims][ai][modality]") {
  auto claims = extract("Borealis is expected to ship Zephyr-4 next month, according to two developers with early "
                        "access. One of them said the model they tested had a 3M-token context window.",
                        "2026-09-01");
  for (const Claim& c : claims)
    if (c.attribute == "context_window") CHECK(c.modality == Modality::rumour);
  CHECK(said(claims, "context_window").size() == 1);
}

TEST_CASE("a question states nothing: its values are guesses", "[claims][ai][modality]") {
  auto claims = extract("## Zephyr-4: late May, 3M context?\n\nBorealis has said nothing yet.\n", "2026-04-01");
  for (const Claim& c : claims)
    if (c.attribute == "context_window") CHECK(c.modality == Modality::rumour);
}

TEST_CASE("a bare letter and number that ends a model name on the page is that model", "[claims][ai][subjects]") {
  CHECK(said(extract("Tencent's Hunyuan R4 is out. At $0.38 in and $1.52 out, R4 sits between the open models and "
                     "Nova 2.1 Flash."),
             "price") == std::vector<std::string>{"Hunyuan R4 | 0.38 direction=input", "Hunyuan R4 | 1.52 direction=output"});
  // Without such a name a letter and a number is a quarter or a paper size.
  CHECK(said(extract("In Q3 we paid $0.38 per million input tokens."), "price").size() <= 1);
}

TEST_CASE("a price before an arrow is the one replaced, not a price the page states", "[claims][ai][prices]") {
  auto claims = extract("## Price changes\n\n- **2026-11-02** — Nova 2.1 Flash input: $0.42 → $0.30.\n", "2026-11-26");
  for (const Claim& c : claims)
    if (c.attribute == "price") CHECK(c.value.value != Approx(0.42));
}

TEST_CASE("release notes led by their day, and a headline verb before a name", "[claims][ai][dates]") {
  // (The test reads text as the text layer leaves it: Markdown's "* **...**" is gone.)
  CHECK(said(extract("Release notes\n\nJune 4, 2026 — Nova 3 Pro is generally available.\n\n"
                     "May 2, 2026: Released Nova 3 Flash.\n",
                     "2026-06-20"),
             "release_date") == std::vector<std::string>{"Nova 3 Pro | 2026-06-04", "Nova 3 Flash | 2026-05-02"});
  CHECK(said(extract("# Meet Nova 3: faster answers\n\nNova 3 costs $1.10 per million input tokens.\n"), "price") ==
        std::vector<std::string>{"Nova 3 | 1.1 direction=input"});
}
