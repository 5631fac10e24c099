// Repair: RocksDB rebuilds the MANIFEST from the SST and WAL files it can
// read; then every document record is checked against the claims it owns.
#include "store/repair.h"

#include <fcntl.h>
#include <rocksdb/db.h>
#include <sys/file.h>
#include <unistd.h>

#include <filesystem>

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
