#pragma once
// Ingest: files in, claims stored.  `claimcheck ingest` and `claimcheck scan`
// both call ingest_paths().
//
//   paths ─► InputStream ───► workers: read, hash, skip if unchanged,
//            (files, dirs,       text::make_document, Extractor::extract
//             JSONL lines, -)
//                                        │  bounded, in input order
//                                        ▼
//                               one writer: Store::put_document (one
//                               WriteBatch per document), diagnostics, progress
//
// The workers only read the store (to skip unchanged documents before paying
// for extraction); the single writer keeps RocksDB's write path uncontended
// and makes the output order the input order whatever --jobs is.
//
// Example:
//   auto store = store::Store::open(".claimcheck", store::Mode::read_write);
//   auto extractor = claims::Extractor::load();
//   IngestSummary s = ingest_paths(*store, *extractor, {"corpus"}, {});
//   std::cerr << summary_line(s) << "\n";
#include <atomic>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "claims/extractor.h"
#include "store/store.h"

namespace claimcheck::ingest {

struct IngestOptions {
  unsigned jobs = 0;            // extraction threads; 0 = one per core
  bool force = false;           // re-extract and replace even unchanged documents
  bool lenient = false;         // invalid UTF-8 becomes U+FFFD instead of failing the file
  bool follow = false;          // read symlinks to files inside walked directories (--follow)
  bool progress = false;        // one self-overwriting progress line on stderr (callers: TTY only)
  std::string stdin_name = "<stdin>";  // document id of `-`
  std::ostream* diagnostics = nullptr; // "file: cause" lines; nullptr = std::cerr
  // Polled between documents: when it becomes true the document being written
  // is finished, nothing new is started, and the summary says interrupted.
  const std::atomic<bool>* stop = nullptr;
};

struct IngestSummary {
  uint64_t added = 0, replaced = 0, unchanged = 0, failed = 0;
  uint64_t claims = 0;  // claims written (added and replaced documents)
  uint64_t bytes = 0;   // bytes read
  double seconds = 0;
  bool interrupted = false;
  uint64_t documents() const { return added + replaced + unchanged + failed; }
};

IngestSummary ingest_paths(store::Store& store, const claims::Extractor& extractor,
                           const std::vector<std::string>& paths, const IngestOptions& options);

// "ingest: 5 documents (3 new, 1 changed, 1 unchanged, 0 failed), 120 claims in 0.41 s (1.2 MB/s)"
std::string summary_line(const IngestSummary& summary);

}  // namespace claimcheck::ingest
