// Stories scope event facts: the JSON Lines "story" field, through the real
// extractor, the ingest pipeline, a real store and check::find_conflicts.
// The articles are made up for these tests.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "check/find.h"
#include "claimcheck/attributes.h"
#include "extractor_helper.h"
#include "helpers.h"
#include "ingest/ingest.h"
#include "ingest/keyed.h"
#include "stories/index.h"
#include "stories/scope.h"
#include "store/store.h"
#include "stories/ingest_helper.h"

using namespace claimcheck;
using claimcheck::testing::ingest_and_check;
using claimcheck::testing::TempDir;
using claimcheck::testing::write_file;

namespace {

const claims::Extractor& extractor() { return claimcheck::testing::shared_extractor(); }

std::string line(const std::string& id, const std::string& story, const std::string& text) {
  nlohmann::json j{{"id", id}, {"text", text}};
  if (!story.empty()) j["story"] = story;
  return j.dump() + "\n";
}

std::vector<const Finding*> of_kind(const std::vector<Finding>& all, FindingKind kind, const std::string& attribute) {
  std::vector<const Finding*> out;
  for (const Finding& f : all)
    if (f.kind == kind && f.attribute == attribute) out.push_back(&f);
  return out;
}

const char* kDealA = "Fabrikam said on Monday that Google announced a $32 billion acquisition of Wiz.";
const char* kDealB = "Analysts in Oslo noted that Google announced a $23 billion acquisition of Wiz.";
const char* kDealA2 = "Google announced a $30 billion acquisition of Wiz, the paper wrote.";

}  // namespace

TEST_CASE("a story field scopes event facts: two stories never conflict", "[stories]") {
  REQUIRE(attribute_info("deal_value").event);
  TempDir dir;
  auto findings = ingest_and_check(dir, line("a1", "wiz-2025", kDealA) + line("b1", "wiz-2026", kDealB));
  CHECK(of_kind(findings, FindingKind::conflict, "deal_value").empty());
}

TEST_CASE("a story field scopes event facts: one story conflicts", "[stories]") {
  TempDir dir;
  auto findings = ingest_and_check(
      dir, line("a1", "wiz-2025", kDealA) + line("b1", "wiz-2026", kDealB) + line("a2", "wiz-2025", kDealA2));
  auto conflicts = of_kind(findings, FindingKind::conflict, "deal_value");
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0]->qualifiers.at("story") == "wiz-2025");
  for (const Claim& c : conflicts[0]->claims) CHECK(c.doc != "b1");
  // The record says the story too.
  auto store = store::Store::open(dir / "db", store::Mode::read_only);
  CHECK(store->document("a2")->story == "wiz-2025");
}

TEST_CASE("entity facts are still compared across stories", "[stories]") {
  REQUIRE_FALSE(attribute_info("release_date").event);
  TempDir dir;
  auto findings = ingest_and_check(dir, line("a1", "launch-a", "OpenAI officially released GPT-5.5 on April 23, 2026.") +
                                            line("b1", "launch-b", "OpenAI officially released GPT-5.5 on April 24, 2026."));
  auto conflicts = of_kind(findings, FindingKind::conflict, "release_date");
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0]->qualifiers.count("story") == 0);
}

TEST_CASE("the keyed mapper puts the story in the key and the qualifier", "[stories][cluster]") {
  std::istringstream in(line("a1", "wiz|2025", kDealA) + line("b1", "", kDealB));
  std::ostringstream out, diag;
  ingest::extract_keyed(in, "<test>", extractor(), out, diag);
  CHECK(diag.str().empty());
  std::string keyed = out.str();
  CHECK(keyed.find("Google|deal_value|wiz%7C2025\t") != std::string::npos);
  CHECK(keyed.find("\"story\":\"wiz|2025\"") != std::string::npos);
  // No story field: the mapper cannot group by text, so the article is a story of its own.
  CHECK(keyed.find("Google|deal_value|" + stories::new_story_id("b1") + "\t") != std::string::npos);
}

TEST_CASE("the year of one kind of event: two outlets disagree, a document telling of two is not compared",
          "[stories][news]") {
  TempDir dir;
  const std::string a = "The bullion was stolen from the Carrow vault in 1921, the museum said.";
  const std::string b = "Curators now tie the bars to the 1922 heist at the Carrow vault.";
  auto findings = ingest_and_check(dir, line("a", "vault", a) + line("b", "vault", b));
  auto conflicts = of_kind(findings, FindingKind::conflict, "event_year");
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0]->qualifiers.at("event_kind") == "theft");
  CHECK(conflicts[0]->explanation.find("one year apart") != std::string::npos);

  // c tells of an arrest in 2004 and another in 2009: d's 2006 disagrees with neither.
  TempDir dir2;
  const std::string c = "The landlord was arrested in 2004 for fraud. He was arrested in 2009 for assault.";
  const std::string d = "In 2006, county deputies arrested the landlord on fraud charges.";
  findings = ingest_and_check(dir2, line("c", "landlord", c) + line("d", "landlord", d));
  CHECK(of_kind(findings, FindingKind::conflict, "event_year").empty());
}

TEST_CASE("'arrested 12 years ago' in a dated article is a year, widened by the part of a year 'ago' leaves open",
          "[stories][news]") {
  TempDir dir;
  const std::string a = "Published June 3, 2026\n\nThe caretaker was arrested 12 years ago in Leeds.";
  const std::string b = "Published June 4, 2026\n\nThe caretaker was first arrested in 2013 in Leeds.";
  const std::string c = "Published June 4, 2026\n\nThe caretaker was first arrested in 2010 in Leeds.";
  auto findings = ingest_and_check(dir, line("a", "care", a) + line("b", "care", b));
  CHECK(of_kind(findings, FindingKind::conflict, "event_year").empty());
  CHECK(of_kind(findings, FindingKind::agreement, "event_year").size() == 1);
  TempDir dir2;
  findings = ingest_and_check(dir2, line("a", "care", a) + line("c", "care", c));
  CHECK(of_kind(findings, FindingKind::conflict, "event_year").size() == 1);
}
