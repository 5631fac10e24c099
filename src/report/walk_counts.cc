// Counting the store from the groups of a walk (walk_counts.h).
#include "report/walk_counts.h"

namespace claimcheck::report {

void WalkCounts::add(const std::vector<Claim>& group) {
  if (group.empty()) return;
  claims_ += group.size();
  const Claim& first = group.front();
  if (!any_ || first.subject != last_subject_) {
    ++subjects_;
    last_subject_ = first.subject;
    any_ = true;
  }
  if (attributes_.empty() || *attributes_.rbegin() != first.attribute) attributes_.insert(first.attribute);
}

Stats WalkCounts::stats(uint64_t documents) const {
  Stats s;
  s.documents = documents;
  s.claims = claims_;
  s.subjects = subjects_;
  s.attributes = attributes_.size();
  return s;
}

}  // namespace claimcheck::report
