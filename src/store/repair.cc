// Repair: RocksDB rebuilds the MANIFEST from the SST and WAL files it can
// read; then every document record is checked against the claims it owns.
#include "store/repair.h"

#include <fcntl.h>
#include <rocksdb/db.h>
#include <rocksdb/sst_file_reader.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/table_properties.h>
#include <rocksdb/write_batch.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <set>
#include <memory>

#include "claimcheck/error.h"
#include "store/codec.h"
#include "store/keys.h"
#include "store/rocks_options.h"
#include "store/store.h"

namespace claimcheck::store {
namespace fs = std::filesystem;
namespace {

// Table files in DIR/lost/.  RepairDB also moves the old MANIFEST and the
// write-ahead logs it has turned into tables there; those lose nothing.
uint64_t count_lost(const std::string& path) {
  uint64_t n = 0;
  std::error_code ec;
  if (fs::is_directory(path + "/lost", ec))
    for (const auto& e : fs::recursive_directory_iterator(path + "/lost", ec))
      if (e.is_regular_file(ec) && e.path().extension() == ".sst") ++n;
  return n;
}

// After RepairDB every family holds what could be read, but not necessarily
// the same documents: a claim whose index entry (schema 2: the claim itself)
// was lost still has its doc_claims entry, and a claim may have lost its
// doc_claims entry.  Makes the families agree again: claims still in the
// schema-1 `claims` family move into their index entries, an index entry
// without a readable claim goes, each claim is linked to its document again,
// dangling doc_claims entries are removed, and a document whose record was
// lost but some of whose claims survived gets a record again.  A document
// left with fewer claims than its record says gets its real count and an
// empty content hash, so the next `claimcheck ingest` of it extracts it again
// instead of skipping it as unchanged.  The result is a schema-2 database,
// so repair also migrates a schema-1 one.
class Reconciler {
 public:
  explicit Reconciler(const std::string& path) : path_(path) {
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (const auto& n : family_names()) descriptors.emplace_back(n, family_options(n));
    rocksdb::DB* raw = nullptr;
    fail(rocksdb::DB::Open(db_options(), path, descriptors, &h_, &raw));
    db_.reset(raw);
  }

  // Schema 1 (or a half-migrated database): each readable claim of the
  // `claims` family written into its index entry; the old value removed.
  void move_claims_into_index() {
    each(kClaims, [&](std::string_view id, std::string_view value) {
      batch_.Delete(h_[kClaims], rocksdb::Slice(id));
      Claim c;
      try {
        c = codec::decode_claim(id, value);
      } catch (const Error&) {
        return;
      }
      batch_.Put(h_[kIndex], keys::index_key(c), rocksdb::Slice(value));  // linked by check_index
      write_if_large();
    });
    write();
  }

  // Index entries without a readable claim removed; the others linked to
  // their document (doc_claims) again where the link was lost.
  void check_index() {
    each(kIndex, [&](std::string_view key, std::string_view value) {
      std::string_view subject, attribute, doc, id;
      bool parsed = keys::parse_index_key(key, subject, attribute, doc, id);
      if (parsed && readable(id, value)) {
        std::string link = keys::doc_claim_key(doc, id);
        if (!exists(kDocuments, doc)) touched_.emplace(doc);  // its record is rebuilt below
        if (exists(kDocClaims, link)) return;
        batch_.Put(h_[kDocClaims], link, rocksdb::Slice(key));
      } else {
        batch_.Delete(h_[kIndex], rocksdb::Slice(key));
      }
      if (parsed) touched_.emplace(doc);
      write_if_large();
    });
    write();
  }

  // doc_claims entries whose claim (index entry) is gone.
  void drop_dangling_links() {
    each(kDocClaims, [&](std::string_view key, std::string_view index_key) {
      if (exists(kIndex, index_key)) return;
      batch_.Delete(h_[kDocClaims], rocksdb::Slice(key));
      std::size_t pos = 0;
      std::string_view doc;
      if (keys::read_part(key, pos, doc)) touched_.emplace(doc);
      write_if_large();
    });
    write();
  }

