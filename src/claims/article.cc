// Reading an article the one way every command does; see article.h.
#include "claims/article.h"

#include "base/clock.h"
#include "base/file.h"
#include "base/hash.h"
#include "claims/front_matter.h"
#include "claims/manifest.h"

namespace claimcheck::claims {

Article read_article(const std::string& path, const ReadOptions& options) {
  Article a;
  const bool from_stdin = path == "-";
  a.id = from_stdin ? options.stdin_name : path;
  a.path = from_stdin ? "" : path;
  a.bytes = base::read_file(path);
  a.content_hash = base::content_hash(a.bytes);
  a.markup = from_stdin ? text::Markup::plain : text::markup_for_path(path);
  a.known = front_matter_meta(a.bytes);  // any file: a .txt may start with front matter too
  if (!from_stdin && (a.known.title.empty() || a.known.date.empty())) {
    ArticleMeta listed = options.manifest ? options.manifest(path) : meta_from_manifest(path);
    if (a.known.title.empty()) a.known.title = listed.title;
    if (a.known.date.empty()) a.known.date = listed.date;
  }
  return a;
}

Article article_from_record(std::string id, std::string text, const std::string& record, ArticleMeta known,
                            const std::string& url) {
  Article a;
  a.id = std::move(id);
  a.bytes = std::move(text);
  a.content_hash = base::content_hash(record);
  a.known = std::move(known);
  if (!url.empty()) a.metadata["url"] = url;
  return a;
}

DocumentInfo document_info(const Article& a, const ArticleMeta& settled, uint64_t bytes) {
  DocumentInfo info;
  info.id = a.id;
  info.path = a.path;
  info.content_hash = a.content_hash;
  info.title = settled.title;
  info.date = settled.date;
  info.ingested_at = base::utc_now();
  info.bytes = bytes;
  info.metadata = a.metadata;
  return info;
}

text::Document make_document(Article&& a, bool lenient) {
  text::TextOptions options;
  options.lenient = lenient;
  options.markup = a.markup;
  return text::make_document(a.id, std::move(a.bytes), options);
}

}  // namespace claimcheck::claims
