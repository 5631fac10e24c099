// Whose number it is on AI pages (issue 14): list sentences, comparison
// asides, model ids, clause-scoped plans.  Made-up sentences only.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "claims/comparison_aside.h"
#include "claims/extractor.h"
#include "claims/model_ids.h"
#include "text/document.h"
#include "extractor_helper.h"

using namespace claimcheck;

namespace {

std::vector<Claim> extract(const std::string& text, const std::string& date = "2026-08-01") {
  return testing::extract_claims(text, date, "a.md");
}

using testing::said;

}  // namespace

TEST_CASE("a list sentence gives each model the date right after its name", "[claims][ai][lists]") {
  auto claims = extract(
      "Tandem opened the year with Lumen-5 on January 12, then followed with Lumen-5 Pro on March 2 and "
      "Lumen-5 Air on April 20.");
  CHECK(said(claims, "release_date") == std::vector<std::string>{"Lumen-5 | 2026-01-12", "Lumen-5 Pro | 2026-03-02",
                                                                  "Lumen-5 Air | 2026-04-20"});
}

TEST_CASE("a list sentence does not give one model another's date", "[claims][ai][lists]") {
  auto claims = extract("Quarto shipped Nova 3 on May 5, Tandem answered with Lumen-6 on May 19.");
  for (const std::string& s : said(claims, "release_date")) {
    CHECK(s != "Nova 3 | 2026-05-19");
    CHECK(s != "Lumen-6 | 2026-05-05");
  }
  auto dates = said(claims, "release_date");
  std::sort(dates.begin(), dates.end());  // claims come in the order their rules' matches begin
  CHECK(dates == std::vector<std::string>{"Lumen-6 | 2026-05-19", "Nova 3 | 2026-05-05"});
}

TEST_CASE("a score compared in an aside is the compared model's; after the comma the sentence's model is back",
          "[claims][ai][comparison]") {
  auto claims = extract("Tandem reports 63.5% for Lumen-5 Air on Gridlock Verified, compared with 70.2% for Lumen-5, "
                        "and 48.0% on Relay Arena.");
  CHECK(said(claims, "benchmark_score") ==
        std::vector<std::string>{"Lumen-5 Air | 63.5 benchmark=Gridlock Verified",
                                 "Lumen-5 | 70.2 benchmark=Gridlock Verified",
                                 "Lumen-5 Air | 48 benchmark=Relay Arena"});
}

TEST_CASE("a model named for comparison does not take the focus", "[claims][ai][comparison]") {
  auto claims = extract("Tandem released Lumen-6 on May 19. Lumen-5, by comparison, had 700 billion parameters. "
                        "It scores 71.0% on Gridlock Verified.");
  CHECK(said(claims, "benchmark_score") == std::vector<std::string>{"Lumen-6 | 71 benchmark=Gridlock Verified"});
}

TEST_CASE("comparison asides are closed by a comma", "[claims][ai][comparison]") {
  const std::string m = "scores \u27e8percent:1\u27e9, up from \u27e8percent:2\u27e9 for \u27e8subj:3\u27e9, and \u27e8percent:4\u27e9";
  const std::size_t name = m.find("\u27e8subj"), last = m.find("\u27e8percent:4");
  CHECK(claims::in_closed_comparison(m, name, last));
  const std::string than = "cheaper than \u27e8subj:3\u27e9's \u27e8money:4\u27e9";
  CHECK_FALSE(claims::in_closed_comparison(than, than.find("\u27e8subj"), than.find("\u27e8money")));
}

TEST_CASE("a model id the page never names in prose is the name of its values", "[claims][ai][ids]") {
  std::vector<claims::Mention> mentions;
  claims::add_unnamed_id_mentions("Added `tandem/lumen-5-air` at $0.20 input, 24/7 support, and/or more.", &mentions);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].canonical == "lumen-5-air");
  CHECK(mentions[0].kind == "model");

  auto claims = extract(
      "# Router changelog\n\nLumen-5 is the flagship of Tandem Labs.\n\n- Added `tandem/lumen-5` ($2.00 / $8.00).\n"
      "- Added `tandem/lumen-5-air` ($0.20 / $0.80).\n");
  CHECK(said(claims, "price") == std::vector<std::string>{"Lumen-5 | 2 direction=input", "Lumen-5 | 8 direction=output",
                                                         "Lumen-5 Air | 0.2 direction=input",
                                                         "Lumen-5 Air | 0.8 direction=output"});
}

TEST_CASE("a model id is written the way the page writes its siblings", "[claims][ai][ids]") {
  // Beside "Vireo-7 Pro" in prose, `halvard/vireo-7-mini` is "Vireo-7 Mini", as other pages write it.
  std::vector<claims::Mention> mentions = {{0, 11, "Vireo-7 Pro", "model", false}};
  const std::string text = "Vireo-7 Pro is the flagship. Added `halvard/vireo-7-mini` and `halvard/skiff-2-lite`.";
  claims::add_unnamed_id_mentions(text, &mentions);
  REQUIRE(mentions.size() == 3);
  CHECK(mentions[1].canonical == "Vireo-7 Mini");
  CHECK(mentions[2].canonical == "skiff-2-lite");  // no sibling named: the id as written
}

