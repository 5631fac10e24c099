#pragma once
// Store helpers shared by the suites that run the binary against a real
// database: a corpus of small articles written by the test, and what
// `claimcheck export` says the store holds.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "helpers.h"

namespace claimcheck::testing {

// n small articles DIR/PREFIXi.txt, each with a few claims naming its own number.
inline void write_articles(const std::string& dir, int n, const std::string& prefix = "a") {
  for (int i = 0; i < n; ++i) {
    std::string k = prefix + std::to_string(i);
    write_file(dir + "/" + k + ".txt",
               "Model" + k + " costs $" + std::to_string(1 + i % 50) + " per million input tokens.\n" +
                   "OpenAI released Model" + k + " on April " + std::to_string(1 + i % 28) + ", 2026.\n" +
                   "Model" + k + " has " + std::to_string(7 + i % 90) + " billion parameters.\n");
  }
}

struct Exported {
  int documents = 0, claims = 0;
  bool whole = true;  // every document followed by exactly the claims it says it has, all its own
};

// The store at `db` as `claimcheck export` reads it back.
inline Exported export_of(const std::string& db) {
  RunResult r = run_claimcheck("-q export --db '" + db + "'");
  INFO(r.err);
  REQUIRE(r.status == 0);
  Exported e;
  std::istringstream in(r.out);
  int expected = -1, seen = 0;
  std::string doc;
  for (std::string line; std::getline(in, line);) {
    nlohmann::json j = nlohmann::json::parse(line);
    if (j["type"] == "document") {
      if (expected >= 0 && seen != expected) e.whole = false;
      expected = j["claims"].get<int>();
      seen = 0;
      doc = j["id"];
      ++e.documents;
    } else if (j["type"] == "claim") {
      ++seen;
      ++e.claims;
      if (j["doc"] != doc) e.whole = false;
    }
  }
  if (expected >= 0 && seen != expected) e.whole = false;
  return e;
}

}  // namespace claimcheck::testing
