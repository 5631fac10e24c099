#pragma once
// Does the MANIFEST account for the database's files?  RocksDB trusts its
// MANIFEST: a writer opening a database whose MANIFEST lost its last records
// (a truncated or half-restored file) deletes every table file the MANIFEST
// no longer lists, and with them the claims they held -- silently.  Readers
// show the partial data.  So before any open the store looks for table files
// the MANIFEST does not list and that hold data the database does not have.
//
// A table file may legitimately be unlisted after a crash: a flush cut short
// (an incomplete file, unreadable), a complete flush not yet recorded (its
// data is still in the write-ahead log, so the database has every key, or a
// deletion of it written later), or the inputs of a compaction recorded just
// before the crash (their keys are in the compaction's output).  None of
// those holds a key the database has never heard of.  (A compaction input whose keys were deleted later could, but only
// if the process died between recording the compaction and deleting its
// inputs; that would be refused, and `claimcheck repair` is then safe.)
#include <string>
#include <vector>

namespace claimcheck::store {

// The unlisted table files (names, e.g. "000031.sst") under `path` that hold
// a key the database opened read-only with `families` does not have.
// Throws claimcheck::Error only when the database cannot be opened at all.
std::vector<std::string> unlisted_tables_with_data(const std::string& path, const std::vector<std::string>& families);

// Whether a writer is running: another process holds the database's LOCK, or
// this process has it open for writing (a lock this process holds is not
// reported to itself, and its writer's compactions move files under a check).
bool writer_running(const std::string& path);

// This process opened (`open`) or closed a writer of the database at `path`.
void note_writer(const std::string& path, bool open);

}  // namespace claimcheck::store
