#pragma once
// The cluster contract: claims as `key<TAB>claim-json` lines, the mapper /
// reducer interface of Hadoop Streaming and Spark's RDD.pipe (docs/cluster.md).
//
//   mapper:  claimcheck extract --format keyed      JSON Lines articles -> keyed claims
//   shuffle: the engine sorts by key, so each key's claims arrive together
//   reducer: claimcheck conflicts --claims -        keyed claims -> findings
//
// The key is what must be compared together: the claim's subject and
// attribute (qualifiers are told apart inside the group, exactly as
// check::compare_group does for the store), each percent-escaped so that the
// key holds no tab, newline, carriage return or '|' of its own:
//
//   GPT-5.5|release_date<TAB>{"id":"9c1e...","subject":"GPT-5.5",...}
//
// An event claim scoped to a story (stories/scope.h: the article's "story"
// field) has the story as a third part, so two stories never meet:
//
//   the attack|deaths|s-4f2a<TAB>{..., "qualifiers":{"story":"s-4f2a"}, ...}
//
// Example (a whole cluster run on one machine):
//   claimcheck extract --format keyed < news.jsonl | LC_ALL=C sort | claimcheck conflicts --claims -
#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "check/find.h"
#include "claimcheck/claim.h"
#include "claimcheck/finding.h"
#include "claims/extractor.h"
#include "store/exchange.h"
#include "store/store.h"

namespace claimcheck::ingest {

// "GPT-5.5|release_date" (plus "|story" for a scoped event claim); '%', '|', tab, CR and LF written as %25 %7C %09 %0D %0A.
std::string claim_key(const Claim& claim);
// key, tab, the claim's JSON on one line, newline.
std::string keyed_line(const Claim& claim);

struct KeyedExtractSummary {
  uint64_t articles = 0, failed = 0, claims = 0, bytes = 0;
};

// The mapper: each line of `in` a JSON Lines article (ingest/jsonl_input.h),
// each claim found written to `out` as a keyed line.  A line that is not an
// article is reported on `diagnostics` as "source:line: cause" and skipped.
KeyedExtractSummary extract_keyed(std::istream& in, const std::string& source, const claims::Extractor& extractor,
                                  std::ostream& out, std::ostream& diagnostics);

struct KeyedGroupSummary {
  uint64_t claims = 0, groups = 0;
};

// The reducer's reading half: calls `fn` once per key with all its claims.
// The input must be sorted by key in byte order (LC_ALL=C sort, Hadoop's
// shuffle, Spark's sortByKey): a key seen again after another one means the
// groups were split, so it throws Error("source:line", ...) instead of
// reporting half a group.  Malformed lines throw too.
KeyedGroupSummary for_each_keyed_group(std::istream& in, const std::string& source,
                                       const std::function<void(std::vector<Claim>&)>& fn);

// for_each_keyed_group + check::compare_group: the findings of a reducer.
std::vector<Finding> keyed_findings(std::istream& in, const std::string& source, KeyedGroupSummary* summary = nullptr);

// The reducer as `claimcheck conflicts --claims FILE` runs it: the findings of
// the keyed claims in `path` ("-" = stdin) that `filter` accepts, in the order
// find_conflicts gives them for a store.  Throws Error(path, ...) when unreadable.
std::vector<Finding> conflicts_from_keyed(const std::string& path, const check::Filter& filter);

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
