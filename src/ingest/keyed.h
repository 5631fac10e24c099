#pragma once
// The cluster mapper and the import of keyed claims (the contract, keyed
// lines, is in claimcheck/keyed.h; the reducer in check/keyed.h).
#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "claimcheck/claim.h"
#include "claimcheck/keyed.h"
#include "claims/extractor.h"
#include "store/exchange.h"
#include "store/store.h"

namespace claimcheck::ingest {

using claimcheck::claim_key;   // claimcheck/keyed.h
using claimcheck::keyed_line;

struct KeyedExtractSummary {
  uint64_t articles = 0, failed = 0, claims = 0, bytes = 0;
};

// The mapper: each line of `in` a JSON Lines article (ingest/jsonl_input.h),
// each claim found written to `out` as a keyed line.  A line that is not an
// article is reported on `diagnostics` as "source:line: cause" and skipped.
KeyedExtractSummary extract_keyed(std::istream& in, const std::string& source, const claims::Extractor& extractor,
                                  std::ostream& out, std::ostream& diagnostics);

// `claimcheck import` of keyed claims (the mapper's output, sorted or not):
// claims grouped by document.  Documents not in the store yet are bulk-loaded
// (store/bulk_load.h: sorted SST files, ingested in one atomic step at the
// end); documents already stored go through put_document, one batch each.
// The text never reaches the cluster, so the document's content hash is a
// hash of its claims (re-importing the same claims is "unchanged"); a later
// `ingest` of the article replaces it.  Holds all parsed claims in memory
// (they are grouped by document before anything is written); the SST chunks
// add at most BulkLoad::kDefaultChunkBytes.
store::ImportSummary import_keyed(store::Store& store, std::istream& in, const std::string& source);

// Whether `in` starts like keyed lines rather than an export (which starts
// with '{'); only peeks.
bool starts_keyed(std::istream& in);

}  // namespace claimcheck::ingest