  // Each touched document's record: rebuilt if lost, its claim count made true.
  void recount_documents(RepairReport& report) {
    for (const auto& doc : touched_) {
      std::string value;
      rocksdb::Status st = db_->Get(rocksdb::ReadOptions(), h_[kDocuments], doc, &value);
      if (!st.IsNotFound()) fail(st);
      bool rebuilt = st.IsNotFound();
      DocumentInfo d;
      if (rebuilt) d.id = doc;  // claims survived their record: a record that says only that
      else d = codec::decode_document(doc, value);
      uint64_t n = claims_of(doc);
      if (rebuilt && n == 0) continue;
      if (!rebuilt && n >= d.claim_count) continue;
      report.incomplete.push_back({doc, n, d.claim_count, rebuilt});
      d.claim_count = n;
      d.content_hash.clear();  // extracted again by the next ingest
      batch_.Put(h_[kDocuments], doc, codec::encode_document(d));
    }
    write();
  }

  // Everything is in the layout this build writes now (schema 2).
  void record_schema() {
    batch_.Put(h_[kMeta], "schema_version", std::to_string(kSchemaVersion));
    write();
  }

  void close() {
    for (auto* handle : h_) db_->DestroyColumnFamilyHandle(handle);
    h_.clear();
    fail(db_->Close());
  }

 private:
  void fail(const rocksdb::Status& st) const {
    if (!st.ok()) throw Error(path_, "repair failed (RocksDB: " + st.ToString() + ")");
  }
  bool exists(Family f, std::string_view key) const {
    std::string value;
    rocksdb::Status st = db_->Get(rocksdb::ReadOptions(), h_[f], rocksdb::Slice(key), &value);
    if (st.IsNotFound()) return false;
    fail(st);
    return true;
  }
  void each(Family f, const std::function<void(std::string_view, std::string_view)>& fn) const {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), h_[f]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) fn(it->key().ToStringView(), it->value().ToStringView());
    fail(it->status());
  }
  uint64_t claims_of(const std::string& doc) const {
    uint64_t n = 0;
    std::string prefix = keys::doc_prefix(doc);
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), h_[kDocClaims]));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) ++n;
    fail(it->status());
    return n;
  }
  static bool readable(std::string_view id, std::string_view value) {
    if (value.empty()) return false;  // a schema-1 entry whose claim was lost
    try {
      codec::decode_claim(id, value);
      return true;
    } catch (const Error&) {
      return false;
    }
  }
  // Bounds the batch (and memory) on a large database.
  void write_if_large() {
    if (batch_.GetDataSize() >= (4u << 20)) write();
  }
  void write() {
    rocksdb::WriteOptions wo;
    wo.sync = true;
    fail(db_->Write(wo, &batch_));
    batch_.Clear();
  }

  const std::string& path_;
  std::vector<rocksdb::ColumnFamilyHandle*> h_;
  std::unique_ptr<rocksdb::DB> db_;
  rocksdb::WriteBatch batch_;
  std::set<std::string> touched_;  // documents that lost or regained claims
};

void reconcile(const std::string& path, RepairReport& report) {
  Reconciler r(path);
  r.move_claims_into_index();
  r.check_index();
  r.drop_dangling_links();
  r.recount_documents(report);
  r.record_schema();
  r.close();
}

// The column family a salvaged table belongs to, as the damaged table's
// properties name it: SstFileWriter records it, and RepairDB files the table
// under it (a table of no family would land in "default").
class FamilyOf final : public rocksdb::ColumnFamilyHandle {
 public:
  FamilyOf(std::string name, uint32_t id) : name_(std::move(name)), id_(id) {}
  const std::string& GetName() const override { return name_; }
  uint32_t GetID() const override { return id_; }
  rocksdb::Status GetDescriptor(rocksdb::ColumnFamilyDescriptor*) override { return rocksdb::Status::NotSupported(); }
  const rocksdb::Comparator* GetComparator() const override { return rocksdb::BytewiseComparator(); }

 private:
  std::string name_;
  uint32_t id_;
};