TEST_CASE("a plan cue speaks only for its own clause", "[claims][ai][modality]") {
  auto modality_of = [](const std::vector<Claim>& claims, const std::string& attribute) {
    for (const Claim& c : claims)
      if (c.attribute == attribute) return std::string(to_string(c.modality));
    return std::string("none");
  };
  CHECK(modality_of(extract("Tandem Labs said the update is going to every user this week: the app has 30 million "
                            "weekly users."),
                    "users") == "stated");
  CHECK(modality_of(extract("The pitch rests on the app of Tandem Labs, which has 30 million weekly users and "
                            "will get Lumen-6 soon."),
                    "users") == "stated");
  CHECK(modality_of(extract("Lumen-6 will cost $4 per million input tokens."), "price") == "plan");
  // Hearsay in another stretch of the sentence says nothing of this figure; in its own, it does.
  CHECK(modality_of(extract("Tandem Labs' spring round valued the company at $90 billion, and the company is said to be "
                            "in talks about another raise."),
                    "valuation") == "stated");
  CHECK(modality_of(extract("Tandem Labs is said to be valued at $90 billion."), "valuation") == "rumour");
  CHECK(modality_of(extract("Rumours say Tandem Labs was valued at $90 billion, and it may raise again."), "valuation") ==
        "rumour");
}

TEST_CASE("a price many paragraphs after the last name belongs to the model the headline names", "[claims][ai][topic]") {
  const std::string review =
      "---\ntitle: \"Two weeks with Lumen-5 Pro\"\ndate: 2026-08-01\n---\n\n"
      "Lumen-5 Pro reads a 400,000-token context window.\n\nI tried it on a big refactor.\n\n"
      "It was slow at first.\n\nThen it got better.\n\nThe tests passed.\n\n"
      "At $4 in and $16 out per million tokens, my bill came to $80.\n";
  CHECK(said(extract(review), "price") ==
        std::vector<std::string>{"Lumen-5 Pro | 4 direction=input", "Lumen-5 Pro | 16 direction=output"});
  // A headline naming two models names no page topic: the price has no owner.
  std::string versus = review;
  versus.replace(versus.find("Two weeks with Lumen-5 Pro"), 26, "Lumen-5 Pro vs Orion 3");
  CHECK(said(extract(versus), "price").empty());
}

TEST_CASE("a table's name-shaped cell beside known names is a name", "[claims][ai][tables]") {
  const std::string page =
      "Tandem's Lumen-5 and Halcyon's Orion 3 face Q9.\n\n"
      "| | Lumen-5 | Orion 3 | Q9 |\n|---|---|---|---|\n| Input price (per 1M) | $1.25 | $3.00 | $0.90 |\n";
  CHECK(said(extract(page), "price") == std::vector<std::string>{"Lumen-5 | 1.25 direction=input",
                                                                 "Orion 3 | 3 direction=input",
                                                                 "Q9 | 0.9 direction=input"});
}

TEST_CASE("a relative clause gives its date to the model before it", "[claims][ai][relative]") {
  CHECK(said(extract("Demand rose after the launch of Lumen-5 Pro, which Tandem released on July 8."), "release_date") ==
        std::vector<std::string>{"Lumen-5 Pro | 2026-07-08"});
  CHECK(said(extract("I have used Lumen-5 Pro, which came out on May 13, for a week."), "release_date") ==
        std::vector<std::string>{"Lumen-5 Pro | 2026-05-13"});
}

TEST_CASE("an earlier version of a named model is a name of its own", "[claims][ai][siblings]") {
  // "Lumen 5" named, "Lumen 4" is its predecessor: its score is not Lumen 5's.
  CHECK(said(extract("Lumen 5 scores 74.2% on PatchBench Verified. Lumen 4 managed 68.9% on PatchBench Verified."),
             "benchmark_score") == std::vector<std::string>{"Lumen 5 | 74.2 benchmark=PatchBench Verified",
                                                            "Lumen 4 | 68.9 benchmark=PatchBench Verified"});
  // A single letter and a number is a model when released, a quarter otherwise.
  auto claims = extract("Quillon released Q9 on March 18. Q9 has 1.2T total parameters, a third more than Q8, "
                        "which had 900B total. Sales of Q3 2026 grew.");
  CHECK(said(claims, "release_date") == std::vector<std::string>{"Q9 | 2026-03-18"});
  CHECK(said(claims, "parameters") ==
        std::vector<std::string>{"Q9 | 1.2e+12 scope=total", "Q8 | 9e+11 scope=total"});
}

