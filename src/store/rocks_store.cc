// The RocksDB implementation of store::Store: opening (with every way a
// database can be unusable turned into an Error that says what to do), the
// per-document WriteBatch, and the prefix scans.
#include <fcntl.h>
#include <rocksdb/db.h>
#include <rocksdb/utilities/options_util.h>
#include <rocksdb/write_batch.h>
#include <unistd.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <utility>

#include "claimcheck/error.h"
#include "store/codec.h"
#include "store/document_entries.h"
#include "store/integrity.h"
#include "store/keys.h"
#include "store/rocks_options.h"
#include "store/store.h"

namespace claimcheck::store {
namespace fs = std::filesystem;
namespace {

constexpr const char* kPidFile = "writer.pid";
constexpr const char* kSchemaKey = "schema_version";
// A marker file written at creation: tells a damaged claimcheck database
// (marker, but RocksDB cannot list our column families) from someone else's.
constexpr const char* kMarkerFile = "CLAIMCHECK";

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// The first key after every key that starts with `prefix` ("" = none).
std::string successor(std::string prefix) {
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xff) prefix.pop_back();
  if (!prefix.empty()) prefix.back() = static_cast<char>(static_cast<unsigned char>(prefix.back()) + 1);
  return prefix;
}

std::string read_pid(const std::string& dir) {
  std::ifstream in(dir + "/" + kPidFile);
  std::string pid;
  in >> pid;
  return pid;
}

[[noreturn]] void fail_open(const std::string& path, const rocksdb::Status& s) {
  std::string text = s.ToString();
  std::string low = lower(text);
  auto has = [&](const char* what) { return low.find(what) != std::string::npos; };
  // Another process holding the LOCK fails fcntl with EAGAIN (or EACCES);
  // any other cause (a read-only or full disk, ...) is said as it is.
  bool held = has("lock") && (has("temporarily unavailable") || has("lock hold") ||
                              (has("permission denied") && !read_pid(path).empty()));
  if (s.IsIOError() && has("lock") && !held)
    throw Error(path, "cannot open the database for writing (RocksDB: " + text + ")");
  if (s.IsIOError() && (has("read-only file system") || has("no space left on device")))
    throw Error(path, "cannot open the database for writing (RocksDB: " + text + ")");
  if (s.IsIOError() && held) {
    std::string pid = read_pid(path);
    throw Error(path, "database is in use by another claimcheck process" +
                          (pid.empty() ? std::string() : " (pid " + pid + ")") +
                          "; wait for it to finish, or use --db to choose another database");
  }
  if (s.IsCorruption() || s.IsIOError())
    throw Error(path, "database is damaged (RocksDB: " + text + "); back up the directory, then run "
                      "`claimcheck repair --db " + path + "`");
  throw Error(path, "cannot open database (RocksDB: " + text + ")");
}

void check(const std::string& where, const rocksdb::Status& s) {
  if (!s.ok()) throw Error(where, "RocksDB: " + s.ToString());
}

// RocksDB's info log (DIR/LOG) through plain write(2), errors ignored.  The
// built-in logger goes through a WritableFileWriter, which (in builds with
// assertions, like Debian's) aborts the process on the first line logged after
// a failed write -- and on a full disk RocksDB logs its error handling to that
// very file.  A lost log line is better than an abort.
class PlainFileLogger final : public rocksdb::Logger {
 public:
  explicit PlainFileLogger(const std::string& file)
      : rocksdb::Logger(rocksdb::InfoLogLevel::WARN_LEVEL),
        fd_(::open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644)) {}
  ~PlainFileLogger() override {
    if (fd_ >= 0) ::close(fd_);
  }
  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    if (fd_ < 0) return;
    char buf[1024];
    int n = std::vsnprintf(buf, sizeof buf - 1, format, ap);
    if (n < 0) return;
    std::size_t len = std::min<std::size_t>(static_cast<std::size_t>(n), sizeof buf - 2);
    if (len == 0 || buf[len - 1] != '\n') buf[len++] = '\n';
    ssize_t ignored = ::write(fd_, buf, len);
    (void)ignored;
  }

 private:
  int fd_;
};

class RocksStore final : public Store {
 public:
  RocksStore(std::string path, Mode mode) : path_(std::move(path)), mode_(mode) {}

