#pragma once
// Finding the names claims are about.
//
// Two sources, merged (the longer name wins an overlap; on a tie, the gazetteer):
//   1. the gazetteer (rules/entities/*.json): aliases -> canonical names,
//      "DeepSeek's V4" -> "DeepSeek V4", "V4-Pro" -> "DeepSeek V4-Pro";
//   2. a recogniser of model and product names nobody listed: capitalised
//      words followed by a version, "Kimi K2.6", "Gemini 3.1 Pro", "GLM-5.1",
//      "Qwen3", "Nano Banana 2" (but not "April 2026", "Over 400" or "Top 10");
//   3. a recogniser of organisations nobody listed, by how the text treats
//      them: a company word after the name ("Halcyon Labs", "Borealis AI"),
//      a company verb after it ("Borealis raised", "Kestrel released"), or a
//      possessive before a model ("Borealis's Zephyr-3"); once found, every
//      other mention of the same name in the text is the company too.
// Benchmarks are names too (kind "benchmark"); rules see them as {benchmark}.
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "rules/rule.h"

namespace claimcheck::claims {

struct Mention {
  std::size_t begin = 0, end = 0;  // offsets into the text searched, end exclusive
  std::string canonical;           // "DeepSeek V4-Pro"
  std::string kind;                // "model", "company", "product", "benchmark"
  bool listed = true;              // from the gazetteer (false: recognised by shape)
};

// Whether `word` ends a model name and tells its variant ("Pro", "Flash", "Max", ...).
bool is_edition_word(std::string_view word);

class SubjectFinder {
 public:
  explicit SubjectFinder(const std::vector<rules::Entity>& entities);
  // Every mention in `text`, in text order, not overlapping.
  std::vector<Mention> find(std::string_view text) const;

 private:
  void find_listed(std::string_view text, std::vector<Mention>* out) const;
  void find_unlisted(std::string_view text, std::vector<Mention>* out) const;
  void add_id_mentions(std::string_view text, std::vector<Mention>* mentions) const;
  void add_edition_mentions(std::string_view text, std::vector<Mention>* mentions) const;
  void find_organisations(std::string_view text, const std::vector<Mention>& models, std::vector<Mention>* out) const;

  struct Alias {
    std::string canonical, kind;
  };
  std::vector<std::pair<std::string, Alias>> aliases_;  // surface form -> entity
  std::unordered_map<std::string, Alias> by_surface_;   // first (longest-sorted) wins
  std::unordered_map<std::string, Alias> by_lowered_;   // lower-cased surface: "CLAUDE OPUS 4.7" in a title in capitals
  std::unique_ptr<RE2> listed_;                          // all aliases, leftmost-longest
  RE2 unlisted_;
  RE2 organisation_;
  std::map<std::string, std::string, std::less<>> family_heads_;  // model_siblings.h: "Opus " -> "Claude "  // a capitalised name followed by a company word or verb
};

}  // namespace claimcheck::claims
