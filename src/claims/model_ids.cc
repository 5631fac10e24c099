// Model ids as names; see model_ids.h.
#include "claims/model_ids.h"

#include <algorithm>
#include <cctype>

#include <re2/re2.h>

namespace claimcheck::claims {
namespace {

// Lower-case letters and digits only: "Vega-4 Pro" and "vega-4-pro" fold alike.
std::string folded(std::string_view s) {
  std::string out;
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "vega-4-flash" written the way the page writes its siblings: a page naming
// "Vega-4 Pro" in prose writes the family "Vega-4" and its editions after a
// space, so the id is "Vega-4 Flash" there, and meets other pages' "Vega-4
// Flash".  The slug itself when no model of the page is of its family or a
// part after the family is not an edition word.
std::string written_like_siblings(std::string_view slug, const std::vector<Mention>& mentions) {
  for (const Mention& m : mentions) {
    if (m.kind != "model") continue;
    std::string family = m.canonical;
    if (std::size_t sp = family.find_last_of(' '); sp != std::string::npos && is_edition_word(family.substr(sp + 1)))
      family.resize(sp);
    const std::string fam = folded(family);
    if (fam.empty()) continue;
    // Consume the slug's parts while they spell the family.
    std::string spelled;
    std::size_t at = 0;
    while (at < slug.size() && spelled.size() < fam.size()) {
      std::size_t dash = slug.find('-', at);
      if (dash == std::string_view::npos) dash = slug.size();
      spelled += folded(slug.substr(at, dash - at));
      at = dash + 1;
    }
    if (spelled != fam || at >= slug.size()) continue;
    std::string name = family;
    bool editions = true;
    for (std::size_t b = at; b < slug.size() && editions;) {
      std::size_t dash = slug.find('-', b);
      if (dash == std::string_view::npos) dash = slug.size();
      std::string word(slug.substr(b, dash - b));
      if (!word.empty()) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
      editions = is_edition_word(word);
      name += " " + word;
      b = dash + 1;
    }
    if (editions) return name;
  }
  return std::string(slug);
}

}  // namespace

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
    added.push_back({b, e, written_like_siblings(std::string_view(slug.data(), slug.size()), *mentions), "model", false});
  }
  // "`lumen-5-turbo` is priced at $3": a lower-case id with no vendor names a
  // model when it spells an edition of a model the page names (family, then
  // edition words); a dated or other id stays no name.
  static const RE2 bare("([a-z][a-z0-9.]*(?:-[a-z0-9.]+)+)");
  re2::StringPiece q[2];
  for (pos = 0; pos < text.size() && bare.Match(text, pos, text.size(), RE2::UNANCHORED, q, 2);) {
    std::size_t b = q[1].data() - text.data(), e = b + q[1].size();
    pos = e;
    while (e > b && text[e - 1] == '.') --e;  // a full stop after the id
    if (b > 0 && (std::isalnum(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '/' || text[b - 1] == '.' ||
                  text[b - 1] == '-'))
      continue;
    auto overlaps = [&](const Mention& m) { return m.begin < e && m.end > b; };
    auto inside = [&](const Mention& m) { return m.begin >= b && m.end <= e && m.end - m.begin < e - b; };
    if (std::any_of(added.begin(), added.end(), overlaps)) continue;
    // "`kimi-k2.6-turbo`" may already hold the mention "kimi-k2.6": the whole id is the name.
    if (std::any_of(mentions->begin(), mentions->end(), [&](const Mention& m) { return overlaps(m) && !inside(m); })) continue;
    const std::string_view slug = text.substr(b, e - b);
    std::string name = written_like_siblings(slug, *mentions);
    if (name == slug) continue;
    mentions->erase(std::remove_if(mentions->begin(), mentions->end(), inside), mentions->end());
    added.push_back({b, e, name, "model", false});
  }
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace claimcheck::claims
