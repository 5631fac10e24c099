#include "gate/article.h"

#include <algorithm>
#include <filesystem>

#include "claimcheck/error.h"
#include "claims/article.h"
#include "stories/index.h"
#include "stories/scope.h"
#include "text/document.h"

namespace claimcheck::gate {

Article load_article(const std::string& path, const claims::Extractor& extractor) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw Error(path, "is a directory; name the article files to check");
  claims::Article article = claims::read_article(path);  // as ingest and extract read it
  Article a;
  a.path = path;
  a.original = article.bytes;
  const claims::ArticleMeta known = article.known;
  const uint64_t bytes = article.bytes.size();
  DocumentInfo info = claims::document_info(article, {}, bytes);
  text::Document doc = claims::make_document(std::move(article));
  claims::Extraction extraction = extractor.extract(doc, known);
  info.title = extraction.meta.title;
  info.date = extraction.meta.date;
  a.info = std::move(info);
  a.claims = std::move(extraction.claims);
  a.sketch = stories::sketch_text(doc.normalized);
  return a;
}

}  // namespace claimcheck::gate

namespace claimcheck::gate {

std::vector<Article> load_articles(const std::vector<std::string>& paths, const claims::Extractor& extractor) {
  std::vector<Article> out;
  for (const std::string& p : paths) {
    if (std::any_of(out.begin(), out.end(), [&](const Article& a) { return a.path == p; })) continue;
    out.push_back(load_article(p, extractor));
  }
  return out;
}

void place_in_stories(const store::Store& store, std::vector<Article>& articles) {
  stories::StoryIndex index(store);
  for (Article& a : articles) {
    a.info.story = index.place(a.info.id, a.info.date, a.sketch).story;
    a.info.story_entries = index.entries(a.info.id, a.info.story, a.info.date, a.sketch);
    stories::scope_to_story(a.claims, a.info.story);
    index.remember(a.info.id, a.info.story, a.info.date, a.sketch);
  }
}

}  // namespace claimcheck::gate
