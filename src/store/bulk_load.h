#pragma once
// Bulk loading of documents that are not in the store yet, for large imports
// (`claimcheck import` of a cluster's keyed claims, docs/cluster.md).
//
// Each document's entries come from document_entries() -- the very entries
// put_document writes -- and are buffered per column family.  When the buffers
// hold `chunk_bytes`, each family's buffer is sorted and written as one SST
// file (rocksdb::SstFileWriter) in a temporary directory inside the database,
// and emptied.  commit() writes the last chunk and moves every file into the
// database with Store::ingest_files, one step that is atomic across families:
// before it nothing of the load is visible, after it all of it is, and a crash
// or failure in between leaves the database as it was.
//
// Memory is bounded by chunk_bytes (plus the caller's claims), not by the
// size of the load.  Chunks are sorted separately, so a load of several chunks
// gives several SST files per family with overlapping key ranges; RocksDB puts
// them in level 0 and merges them in its background compactions.
//
// Example:
//   store::BulkLoad load(*store);
//   for (auto& [doc, claims] : documents)
//     if (!store->document(doc.id)) load.add(doc, claims);
//   load.commit();
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "claimcheck/claim.h"
#include "store/rocks_options.h"
#include "store/store.h"

namespace claimcheck::store {

class BulkLoad {
 public:
  // 256 MiB of encoded entries is about 500,000 claims per chunk: few files for
  // the imports a CI gate needs, and little enough memory on a build machine.
  static constexpr std::size_t kDefaultChunkBytes = std::size_t(256) << 20;

  // Removes what an interrupted load left in the database directory.  Throws
  // claimcheck::Error if the store is read-only or the directory cannot be made.
  explicit BulkLoad(Store& store, std::size_t chunk_bytes = kDefaultChunkBytes);
  // Removes the temporary directory; without commit() nothing was loaded.
  ~BulkLoad();
  BulkLoad(const BulkLoad&) = delete;
  BulkLoad& operator=(const BulkLoad&) = delete;

  // Adds a document that is not in the store and was not added before (the
  // caller checks: a stored document goes through put_document, which deletes
  // its old claims).  Returns the number of claims it will store.
  uint64_t add(const DocumentInfo& doc, const std::vector<Claim>& claims);
  // Writes the last chunk and ingests every file.  Throws claimcheck::Error
  // naming the file or the database when RocksDB fails; nothing is loaded then.
  void commit();

  std::size_t files_written() const;  // SST files so far, all families
  const std::string& directory() const { return dir_; }

 private:
  // One family's entries of the current chunk: keys and values back to back
  // in one arena (two allocations per chunk instead of two per entry).
  struct Entry {
    std::size_t offset;
    uint32_t key_size, value_size;
  };
  struct Buffer {
    std::string arena;
    std::vector<Entry> entries;
  };

  void write_chunk();
  void write_file(Family family, Buffer& buffer);

  Store& store_;
  std::size_t chunk_bytes_;
  std::string dir_;
  Buffer buffers_[kFamilyCount];
  // The chunk's claim ids: no family is keyed by claim id alone since schema
  // 2, so a claim id in two documents is looked for here.
  std::vector<std::pair<std::string, std::string>> claim_ids_;  // (claim id, doc)
  std::size_t buffered_bytes_ = 0;
  int chunks_ = 0;
  std::map<std::string, std::vector<std::string>> files_;  // family name -> SST files
  bool committed_ = false;
};

}  // namespace claimcheck::store