  ~RocksStore() override {
    if (db_) {
      for (auto* handle : handles_)
        if (handle) db_->DestroyColumnFamilyHandle(handle);
      db_->Close();
      db_.reset();
    }
    std::error_code ec;
    if (mode_ == Mode::read_write && owns_pid_file_) {
      fs::remove(path_ + "/" + kPidFile, ec);
      note_writer(path_, false);
    }
    if (!secondary_dir_.empty()) fs::remove_all(secondary_dir_, ec);
  }

  void open() {
    fs::file_status st = fs::status(path_);
    bool exists = fs::exists(st);
    if (exists && !fs::is_directory(st))
      throw Error(path_, "is not a directory, so it cannot be a claimcheck database; use --db DIR");
    bool has_current = exists && fs::exists(path_ + "/CURRENT");
    if (!has_current) {
      bool empty = !exists || fs::is_empty(path_);
      if (!empty)
        throw Error(path_, "is not a claimcheck database (no RocksDB files in it) and is not empty; "
                           "use --db to choose another directory");
      if (mode_ == Mode::read_only)
        throw Error(path_, "no claimcheck database here; run `claimcheck ingest PATH...` to create it, "
                           "or point --db / $CLAIMCHECK_DB at an existing one");
      create();
      return;
    }
    std::vector<std::string> families;
    rocksdb::DBOptions dbo = db_options();
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(dbo, path_, &families);
    if (!s.ok()) fail_open(path_, s);
    bool ours = fs::exists(path_ + "/" + kMarkerFile);
    if (std::find(families.begin(), families.end(), "meta") == families.end() && ours)
      fail_open(path_, rocksdb::Status::Corruption("the column families are missing from the MANIFEST"));
    if (std::find(families.begin(), families.end(), "meta") == families.end())
      throw Error(path_, "is a RocksDB database but not a claimcheck one (no 'meta' column family); "
                         "use --db to choose another directory");
    refuse_unlisted_tables(families);
    open_existing(families);
  }

