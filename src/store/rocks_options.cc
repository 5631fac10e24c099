// RocksDB settings for a write-mostly-in-bursts, scan-heavy store: ingest
// writes one small batch per document, reports scan the index by prefix.
#include "store/rocks_options.h"

#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/memtablerep.h>
#include <rocksdb/table.h>

#include <algorithm>

namespace claimcheck::store {
namespace {

bool supported(rocksdb::CompressionType type) {
  auto all = rocksdb::GetSupportedCompressions();
  return std::find(all.begin(), all.end(), type) != all.end();
}

// One block cache for all families: claims and index blocks compete for it
// fairly, and a reader process does not grow with the number of families.
std::shared_ptr<rocksdb::Cache> shared_cache() {
  static std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(32 << 20);
  return cache;
}

}  // namespace

const std::vector<std::string>& family_names() {
  static const std::vector<std::string> names = {"default", "documents", "claims", "index", "doc_claims", "meta", "stories"};
  return names;
}

rocksdb::DBOptions db_options(Opener opener) {
  rocksdb::DBOptions o;
  // Vector memtables (family_options) take one writer thread at a time; the
  // store has only one anyway.
  if (opener == Opener::writer) o.allow_concurrent_memtable_write = false;
  // Two background threads: flushes never wait behind a compaction, and the
  // machine's other cores stay with the extraction workers.
  o.max_background_jobs = 2;
  // Write SST and WAL data out in 1 MiB steps instead of one large fsync burst.
  o.bytes_per_sync = 1 << 20;
  o.wal_bytes_per_sync = 1 << 20;
  // Bound the WAL: past 256 MiB RocksDB flushes the oldest memtables so that
  // recovery after a crash replays at most that much.
  o.max_total_wal_size = 256 << 20;
  // One memtable budget for all column families: without it each family may
  // hold up to max_write_buffer_number memtables (over 400 MiB in all), so a
  // long ingest's memory would climb with the corpus.  Past 128 MiB RocksDB
  // flushes the largest memtable, which keeps a scan of any size flat.
  o.db_write_buffer_size = 128 << 20;
  o.keep_log_file_num = 3;
  o.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  return o;
}

rocksdb::ColumnFamilyOptions family_options(const std::string& name, Opener opener) {
  rocksdb::ColumnFamilyOptions o;
  // The writer never reads `claims` or `index` while it writes them (ingest
  // reads only `documents` and `doc_claims`; reports read after sync(), which
  // empties the memtables), so their memtables can be plain vectors sorted
  // once at flush instead of skip lists kept sorted on every insert: claim ids
  // are hashes, so each skip-list insert was a walk to a random place, the
  // largest single cost of the writer thread.  Readers replay the WAL into
  // skip lists, because they look things up while the writer writes.
  if (opener == Opener::writer && (name == "claims" || name == "index"))
    o.memtable_factory = std::make_shared<rocksdb::VectorRepFactory>();
  o.level_compaction_dynamic_level_bytes = true;
  o.compression = supported(rocksdb::kLZ4Compression) ? rocksdb::kLZ4Compression : rocksdb::kSnappyCompression;
  // The last level holds ~90% of the data and is rewritten least: spend CPU there.
  if (supported(rocksdb::kZSTD)) o.bottommost_compression = rocksdb::kZSTD;
  // Claims are the bulk of every batch, and since schema 2 they are the
  // values of `index`: a larger memtable means fewer, larger L0 files during
  // a bulk ingest and less write amplification.  (`claims` is empty since
  // schema 2; a schema-1 database's is read by readers and the migration.)
  o.write_buffer_size = name == "index" ? (64 << 20) : (16 << 20);
  o.max_write_buffer_number = 3;

  rocksdb::BlockBasedTableOptions t;
  t.block_cache = shared_cache();
  // `claims` (schema 1) is read by point lookups only (MultiGet of a group's
  // claim ids, which are hashes, so a group's claims sit in different
  // blocks): a small block means less to read and decompress per claim (a
  // 100 MB corpus's JSON report 46 s -> 38 s, 14% more disk).  The scanned
  // families, `index` with the claims since schema 2, keep 16 KiB.
  t.block_size = name == "claims" ? (4 << 10) : (16 << 10);
  // Point lookups (documents by id, claims by id) skip files with a Bloom
  // filter; the index and doc_claims families are only ever scanned.
  if (name == "claims" || name == "documents") t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  return o;
}

}  // namespace claimcheck::store
