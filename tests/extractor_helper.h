#pragma once
// The built-in rules, loaded once per test process (loading compiles every rule),
// and the claims they find in a made-up article.
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/quantity.h"

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

// "subject | value qualifiers" for each claim of `attribute`, in text order.
inline std::vector<std::string> said(const std::vector<Claim>& claims, const std::string& attribute) {
  std::vector<std::string> out;
  for (const Claim& c : claims) {
    if (c.attribute != attribute) continue;
    std::ostringstream s;
    s << c.subject << " | ";
    if (c.value.is_date()) s << iso_date(static_cast<int64_t>(c.value.value));
    else s << c.value.value;
    for (const auto& [k, v] : c.qualifiers) s << " " << k << "=" << v;
    out.push_back(s.str());
  }
  return out;
}

}  // namespace claimcheck::testing
