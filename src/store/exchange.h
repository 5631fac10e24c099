#pragma once
// Export and import of a whole store as JSON Lines, for backups, diffs and
// moving a store between machines or schema versions.
//
//   {"type":"claimcheck-export","schema":1}
//   {"type":"document","id":"corpus/002.txt","path":...,"hash":...,"claims":2,...}
//   {"type":"claim","id":"9c1e...","subject":"GPT-5.5",...}      (its claims follow it)
//
// Documents in id order, each followed by its claims in document order, so
// export -> import -> export gives the same bytes.
#include <cstdint>
#include <istream>
#include <ostream>
#include <string>

#include "store/store.h"

namespace claimcheck::store {

// The version of the export's own format, apart from the database's layout
// (kSchemaVersion): the JSON Lines did not change when the database went to
// schema 2, so exports stay importable by older builds.
inline constexpr int kExportSchemaVersion = 1;

struct ExportSummary {
  uint64_t documents = 0, claims = 0;
};
ExportSummary export_jsonl(const Store& store, std::ostream& out);

// Throws Error(where, ...) unless the claim's id is the one its document,
// span and rule give (make_claim_id).  Ids are keys shared by every document,
// so an edited export or keyed file with another document's claim id would
// otherwise overwrite that document's claim.
void check_claim_id(const Claim& claim, const std::string& where);

struct ImportSummary {
  uint64_t added = 0, replaced = 0, unchanged = 0, claims = 0;
};
// Reads what export_jsonl wrote.  Throws claimcheck::Error naming
// "source:line" for a malformed line; documents before it are already stored
// (each one atomically).
ImportSummary import_jsonl(Store& store, std::istream& in, const std::string& source);

}  // namespace claimcheck::store
