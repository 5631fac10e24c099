#pragma once
// The RocksDB settings of the claim store, in one place so that the reasons
// for them (docs/storage.md, "Bulk ingest") sit next to the numbers.
#include <rocksdb/options.h>

#include <string>
#include <vector>

namespace claimcheck::store {

// The column families, in the order the store keeps their handles.
enum Family { kDefault, kDocuments, kClaims, kIndex, kDocClaims, kMeta, kFamilyCount };
const std::vector<std::string>& family_names();

rocksdb::DBOptions db_options();
rocksdb::ColumnFamilyOptions family_options(const std::string& name);

}  // namespace claimcheck::store
