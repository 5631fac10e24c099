#pragma once
// Which story an article belongs to.  Articles join a story from a `story`
// field when one is given (JSON Lines), and otherwise from their text: the
// article's weighted profile (sketch.h) is looked up through the keys of its
// heaviest features kept in the store's `stories` column family, the most
// similar stored article (cosine) above
// a threshold (and within a date window when both dates are known) gives its
// story, else the article starts a new one named after itself.
//
// Layout of the `stories` family (docs/storage.md):
//   "s" u16 len, doc         -> u16 len story, u16 len date, u32 features, u16 n,
//                               n x (u32 feature hash, u16 weight / 65535): the heaviest kStoredTerms
//   "t" u32 feature hash     -> doc id: the latest placed document with that feature among its kKeyTerms heaviest
//   ("b" keys: sketch version 2's bands, no longer read)
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
  // Cosine from which an article joins the story of the most similar one.
  // Tuned on news-dev (docs/quality.md, tools/eval/story_purity.py):
  // precision first, since a finding across two stories is a hard failure.
  double threshold = 0.30;
  // Articles dated further apart than this are never one story (only when
  // both dates are known).
  int date_window_days = 7;

  // The defaults, with $CLAIMCHECK_STORY_THRESHOLD (a number in 0..1) in
  // place of `threshold` when set: for tuning (tools/eval/story_purity.py).
  static StoryOptions from_environment();
};

// Candidates: the latest document holding each of the article's kKeyTerms
// heaviest features among its own (sketch.h).  Two reports of one event share
// their heaviest names, and a story is a chain, so its latest member suffices;
// on news-dev this finds the same links as comparing with every document.

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
  // when it is placeable, its lookup keys.
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
  std::vector<std::string> lookup_keys(const Sketch& sketch, bool dated) const;

  const store::Store& store_;
  StoryOptions options_;
  std::map<std::string, std::string> memory_keys_;  // lookup key -> doc id
  std::map<std::string, std::string> memory_records_;  // sketch key -> encoded record
};

}  // namespace claimcheck::stories
