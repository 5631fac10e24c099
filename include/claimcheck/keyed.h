#pragma once
// The cluster contract: claims as `key<TAB>claim-json` lines, the mapper /
// reducer interface of Hadoop Streaming and Spark's RDD.pipe (docs/cluster.md).
//
//   mapper:  claimcheck extract --format keyed      JSON Lines articles -> keyed claims   (ingest/keyed.h)
//   shuffle: the engine sorts by key, so each key's claims arrive together
//   reducer: claimcheck conflicts --claims -        keyed claims -> findings             (check/keyed.h)
//
// The key is what must be compared together: the claim's subject and
// attribute (qualifiers are told apart inside the group, exactly as
// check::compare_group does for the store), each percent-escaped so that the
// key holds no tab, newline, carriage return or '|' of its own:
//
//   GPT-5.5|release_date<TAB>{"id":"9c1e...","subject":"GPT-5.5",...}
//
// Example (a whole cluster run on one machine):
//   claimcheck extract --format keyed < news.jsonl | LC_ALL=C sort | claimcheck conflicts --claims -
#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "claimcheck/claim.h"

namespace claimcheck {

// "GPT-5.5|release_date"; '%', '|', tab, CR and LF written as %25 %7C %09 %0D %0A.
std::string claim_key(const Claim& claim);
// key, tab, the claim's JSON on one line, newline.
std::string keyed_line(const Claim& claim);
// The claim of a keyed line whose tab is at `tab`; throws claimcheck::Error
// naming `where` when the JSON after the tab is not a claim.
Claim parse_keyed_claim(const std::string& line, std::size_t tab, const std::string& where);

// One line of a keyed claims file.
struct KeyedLine {
  std::string text;   // without its line ending
  std::size_t tab;    // where the key ends
  std::string where;  // "source:line", for errors
};
// The next non-empty line of `in` (LF or CRLF), counting lines in *number;
// false at the end.  Throws Error("source:line", ...) for a line with no tab.
bool read_keyed_line(std::istream& in, const std::string& source, std::size_t* number, KeyedLine* line);

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

}  // namespace claimcheck
