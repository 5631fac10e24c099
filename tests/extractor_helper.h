#pragma once
// The built-in rules, loaded once per test process (loading compiles every rule),
// and the claims they find in a made-up article.
#include <string>
#include <vector>

#include "claims/extractor.h"
#include "text/document.h"

namespace claimcheck::testing {

inline const claims::Extractor& shared_extractor() {
  static auto e = claims::Extractor::load();
  return *e;
}

// The claims of `text` read as the article `name`, dated `date` ("" = undated).
inline std::vector<Claim> extract_claims(const std::string& text, const std::string& date = "",
                                         const std::string& name = "a.txt") {
  claims::ArticleMeta meta;
  meta.date = date;
  return shared_extractor().extract(text::make_document(name, text), meta).claims;
}

}  // namespace claimcheck::testing
