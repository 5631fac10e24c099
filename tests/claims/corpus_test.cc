// The acceptance test the other stages rely on: on the shipped corpus the
// extractor finds at least the claims listed in issue 4, and nothing from page
// furniture.  Each expectation names the article, subject, attribute,
// qualifiers and value (number, ISO date or display form).
#include <catch2/catch.hpp>

#include <filesystem>

#include "claimcheck/json.h"
#include "claims/extractor.h"
#include "claims/manifest.h"
#include "claims/self_test.h"

using namespace claimcheck;
using nlohmann::json;

namespace {

struct Corpus {
  std::map<std::string, claims::Extraction> by_prefix;  // "000" -> claims
};

const Corpus& corpus() {
  static Corpus c = [] {
    Corpus out;
    auto extractor = claims::Extractor::load();
    std::string dir = std::string(CLAIMCHECK_SOURCE_DIR) + "/corpus";
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      if (e.path().extension() != ".txt") continue;
      std::string path = e.path().string();
      text::Document doc = text::load_document(path);
      out.by_prefix[e.path().filename().string().substr(0, 3)] = extractor->extract(doc, claims::meta_from_manifest(path));
    }
    return out;
  }();
  return c;
}

std::string listing(const std::vector<Claim>& claims) {
  std::string s;
  for (const auto& c : claims) {
    s += c.subject + " | " + c.attribute;
    for (const auto& [k, v] : c.qualifiers) s += " " + k + "=" + v;
    s += " | " + display(c.value) + " | " + to_string(c.modality) + "\n";
  }
  return s;
}

void require_claim(const std::string& article, const json& spec) {
  const auto& claims = corpus().by_prefix.at(article).claims;
  bool found = false;
  for (const auto& c : claims) found = found || claims::claim_matches(c, spec);
  INFO("article " << article << " should have " << spec.dump() << "\nit has:\n" << listing(claims));
  CHECK(found);
}

}  // namespace

TEST_CASE("003: release dates, parameter counts and the V4-Flash input price", "[claims][corpus]") {
  require_claim("003", {{"subject", "GPT-5.5"}, {"attribute", "release_date"}, {"value", "2026-04-23"}});
  require_claim("003", {{"subject", "DeepSeek V4"}, {"attribute", "release_date"}, {"value", "2026-04-24"}});
  require_claim("003", {{"subject", "GPT-5.4"}, {"attribute", "release_date"}, {"value", "2026-03-05"}});
  require_claim("003", {{"subject", "DeepSeek V4-Pro"}, {"attribute", "parameters"},
                        {"qualifiers", {{"scope", "total"}}}, {"value", 1.6e12}});
  require_claim("003", {{"subject", "Kimi K2.6"}, {"attribute", "parameters"}, {"value", 1.1e12}});
  require_claim("003", {{"subject", "MiniMax M1"}, {"attribute", "parameters"}, {"value", 4.56e11}});
  require_claim("003", {{"subject", "DeepSeek V4-Flash"}, {"attribute", "price"},
                        {"qualifiers", {{"direction", "input"}}}, {"value", "0.14 USD per 1e6 tokens"}});
}

