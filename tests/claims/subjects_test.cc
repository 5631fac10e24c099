// Names: the gazetteer's aliases and the recogniser of names nobody listed.
#include <catch2/catch.hpp>

#include "claims/subjects.h"
#include "rules/rule_set.h"

using namespace claimcheck;
using namespace claimcheck::claims;

namespace {

const SubjectFinder& finder() {
  static auto set = rules::RuleSet::load({});
  static SubjectFinder f(set->entities());
  return f;
}

std::vector<std::string> names(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& m : finder().find(text)) out.push_back(m.canonical);
  return out;
}

}  // namespace

TEST_CASE("aliases map to canonical names", "[claims][subjects]") {
  CHECK(names("DeepSeek's V4 beat V4-Pro and V4-Flash.") ==
        std::vector<std::string>{"DeepSeek V4", "DeepSeek V4-Pro", "DeepSeek V4-Flash"});
  CHECK(names("OpenAI launched GPT-5.5 after GPT-5.4.") == std::vector<std::string>{"OpenAI", "GPT-5.5", "GPT-5.4"});
  CHECK(names("Anthropic's Claude Opus 4.7 trails.") == std::vector<std::string>{"Anthropic", "Claude Opus 4.7"});
}

TEST_CASE("benchmarks are names of their own kind", "[claims][subjects]") {
  auto found = finder().find("It scored 82.7% in Terminal-Bench 2.0 tests.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].canonical == "Terminal-Bench 2.0");
  CHECK(found[0].kind == "benchmark");
}

TEST_CASE("model names nobody listed are recognised by their shape", "[claims][subjects]") {
  CHECK(names("Moonshot shipped Kimi K2.7 today.") == std::vector<std::string>{"Moonshot AI", "Kimi K2.7"});
  CHECK(names("Gemini 3.5 Pro and GLM-6.1 and Qwen4 arrived.") ==
        std::vector<std::string>{"Gemini 3.5 Pro", "GLM-6.1", "Qwen4"});
  CHECK(names("Then Mistral Large 3 came.") == std::vector<std::string>{"Mistral Large 3"});
  auto unlisted = finder().find("Then Zeta-7 came.");
  REQUIRE(unlisted.size() == 1);
  CHECK_FALSE(unlisted[0].listed);
}

TEST_CASE("dates, counts and headings are not model names", "[claims][subjects]") {
  CHECK(names("In April 2026, over 400 days passed.").empty());
  CHECK(names("Over 400 users. Top 10 list. By 2030 AGI. Late 2026 to 2027.").empty());
  CHECK(names("Comparisons6632").empty());
  CHECK(names("Step 3 and Section 2.1 follow.").empty());
}

TEST_CASE("organisations nobody listed are found by a company word or verb, then everywhere", "[claims][subjects]") {
  auto found = finder().find("Corvid Labs shipped Nimbus 4.1 Pro. Later, Corvid said the model sells well.");
  std::vector<std::string> kinds, canonical;
  for (const auto& m : found) kinds.push_back(m.kind), canonical.push_back(m.canonical);
  CHECK(canonical == std::vector<std::string>{"Corvid Labs", "Nimbus 4.1 Pro", "Corvid Labs"});
  CHECK(kinds == std::vector<std::string>{"company", "model", "company"});
  // A capitalised word that merely starts a sentence is no company.
  CHECK(names("The report launched a debate.").empty());
}

TEST_CASE("a bare edition word and an API model id name the model of the text", "[claims][subjects]") {
  CHECK(names("Vega-9 Flash is new. Flash is fast, and Flash's price is low.") ==
        std::vector<std::string>{"Vega-9 Flash", "Vega-9 Flash", "Vega-9 Flash"});
  // Two models share the edition: the bare word stays unnamed.
  CHECK(names("Vega-9 Pro and Orion-3 Pro both ship. Pro users rejoice.") ==
        std::vector<std::string>{"Vega-9 Pro", "Orion-3 Pro"});
  CHECK(names("Nimbus 4.1 Pro is here: call `corvid/nimbus-4.1-pro-2026-07-01` today.") ==
        std::vector<std::string>{"Nimbus 4.1 Pro", "Nimbus 4.1 Pro"});
}

TEST_CASE("no names from dates, quarters or counters next to a number", "[claims][subjects]") {
  CHECK(names("Starting May 14 the app is free.").empty());
  CHECK(names("FRIDAY 8:30 PM at the hall.").empty());
  CHECK(names("Profit rose in Q3 and again in Q4.").empty());
  CHECK(names("Q7-Turbo is faster than Q7.") == std::vector<std::string>{"Q7-Turbo", "Q7"});
  CHECK(names("K3.2 ships today.") == std::vector<std::string>{"K3.2"});
}

TEST_CASE("a size written into a model's name makes a variant of its own", "[claims][subjects]") {
  CHECK(names("Zeta-3-70B and Zeta-3-8B-Instruct trail Zeta-3 itself.") ==
        std::vector<std::string>{"Zeta-3-70B", "Zeta-3-8B-Instruct", "Zeta-3"});
  CHECK(names("Brisk4.1-480B-A35B is the open one.") == std::vector<std::string>{"Brisk4.1-480B-A35B"});
}
