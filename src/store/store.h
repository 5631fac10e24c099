#pragma once
// The claim store: an embedded RocksDB database (layout in docs/storage.md).
//
// Thread safety: a Store may be shared by threads; writes are serialised by
// RocksDB.  Only one read-write Store per database across processes; any number
// of read-only ones (opened as RocksDB secondary/read-only instances), which
// never block the writer.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/claim.h"
#include "claimcheck/document.h"

namespace claimcheck::store {

// What the store keeps per document (DocumentInfo) and its counts (Stats):
// public types in include/claimcheck/document.h.

enum class Mode { read_write, read_only };

enum class PutOutcome { added, replaced, unchanged };


class Store {
 public:
  // Opens (read_write: creating if missing) the database at `path`.  Throws
  // claimcheck::Error naming the path and what to do: locked by another writer,
  // newer schema, damaged, not a claimcheck database, missing (read_only).
  static std::unique_ptr<Store> open(const std::string& path, Mode mode);
  virtual ~Store() = default;

  // One WriteBatch: the document record, its claims and their index entries.
  // Same content hash as stored -> unchanged (no write); otherwise the old
  // claims are removed in the same batch.
  virtual PutOutcome put_document(const DocumentInfo& doc, const std::vector<Claim>& claims) = 0;
  // put_document without the content-hash shortcut: re-extracted claims (new
  // rules, `ingest --force`) replace the stored ones even if the bytes did not change.
  virtual PutOutcome replace_document(const DocumentInfo& doc, const std::vector<Claim>& claims) = 0;
  virtual bool forget(const std::string& doc_id) = 0;
  // Moves sorted SST files (written by store::BulkLoad, bulk_load.h) into the
  // named column families in one step that is atomic across families: after a
  // crash or a failure either all of them are in the database or none.  The
  // files are hard-linked, so they must be on the database's file system.
  virtual void ingest_files(const std::map<std::string, std::vector<std::string>>& files_by_family) = 0;

  virtual std::optional<DocumentInfo> document(const std::string& doc_id) const = 0;
  virtual void for_each_document(const std::function<void(const DocumentInfo&)>& fn) const = 0;
  virtual std::vector<Claim> claims_of_document(const std::string& doc_id) const = 0;
  // Values of `keys` in the `stories` family (one MultiGet); nullopt = absent.
  // An older database without the family reads as empty.
  virtual std::vector<std::optional<std::string>> story_entries(const std::vector<std::string>& keys) const = 0;

  // All claims about (subject, attribute): one prefix scan of the index.
  virtual std::vector<Claim> claims_about(const std::string& subject, const std::string& attribute) const = 0;
  // Every (subject, attribute) group in key order, one prefix scan each; memory
  // is bounded by the largest group, not the store.  The group is `fn`'s to
  // take from (check::find_conflicts moves its claims into findings).
  virtual void for_each_group(const std::function<void(std::vector<Claim>&)>& fn) const = 0;
  // Every claim in (subject, attribute) order.
  virtual void for_each_claim(const std::function<void(const Claim&)>& fn) const = 0;

  virtual Stats stats() const = 0;
  virtual std::string path() const = 0;
  virtual Mode mode() const = 0;

  // Read-only stores: catch up with what the writer has written since open
  // (a no-op for read-write stores).
  virtual void refresh() {}
  // Makes everything written so far durable (memtables flushed to SST files);
  // ingest calls it once at the end instead of syncing every document.
  virtual void sync() {}
  // Flushes the memtables and compacts every family to its final size (after
  // a bulk ingest, before measuring bytes on disk).  Read-write stores only.
  virtual void compact() {}
};

// The database layout version this build writes and the newest it reads.
inline constexpr int kSchemaVersion = 2;

}  // namespace claimcheck::store
