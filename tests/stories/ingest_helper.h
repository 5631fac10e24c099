#pragma once
// Made-up JSON Lines articles through the real extractor, the ingest pipeline
// and a real store, then check::find_conflicts: what `ingest` and `conflicts`
// give a user, without the binary.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "check/find.h"
#include "extractor_helper.h"
#include "helpers.h"
#include "ingest/ingest.h"
#include "store/store.h"

namespace claimcheck::testing {

// Ingests the file at `path` into `store` with `jobs` jobs; no diagnostics expected.
inline void ingest_file(store::Store& store, const std::string& path, int jobs = 1) {
  std::ostringstream diag;
  ingest::IngestOptions options;
  options.diagnostics = &diag;
  options.jobs = jobs;
  ingest::ingest_paths(store, shared_extractor(), {path}, options);
  REQUIRE(diag.str().empty());
}

// Writes `jsonl` into `dir`, ingests it into dir/db with one job and returns
// every finding.
inline std::vector<Finding> ingest_and_check(const TempDir& dir, const std::string& jsonl) {
  write_file(dir / "corpus.jsonl", jsonl);
  auto store = store::Store::open(dir / "db", store::Mode::read_write);
  ingest_file(*store, dir / "corpus.jsonl");
  return check::find_conflicts(*store);
}

// One JSON Lines article of the made-up story "s1".
inline std::string story_line(const std::string& id, const std::string& text, const std::string& date = "2026-08-04") {
  return nlohmann::json{{"id", id}, {"story", "s1"}, {"date", date}, {"text", text}}.dump() + "\n";
}

// Every finding of the articles in `jsonl`, ingested into a fresh store.
inline std::vector<Finding> findings_of(const std::string& jsonl) {
  TempDir dir;
  return ingest_and_check(dir, jsonl);
}

// The kinds of the findings about `attribute`, in order ("conflict,agreement").
inline std::string kinds_of(const std::vector<Finding>& all, const std::string& attribute) {
  std::string s;
  for (const Finding& f : all)
    if (f.attribute == attribute) s += (s.empty() ? "" : ",") + std::string(to_string(f.kind));
  return s;
}

}  // namespace claimcheck::testing
