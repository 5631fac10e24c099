#pragma once
// The RocksDB settings of the claim store, in one place so that the reasons
// for them (docs/storage.md, "Bulk ingest") sit next to the numbers.
#include <rocksdb/options.h>

#include <string>
#include <vector>

namespace claimcheck::store {

// The column families, in the order the store keeps their handles.
// `stories` (stories/: story sketches and LSH bands) came after schema 1's
// first release: a writer creates it when it is missing, readers of an older
// database see it empty.
enum Family { kDefault, kDocuments, kClaims, kIndex, kDocClaims, kMeta, kStories, kFamilyCount };
const std::vector<std::string>& family_names();

// Who opens the store: the one writer, or a reader (secondary instance,
// repair, SST writer).  The writer's memtables differ (family_options).
enum class Opener { writer, reader };

rocksdb::DBOptions db_options(Opener opener = Opener::reader);
rocksdb::ColumnFamilyOptions family_options(const std::string& name, Opener opener = Opener::reader);

}  // namespace claimcheck::store