// RepairDB drops a whole table when one of its blocks is unreadable (a 64-byte
// overwrite cost every claim of a 17 MB table).  Before it runs, each table
// whose checksums fail is read as far as it can be; past a damaged block the
// reader skips ahead in ever larger steps of the key space (the last key read
// with its last byte raised step by step, then the byte before it, ...) until
// it reaches a readable block, and goes on from there.  What was read
// is written to a new table of the same column family, which RepairDB then
// takes; the damaged table goes to lost/.  Returns the entries salvaged.
// (The salvaged entries are older than every other version of their keys, and
// deletions in the damaged blocks are lost; the consistency pass afterwards
// puts documents and their claims back in agreement.)
uint64_t salvage_tables(const std::string& path, uint64_t& damaged_tables) {
  std::vector<fs::path> tables;
  uint64_t next_number = 0;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(path, ec)) {
    std::string name = e.path().filename().string();
    // RocksDB's numbered files: 000012.sst, 000013.log, MANIFEST-000014.
    std::size_t dash = name.rfind('-');
    std::size_t start = dash == std::string::npos ? 0 : dash + 1;
    std::size_t end = std::min(name.find_first_not_of("0123456789", start), name.size());
    if (end > start && end - start < 19)
      next_number = std::max<uint64_t>(next_number, std::stoull(name.substr(start, end - start)) + 1);
    if (e.path().extension() == ".sst" && e.is_regular_file(ec)) tables.push_back(e.path());
  }
  uint64_t salvaged = 0;
  for (const auto& table : tables) {
    rocksdb::Options probe(db_options(), family_options("default"));
    rocksdb::SstFileReader reader(probe);
    if (!reader.Open(table.string()).ok()) continue;  // no footer: RepairDB decides
    if (reader.VerifyChecksum().ok()) continue;
    auto props = reader.GetTableProperties();
    if (!props) continue;
    ++damaged_tables;
    FamilyOf family(props->column_family_name, static_cast<uint32_t>(props->column_family_id));
    rocksdb::Options options(db_options(), family_options(props->column_family_name));
    rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options, &family);
    char name[32];
    std::snprintf(name, sizeof name, "%06llu.sst", static_cast<unsigned long long>(next_number++));
    std::string out = path + "/" + name;
    if (!writer.Open(out).ok()) continue;
    uint64_t n = 0;
    std::string last;
    std::unique_ptr<rocksdb::Iterator> it(reader.NewIterator(rocksdb::ReadOptions()));
    it->SeekToFirst();
    for (;;) {
      for (; it->Valid(); it->Next()) {
        if (!writer.Put(it->key(), it->value()).ok()) break;
        last = it->key().ToString();
        ++n;
      }
      if (it->Valid() || it->status().ok()) break;  // the end (or a write error)
      bool moved = false;
      // Damage in the first block: start again from each possible first byte.
      // Probes in increasing order: the last key's last byte raised one step
      // at a time, then the byte before it, and so on.
      auto lands = [&](const std::string& p) {
        it.reset(reader.NewIterator(rocksdb::ReadOptions()));
        it->Seek(p);
        return it->Valid() || it->status().ok();
      };
      for (std::size_t depth = last.size(); depth > 0 && !moved; --depth) {
        std::string base = last.substr(0, depth - 1);
        for (int v = static_cast<unsigned char>(last[depth - 1]) + 1; v < 256 && !moved; ++v)
          moved = lands(base + static_cast<char>(v));
      }
      if (last.empty())
        for (int v = 1; v < 256 && !moved; ++v) moved = lands(std::string(1, static_cast<char>(v)));
      if (!moved) break;
    }
    it.reset();
    std::error_code ignored;
    if (n == 0 || !writer.Finish().ok()) {
      fs::remove(out, ignored);
      n = 0;
    }
    fs::create_directories(path + "/lost", ignored);
    fs::rename(table, fs::path(path) / "lost" / table.filename(), ignored);
    salvaged += n;
  }
  return salvaged;
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

  uint64_t damaged = 0;
  uint64_t salvaged = salvage_tables(path, damaged);

  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const auto& name : family_names()) families.emplace_back(name, family_options(name));
  rocksdb::Status s = rocksdb::RepairDB(path, db_options(), families, family_options("default"));
  if (!s.ok()) throw Error(path, "repair failed (RocksDB: " + s.ToString() + ")");

  RepairReport report;
  report.lost_files = count_lost(path) - lost_before;
  report.salvaged_entries = salvaged;
  report.damaged_tables = damaged;
  if (fs::exists(path + "/CLAIMCHECK")) restore_layout(path);
  reconcile(path, report);
  auto store = Store::open(path, Mode::read_only);
  Stats st = store->stats();
  report.documents = st.documents;
  report.claims = st.claims;
  return report;
}

}  // namespace claimcheck::store