TEST_CASE("002: narrative and relative dates, prices per direction, parameters, benchmarks", "[claims][corpus]") {
  require_claim("002", {{"subject", "GPT-5.5"}, {"attribute", "release_date"}, {"value", "2026-04-24"}});
  require_claim("002", {{"subject", "DeepSeek V4"}, {"attribute", "release_date"}, {"value", "2026-04-24"}});
  require_claim("002", {{"subject", "GPT-5.5"}, {"attribute", "price"}, {"qualifiers", {{"direction", "input"}}},
                        {"value", "5 USD per 1e6 tokens"}});
  require_claim("002", {{"subject", "GPT-5.5"}, {"attribute", "price"}, {"qualifiers", {{"direction", "output"}}},
                        {"value", "30 USD per 1e6 tokens"}});
  require_claim("002", {{"subject", "DeepSeek V4-Flash"}, {"attribute", "price"},
                        {"qualifiers", {{"direction", "output"}}}, {"value", 0.28}});
  require_claim("002", {{"subject", "DeepSeek V4-Pro"}, {"attribute", "price"}, {"value", 3.48}});
  require_claim("002", {{"subject", "DeepSeek V4-Pro"}, {"attribute", "parameters"},
                        {"qualifiers", {{"scope", "total"}}}, {"value", 1.6e12}});
  require_claim("002", {{"subject", "DeepSeek V4-Pro"}, {"attribute", "parameters"},
                        {"qualifiers", {{"scope", "active"}}}, {"value", 4.9e10}});
  require_claim("002", {{"subject", "DeepSeek V4-Flash"}, {"attribute", "parameters"},
                        {"qualifiers", {{"scope", "total"}}}, {"value", 2.84e11}});
  require_claim("002", {{"subject", "DeepSeek V4-Flash"}, {"attribute", "parameters"},
                        {"qualifiers", {{"scope", "active"}}}, {"value", 1.3e10}});
  require_claim("002", {{"subject", "DeepSeek V4"}, {"attribute", "context_window"}, {"value", 1e6}, {"unit", "tokens"}});
  require_claim("002", {{"subject", "GPT-5.5"}, {"attribute", "benchmark_score"},
                        {"qualifiers", {{"benchmark", "Terminal-Bench 2.0"}}}, {"value", 82.7}});
  require_claim("002", {{"subject", "GPT-5.5"}, {"attribute", "benchmark_score"},
                        {"qualifiers", {{"benchmark", "OSWorld-Verified"}}}, {"value", 78.7}});
}

TEST_CASE("000: context in words, valuations with a lower bound", "[claims][corpus]") {
  require_claim("000", {{"subject", "DeepSeek V4"}, {"attribute", "context_window"}, {"value", 1e6}, {"unit", "words"}});
  require_claim("000", {{"subject", "OpenAI"}, {"attribute", "valuation"}, {"value", 8.52e11}, {"as_of", "2026-03-31"}});
  require_claim("000", {{"subject", "Anthropic"}, {"attribute", "valuation"}, {"value", 1e12}, {"bound", "more_than"}});
}

TEST_CASE("001: a planned release keeps its modality", "[claims][corpus]") {
  require_claim("001", {{"subject", "DeepSeek V4"}, {"attribute", "release_date"}, {"modality", "plan"}});
  const auto& claims = corpus().by_prefix.at("001").claims;
  for (const auto& c : claims)
    if (c.subject == "DeepSeek V4" && c.attribute == "release_date") {
      CHECK(c.value.date_precision == DatePrecision::part_of_month);
      CHECK(iso_date(static_cast<int64_t>(c.value.min)).substr(5, 2) == "02");  // February
    }
}

TEST_CASE("004: OpenAI's valuation, subject taken from focus", "[claims][corpus]") {
  require_claim("004", {{"subject", "OpenAI"}, {"attribute", "valuation"}, {"value", 1.57e11}, {"subject_from_focus", true}});
}

TEST_CASE("no claim comes from page furniture", "[claims][corpus]") {
  for (const auto& [prefix, x] : corpus().by_prefix)
    for (const auto& c : x.claims) {
      INFO(prefix << ": " << c.text << " in: " << c.sentence);
      CHECK(c.sentence.find("Image Source") == std::string::npos);
      CHECK(c.sentence.find("Comparisons6632") == std::string::npos);
      CHECK(c.text != "464");
      CHECK(c.text != "363");
    }
}

TEST_CASE("every claim carries its provenance and a stable id", "[claims][corpus]") {
  for (const auto& [prefix, x] : corpus().by_prefix)
    for (const auto& c : x.claims) {
      INFO(prefix << ": " << c.text);
      CHECK_FALSE(c.doc.empty());
      CHECK(c.line >= 1);
      CHECK(c.column >= 1);
      CHECK(c.end > c.begin);
      CHECK(c.sentence.find(c.text) != std::string::npos);
      CHECK_FALSE(c.rule.empty());
      CHECK(c.id == make_claim_id(c.doc, c.begin, c.end, c.rule));
    }
  // Article dates: the manifest, else the dateline.
  CHECK(corpus().by_prefix.at("000").meta.date == "2026-04-27");
  CHECK(corpus().by_prefix.at("002").meta.date == "2026-04-27");
  CHECK(corpus().by_prefix.at("003").meta.date.empty());
}
