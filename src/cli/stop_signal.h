#pragma once
// Ctrl-C / SIGTERM for long commands (ingest, scan): the first signal asks the
// pipeline to finish the document being written and stop; the handler is
// reset, so a second signal stops at once.  Whole documents only, either way.
#include <atomic>

namespace claimcheck::cli {

// Installs the handlers and returns the flag they set.
const std::atomic<bool>& install_stop_signal();

}  // namespace claimcheck::cli
