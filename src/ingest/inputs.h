#pragma once
// Which files an ingest reads: the paths named on the command line, and the
// article files under named directories.
#include <string>
#include <vector>

namespace claimcheck::ingest {

struct Input {
  std::string path;   // as read ("-" = standard input)
  std::string error;  // why it cannot be read ("" = fine); reported, counted as failed
};

// File extensions an ingest picks up inside directories.
bool is_article_file(const std::string& path);

// Files as given (any extension: the user named them); directories walked
// recursively in name order, taking article files and skipping hidden entries
// (.git, .claimcheck); "-" kept.  A path that does not exist becomes an Input
// with an error, so one typo does not stop a batch.
std::vector<Input> collect_inputs(const std::vector<std::string>& paths);

}  // namespace claimcheck::ingest
