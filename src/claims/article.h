#pragma once
// An article as every command reads it: one function turns a file (or a JSON
// Lines record) into the text, what the article says about itself, and the
// content hash.  `ingest`, `extract` and `check` (and `check --ingest`) all
// call it, so the same file gets the same date, title, claims, lines and
// columns whichever command reads it (tests/claims/article_test.cc runs the
// same inputs through each command).
//
//   Article a = read_article("news/gpt55.md");
//   a.id == a.path == "news/gpt55.md"; a.markup == text::Markup::markdown
//   a.known == {title and date from front matter / HTML head, else manifest.json}
//   a.content_hash == base::content_hash(a.bytes)
//   text::Document d = make_document(a);        (line/column: text::Document)
//   Extraction x = extractor.extract(d, a.known);
//
// What an article says about itself, first found wins:
//   1. a JSON Lines record's "title" and "date" fields;
//   2. Markdown front matter or an HTML head (claims/front_matter.h);
//   3. the manifest.json beside the file (claims/manifest.h);
//   4. the text itself, read by the extractor (dateline, headline:
//      claims/article_meta.h).
#include <functional>
#include <map>
#include <string>

#include "claimcheck/document.h"
#include "claims/extractor.h"
#include "text/document.h"

namespace claimcheck::claims {

struct Article {
  std::string id;            // the document id: the path as given, the stdin name, or the record's id
  std::string path;          // the file stored with the document; "" for stdin and JSON Lines records
  std::string bytes;         // the text as read
  std::string content_hash;  // of the file's bytes, or of the whole JSON Lines record
  text::Markup markup = text::Markup::plain;  // by extension; plain for stdin and records
  ArticleMeta known;         // title and date known before reading the text (1-3 above)
  std::map<std::string, std::string> metadata;  // kept with the document ("url")
};

struct ReadOptions {
  std::string stdin_name = "<stdin>";  // the id of "-"
  // manifest.json lookup for a file path; default meta_from_manifest (a cache
  // may be passed by callers that read many files of one directory).
  std::function<ArticleMeta(const std::string& path)> manifest;
};

// Reads the file `path` ("-" = standard input).  Throws claimcheck::Error
// naming the path when it cannot be read.
Article read_article(const std::string& path, const ReadOptions& options = {});

// A JSON Lines record (ingest/jsonl_input.h has the parser): its id, text,
// title, date and url; the content hash is over the whole `record` line.
Article article_from_record(std::string id, std::string text, const std::string& record, ArticleMeta known,
                            const std::string& url);

// The record `ingest` and `check --ingest` store for the article once its
// text is read: id, path, content hash, bytes, metadata, and the title and
// date the extraction settled on; ingested_at is now.
DocumentInfo document_info(const Article& a, const ArticleMeta& settled, uint64_t bytes);

// The article's text::Document (markup stripped, normalised, sentences,
// line/column).  `lenient`: invalid UTF-8 becomes U+FFFD instead of an error.
// Moves the bytes out of `a`.
text::Document make_document(Article&& a, bool lenient = false);

}  // namespace claimcheck::claims
