#pragma once
// Which files an ingest reads: the paths named on the command line, and the
// article files under named directories.
#include <memory>
#include <string>
#include <vector>

namespace claimcheck::ingest {

class JsonlCorpus;  // ingest/jsonl_input.h

struct Input {
  std::string path;   // as read ("-" = standard input)
  std::string error;  // why it cannot be read ("" = fine); reported, counted as failed
  // A JSON Lines corpus (.jsonl, .jsonl.gz) becomes one Input per article:
  // article number `article` of `corpus` (null for ordinary files).
  std::shared_ptr<JsonlCorpus> corpus;
  std::size_t article = 0;
};

// File extensions an ingest picks up inside directories.
bool is_article_file(const std::string& path);

// Files as given (any extension: the user named them); directories walked
// recursively in name order, taking article files and skipping hidden entries
// (.git, .claimcheck); "-" kept.  A path that does not exist becomes an Input
// with an error, so one typo does not stop a batch.
// JSON Lines corpora (named, or found in directories) expand into their articles.
std::vector<Input> collect_inputs(const std::vector<std::string>& paths);

}  // namespace claimcheck::ingest