TEST_CASE("output limits in the ways spec sheets and launch posts write them", "[claims][ai][max_output]") {
  // "Max output" is a field, not the model "Lumen-5 Max", even when a page names one.
  const std::string sheet = "Model: Lumen-5\nContext window: 400,000 tokens\nMax output: 100,000 tokens\n\n"
                            "Model: Lumen-5 Max\nMax output: 128K\n";
  CHECK(said(extract(sheet), "max_output") ==
        std::vector<std::string>{"Lumen-5 | 100000", "Lumen-5 Max | 128000"});
  CHECK(said(extract("Lumen-5 can write up to 64,000 output tokens in one response."), "max_output") ==
        std::vector<std::string>{"Lumen-5 | 64000"});
  CHECK(said(extract("Lumen-5: $2 in, $8 out; 400K context; 64K max output."), "max_output") ==
        std::vector<std::string>{"Lumen-5 | 64000"});
  // A model table's "Max output" column.
  CHECK(said(extract("| Model | Context | Max output |\n|---|---|---|\n| Lumen-5 | 400K | 64K |\n| Orion 3 | 1M | 128K |\n"),
             "max_output") == std::vector<std::string>{"Lumen-5 | 64000", "Orion 3 | 128000"});
}

TEST_CASE("a table of a model's hosts gives the hosts nothing", "[claims][ai][tables]") {
  const std::string page = "Lumen-5 is on three clouds.\n\n| Provider | Context | Input |\n|---|---|---|\n"
                           "| Tandem AI | 400K | $2 |\n| Halcyon Labs | 400K | $2.20 |\n";
  CHECK(said(extract(page), "price").empty());
  CHECK(said(extract(page), "context_window").empty());
}

TEST_CASE("asides and pronouns keep a value with its owner", "[claims][ai][asides]") {
  // A name inside a dash aside is no owner of a value after the aside.
  CHECK(said(extract("Tandem made Lumen-5 available on Tuesday \u2014 the same day Orion 3 reaches the API \u2014 and "
                     "priced it at $2 per million input tokens."),
             "price") == std::vector<std::string>{"Lumen-5 | 2 direction=input"});
  // A pronoun after the value owns it; the name after is the comparison.
  CHECK(said(extract("Lumen-5 is cheap. At $1.74 per million input tokens it undercuts Orion 3 by two thirds."), "price") ==
        std::vector<std::string>{"Lumen-5 | 1.74 direction=input"});
  // "above 200K input tokens" is the long-context tier.
  CHECK(said(extract("Lumen-5 charges $10 / $37.50 above 200K input tokens."), "price") ==
        std::vector<std::string>{"Lumen-5 | 10 direction=input tier=long_context",
                                 "Lumen-5 | 37.5 direction=output tier=long_context"});
  // "only 32B parameters are active" is the active count.
  CHECK(said(extract("Lumen-5 is a 1.2T-parameter model, but only 32B parameters are active for each token."),
             "parameters") == std::vector<std::string>{"Lumen-5 | 1.2e+12 scope=total", "Lumen-5 | 3.2e+10 scope=active"});
}

TEST_CASE("a rate named once as a label is the rate of the sentence's bare prices", "[claims][ai][prices]") {
  auto claims = extract("Halden 3 is out today. Per 1K tokens: $0.002 input and $0.008 output for Halden 3.");
  int priced = 0;
  for (const Claim& c : claims)
    if (c.attribute == "price") {
      ++priced;
      CHECK(c.value.per == 1e3);
      CHECK(c.value.per_unit == "tokens");
    }
  CHECK(priced == 2);
  // No label: the price keeps no rate (comparison resolves it against the rest of its group).
  for (const Claim& c : extract("Halden 3 costs $2 input and $8 output."))
    if (c.attribute == "price") CHECK(c.value.per == 0);
}

TEST_CASE("a page that corrects itself states the corrected value", "[claims][ai][corrections]") {
  auto claims = extract("Halden 3 is $4 per million output tokens.\n\n"
                        "Correction: Halden 3 output is $6 per million tokens, not $4.");
  std::vector<double> prices;
  for (const Claim& c : claims)
    if (c.attribute == "price") prices.push_back(c.value.value);
  CHECK(prices == std::vector<double>{6});
  // No correction cue: two values of one fact in one page stay (a finding needs two documents).
  int kept = 0;
  for (const Claim& c : extract("Halden 3 is $4 per million output tokens.\n\nHalden 3 output is $6 per million tokens."))
    kept += c.attribute == "price";
  CHECK(kept == 2);
}

TEST_CASE("a hard-wrapped wire story gives the model its own date and prices", "[claims][ai][wrap]") {
  auto claims = testing::extract_claims(
      "Zentra starts Orca-3 rollout\n"
      "\n"
      "PARIS, June 12, 2026 (wire) — Zentra rolled out Orca-3 to paying Doubao\n"
      "subscribers on Wednesday, the company's first major update since Orca-2 last August, as it\n"
      "races Halcyon and Brightwave for business customers.\n"
      "\n"
      "The model went live for paying users on Wednesday and reaches developers through\n"
      "the API next Tuesday, a spokesperson said. Developers pay $4 per million input tokens and $20\n"
      "per million output tokens, the same list price Zentra charged for its previous flagship at the top\n"
      "tier.\n",
      "2026-06-12", "wire.txt");
  CHECK(said(claims, "release_date") == std::vector<std::string>{"Orca-3 | 2026-06-10"});
  CHECK(said(claims, "price") == std::vector<std::string>{"Orca-3 | 4 direction=input", "Orca-3 | 20 direction=output"});
}

