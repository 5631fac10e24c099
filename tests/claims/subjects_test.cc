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
