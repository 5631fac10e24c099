#pragma once
// The key/value entries one document puts into the column families: the one
// definition of the layout (docs/storage.md) that both put_document's
// WriteBatch and the bulk loader's SST files are filled from.
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "claimcheck/claim.h"
#include "store/rocks_options.h"
#include "store/store.h"

namespace claimcheck::store {

using EntrySink = std::function<void(Family family, std::string_view key, std::string_view value)>;

// Calls `put` for each claim's claims, index and doc_claims entries, then once
// for the document record (whose claim_count it sets).  Claims get doc = doc.id
// and, if they have none, their id; a claim id seen twice is one claim.
// Returns the number of claims stored.
uint64_t document_entries(const DocumentInfo& doc, const std::vector<Claim>& claims, const EntrySink& put);

}  // namespace claimcheck::store
