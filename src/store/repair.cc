// Repair: RocksDB rebuilds the MANIFEST from the SST and WAL files it can
// read; then every document record is checked against the claims it owns.
#include "store/repair.h"

#include <fcntl.h>
#include <rocksdb/db.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "claimcheck/error.h"
#include "store/rocks_options.h"
#include "store/store.h"

namespace claimcheck::store {
namespace fs = std::filesystem;
namespace {

uint64_t count_lost(const std::string& path) {
  uint64_t n = 0;
  std::error_code ec;
  if (fs::is_directory(path + "/lost", ec))
    for (const auto& e : fs::recursive_directory_iterator(path + "/lost", ec))
      if (e.is_regular_file(ec)) ++n;
  return n;
}

// RepairDB takes the LOCK itself but then reports a generic I/O error; test it
// first so a running ingest gets the usual message.
void refuse_if_in_use(const std::string& path) {
  int fd = ::open((path + "/LOCK").c_str(), O_RDWR);
  if (fd < 0) return;
  struct flock fl {};
  fl.l_type = F_WRLCK;
  fl.l_whence = SEEK_SET;
  bool locked = fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
  ::close(fd);
  if (locked)
    throw Error(path, "database is in use by another claimcheck process (pid " + std::to_string(fl.l_pid) +
                          "); repair it when that process has finished");
}

// RepairDB rebuilds column families from the SST files it can read, so a
// family whose only file was unreadable (moved to lost/) comes back missing,
// and with the meta family goes the schema version.  In a directory carrying
// claimcheck's marker, put both back: empty families, and the version this
// build writes (the data that survived is in that layout, or newer code would
// not have let an older repair run on it -- see Store::open).
void restore_layout(const std::string& path) {
  std::vector<std::string> names;
  rocksdb::DBOptions dbo = db_options();
  rocksdb::Status s = rocksdb::DB::ListColumnFamilies(dbo, path, &names);
  if (!s.ok()) throw Error(path, "repair failed (RocksDB: " + s.ToString() + ")");
  for (const auto& n : family_names())
    if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const auto& n : names) families.emplace_back(n, family_options(n));
  dbo.create_missing_column_families = true;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  s = rocksdb::DB::Open(dbo, path, families, &handles, &raw);
  if (!s.ok()) throw Error(path, "repair failed (RocksDB: " + s.ToString() + ")");
  std::unique_ptr<rocksdb::DB> db(raw);
  auto meta = std::find(names.begin(), names.end(), "meta") - names.begin();
  std::string version;
  s = db->Get(rocksdb::ReadOptions(), handles[meta], "schema_version", &version);
  if (s.IsNotFound() || (s.IsCorruption())) {
    rocksdb::WriteOptions wo;
    wo.sync = true;
    s = db->Put(wo, handles[meta], "schema_version", std::to_string(kSchemaVersion));
    if (s.ok()) s = db->Put(wo, handles[meta], "created_by", "claimcheck");
  }
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  rocksdb::Status closed = db->Close();
  if (s.ok()) s = closed;
  if (!s.ok()) throw Error(path, "repair failed (RocksDB: " + s.ToString() + ")");
}

}  // namespace

RepairReport repair_database(const std::string& path) {
  if (!fs::is_directory(path)) throw Error(path, "no such database directory");
  if (!fs::exists(path + "/CURRENT") && !fs::exists(path + "/IDENTITY"))
    throw Error(path, "is not a RocksDB database; nothing to repair");
  refuse_if_in_use(path);
  uint64_t lost_before = count_lost(path);

  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const auto& name : family_names()) families.emplace_back(name, family_options(name));
  rocksdb::Status s = rocksdb::RepairDB(path, db_options(), families, family_options("default"));
  if (!s.ok()) throw Error(path, "repair failed (RocksDB: " + s.ToString() + ")");

  RepairReport report;
  report.lost_files = count_lost(path) - lost_before;
  if (fs::exists(path + "/CLAIMCHECK")) restore_layout(path);
  auto store = Store::open(path, Mode::read_write);
  store->for_each_document([&](const DocumentInfo& d) {
    ++report.documents;
    std::size_t n = 0;
    try {
      n = store->claims_of_document(d.id).size();
    } catch (const Error&) {
      report.incomplete.push_back(d.id);
      return;
    }
    report.claims += n;
    if (n != d.claim_count) report.incomplete.push_back(d.id);
  });
  return report;
}

}  // namespace claimcheck::store
