#pragma once
// The extraction entry point: one text::Document in, its claims out.
// Rules and gazetteer are loaded once; extract() is const and thread-safe, so
// one Extractor serves every ingest worker.
#include <memory>
#include <string>
#include <vector>

#include "claimcheck/claim.h"
#include "text/document.h"

namespace claimcheck::claims {

// What is known about an article before reading it (manifest, JSONL fields,
// front matter); extract() fills the gaps from the text (dateline, headline).
struct ArticleMeta {
  std::string title;  // "" = unknown
  std::string date;   // ISO publication date, "" = unknown
};

struct Extraction {
  ArticleMeta meta;           // as known after reading the text
  std::vector<Claim> claims;  // in document order
};

class Extractor {
 public:
  // Loads rule packs from `rules_dirs` (empty = the packs built into the
  // binary).  Throws claimcheck::Error naming the file and rule id of a broken
  // rule, with RE2's error, before any article is read.
  static std::unique_ptr<Extractor> load(const std::vector<std::string>& rules_dirs = {});
  virtual ~Extractor() = default;
  virtual Extraction extract(const text::Document& doc, const ArticleMeta& known = {}) const = 0;
};

}  // namespace claimcheck::claims
