// Table files the MANIFEST does not account for (integrity.h).
#include "store/integrity.h"

#include <fcntl.h>
#include <rocksdb/db.h>
#include <rocksdb/metadata.h>
#include <rocksdb/sst_file_reader.h>
#include <rocksdb/table_properties.h>
#include <rocksdb/utilities/debug.h>
#include <unistd.h>

#include <algorithm>
#include <cstdarg>
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>

#include "store/rocks_options.h"

namespace claimcheck::store {
namespace fs = std::filesystem;
namespace {

// The read-only open below must not write an info log into the database.
class NoLogger final : public rocksdb::Logger {
 public:
  using rocksdb::Logger::Logv;
  void Logv(const char*, va_list) override {}
};

// Whether the complete table file `file` holds a key the database lacks.
// An incomplete or unreadable file holds nothing anyone could read back.
bool holds_missing_key(rocksdb::DB& db, const std::vector<std::string>& families,
                       const std::vector<rocksdb::ColumnFamilyHandle*>& handles, const std::string& file) {
  rocksdb::Options probe(db_options(), family_options("default"));
  rocksdb::SstFileReader reader(probe);
  if (!reader.Open(file).ok()) return false;
  auto props = reader.GetTableProperties();
  if (!props) return false;
  auto pos = std::find(families.begin(), families.end(), props->column_family_name);
  if (pos == families.end()) return props->num_entries > 0;  // a family the MANIFEST lost entirely
  rocksdb::ColumnFamilyHandle* handle = handles[pos - families.begin()];
  std::unique_ptr<rocksdb::Iterator> it(reader.NewIterator(rocksdb::ReadOptions()));
  std::string value;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    rocksdb::Status s = db.Get(rocksdb::ReadOptions(), handle, it->key(), &value);
    if (!s.IsNotFound()) continue;
    // Not found: deleted later (a tombstone in the log or a listed table;
    // a flush cut short by a crash leaves such files), or lost with the file.
    std::vector<rocksdb::KeyVersion> versions;
    if (!rocksdb::GetAllKeyVersions(&db, handle, it->key(), it->key(), 4, &versions).ok() || versions.empty())
      return true;
  }
  return false;
}

}  // namespace

namespace {

std::mutex writers_mutex;
std::multiset<std::string>& writers() {
  static std::multiset<std::string> open_here;
  return open_here;
}

std::string key_of(const std::string& path) {
  std::error_code ec;
  const fs::path p = fs::weakly_canonical(path, ec);
  return ec ? path : p.string();
}

}  // namespace

void note_writer(const std::string& path, bool open) {
  std::lock_guard<std::mutex> lock(writers_mutex);
  if (open) writers().insert(key_of(path));
  else if (auto it = writers().find(key_of(path)); it != writers().end()) writers().erase(it);
}

bool writer_running(const std::string& path) {
  {
    std::lock_guard<std::mutex> lock(writers_mutex);
    if (writers().count(key_of(path))) return true;
  }
  int fd = ::open((path + "/LOCK").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct flock fl {};
  fl.l_type = F_WRLCK;
  fl.l_whence = SEEK_SET;
  bool locked = fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
  ::close(fd);
  return locked;
}

std::vector<std::string> unlisted_tables_with_data(const std::string& path, const std::vector<std::string>& families) {
  std::set<std::string> on_disk;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(path, ec))
    if (e.path().extension() == ".sst" && e.is_regular_file(ec)) on_disk.insert(e.path().filename().string());
  if (on_disk.empty()) return {};

  // Read-only: replays the write-ahead log into memory, deletes nothing.
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const auto& n : families) descriptors.emplace_back(n, family_options(n, Opener::reader));
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::DBOptions dbo = db_options();
  dbo.info_log = std::make_shared<NoLogger>();
  if (!rocksdb::DB::OpenForReadOnly(dbo, path, descriptors, &handles, &raw).ok()) return {};  // the real open says why
  std::unique_ptr<rocksdb::DB> db(raw);

  std::vector<rocksdb::LiveFileMetaData> live;
  db->GetLiveFilesMetaData(&live);
  for (const auto& f : live) on_disk.erase(fs::path(f.name).filename().string());
  std::vector<std::string> lost;
  for (const auto& name : on_disk)
    if (holds_missing_key(*db, families, handles, path + "/" + name)) lost.push_back(name);
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  db->Close();
  return lost;
}

}  // namespace claimcheck::store