TEST_CASE("a model launched in an app keeps the date; the app gets none", "[claims][ai][subjects]") {
  auto claims = extract("Skiff-4 launched in Kimi and Codex on June 2, a week before the API.", "2026-06-20");
  CHECK(said(claims, "release_date") == std::vector<std::string>{"Skiff-4 | 2026-06-02"});
}

TEST_CASE("a name after another value is that value's, not the first one's", "[claims][ai][comparison]") {
  auto claims = extract(
      "Output is cheaper at $25 per million output tokens versus $30 for Orca-3.");
  for (const std::string& s : said(claims, "price")) CHECK(s.rfind("Orca-3 | 25", 0) != 0);
  // Two prices joined by "and" before "for X" are both X's.
  CHECK(said(extract("Tandem's API charges $0.70 per million input tokens and $2.80 per million output tokens for "
                     "Lumen-9."),
             "price") == std::vector<std::string>{"Lumen-9 | 0.7 direction=input", "Lumen-9 | 2.8 direction=output"});
}

TEST_CASE("a bare line name is the model of that line named last", "[claims][ai][subjects]") {
  auto claims = extract(
      "Vireo Opus 3 scores 71.0% on Gridlock Verified, ahead of Vireo Opus 2, which managed 64.5%. "
      "Opus costs $12 per million output tokens.");
  CHECK(said(claims, "price") == std::vector<std::string>{"Vireo Opus 2 | 12 direction=output"});
}

TEST_CASE("prompts up to a limit are the standard tier, prompts above it the long-context tier", "[claims][ai][scopes]") {
  auto claims = extract(
      "Orca-3 costs $2 per million input tokens for prompts up to 200,000 tokens. "
      "Orca-3 costs $4 per million input tokens for prompts over 200,000 tokens.");
  CHECK(said(claims, "price") == std::vector<std::string>{"Orca-3 | 2 direction=input",
                                                          "Orca-3 | 4 direction=input tier=long_context"});
}

TEST_CASE("a forum thread: list items keep the model in focus, a comment after a rule is about the thread's model",
          "[claims][ai][focus]") {
  auto claims = testing::extract_claims(
      "r/SomeForum\n"
      "\n"
      "Posted by u/someone · 3 days ago\n"
      "\n"
      "Orca-3 after ten days: fast, but pricier than I hoped\n"
      "\n"
      "I have been running Orca-3 through the API for ten days. Quick notes:\n"
      "\n"
      "- Tool use is great.\n"
      "- It never lost track of a long task.\n"
      "- Streaming is smooth.\n"
      "- Context is 131,072 tokens on the API.\n"
      "- Compared to Skiff-4 it is slower. Skiff-4 is $2 in and $8 out per million.\n"
      "\n"
      "---\n"
      "\n"
      "top comment · u/other · 88 points\n"
      "\n"
      "The context is 256K on the open weights build.\n",
      "", "thread.txt");
  CHECK(said(claims, "context_window") == std::vector<std::string>{"Orca-3 | 131072", "Orca-3 | 256000"});
}

TEST_CASE("a price's own words say its direction and its tier, clause by clause", "[claims][ai][scopes]") {
  CHECK(said(extract("Tandem lists Orca-3 at $2.50 per million input tokens and $12 per million output tokens for "
                     "prompts up to 200,000 tokens."),
             "price") == std::vector<std::string>{"Orca-3 | 2.5 direction=input", "Orca-3 | 12 direction=output"});
  CHECK(said(extract("Orca-3: $2 / $12 (<=200K) ; $4 / $18 (>200K)"), "price") ==
        std::vector<std::string>{"Orca-3 | 2 direction=input", "Orca-3 | 12 direction=output",
                                 "Orca-3 | 4 direction=input tier=long_context",
                                 "Orca-3 | 18 direction=output tier=long_context"});
}

TEST_CASE("a wire story's event takes the day after its verb, not the dateline's", "[claims][ai][dates]") {
  auto claims = testing::extract_claims(
      "OSLO, June 11, 2026 (newswire) - Halvard released Skiff-4 to subscribers of its small Wren assistant on "
      "Tuesday, June 9, its first flagship since Skiff-3.\n",
      "2026-06-11", "wire.txt");
  CHECK(said(claims, "release_date") == std::vector<std::string>{"Skiff-4 | 2026-06-09"});
}

