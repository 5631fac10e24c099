#pragma once
// Which story an article belongs to.  Articles join a story from a `story`
// field when one is given (JSON Lines), and otherwise from their text: the
// article's MinHash sketch (sketch.h) is looked up through LSH bands kept in
// the store's `stories` column family, the most similar stored article above
// a threshold (and within a date window when both dates are known) gives its
// story, else the article starts a new one named after itself.
//
// Layout of the `stories` family (docs/storage.md):
//   "s" u16 len, doc         -> u16 len story, u16 len date, u32 features, 256 x u32 mins
//   "b" u8 band, u32 value   -> doc id: the latest placed document with that band
//   "o" u16 len, doc         -> what the document wrote (store/, for replace and forget)
//
// Deterministic for a given input order: ingest places documents in input
// order from its single writer, and stories are never merged or renamed
// afterwards, so a story id, once given, stays.
//
//   stories::StoryIndex index(store);
//   auto sketch = stories::sketch_text(doc.normalized);
//   auto placed = index.place(doc.id, date, sketch, /*given=*/"");
//   info.story = placed.story;
//   info.story_entries = index.entries(doc.id, placed.story, date, sketch);
//
// Thread safety: place() and entries() are const and read the store only;
// remember() is not thread-safe.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "stories/sketch.h"
#include "store/store.h"

namespace claimcheck::stories {

struct StoryOptions {
  // Jaccard estimate from which an article joins the story of the most similar
  // one.  Tuned on news-dev (docs/quality.md, tools/eval/story_purity.py):
  // precision first, since a finding across two stories is a hard failure.
  double threshold = 0.12;
  // Articles dated further apart than this are never one story (only when
  // both dates are known).
  int date_window_days = 7;

  // The defaults, with $CLAIMCHECK_STORY_THRESHOLD (a number in 0..1) in
  // place of `threshold` when set: for tuning (tools/eval/story_purity.py).
  static StoryOptions from_environment();
};

// Bands: each of the first kBands minimum hashes is one band (one row per
// band), so two articles with Jaccard 0.12 share a band with probability
// 1 - 0.88^32 = 98 % at the threshold (0.12); the candidates are then checked on all 256 hashes.
inline constexpr std::size_t kBands = 32;

struct Placement {
  std::string story;
  std::string matched_doc;  // the most similar document ("" = a new story or a given one)
  double similarity = 0;
};

// A new story's id: "s-" and 10 hex digits of a hash of the first document's id.
std::string new_story_id(const std::string& doc_id);

class StoryIndex {
 public:
  explicit StoryIndex(const store::Store& store, StoryOptions options = StoryOptions::from_environment());

  // `given` when not empty; otherwise the story of the most similar placed
  // document, or a new story.  An article too thin to place (page furniture,
  // Sketch::placeable) gets a story of its own.
  Placement place(const std::string& doc_id, const std::string& date, const Sketch& sketch,
                  const std::string& given = "") const;

  // The `stories` entries to store with the document: its sketch record and,
  // when it is placeable, its bands.
  std::vector<std::pair<std::string, std::string>> entries(const std::string& doc_id, const std::string& story,
                                                           const std::string& date, const Sketch& sketch) const;

  // Keeps a placed document in memory as if it were stored (the CI gate
  // compares several new articles that are never written).
  void remember(const std::string& doc_id, const std::string& story, const std::string& date, const Sketch& sketch);

 private:
  struct Record {
    std::string story, date;
    Sketch sketch;
  };
  static bool decode(const std::string& value, Record& out);
  std::vector<std::string> band_keys(const Sketch& sketch) const;

  const store::Store& store_;
  StoryOptions options_;
  std::map<std::string, std::string> memory_bands_;  // band key -> doc id
  std::map<std::string, std::string> memory_records_;  // sketch key -> encoded record
};

}  // namespace claimcheck::stories
