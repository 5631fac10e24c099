#pragma once
// Which of a document's mentions overlap a span, without a pass over all of
// them: a book names tens of thousands of models, and SubjectFinder::find asks
// once per mention (issue 17: a pass over every mention for every mention made
// a 400,000-line file take minutes).
//
// The picked mentions are ordered by start, with the running maximum of their
// ends; the ones that can overlap [b, e) are the run just before the first that
// starts at e or later, as far back as that maximum still passes b.  For
// mentions that do not nest deeply, a query visits a handful of them
// (visited() counts, for the test that says so).
//
// Example:
//   Overlaps listed(mentions, [](const Mention&) { return true; });
//   bool dominated = listed.any(u.begin, u.end, [&](const Mention& l) { return l.end - l.begin >= u.end - u.begin; });
#include <algorithm>
#include <cstddef>
#include <vector>

#include "claims/subjects.h"

namespace claimcheck::claims {

class Overlaps {
 public:
  // Indexes the mentions `pick` selects.  REQUIRES: `mentions` outlives this
  // object and does not change while it is used.
  template <typename Pick>
  Overlaps(const std::vector<Mention>& mentions, Pick pick) : mentions_(mentions) {
    for (std::size_t i = 0; i < mentions.size(); ++i)
      if (pick(mentions[i])) order_.push_back(i);
    std::stable_sort(order_.begin(), order_.end(),
                     [&](std::size_t a, std::size_t b) { return mentions[a].begin < mentions[b].begin; });
    std::size_t most = 0;
    for (std::size_t i : order_) max_end_.push_back(most = std::max(most, mentions[i].end));
  }

  // Whether a picked mention that `fits` overlaps [b, e).
  template <typename Fits>
  bool any(std::size_t b, std::size_t e, Fits fits) const {
    auto first_after = std::lower_bound(order_.begin(), order_.end(), e,
                                        [&](std::size_t i, std::size_t at) { return mentions_[i].begin < at; });
    for (std::size_t k = static_cast<std::size_t>(first_after - order_.begin()); k-- > 0 && max_end_[k] > b;) {
      ++visited_;
      const Mention& m = mentions_[order_[k]];
      if (m.end > b && fits(m)) return true;
    }
    return false;
  }

  // Mentions looked at by any() so far.
  std::size_t visited() const { return visited_; }

 private:
  const std::vector<Mention>& mentions_;
  std::vector<std::size_t> order_;    // indexes of the picked mentions, by start
  std::vector<std::size_t> max_end_;  // parallel: the largest end up to here
  mutable std::size_t visited_ = 0;
};

}  // namespace claimcheck::claims