TEST_CASE("a name after 'while' is not the owner of the value before it", "[claims][ai][comparison]") {
  auto claims = extract(
      "Skiff-4 is out. Developers pay $15 per million output tokens, a spokesperson said, while the smaller "
      "Skiff-4 Mini costs $0.40.");
  CHECK(said(claims, "price") ==
        std::vector<std::string>{"Skiff-4 | 15 direction=output", "Skiff-4 Mini | 0.4"});
}

TEST_CASE("two models said to share a fact both get it; two names without 'both' do not", "[claims][ai][shared]") {
  CHECK(said(extract("Orca-3 and Skiff-4 both default to a 1M-token context window."), "context_window") ==
        std::vector<std::string>{"Skiff-4 | 1e+06", "Orca-3 | 1e+06"});
  CHECK(said(extract("Both Orca-3 and Orca-3 Mini cost $2 per million input tokens."), "price").size() == 2);
  CHECK(said(extract("Orca-3 trails Skiff-4, which has a 1M-token context window."), "context_window") ==
        std::vector<std::string>{"Skiff-4 | 1e+06"});
}

TEST_CASE("a rate written once for a list of prices is every listed model's", "[claims][ai][shared]") {
  CHECK(said(extract("Halvard priced Skiff-4 at $2 and Skiff-4 Pro at $8 per million input tokens."), "price") ==
        std::vector<std::string>{"Skiff-4 | 2 direction=input", "Skiff-4 Pro | 8 direction=input"});
  // A model's own second price is not given the rate of its first.
  for (const std::string& s : said(extract("Skiff-4 costs $8 per million input tokens, or $20 with support."), "price"))
    CHECK(s.find("| 20 direction") == std::string::npos);
}

TEST_CASE("a wire story's event is not dated by a later phrase's day", "[claims][ai][dates]") {
  auto claims = testing::extract_claims(
      "OSLO, June 11, 2026 (newswire) - Halvard launched Skiff-4 ahead of the June 30 deadline set by regulators.\n",
      "2026-06-11", "wire.txt");
  CHECK(said(claims, "release_date") == std::vector<std::string>{"Skiff-4 | 2026-06-11"});
}

TEST_CASE("a bare tier word two models share names neither; a shared line name is the one named last",
          "[claims][ai][subjects]") {
  // "Pro" ends both names: a tier, maybe an app plan.
  for (const Claim& c : extract("Orca-3 Pro and Skiff-4 Pro are out. Pro costs $4 per million input tokens."))
    if (c.attribute == "price") CHECK(c.subject_from_focus);
  // "Opus" stands before the version: a line name, so the one named last.
  CHECK(said(extract("Vireo Opus 2 came first; Vireo Opus 3 is new. Opus costs $4 per million input tokens."), "price") ==
        std::vector<std::string>{"Vireo Opus 3 | 4 direction=input"});
}

TEST_CASE("a page whose title names two models has no one model to give name-less values", "[claims][ai][topic]") {
  const std::string page =
      "---\ntitle: \"Orca-3 vs Skiff-4\"\n---\n\nOrca-3 news digest for readers\n\nWe compared them for a week.\n\n"
      "It was fine.\n\nThe weather was good.\n\nWe ate well.\n\nIt costs $4 per million input tokens.\n";
  for (const Claim& c : extract(page)) CHECK(c.attribute != "price");
}

TEST_CASE("a navigation line naming a model is no headline", "[claims][ai][topic]") {
  const std::string page =
      "Home | Reviews | Trending: Orca-3 review\n\nWeekly notes for busy readers\n\nWe tried many things this week.\n\n"
      "It was fine.\n\nThe weather was good.\n\nWe ate well.\n\nIt costs $4 per million input tokens.\n";
  for (const Claim& c : testing::extract_claims(page, "2026-06-01", "notes.txt")) CHECK(c.attribute != "price");
}

TEST_CASE("a table cell is the whole name of its row's model", "[claims][ai][tables]") {
  auto claims = extract(
      "| Model | Lab | Total params |\n|---|---|---|\n| Vireo 3 Falcon | Halvard | 820B |\n"
      "| Vireo 3 Wren | Halvard | 120B |\n| Skiff-4 | Tandem | 300B |\n| Orca-3 | Zentra | 90B |\n");
  CHECK(said(claims, "parameters") == std::vector<std::string>{"Vireo 3 Falcon | 8.2e+11 scope=total",
                                                               "Vireo 3 Wren | 1.2e+11 scope=total",
                                                               "Skiff-4 | 3e+11 scope=total",
                                                               "Orca-3 | 9e+10 scope=total"});
}

TEST_CASE("a model named only as a reference point does not take the focus from the section's model",
          "[claims][ai][comparison]") {
  auto claims = extract(
      "# The best coding models\n\n"
      "Tandem's Lumen-5 is the one to beat. It scores 71.0% on Gridlock Verified, within three points of Nova 3.\n\n"
      "Pros: fast; cheap\n"
      "Price: $1 input / $4 output per million tokens\n");
  for (const std::string& s : said(claims, "price")) CHECK(s.rfind("Lumen-5 | ", 0) == 0);
  CHECK(said(claims, "price").size() == 2);
}

