#pragma once
// `claimcheck repair`: rocksdb::RepairDB plus a check of what survived.
#include <cstdint>
#include <string>
#include <vector>

namespace claimcheck::store {

struct RepairReport {
  uint64_t documents = 0, claims = 0;  // in the store after the repair
  struct Incomplete {
    std::string doc;
    uint64_t claims = 0, expected = 0;  // recovered, and what its record said
    bool record_rebuilt = false;         // the record was lost (title, date... unknown)
  };
  // Documents that lost claims: their records now say what is left, with an
  // empty content hash, so the next `claimcheck ingest` extracts them again.
  std::vector<Incomplete> incomplete;
  uint64_t lost_files = 0;     // table files RocksDB could not read, moved to DIR/lost/
  uint64_t damaged_tables = 0, salvaged_entries = 0;  // tables with bad blocks, and what was read from them
};

// Repairs the database at `path` in place.  Throws claimcheck::Error when the
// directory is not a RocksDB database, is in use by a writer, or cannot be
// repaired.
RepairReport repair_database(const std::string& path);

}  // namespace claimcheck::store
