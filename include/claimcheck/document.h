#pragma once
// What is known about a stored document, and the store's counts: public types
// of the pipeline, so the stages after the store (check, report, gate) and the
// article reader (claims/article.h) use them without reaching into the store.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck {

// What the store keeps per document.
struct DocumentInfo {
  std::string id;            // path as given, or the id in a JSONL corpus
  std::string path;          // source path ("" for stdin / JSONL lines)
  std::string content_hash;  // hex hash of the original bytes (base::content_hash)
  std::string title;         // "" = unknown
  std::string date;          // ISO publication date, "" = unknown
  std::string story;         // the event the article is about (stories/), "" = none
  std::string ingested_at;   // ISO 8601 UTC timestamp
  uint64_t bytes = 0;
  std::map<std::string, std::string> metadata;  // url, source, ...
  uint64_t claim_count = 0;  // set by put_document: how many claims the batch stored
  // Entries of the `stories` family this document owns (stories/index.h: its
  // sketch and LSH bands), written in the document's batch; not part of the
  // record.  When the document is replaced or forgotten, each is deleted unless
  // another document has overwritten it since.
  std::vector<std::pair<std::string, std::string>> story_entries;
};

// Counts over the whole store (`claimcheck stats`, report headers).
struct Stats {
  uint64_t documents = 0, claims = 0, subjects = 0, attributes = 0;
  uint64_t bytes_on_disk = 0;
};

// The names the store's callers know them by (store/store.h), available to
// stages that only need the types, not the store.
namespace store {
using DocumentInfo = claimcheck::DocumentInfo;
using Stats = claimcheck::Stats;
}  // namespace store

}  // namespace claimcheck