TEST_CASE("a value after 'than X;' is not X's", "[claims][ai][comparison]") {
  auto claims = extract(
      "# Lumen-5 review\n\n"
      "Tandem's Lumen-5 is our pick.\n\n"
      "Cons: slower than Nova 3; $14 per million output tokens adds up\n");
  CHECK(said(claims, "price") == std::vector<std::string>{"Lumen-5 | 14 direction=output"});
}

TEST_CASE("a price in a parenthesis after a compared model is that model's", "[claims][ai][comparison]") {
  auto claims = extract("Against Nova 3 (still in beta, $3 / $9), Lumen-5 is the better coder.");
  auto prices = said(claims, "price");
  REQUIRE(!prices.empty());
  for (const std::string& s : prices) CHECK(s.rfind("Nova 3 | ", 0) == 0);
}

TEST_CASE("'Batch Mode is priced ...' names a tier, not a company", "[claims][ai][tiers]") {
  auto claims = extract(
      "Batch Mode is priced at half the interactive rate. Lumen-5 in Batch Mode costs $2.00 per 1M input tokens.");
  CHECK(said(claims, "price") == std::vector<std::string>{"Lumen-5 | 2 direction=input tier=batch"});
}

TEST_CASE("'the vendor released it on ...' dates the model in focus, not the vendor", "[claims][ai][focus]") {
  auto claims = extract("Lumen-5 is Tandem's new open-weight coder. Tandem released it on May 4, 2026, with weights the same day.");
  CHECK(said(claims, "release_date") == std::vector<std::string>{"Lumen-5 | 2026-05-04"});
}

TEST_CASE("a model named in 'a quarter of what X offers' does not take the focus", "[claims][ai][comparison]") {
  auto claims = extract(
      "Lumen-5 is Tandem's new coder. Its context window is 128K tokens, a quarter of what Nova 3 or Quarto Max offer. "
      "Tandem reports 70.5% on Gridlock Verified.");
  auto scores = said(claims, "benchmark_score");
  REQUIRE(scores.size() == 1);
  CHECK(scores[0].rfind("Lumen-5 | ", 0) == 0);
}

TEST_CASE("a spec sheet's 'Variant:' line does not move the sheet's model", "[claims][ai][focus]") {
  auto claims = extract(
      "Model: Lumen-5\n"
      "Vendor: Tandem\n"
      "Variant: Lumen-5 Air (lumen-5-air)\n"
      "Context window: 300,000 tokens\n"
      "Max output: 32,000 tokens\n");
  CHECK(said(claims, "context_window") == std::vector<std::string>{"Lumen-5 | 300000"});
  CHECK(said(claims, "max_output") == std::vector<std::string>{"Lumen-5 | 32000"});
}

TEST_CASE("a model list's rows for dated snapshots tell each snapshot's own date and price", "[claims][ai][tables]") {
  auto claims = extract(
      "| Model | ID | Released | Input |\n"
      "|---|---|---|---|\n"
      "| Lumen-5 | `lumen-5-2026-05-04` | 2026-05-04 | $2.00 |\n"
      "| Lumen-5 | `lumen-5-2026-07-01` | 2026-07-01 | $1.80 |\n");
  CHECK(said(claims, "release_date") ==
        std::vector<std::string>{"Lumen-5 | 2026-05-04 snapshot=2026-05-04", "Lumen-5 | 2026-07-01 snapshot=2026-07-01"});
  CHECK(said(claims, "price") == std::vector<std::string>{"Lumen-5 | 2 direction=input snapshot=2026-05-04",
                                                          "Lumen-5 | 1.8 direction=input snapshot=2026-07-01"});
}

TEST_CASE("a model list's row for a model's only dated id is the model's", "[claims][ai][tables]") {
  auto claims = extract(
      "| Model | ID | Released |\n"
      "|---|---|---|\n"
      "| Lumen-5 | `lumen-5-2026-05-04` | 2026-05-04 |\n"
      "| Lumen-5 Air | `lumen-5-air-2026-05-20` | 2026-05-20 |\n");
  CHECK(said(claims, "release_date") == std::vector<std::string>{"Lumen-5 | 2026-05-04", "Lumen-5 Air | 2026-05-20"});
}

TEST_CASE("a product named as where a model runs does not take the model's focus", "[claims][ai][focus]") {
  auto claims = extract(
      "Lumen-5 is Tandem's new coder. You can already try it in Codex. Tandem quotes 70.1% on Gridlock Verified.");
  CHECK(said(claims, "benchmark_score") == std::vector<std::string>{"Lumen-5 | 70.1 benchmark=Gridlock Verified"});
}

