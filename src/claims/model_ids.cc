// Model ids as names; see model_ids.h.
#include "claims/model_ids.h"

#include <algorithm>
#include <cctype>

#include <re2/re2.h>

namespace claimcheck::claims {

void add_unnamed_id_mentions(std::string_view text, std::vector<Mention>* mentions) {
  static const RE2 id("([a-z0-9][a-z0-9_-]*)/([a-z0-9][a-z0-9._-]*[a-z0-9])");
  std::vector<Mention> added;
  std::size_t pos = 0;
  re2::StringPiece g[3];  // the id, its vendor, its slug
  while (pos < text.size() && id.Match(text, pos, text.size(), RE2::UNANCHORED, g, 3)) {
    const re2::StringPiece slug = g[2];
    std::size_t b = g[0].data() - text.data(), e = b + g[0].size();
    pos = e;
    // Part of a URL or a path ("example.com/v2/...", "a/b/c"): no model id.
    if (b > 0 && (std::isalnum(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '/' || text[b - 1] == '.'))
      continue;
    if (e < text.size() && (text[e] == '/' || std::isalnum(static_cast<unsigned char>(text[e])))) continue;
    auto has = [](re2::StringPiece s, int (*is)(int)) {
      return std::any_of(s.begin(), s.end(), [&](char c) { return is(static_cast<unsigned char>(c)) != 0; });
    };
    if (!has(g[1], std::isalpha) || !has(slug, std::isdigit)) continue;  // "24/7", "and/or"
    auto overlaps = [&](const Mention& m) { return m.begin < e && m.end > b; };
    if (std::any_of(mentions->begin(), mentions->end(), overlaps)) continue;
    added.push_back({b, e, std::string(slug.data(), slug.size()), "model", false});
  }
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace claimcheck::claims
