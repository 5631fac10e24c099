#pragma once
// The ingest `ingest` and `scan` share: the rules loaded (their errors before
// the store is touched), the store opened for writing, progress on a
// terminal, Ctrl-C finishing the document being written.
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "ingest/ingest.h"
#include "store/store.h"

namespace claimcheck::cli {

struct Ingested {
  std::unique_ptr<store::Store> store;
  ingest::IngestSummary summary;
};

// Ingests `paths` into g.db with `options` (jobs, force, lenient... as the command set them).
Ingested ingest_for_command(const std::vector<std::string>& paths, ingest::IngestOptions options, const GlobalOptions& g);

}  // namespace claimcheck::cli