TEST_CASE("'the model' on a page about one model is that model, not a product in focus", "[claims][ai][focus]") {
  auto claims = extract(
      "# Lumen-5 review: two weeks with Tandem's new coder\n\n"
      "I used Lumen-5 for two weeks. Most days that meant Codex and a terminal. My harness is a plain loop. "
      "Tandem's own numbers are good. The model gets 70.1% on Gridlock Verified, a test Quarto Labs built.");
  CHECK(said(claims, "benchmark_score") == std::vector<std::string>{"Lumen-5 | 70.1 benchmark=Gridlock Verified"});
}

TEST_CASE("a code-quoted id of a named model's edition is that edition", "[claims][ai][ids]") {
  auto claims = extract(
      "Lumen-5 costs $2 input and $8 output per million tokens. The `lumen-5` id serves it. A faster `lumen-5-turbo` endpoint is priced at "
      "$3 input and $12 output per million tokens.");
  CHECK(said(claims, "price") == std::vector<std::string>{"Lumen-5 | 2 direction=input", "Lumen-5 | 8 direction=output",
                                                          "Lumen-5 Turbo | 3 direction=input",
                                                          "Lumen-5 Turbo | 12 direction=output"});
}

TEST_CASE("a model's price is not also a story event's product price", "[claims][ai][news]") {
  auto claims = extract("Lumen-5 costs $2 input and $8 output per million tokens.");
  CHECK(said(claims, "product_price").empty());
  CHECK(said(claims, "price").size() == 2);
}

TEST_CASE("a spec sheet's title framed by two rules keeps its model in focus", "[claims][ai][focus]") {
  auto claims = extract(
      "----------\n"
      "Lumen-5 by Tandem\n"
      "----------\n"
      "Released: 2026-05-04\n"
      "Input: $2.00 / 1M tokens\n");
  CHECK(said(claims, "price") == std::vector<std::string>{"Lumen-5 | 2 direction=input"});
}

TEST_CASE("a spec sheet's section titles framed by rules keep each section's model", "[claims][ai][focus]") {
  auto claims = extract(
      "Notes: fast. Ask the platform team\n"
      "before you switch.\n\n"
      "----------\n"
      "Anthropic Claude Opus 4.7\n"
      "----------\n"
      "Released: 2026-04-16\n"
      "Input: $5.00 / 1M tokens\n");
  CHECK(said(claims, "price") == std::vector<std::string>{"Claude Opus 4.7 | 5 direction=input"});
}

TEST_CASE("a maker's name before a listed model's is the model", "[claims][ai][names]") {
  auto claims = extract("Anthropic Claude Opus 4.7\n\nInput: $5.00 / 1M tokens\n");
  CHECK(said(claims, "price") == std::vector<std::string>{"Claude Opus 4.7 | 5 direction=input"});
}

TEST_CASE("a badge after a name in a table's subject cell is not part of the name", "[claims][ai][tables]") {
  auto claims = extract(
      "| Model | Input |\n"
      "|---|---|\n"
      "| Lumen-5 NEW | $2.00 |\n"
      "| Nova 3 | $3.00 |\n");
  CHECK(said(claims, "price") == std::vector<std::string>{"Lumen-5 | 2 direction=input", "Nova 3 | 3 direction=input"});
}

TEST_CASE("a listed model written in capitals in a title is that model", "[claims][ai][names]") {
  auto claims = extract(
      "2. CLAUDE OPUS 4.7 - OUR PICK\n\n"
      "It scores 71.0% on Gridlock Verified.\n");
  CHECK(said(claims, "benchmark_score") == std::vector<std::string>{"Claude Opus 4.7 | 71 benchmark=Gridlock Verified"});
}

TEST_CASE("a spec line's product in brackets after the date is where the model shipped", "[claims][ai][focus]") {
  auto claims = extract(
      "Model: Lumen-5\n"
      "Released: 2026-05-04 (ChatGPT)\n");
  CHECK(said(claims, "release_date") == std::vector<std::string>{"Lumen-5 | 2026-05-04"});
}

TEST_CASE("a bare lower-case 'mini' names the page's 'X mini' model", "[claims][ai][names]") {
  auto claims = extract(
      "Orca 3 and Orca 3 mini are out today.\n\n"
      "Orca 3 costs $5 per million input tokens; mini is $0.40 per million input tokens.\n");
  CHECK(said(claims, "price") ==
        std::vector<std::string>{"Orca 3 | 5 direction=input", "Orca 3 mini | 0.4 direction=input"});
}

TEST_CASE("a name in brackets with its own value does not own the value before it", "[claims][ai][focus]") {
  auto claims = extract(
      "## Orca 3\n\n"
      "Orca 3 is the new flagship.\n\n"
      "- Context: 1M tokens (Orca 3 Mini: 256K).\n");
  auto windows = said(claims, "context_window");
  CHECK(std::find(windows.begin(), windows.end(), "Orca 3 | 1e+06") != windows.end());
  CHECK(std::find(windows.begin(), windows.end(), "Orca 3 Mini | 1e+06") == windows.end());
}

