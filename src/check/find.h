#pragma once
// Conflict detection over the store, and over new articles against it.
//
//   auto store = store::Store::open(db, store::Mode::read_only);
//   for (const Finding& f : check::find_conflicts(*store, {})) ...
//
// find_conflicts walks Store::for_each_group (one prefix scan of the index
// per (subject, attribute)), so its cost grows with the number of claims and
// its memory with the largest group, never with all pairs.  compare_new looks
// up only the keys the new claims mention (claims_about), so the CI gate's
// latency does not depend on the size of the corpus.
#include <functional>
#include <string>
#include <vector>

#include "claimcheck/claim.h"
#include "claimcheck/finding.h"
#include "store/store.h"

namespace claimcheck::check {

struct Filter {
  std::vector<FindingKind> kinds;      // empty = every kind
  std::string subject;                 // "" = every subject (exact match otherwise)
  std::string attribute;               // "" = every attribute
  Severity min_severity = Severity::info;

  bool accepts(const Finding& f) const;
};

std::vector<Finding> find_conflicts(const store::Store& store, const Filter& filter = {});

// The same, handing each finding to `sink` as its group is done: memory stays
// bounded by the largest group however many findings there are.
void find_conflicts(const store::Store& store, const Filter& filter, const std::function<void(Finding&&)>& sink);

// The same, also handing `each_group` every (subject, attribute) group of the
// walk before the filter looks at it, so a caller can count the store on the
// way instead of scanning it again (the JSON report's summary).  Returns
// whether it walked every group: false when the filter names a subject and an
// attribute, which is one lookup (each_group is then not called).
bool find_conflicts(const store::Store& store, const Filter& filter, const std::function<void(Finding&&)>& sink,
                    const std::function<void(const std::vector<Claim>&)>& each_group);

// Findings that involve at least one of `fresh` (claims of articles not in the
// store, or newer versions of stored ones: stored claims of a document that
// `fresh` also has are left out).  The fresh claims are compared with the
// store and with each other.
std::vector<Finding> compare_new(const store::Store& store, const std::vector<Claim>& fresh,
                                 const Filter& filter = {});

}  // namespace claimcheck::check
