#pragma once
// `claimcheck repair`: rocksdb::RepairDB plus a check of what survived.
#include <cstdint>
#include <string>
#include <vector>

namespace claimcheck::store {

struct RepairReport {
  uint64_t documents = 0, claims = 0;   // in the store after the repair
  std::vector<std::string> incomplete;  // documents whose claims no longer match their record
  uint64_t lost_files = 0;              // files RocksDB could not use, moved to DIR/lost/
};

// Repairs the database at `path` in place.  Throws claimcheck::Error when the
// directory is not a RocksDB database, is in use by a writer, or cannot be
// repaired.
RepairReport repair_database(const std::string& path);

}  // namespace claimcheck::store
