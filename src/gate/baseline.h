#pragma once
// The baseline file: findings a team has looked at and accepted, so the gate
// fails only on new ones.  Written by `claimcheck baseline ARTICLE...`, read by
// `claimcheck check --baseline FILE`.  Matched by fingerprint (gate.h), never
// by line number, so editing text above a known finding keeps it accepted.
//
//   {
//     "claimcheck_baseline": 1,
//     "accepted": [
//       {"fingerprint": "3f9c1e0a7b2d4c55", "kind": "conflict", "file": "news/gpt55.md",
//        "line": 5, "message": "GPT-5.5 release date 2026-04-25 conflicts with ..."}
//     ]
//   }
//
// Only "fingerprint" is read back; the other fields are there for the
// reviewer reading the file (and its diff in a pull request).
#include <set>
#include <string>
#include <vector>

namespace claimcheck::gate {

inline constexpr int kBaselineVersion = 1;

struct BaselineEntry {
  std::string fingerprint;
  std::string kind;
  std::string file;   // the article, relative to the repository root
  int line = 0;       // where it was when accepted (informative only)
  std::string message;
};

struct Baseline {
  std::vector<BaselineEntry> entries;
  bool contains(const std::string& fingerprint) const { return fingerprints.count(fingerprint) > 0; }
  std::set<std::string> fingerprints;
};

// Throws claimcheck::Error (exit 2) naming the file when it cannot be read, is
// not JSON, or is not a baseline of a version this build knows.
Baseline read_baseline(const std::string& path);

// The file's text: entries sorted by file, then fingerprint; duplicates dropped.
std::string baseline_text(std::vector<BaselineEntry> entries);

}  // namespace claimcheck::gate
