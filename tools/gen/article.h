#pragma once
// One synthetic news article: a headline, a date, paragraphs of ordinary
// reporting around sentences that state facts about a few models.  The fact
// sentences use only phrasings the shipped rules extract; the filler never
// holds a number, so every claim found was put there on purpose.
//
// Example (abridged):
//   Vrazeoki 3.1 Arrives in a Crowded Market
//   Published on 2026-03-02
//
//   Vrazeoki officially released Vrazeoki 3.1 on May 4, 2025.  Vrazeoki 3.1
//   scored 71.3% in SWE-bench Verified tests.  Analysts said ...
#include <cstdint>
#include <string>
#include <vector>

#include "rng.h"
#include "universe.h"

namespace claimcheck::gen {

struct Article {
  std::string id;     // "gen-000042"
  std::string title;
  std::string date;   // ISO publication date
  std::string url;
  std::string body;   // paragraphs, no title or dateline
  std::size_t claims = 0;  // fact sentences' claims, as the rules should find them

  // The .txt form: headline, dateline, blank line, body.
  std::string as_text() const;
};

// Writes article number `index` about models drawn near position `cursor` of
// the universe (a news cycle: neighbouring articles share subjects).
// `mentions` counts, per model and slot, the articles that stated the fact so
// far; the second statement of a planted fact is the wrong value.
class ArticleWriter {
 public:
  ArticleWriter(const Universe& universe, uint64_t seed);
  Article write(std::size_t index, std::size_t cursor);
  // How many articles stated (model, slot).
  unsigned mentions(std::size_t model, Slot slot) const { return mentions_[model * kSlots + int(slot)]; }

 private:
  std::string paragraph_about(std::size_t model, std::size_t& claims);
  Value value_to_state(std::size_t model, Slot slot, const Fact& fact);

  const Universe& universe_;
  uint64_t seed_;
  Rng rng_;
  std::vector<uint8_t> mentions_;
};

}  // namespace claimcheck::gen