TEST_CASE("a valuation a deal sets: 'values X at', 'X at $N after its share sale'", "[claims][ai][makers]") {
  auto claims = extract(
      "Corvid Labs agreed a tender offer that values the start-up at $61 billion.\n\n"
      "Among private labs, Borealis AI at $88 billion after its May share sale leads.\n\n"
      "Is Orca 3 worth $30 per million output tokens?\n");
  CHECK(said(claims, "valuation") ==
        std::vector<std::string>{"Corvid Labs | 6.1e+10", "Borealis AI | 8.8e+10"});
}

TEST_CASE("'at the time' dates a value by the date the sentence before told", "[claims][ai][as-of]") {
  auto claims = extract(
      "Quillpad AI raised $2 billion in a round announced on March 3. Quillpad AI said at the time that it had "
      "40 million weekly users.\n\nQuillpad AI now has 55 million weekly users.\n",
      "2026-09-01");
  std::vector<std::string> as_of;
  for (const Claim& c : claims)
    if (c.attribute == "users") as_of.push_back(c.as_of);
  CHECK(as_of == std::vector<std::string>{"2026-03-03", "2026-09-01"});
}

TEST_CASE("a vendor written before its model is no part of the model's name", "[claims][ai][names]") {
  auto claims = extract(
      "Amazon Orca Grand 2 costs $2.10 per million input tokens.\n\n"
      "Orca Grand 2 reads up to 512K tokens of context.\n\n"
      "Mistral Large 3 costs $1.80 per million input tokens.\n");
  CHECK(said(claims, "price") ==
        std::vector<std::string>{"Orca Grand 2 | 2.1 direction=input", "Mistral Large 3 | 1.8 direction=input"});
}

TEST_CASE("a lettered version is one word after the name, joined by a hyphen or a space", "[claims][ai][names]") {
  auto claims = extract("Zorblax-Q7 has 900B total parameters. Zorblax Q7 has 30B active parameters.\n");
  for (const Claim& c : claims)
    if (c.attribute == "parameters") CHECK(c.subject == "Zorblax Q7");
}

TEST_CASE("a sentence's opening adverb is no part of the name after it", "[claims][ai][names]") {
  auto claims = extract("Frankly Zephyr 3. It costs $0.25 in, $1.10 out, and it is good.\n");
  CHECK(said(claims, "price") ==
        std::vector<std::string>{"Zephyr 3 | 0.25 direction=input", "Zephyr 3 | 1.1 direction=output"});
}

TEST_CASE("'Scout' and 'Maverick' are editions: 'X 5 Scout' is not 'X 5'", "[claims][ai][names]") {
  auto claims = extract(
      "Orca 5 has 2 trillion total parameters. Orca 5 Scout keeps the design at a smaller scale: "
      "150 billion parameters in total.\n");
  CHECK(said(claims, "parameters") ==
        std::vector<std::string>{"Orca 5 | 2e+12 scope=total", "Orca 5 Scout | 1.5e+11 scope=total"});
}

TEST_CASE("an app a model is reached through is no owner of the model's values", "[claims][ai][focus]") {
  // "Llama" is a listed product (rules/entities); "Llama 5" the model.
  auto claims = extract("Nobody liked the old one. Llama 5 via the Llama API is $1.10/$3.40 and it's 2.4T total.\n");
  for (const Claim& c : claims)
    if (c.attribute == "price" || c.attribute == "parameters") CHECK(c.subject == "Llama 5");
}

TEST_CASE("a size told as an adjective of the name after it is that name's alone", "[claims][ai][lists]") {
  auto claims = extract("Orca 5 arrived in April, and the 14.8-billion-parameter Kite 2 came out in May.\n");
  CHECK(said(claims, "parameters") == std::vector<std::string>{"Kite 2 | 1.48e+10 scope=total"});
}

TEST_CASE("a vendor reporting a model's score on a page about the model gives it to the model", "[claims][ai][focus]") {
  auto claims = extract(
      "# Kite 7 review: Tandem's reasoning model is cheap\n\n"
      "I tested it for a week on my own problems, and the results were mixed.\n\n"
      "Some days it was slow. Other days it was fine. The docs are thin.\n\n"
      "The app is pleasant. The API is stable. Support answered within a day.\n\n"
      "Tandem Labs reports 88.1% on PuzzleBench 2026.\n");
  CHECK(said(claims, "benchmark_score") == std::vector<std::string>{"Kite 7 | 88.1 benchmark=PuzzleBench"});
}

TEST_CASE("'said in September that it had N users' dates the figure by when it was said", "[claims][ai][as-of]") {
  auto claims = extract(
      "Quillpad AI said in March, when it raised at a $9 billion valuation, that it had 40 million weekly users.\n\n"
      "Quillpad AI now has 55 million weekly users.\n",
      "2026-09-01");
  std::vector<std::string> as_of;
  for (const Claim& c : claims)
    if (c.attribute == "users") as_of.push_back(c.as_of);
  CHECK(as_of == std::vector<std::string>{"2026-03-31", "2026-09-01"});
}
