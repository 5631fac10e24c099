#include <algorithm>
// Loading rule packs: the shipped ones, and broken ones reported with file,
// rule id and RE2's error.
#include <catch2/catch.hpp>

#include "claimcheck/error.h"
#include "rules/fragments.h"
#include "rules/placeholder.h"
#include "rules/rule_set.h"

using namespace claimcheck;
using namespace claimcheck::rules;

namespace {

std::string load_error(const std::string& contents, const std::string& path = "rules/test/bad.json") {
  try {
    RuleSet::from_sources({{path, "test", contents}});
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("the shipped packs load and cover both topics", "[rules]") {
  auto set = RuleSet::load({});
  REQUIRE(set->rules().size() > 20);
  bool ai = false, business = false;
  for (const auto& r : set->rules()) {
    ai = ai || r.id.rfind("ai-models/", 0) == 0;
    business = business || r.id.rfind("business/", 0) == 0;
    CHECK_FALSE(r.examples.empty());  // every shipped rule carries its own examples
  }
  CHECK(ai);
  CHECK(business);
  CHECK(set->entities().size() > 50);
  CHECK(set->modality_cues().size() == 7);  // rumour, hearsay (segment), stated, plan, plan (segment), estimate, reported
}

TEST_CASE("a broken pattern names the file, line, rule id and RE2's error", "[rules]") {
  std::string err = load_error(R"({
    "rules": [
      {"id": "price.bad", "attribute": "price", "pattern": "{money} (for input"}
    ]
  })");
  CHECK_THAT(err, Catch::Contains("rules/test/bad.json:3"));
  CHECK_THAT(err, Catch::Contains("test/price.bad"));
  CHECK_THAT(err, Catch::Contains("missing )"));
}

TEST_CASE("a word boundary right after a value, which can never match, is reported", "[rules]") {
  std::string err = load_error(R"({
    "rules": [
      {"id": "shots.bad", "attribute": "deaths", "pattern": "fired {number:shots}\\b"}
    ]
  })");
  CHECK_THAT(err, Catch::Contains("rules/test/bad.json:3"));
  CHECK_THAT(err, Catch::Contains("right after a value never matches"));
  CHECK(load_error(R"({"rules": [{"id": "ok", "attribute": "deaths", "pattern": "\\bfired {number}"}]})").empty());
}

TEST_CASE("an unknown fragment and a missing value are reported", "[rules]") {
  CHECK_THAT(load_error(R"({"rules": [{"id": "x", "attribute": "price", "pattern": "{mony} for input"}]})"),
             Catch::Contains("unknown fragment {mony}"));
  CHECK_THAT(load_error(R"({"rules": [{"id": "x", "attribute": "price", "pattern": "for input"}]})"),
             Catch::Contains("has no value"));
  CHECK_THAT(load_error(R"({"rules": [{"id": "x", "attribute": "price", "pattern": "{money}", "modality": "maybe"}]})"),
             Catch::Contains("unknown modality 'maybe'"));
}

TEST_CASE("a scope that takes its value from the text needs a group in its cue", "[rules]") {
  CHECK_THAT(load_error(R"({"scopes": [{"qualifier": "place", "value": "capture", "cue": "^In [A-Z][a-z]+,"}]})"),
             Catch::Contains("value \"capture\" needs a group"));
  CHECK(load_error(R"({"scopes": [{"qualifier": "place", "value": "capture", "cue": "^In ([A-Z][a-z]+),"}]})").empty());
}

TEST_CASE("bad JSON is reported with line and column", "[rules]") {
  std::string err = load_error("{\n  \"rules\": [\n    {\"id\": \"x\",, }\n  ]\n}");
  CHECK_THAT(err, Catch::Contains("bad.json:3:"));
  CHECK_THAT(err, Catch::Contains("invalid JSON"));
}

TEST_CASE("duplicate rule ids are refused", "[rules]") {
  CHECK_THAT(load_error(R"({"rules": [{"id": "x", "attribute": "a", "pattern": "{money}"},
                                      {"id": "x", "attribute": "a", "pattern": "{number}"}]})"),
             Catch::Contains("defined twice"));
}

TEST_CASE("fragments expand to placeholder groups; repetitions stay", "[rules]") {
  std::map<std::string, Fragment> fragments;
  fragments["direction"] = {"input|output", "direction", {}};
  Expansion x = expand_fragments("{money} for {direction}, {money} a{2}", fragments);
  CHECK(x.value_groups == std::vector<std::string>{"money", "money_2"});
  CHECK_THAT(x.pattern, Catch::Contains("(?P<direction>(?:input|output))"));
  CHECK_THAT(x.pattern, Catch::Contains("a{2}"));
  RE2 re(x.pattern);
  REQUIRE(re.ok());
  std::string masked = placeholder("money", 3) + " for output, " + placeholder("money", 4) + " aa";
  std::string first, direction, second;
  CHECK(RE2::PartialMatch(masked, re, &first, &direction, &second));
  CHECK(first == "3");
  CHECK(direction == "output");
  CHECK(second == "4");
}

