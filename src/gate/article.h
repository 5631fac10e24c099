#pragma once
// An article under review: read, stripped of markup, its claims extracted,
// exactly as `claimcheck ingest` would store it, but nothing is written.
//
//   auto extractor = claims::Extractor::load();
//   gate::Article a = gate::load_article("news/gpt55.md", *extractor);
//   a.claims            claims with line/column in news/gpt55.md
//   a.info              what --ingest stores (title/date from front matter,
//                       manifest.json or the text, content hash)
#include <string>
#include <vector>

#include "claimcheck/claim.h"
#include "claims/extractor.h"
#include "claimcheck/document.h"
#include "stories/sketch.h"
#include "store/store.h"

namespace claimcheck::gate {

struct Article {
  std::string path;            // as given on the command line (also the document id)
  std::string original;        // the bytes as read (accept markers are looked up here)
  store::DocumentInfo info;    // the record --ingest would write
  std::vector<Claim> claims;   // in document order
  stories::Sketch sketch;      // what it is about (place_in_stories)
};

// Throws claimcheck::Error (exit 2) when the file cannot be read or is not
// UTF-8 text.  Markdown/HTML are chosen by extension (text::markup_for_path).
// Known metadata, first found wins: front matter / HTML head, manifest.json
// beside the file, then what the extractor reads in the text (dateline, headline).
Article load_article(const std::string& path, const claims::Extractor& extractor);

}  // namespace claimcheck::gate

namespace claimcheck::gate {

// load_article for each path, in order; a path named twice is read once.
std::vector<Article> load_articles(const std::vector<std::string>& paths, const claims::Extractor& extractor);

// Finds each article's story as ingest would (stories/index.h) from the
// stored sketches, without writing: the story of the most similar stored
// article, or of an earlier article of the same check, or a new one.  Sets
// info.story and info.story_entries (what --ingest stores) and scopes the
// articles' event claims to their story.
void place_in_stories(const store::Store& store, std::vector<Article>& articles);

}  // namespace claimcheck::gate
