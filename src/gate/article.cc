#include "gate/article.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "claimcheck/error.h"
#include "claims/manifest.h"
#include "gate/front_matter.h"
#include "ingest/content_hash.h"
#include "stories/index.h"
#include "stories/scope.h"
#include "text/document.h"

namespace claimcheck::gate {
namespace {

std::string read_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw Error(path, "is a directory; name the article files to check");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, std::string("cannot read file: ") + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error(path, "cannot read file: read error");
  return std::move(ss).str();
}

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

Article load_article(const std::string& path, const claims::Extractor& extractor) {
  Article a;
  a.path = path;
  a.original = read_file(path);

  claims::ArticleMeta known = front_matter_meta(a.original);
  claims::ArticleMeta listed = claims::meta_from_manifest(path);
  if (known.title.empty()) known.title = listed.title;
  if (known.date.empty()) known.date = listed.date;

  text::TextOptions options;
  options.markup = text::markup_for_path(path);
  text::Document doc = text::make_document(path, a.original, options);
  claims::Extraction extraction = extractor.extract(doc, known);

  a.info.id = path;
  a.info.path = path;
  a.info.content_hash = ingest::content_hash(a.original);
  a.info.title = extraction.meta.title;
  a.info.date = extraction.meta.date;
  a.info.ingested_at = utc_now();
  a.info.bytes = a.original.size();
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
