// The ingest `ingest` and `scan` share; see ingest_run.h.
#include "cli/ingest_run.h"

#include <unistd.h>

#include "claims/extractor.h"
#include "cli/stop_signal.h"

namespace claimcheck::cli {

Ingested ingest_for_command(const std::vector<std::string>& paths, ingest::IngestOptions options, const GlobalOptions& g) {
  auto extractor = claims::Extractor::load(g.rules_dirs);  // rule errors before the store is touched
  Ingested out;
  out.store = store::Store::open(g.db, store::Mode::read_write);
  options.progress = !g.quiet && isatty(STDERR_FILENO);
  options.stop = &install_stop_signal();
  out.summary = ingest::ingest_paths(*out.store, *extractor, paths, options);
  return out;
}

}  // namespace claimcheck::cli