TEST_CASE("{time} and {age} match clock-time and age placeholders; {quantity} takes neither", "[rules]") {
  std::map<std::string, Fragment> fragments;
  Expansion x = expand_fragments("at {time}, a {age} said", fragments);
  CHECK(x.value_groups == std::vector<std::string>{"time", "age"});
  RE2 re(x.pattern);
  REQUIRE(re.ok());
  std::string t, a;
  CHECK(RE2::PartialMatch("at " + placeholder("time", 2) + ", a " + placeholder("age", 3, "year") + " said", re, &t, &a));
  CHECK(t == "2");
  CHECK(a == "3");
  RE2 any(expand_fragments("{quantity}", fragments).pattern);
  CHECK_FALSE(RE2::PartialMatch(placeholder("time", 1), any));
  CHECK_FALSE(RE2::PartialMatch(placeholder("age", 1, "year"), any));
  CHECK(RE2::PartialMatch(placeholder("duration", 1, "year"), any));
  CHECK(kinds_of_value_fragment("quantity").size() == 5);
}

TEST_CASE("one RE2::Set pass selects only the rules that can match", "[rules]") {
  auto set = RuleSet::from_sources({{"t.json", "t", R"({
    "rules": [
      {"id": "a", "attribute": "price", "pattern": "costs {money}"},
      {"id": "b", "attribute": "parameters", "pattern": "{number} parameters"}
    ]})"}});
  std::vector<int> hits;
  set->candidates("It costs " + placeholder("money", 0) + ".", &hits);
  CHECK(hits == std::vector<int>{0});
  set->candidates("nothing here", &hits);
  CHECK(hits.empty());
}

// The candidate pass is a literal prefilter (rule_set.cc, compile_set): it must
// never leave out a rule whose regex matches.  candidates() is exactly the rules
// whose regex matches; potentials() may hold more, never fewer.
TEST_CASE("the literal prefilter keeps every rule whose regex matches", "[rules]") {
  auto set = RuleSet::load({});
  std::vector<std::string> texts;
  int n = 0;
  for (const auto& r : set->rules()) {
    for (const auto& e : r.examples) texts.push_back(e.text);
    for (const auto& c : r.counter_examples) texts.push_back(c);
  }
  // Masked forms of the same texts: each number a placeholder of each value kind.
  std::size_t raw = texts.size();
  for (std::size_t i = 0; i < raw; ++i)
    for (const char* kind : {"number", "money", "percent", "date", "age", "duration", "subj"}) {
      std::string masked = texts[i];
      RE2::GlobalReplace(&masked, RE2("[0-9][0-9.,]*"), placeholder(kind, static_cast<std::size_t>(n++ % 9)));
      texts.push_back(masked);
    }
  texts.push_back("OpenAI (" + placeholder("subj", 0) + ") RELEASED " + placeholder("subj", 1) + " ON " + placeholder("date", 2) + ".");
  std::size_t matched = 0;
  std::vector<int> candidates, potentials;
  for (const auto& t : texts) {
    std::vector<int> all;
    for (std::size_t i = 0; i < set->rules().size(); ++i)
      if (RE2::PartialMatch(t, set->regex(i))) all.push_back(static_cast<int>(i));
    set->candidates(t, &candidates);
    set->potentials(t, &potentials);
    INFO(t);
    CHECK(candidates == all);
    CHECK(std::includes(potentials.begin(), potentials.end(), all.begin(), all.end()));
    matched += all.size();
  }
  CHECK(matched > 0);
  // Article text has no placeholders: every shipped rule needs one, so none is even a potential.
  set->potentials("Maria Lopez, who died on Tuesday at age 91, was 40 when she joined the team; "
                  "Acme released Zephyr-7 on May 8, 2007, for $5 per million input tokens.", &potentials);
  CHECK(potentials.empty());
}

TEST_CASE("qualifier values are normalised through the fragment's map", "[rules]") {
  auto set = RuleSet::load({});
  CHECK(set->qualifier_value("direction", "Cache Hit") == "cache_hit");
  CHECK(set->qualifier_value("scope", "activated") == "active");
  CHECK(set->qualifier_value("direction", "output") == "output");
}