  std::vector<std::optional<std::string>> story_entries(const std::vector<std::string>& keys) const override {
    std::vector<std::optional<std::string>> out(keys.size());
    if (!h(kStories) || keys.empty()) return out;  // an older database read-only: no stories yet
    std::vector<rocksdb::Slice> slices(keys.begin(), keys.end());
    std::vector<rocksdb::PinnableSlice> values(keys.size());
    std::vector<rocksdb::Status> statuses(keys.size());
    db_->MultiGet(rocksdb::ReadOptions(), h(kStories), keys.size(), slices.data(), values.data(), statuses.data());
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (statuses[i].IsNotFound()) continue;
      check(path_, statuses[i]);
      out[i] = values[i].ToString();
    }
    return out;
  }

  PutOutcome put_document(const DocumentInfo& doc, const std::vector<Claim>& claims) override {
    return put(doc, claims, false);
  }

  PutOutcome replace_document(const DocumentInfo& doc, const std::vector<Claim>& claims) override {
    return put(doc, claims, true);
  }

  PutOutcome put(const DocumentInfo& doc, const std::vector<Claim>& claims, bool force) {
    require_writable();
    std::lock_guard lock(write_mu_);
    std::optional<DocumentInfo> old = document(doc.id);
    if (old && !force && !doc.content_hash.empty() && old->content_hash == doc.content_hash)
      return PutOutcome::unchanged;

    rocksdb::WriteBatch batch;
    if (old) delete_claims_of(doc.id, batch);
    document_entries(doc, claims, [&](Family f, std::string_view key, std::string_view value) {
      batch.Put(h(f), rocksdb::Slice(key), rocksdb::Slice(value));
    });
    check(path_, db_->Write(write_options(), &batch));
    return old ? PutOutcome::replaced : PutOutcome::added;
  }

  bool forget(const std::string& doc_id) override {
    require_writable();
    std::lock_guard lock(write_mu_);
    if (!document(doc_id)) return false;
    rocksdb::WriteBatch batch;
    delete_claims_of(doc_id, batch);
    batch.Delete(h(kDocuments), doc_id);
    check(path_, db_->Write(write_options(), &batch));
    return true;
  }

  void ingest_files(const std::map<std::string, std::vector<std::string>>& files_by_family) override {
    require_writable();
    std::lock_guard lock(write_mu_);
    std::vector<rocksdb::IngestExternalFileArg> args;
    for (const auto& [name, files] : files_by_family) {
      auto pos = std::find(family_names().begin(), family_names().end(), name);
      if (pos == family_names().end()) throw Error(path_, "no column family '" + name + "' to ingest files into");
      if (files.empty()) continue;
      rocksdb::IngestExternalFileArg arg;
      arg.column_family = h(static_cast<Family>(pos - family_names().begin()));
      arg.external_files = files;
      // Hard links instead of copies: the files were written inside the
      // database directory for this.  Files overlapping the memtable flush it
      // first; each file gets a sequence number newer than everything stored.
      arg.options.move_files = true;
      args.push_back(std::move(arg));
    }
    if (!args.empty()) check(path_, db_->IngestExternalFiles(args));
  }

  std::optional<DocumentInfo> document(const std::string& doc_id) const override {
    std::string value;
    rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), h(kDocuments), doc_id, &value);
    if (s.IsNotFound()) return std::nullopt;
    check(path_, s);
    return codec::decode_document(doc_id, value);
  }

  void for_each_document(const std::function<void(const DocumentInfo&)>& fn) const override {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(whole_family_scan(), h(kDocuments)));
    for (it->SeekToFirst(); it->Valid(); it->Next())
      fn(codec::decode_document(it->key().ToStringView(), it->value().ToStringView()));
    check(path_, it->status());
  }

  std::vector<Claim> claims_of_document(const std::string& doc_id) const override {
    // doc_claims: len+doc, claim id -> the claim's index key.
    std::string prefix = keys::doc_prefix(doc_id);
    std::vector<std::string> ids, index_keys;
    scan(kDocClaims, prefix, rocksdb::ReadOptions(), [&](std::string_view key, std::string_view index_key) {
      ids.emplace_back(key.substr(prefix.size()));
      index_keys.emplace_back(index_key);
    });
    std::vector<Claim> claims = schema_ == 1 ? fetch_by_id(ids, rocksdb::ReadOptions())
                                             : fetch_by_index_key(ids, index_keys, rocksdb::ReadOptions());
    std::sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
      return std::tie(a.begin, a.end, a.id) < std::tie(b.begin, b.end, b.id);
    });
    return claims;
  }

  std::vector<Claim> claims_about(const std::string& subject, const std::string& attribute) const override {
    Group group(*this);
    scan(kIndex, keys::index_prefix(subject, attribute), rocksdb::ReadOptions(),
         [&](std::string_view key, std::string_view value) { group.add(claim_id_of(key), value); });
    return group.take(rocksdb::ReadOptions());
  }

  void for_each_group(const std::function<void(std::vector<Claim>&)>& fn) const override {
    // One snapshot for the scan (and, in schema 1, the lookups), so a
    // concurrent put_document cannot make a group see half of a document.
    Snapshot snap(mode_ == Mode::read_write ? db_.get() : nullptr);
    rocksdb::ReadOptions ro = whole_family_scan(), lookups;  // lookups: schema 1's claims by id
    ro.snapshot = lookups.snapshot = snap.get();
    std::string current;  // the (subject, attribute) prefix of the group being collected
    Group group(*this);
    std::vector<Claim> claims;
    auto flush = [&] {
      claims = group.take(lookups);
      if (!claims.empty()) fn(claims);
    };
    scan(kIndex, "", ro, [&](std::string_view key, std::string_view value) {
      std::string_view subject, attribute, doc, id;
      if (!keys::parse_index_key(key, subject, attribute, doc, id)) return;
      std::size_t prefix_len = 4 + subject.size() + attribute.size();
      if (key.substr(0, prefix_len) != current) {
        flush();
        current.assign(key.substr(0, prefix_len));
      }
      group.add(id, value);
    });
    flush();
  }

  void for_each_claim(const std::function<void(const Claim&)>& fn) const override {
    for_each_group([&](const std::vector<Claim>& group) {
      for (const Claim& c : group) fn(c);
    });
  }

  Stats stats() const override {
    Stats st;
    rocksdb::ReadOptions ro;
    scan(kDocuments, "", ro, [&](std::string_view, std::string_view) { ++st.documents; });
    std::set<std::string> subjects, attributes;
    // One claim per index entry (in schema 1 too, where `claims` holds the values).
    ro.fill_cache = false;  // a whole-family scan would only push out the blocks reports reuse
    scan(kIndex, "", ro, [&](std::string_view key, std::string_view) {
      std::string_view subject, attribute, doc, id;
      if (!keys::parse_index_key(key, subject, attribute, doc, id)) return;
      ++st.claims;
      if (subjects.empty() || *subjects.rbegin() != subject) subjects.emplace(subject);
      attributes.emplace(attribute);
    });
    st.subjects = subjects.size();
    st.attributes = attributes.size();
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(path_, ec))
      if (entry.is_regular_file(ec)) st.bytes_on_disk += entry.file_size(ec);
    return st;
  }

  std::string path() const override { return path_; }
  Mode mode() const override { return mode_; }

  void refresh() override {
    if (mode_ == Mode::read_only) check(path_, db_->TryCatchUpWithPrimary());
  }

  // Flushes the memtables to SST files (fsynced, recorded in the MANIFEST)
  // rather than only fsyncing the WAL: the write-ahead log names column
  // families by number only, so a database whose data lived only in the WAL
  // could not be rebuilt by `claimcheck repair` if its MANIFEST were lost.
  void sync() override {
    if (mode_ != Mode::read_write) return;
    std::vector<rocksdb::ColumnFamilyHandle*> all(handles_.begin(), handles_.begin() + kFamilyCount);
    rocksdb::FlushOptions fo;
    fo.wait = true;
    check(path_, db_->Flush(fo, all));
  }

  void compact() override {
    require_writable();
    std::vector<rocksdb::ColumnFamilyHandle*> all(handles_.begin(), handles_.begin() + kFamilyCount);
    check(path_, db_->Flush(rocksdb::FlushOptions(), all));
    rocksdb::CompactRangeOptions co;
    co.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
    for (auto* handle : all) check(path_, db_->CompactRange(co, handle, nullptr, nullptr));
  }

 private:
  struct Snapshot {
    explicit Snapshot(rocksdb::DB* db) : db_(db), snap_(db ? db->GetSnapshot() : nullptr) {}
    ~Snapshot() {
      if (snap_) db_->ReleaseSnapshot(snap_);
    }
    const rocksdb::Snapshot* get() const { return snap_; }
    rocksdb::DB* db_;
    const rocksdb::Snapshot* snap_;
  };

  rocksdb::ColumnFamilyHandle* h(Family f) const { return handles_[f]; }

  static std::string_view claim_id_of(std::string_view index_key) {
    std::string_view subject, attribute, doc, id;
    keys::parse_index_key(index_key, subject, attribute, doc, id);
    return id;
  }

  static rocksdb::WriteOptions write_options() {
    // The WAL is on (a killed process loses nothing it was told was written)
    // but not fsynced per document: sync() makes it durable once per ingest.
    rocksdb::WriteOptions wo;
    wo.sync = false;
    return wo;
  }

  void require_writable() const {
    if (mode_ != Mode::read_write) throw Error(path_, "the database was opened read-only");
  }

  void scan(Family f, const std::string& prefix, rocksdb::ReadOptions ro,
            const std::function<void(std::string_view, std::string_view)>& fn) const {
    std::string upper = successor(prefix);
    rocksdb::Slice upper_slice(upper);
    if (!upper.empty()) ro.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, h(f)));
    for (it->Seek(prefix); it->Valid(); it->Next()) {
      std::string_view key = it->key().ToStringView();
      if (key.substr(0, prefix.size()) != prefix) break;
      fn(key, it->value().ToStringView());
    }
    check(path_, it->status());
  }

  // Reading a whole family in key order, each block once: large reads ahead
  // (fewer, bigger preads), and the blocks kept out of the shared cache, whose
  // inserts and evictions would cost without a later hit.
  static rocksdb::ReadOptions whole_family_scan() {
    rocksdb::ReadOptions ro;
    ro.readahead_size = 2 << 20;
    ro.fill_cache = false;
    return ro;
  }

  // A claim from its index entry.  An empty value is an entry whose claim
  // was lost (a schema-1 database repaired by hand, a damaged table).
  Claim decode_entry(std::string_view id, std::string_view value) const {
    if (value.empty())
      throw Error(path_, "claim " + std::string(id) + " is in the index but its value is missing; the database is "
                         "damaged: run `claimcheck repair --db " + path_ + "`");
    return codec::decode_claim(id, value);
  }

  // The claims of consecutive index entries.  Schema 2 keeps each claim in
  // its index entry, so they are decoded as the scan passes; a schema-1
  // database (opened read-only: a writer migrates it) keeps them in `claims`
  // under their ids, fetched in one MultiGet when the group is taken.
  class Group {
   public:
    explicit Group(const RocksStore& store) : store_(store) {}
    void add(std::string_view id, std::string_view value) {
      if (store_.schema_ == 1) legacy_ids_.emplace_back(id);
      else claims_.push_back(store_.decode_entry(id, value));
    }
    std::vector<Claim> take(const rocksdb::ReadOptions& ro) {
      if (store_.schema_ != 1) return std::exchange(claims_, {});
      std::vector<Claim> out = store_.fetch_by_id(legacy_ids_, ro);
      legacy_ids_.clear();
      return out;
    }

   private:
    const RocksStore& store_;
    std::vector<Claim> claims_;
    std::vector<std::string> legacy_ids_;
  };

  // Schema 1: claims by id from the `claims` family.
  std::vector<Claim> fetch_by_id(const std::vector<std::string>& ids, const rocksdb::ReadOptions& ro) const {
    return multi_get(kClaims, ids, ids, ro);
  }

  std::vector<Claim> fetch_by_index_key(const std::vector<std::string>& ids, const std::vector<std::string>& index_keys,
                                        const rocksdb::ReadOptions& ro) const {
    return multi_get(kIndex, ids, index_keys, ro);
  }

  // The claims under `lookup_keys` in family `f`; `ids` name them in errors.
  std::vector<Claim> multi_get(Family f, const std::vector<std::string>& ids,
                               const std::vector<std::string>& lookup_keys, const rocksdb::ReadOptions& ro) const {
    std::vector<rocksdb::Slice> slices(lookup_keys.begin(), lookup_keys.end());
    std::vector<rocksdb::PinnableSlice> values(lookup_keys.size());
    std::vector<rocksdb::Status> statuses(lookup_keys.size());
    if (!lookup_keys.empty())
      db_->MultiGet(ro, h(f), lookup_keys.size(), slices.data(), values.data(), statuses.data());
    std::vector<Claim> claims;
    claims.reserve(lookup_keys.size());
    for (std::size_t i = 0; i < lookup_keys.size(); ++i) {
      if (statuses[i].IsNotFound())
        throw Error(path_, "claim " + ids[i] + " is in the index but missing; the database is damaged: "
                           "run `claimcheck repair --db " + path_ + "`");
      check(path_, statuses[i]);
      claims.push_back(decode_entry(ids[i], values[i].ToStringView()));
    }
    return claims;
  }

  void delete_claims_of(const std::string& doc_id, rocksdb::WriteBatch& batch) {
    delete_story_entries_of(doc_id, batch);
    std::string prefix = keys::doc_prefix(doc_id);
    scan(kDocClaims, prefix, rocksdb::ReadOptions(), [&](std::string_view key, std::string_view index_key) {
      batch.Delete(h(kIndex), rocksdb::Slice(index_key));  // the claim itself (schema 2)
      batch.Delete(h(kDocClaims), rocksdb::Slice(key));
    });
  }

  // The `stories` entries the document wrote (its owner record lists keys and
  // values); an entry another document has overwritten since is left alone.
  void delete_story_entries_of(const std::string& doc_id, rocksdb::WriteBatch& batch) {
    std::string owner_key = keys::story_owner_key(doc_id);
    auto owned = story_entries({owner_key})[0];
    if (!owned) return;
    std::vector<std::string> entry_keys, entry_values;
    std::string_view list = *owned, key, value;
    for (std::size_t pos = 0; keys::read_part(list, pos, key) && keys::read_part(list, pos, value);) {
      entry_keys.emplace_back(key);
      entry_values.emplace_back(value);
    }
    auto current = story_entries(entry_keys);
    for (std::size_t i = 0; i < entry_keys.size(); ++i)
      if (current[i] == entry_values[i]) batch.Delete(h(kStories), entry_keys[i]);
    batch.Delete(h(kStories), owner_key);
  }

  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors(const std::vector<std::string>& names) {
    std::vector<rocksdb::ColumnFamilyDescriptor> out;
    Opener opener = mode_ == Mode::read_write ? Opener::writer : Opener::reader;
    for (const auto& n : names) out.emplace_back(n, family_options(n, opener));
    return out;
  }

  // Keeps handles in Family order whatever order RocksDB listed them in.
  void adopt(const std::vector<std::string>& names, std::vector<rocksdb::ColumnFamilyHandle*> opened) {
    handles_.assign(kFamilyCount, nullptr);
    for (std::size_t i = 0; i < names.size(); ++i) {
      auto pos = std::find(family_names().begin(), family_names().end(), names[i]);
      if (pos == family_names().end()) {
        extra_.push_back(opened[i]);
        continue;
      }
      handles_[pos - family_names().begin()] = opened[i];
    }
    for (auto* x : extra_) handles_.push_back(x);
    for (int f = 0; f < kFamilyCount; ++f)
      if (!handles_[f] && f != kStories && fs::exists(path_ + "/" + kMarkerFile))
        fail_open(path_, rocksdb::Status::Corruption("column family '" + family_names()[f] + "' is missing"));
    for (int f = 0; f < kFamilyCount; ++f)
      if (!handles_[f] && f != kStories)  // added later: created by a writer, empty to a reader (open_existing)
        throw Error(path_, "is not a claimcheck database (column family '" + family_names()[f] +
                           "' is missing); if it was one, run `claimcheck repair --db " + path_ + "`");
  }

  void create() {
    std::error_code ec;
    fs::create_directories(path_, ec);
    if (ec) throw Error(path_, "cannot create the database directory: " + ec.message());
    rocksdb::DBOptions dbo = db_options(Opener::writer);
    dbo.info_log = std::make_shared<PlainFileLogger>(path_ + "/LOG");
    dbo.create_if_missing = true;
    dbo.create_missing_column_families = true;
    std::vector<rocksdb::ColumnFamilyHandle*> opened;
    rocksdb::DB* raw = nullptr;
    rocksdb::Status s = rocksdb::DB::Open(dbo, path_, descriptors(family_names()), &opened, &raw);
    if (!s.ok()) fail_open(path_, s);
    db_.reset(raw);
    adopt(family_names(), opened);
    write_pid_file();
    std::ofstream(path_ + "/" + kMarkerFile) << "claimcheck database (docs/storage.md)\n";
    rocksdb::WriteBatch batch;
    batch.Put(h(kMeta), kSchemaKey, std::to_string(kSchemaVersion));
    batch.Put(h(kMeta), "created_by", "claimcheck");
    rocksdb::WriteOptions wo;
    wo.sync = true;
    check(path_, db_->Write(wo, &batch));
  }

  void open_existing(const std::vector<std::string>& families) {
    rocksdb::DBOptions dbo = db_options(mode_ == Mode::read_write ? Opener::writer : Opener::reader);
    std::vector<rocksdb::ColumnFamilyHandle*> opened;
    rocksdb::DB* raw = nullptr;
    rocksdb::Status s;
    if (mode_ == Mode::read_write) {
      dbo.info_log = std::make_shared<PlainFileLogger>(path_ + "/LOG");
      s = rocksdb::DB::Open(dbo, path_, descriptors(families), &opened, &raw);
    } else {
      // A secondary instance reads the primary's files (and WAL) without its
      // lock, so reports work while an ingest runs; it needs a directory of
      // its own for its info log.
      std::string tmpl = (fs::temp_directory_path() / "claimcheck-reader-XXXXXX").string();
      if (!mkdtemp(tmpl.data())) throw Error(tmpl, "cannot create a temporary directory for the reader");
      secondary_dir_ = tmpl;
      dbo.max_open_files = -1;
      s = rocksdb::DB::OpenAsSecondary(dbo, path_, secondary_dir_, descriptors(families), &opened, &raw);
    }
    if (!s.ok()) fail_open(path_, s);
    db_.reset(raw);
    adopt(families, opened);
    if (!handles_[kStories] && mode_ == Mode::read_write) {
      // A database from before stories: the family is added, nothing else changes.
      rocksdb::ColumnFamilyHandle* added = nullptr;
      check(path_, db_->CreateColumnFamily(family_options("stories", Opener::writer), "stories", &added));
      handles_[kStories] = added;
    }

    std::string version;
    s = db_->Get(rocksdb::ReadOptions(), h(kMeta), kSchemaKey, &version);
    if (s.IsNotFound() && fs::exists(path_ + "/" + kMarkerFile))
      fail_open(path_, rocksdb::Status::Corruption("the schema version is missing"));
    if (s.IsNotFound())
      throw Error(path_, "is not a claimcheck database (no schema version); use --db to choose another directory");
    check(path_, s);
    int v = std::atoi(version.c_str());
    if (v > kSchemaVersion)
      throw Error(path_, "was written by a newer claimcheck (schema " + version + "; this build reads up to " +
                             std::to_string(kSchemaVersion) + "); upgrade claimcheck to use it");
    if (v < 1) throw Error(path_, "has an unreadable schema version '" + version + "'; run `claimcheck repair`");
    schema_ = v;
    if (mode_ == Mode::read_write) {
      write_pid_file();
      if (schema_ == 1) migrate_from_schema_1();
    }
  }

  // Schema 1 kept each claim in `claims` under its id and left its index
  // entry empty, so a report read the claims in hash order.  Schema 2 keeps
  // the claim in its index entry's value.  The claims are read in one
  // sequential pass and written into their index entries a few MiB at a
  // time; a last batch deletes the old values and records schema 2.  An
  // interrupted migration leaves schema 1 behind, and the next writer runs
  // it again from the start (putting the same values twice changes nothing).
  void migrate_from_schema_1() {
    rocksdb::WriteBatch batch;
    std::string first, last;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), h(kClaims)));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      std::string_view id = it->key().ToStringView(), value = it->value().ToStringView();
      Claim c = codec::decode_claim(id, value);
      batch.Put(h(kIndex), keys::index_key(c), rocksdb::Slice(value));
      if (first.empty()) first.assign(id);
      last.assign(id);
      if (batch.GetDataSize() >= (4u << 20)) {
        check(path_, db_->Write(write_options(), &batch));
        batch.Clear();
      }
    }
    check(path_, it->status());
    it.reset();
    if (!first.empty()) batch.DeleteRange(h(kClaims), first, last + '\0');  // [first, just after last)
    batch.Put(h(kMeta), kSchemaKey, std::to_string(kSchemaVersion));
    rocksdb::WriteOptions wo;
    wo.sync = true;
    check(path_, db_->Write(wo, &batch));
    schema_ = kSchemaVersion;
    // Durable as SST files (see sync()), and the old values' space given back.
    sync();
    check(path_, db_->CompactRange(rocksdb::CompactRangeOptions(), h(kClaims), nullptr, nullptr));
  }

  // A MANIFEST that no longer lists table files holding data (integrity.h):
  // a writer would delete them, a reader would show part of the database.
  // Skipped while another process writes (its flushes make files the
  // MANIFEST lists a moment later; a second writer is refused anyway).
  void refuse_unlisted_tables(const std::vector<std::string>& families) {
    if (writer_running(path_)) return;
    std::vector<std::string> lost = unlisted_tables_with_data(path_, families);
    if (lost.empty()) return;
    std::string names;
    for (std::size_t i = 0; i < lost.size() && i < 3; ++i) names += (i ? ", " : "") + lost[i];
    if (lost.size() > 3) names += ", ...";
    throw Error(path_, "database is damaged: its MANIFEST does not list " + std::to_string(lost.size()) +
                           " table file(s) holding data (" + names + "); nothing was changed. Back up the "
                           "directory, then run `claimcheck repair --db " + path_ + "`, which recovers them");
  }

  void write_pid_file() {
    std::ofstream(path_ + "/" + kPidFile) << getpid() << "\n";
    if (!owns_pid_file_) note_writer(path_, true);
    owns_pid_file_ = true;
  }

  std::string path_;
  Mode mode_;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;  // Family order, then unknown families
  std::vector<rocksdb::ColumnFamilyHandle*> extra_;
  std::string secondary_dir_;
  bool owns_pid_file_ = false;
  int schema_ = kSchemaVersion;  // of the database opened (1: read-only, not migrated)
  std::mutex write_mu_;
};

}  // namespace

std::unique_ptr<Store> Store::open(const std::string& path, Mode mode) {
  auto store = std::make_unique<RocksStore>(path, mode);
  store->open();
  return store;
}

}  // namespace claimcheck::store
