// Bulk loading through sorted SST files (bulk_load.h).
#include "store/bulk_load.h"

#include <rocksdb/sst_file_writer.h>
#include <stdlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>

#include "claimcheck/error.h"
#include "store/document_entries.h"
#include "store/keys.h"

namespace claimcheck::store {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kDirPrefix = "bulk-load-";

void check(const std::string& where, const rocksdb::Status& s) {
  if (!s.ok()) throw Error(where, "cannot write a bulk-load file (RocksDB: " + s.ToString() + ")");
}

}  // namespace

BulkLoad::BulkLoad(Store& store, std::size_t chunk_bytes) : store_(store), chunk_bytes_(chunk_bytes) {
  if (store.mode() != Mode::read_write) throw Error(store.path(), "the database was opened read-only");
  // Only the one writer of a database gets here (it holds RocksDB's LOCK), so
  // a bulk-load directory left in it is from a load that never committed.
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(store.path(), ec))
    if (entry.path().filename().string().rfind(kDirPrefix, 0) == 0) fs::remove_all(entry.path(), ec);
  // Inside the database directory, so that ingesting hard-links the files
  // instead of copying them.
  std::string tmpl = store.path() + "/" + std::string(kDirPrefix) + "XXXXXX";
  if (!mkdtemp(tmpl.data())) throw Error(tmpl, std::string("cannot create the bulk-load directory: ") + std::strerror(errno));
  dir_ = tmpl;
}

BulkLoad::~BulkLoad() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

uint64_t BulkLoad::add(const DocumentInfo& doc, const std::vector<Claim>& claims) {
  if (committed_) throw Error(store_.path(), "bulk load already committed");
  uint64_t stored = document_entries(doc, claims, [&](Family f, std::string_view key, std::string_view value) {
    Buffer& b = buffers_[f];
    b.entries.push_back({b.arena.size(), static_cast<uint32_t>(key.size()), static_cast<uint32_t>(value.size())});
    b.arena.append(key);
    b.arena.append(value);
    buffered_bytes_ += key.size() + value.size() + sizeof(Entry);
    std::size_t pos = 0;
    std::string_view doc_part;
    if (f == kDocClaims && keys::read_part(key, pos, doc_part)) {
      claim_ids_.emplace_back(key.substr(pos), doc_part);
      buffered_bytes_ += 2 * sizeof(std::string) + key.size();
    }
  });
  if (buffered_bytes_ >= chunk_bytes_) write_chunk();
  return stored;
}

void BulkLoad::commit() {
  if (committed_) throw Error(store_.path(), "bulk load already committed");
  write_chunk();
  store_.ingest_files(files_);
  committed_ = true;
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

std::size_t BulkLoad::files_written() const {
  std::size_t n = 0;
  for (const auto& [family, files] : files_) n += files.size();
  return n;
}

void BulkLoad::write_chunk() {
  std::sort(claim_ids_.begin(), claim_ids_.end());
  // (The same document twice is the same key twice, said by write_file.)
  auto twice = std::adjacent_find(claim_ids_.begin(), claim_ids_.end(), [](const auto& a, const auto& b) {
    return a.first == b.first && a.second != b.second;
  });
  if (twice != claim_ids_.end())
    throw Error(store_.path(), "claim id " + twice->first + " is in two documents; claim ids must be unique");
  claim_ids_.clear();
  for (int f = 0; f < kFamilyCount; ++f)
    if (!buffers_[f].entries.empty()) write_file(static_cast<Family>(f), buffers_[f]);
  buffered_bytes_ = 0;
  ++chunks_;
}

void BulkLoad::write_file(Family family, Buffer& b) {
  const std::string& name = family_names()[family];
  auto key = [&](const Entry& e) { return std::string_view(b.arena).substr(e.offset, e.key_size); };
  auto value = [&](const Entry& e) { return std::string_view(b.arena).substr(e.offset + e.key_size, e.value_size); };
  // Byte order, which is RocksDB's default (bytewise) comparator.
  std::sort(b.entries.begin(), b.entries.end(), [&](const Entry& x, const Entry& y) { return key(x) < key(y); });

  const std::string file = dir_ + "/" + name + "-" + std::to_string(chunks_) + ".sst";
  // The family's own options, so the files have its block size, compression
  // and Bloom filter, as if RocksDB had written them.
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), rocksdb::Options(db_options(), family_options(name)));
  check(file, writer.Open(file));
  for (std::size_t i = 0; i < b.entries.size(); ++i) {
    std::string_view k = key(b.entries[i]);
    if (i > 0 && k == key(b.entries[i - 1]))
      throw Error(store_.path(), "the bulk load has a key twice in the '" + name +
                                     "' column family (a document added twice?)");
    check(file, writer.Put(rocksdb::Slice(k.data(), k.size()), rocksdb::Slice(value(b.entries[i]).data(),
                                                                             b.entries[i].value_size)));
  }
  check(file, writer.Finish());
  files_[name].push_back(file);
  // Keep the capacity: the next chunk fills the same buffers.
  b.arena.clear();
  b.entries.clear();
}

}  // namespace claimcheck::store
