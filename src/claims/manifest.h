#pragma once
// The corpus manifest: corpus/manifest.json gives each article's title and
// date, which the text alone may not state.
//
//   {"articles": [{"file": "000_x.txt", "title": null, "date": "2026-04-27"}, ...]}
//
// Example: meta_from_manifest("corpus/000_x.txt") reads corpus/manifest.json
// (if there is one beside the file) and returns {title "", date "2026-04-27"}.
#include <map>
#include <optional>
#include <string>

#include "claims/extractor.h"

namespace claimcheck::claims {

class Manifest {
 public:
  // Parses a manifest file; throws claimcheck::Error on bad JSON.
  static Manifest read(const std::string& path);
  // The manifest.json in the directory of `article_path`, if there is one.
  static std::optional<Manifest> beside(const std::string& article_path);

  // Meta of an article by file name (no directory); empty when not listed.
  ArticleMeta lookup(const std::string& file_name) const;
  std::size_t size() const { return articles_.size(); }

 private:
  std::map<std::string, ArticleMeta> articles_;
};

// What the manifest beside `article_path` says about it ({} when none).
ArticleMeta meta_from_manifest(const std::string& article_path);

}  // namespace claimcheck::claims
