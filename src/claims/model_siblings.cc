// Other versions of a named model; see model_siblings.h.
#include "claims/model_siblings.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>

#include <re2/re2.h>

namespace claimcheck::claims {
namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

struct Family {
  std::string head;      // the canonical name before the family word: "Kimi "
  std::string word;      // written just before the version: "K", "GPT-", "Opus "
  std::string version;   // the named model's own version: "2.6"
};

// "Kimi K2.6" -> {"Kimi ", "K", "2.6"}; "Claude Opus 4.7" -> {"Claude ", "Opus ", "4.7"};
// "Q7" -> {"", "Q", "7"}.  Names whose version is not the end of a word give none.
std::optional<Family> family_of(const std::string& canonical) {
  static const RE2 shape("(.*?)([A-Za-z]+[ -]?)([0-9]+(?:\\.[0-9]+)?)(?:[ -][A-Za-z][A-Za-z-]*)*");
  std::string head, word, version;
  if (!RE2::FullMatch(canonical, shape, &head, &word, &version)) return std::nullopt;
  return Family{head, word, version};
}

// A line word long enough to name one vendor's line: "Opus ", "Sonnet ".
bool distinctive_line(const std::string& word) {
  std::size_t letters = 0;
  for (char c : word) letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
  return letters >= 4;
}

}  // namespace

void learn_family_head(const std::string& canonical, const std::string& alias, FamilyHeads* heads) {
  if (alias.size() >= canonical.size() || canonical.compare(canonical.size() - alias.size(), alias.size(), alias) != 0 ||
      canonical[canonical.size() - alias.size() - 1] != ' ')
    return;
  auto f = family_of(alias);
  if (!f || !f->head.empty() || !distinctive_line(f->word)) return;
  const std::string head = canonical.substr(0, canonical.size() - alias.size());
  auto [it, fresh] = heads->emplace(f->word, head);
  if (!fresh && it->second != head) it->second.clear();  // two brands write this line: none is sure
}

void complete_family_heads(const FamilyHeads& gazetteer, const std::function<bool(std::string_view)>& is_brand,
                           std::vector<Mention>* mentions) {
  FamilyHeads heads = gazetteer;
  for (const Mention& m : *mentions)  // the text's own branded names win
    if (m.kind == "model")
      if (auto f = family_of(m.canonical); f && !f->head.empty() && distinctive_line(f->word) &&
                                           is_brand(std::string_view(f->head).substr(0, f->head.size() - 1)))
        heads[f->word] = f->head;
  for (Mention& m : *mentions) {
    if (m.kind != "model" || m.listed) continue;
    auto f = family_of(m.canonical);
    if (!f || !f->head.empty()) continue;
    auto it = heads.find(f->word);
    if (it != heads.end() && !it->second.empty()) m.canonical = it->second + m.canonical;
  }
}

void add_sibling_mentions(std::string_view text, std::vector<Mention>* mentions) {
  std::map<std::string, Family> families;  // family word -> family (first name wins)
  for (const Mention& m : *mentions)
    if (m.kind == "model")
      if (auto f = family_of(m.canonical)) families.emplace(f->word, *f);
  if (families.empty()) return;
  std::vector<Mention> added;
  for (const auto& [word, family] : families) {
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      if (at > 0 && (is_word(text[at - 1]) || text[at - 1] == '-')) continue;
      std::size_t v = at + word.size(), e = v;
      while (e < text.size() && (is_digit(text[e]) || (text[e] == '.' && e + 1 < text.size() && is_digit(text[e + 1]))))
        ++e;
      if (e == v || (e < text.size() && (is_word(text[e]) || text[e] == '-'))) continue;
      std::string_view version = text.substr(v, e - v);
      if (version == family.version) continue;
      // "Q3 2026" is a quarter, not a model.
      if (e + 5 <= text.size() && text[e] == ' ' && is_digit(text[e + 1]) && is_digit(text[e + 4])) continue;
      auto inside = [&](const Mention& m) { return m.begin < e && m.end > at; };
      if (std::any_of(mentions->begin(), mentions->end(), inside)) continue;
      added.push_back({at, e, family.head + word + std::string(version), "model", false});
    }
  }
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace claimcheck::claims
