#pragma once
// The value layer: every quantity in a document, normalised (see Quantity).
//
// Example: "Just 12 hours later, DeepSeek unveiled V4" after "April 24 marked ..."
//   -> date 2026-04-24, inferred=true (anchor: the last date mentioned before it)
#include <cstdint>
#include <optional>
#include <vector>

#include "claimcheck/quantity.h"
#include "text/document.h"

namespace claimcheck::values {

struct ValueOptions {
  // Days since 1970-01-01 of the article's date: fills in missing years and
  // anchors relative dates when nothing earlier in the text does.
  std::optional<int64_t> reference_date;
  // Used for a missing year when there is no reference date (0 = leave such
  // dates out).  claims:: passes the latest year the article mentions.
  int fallback_year = 0;
};

struct Match {
  Quantity quantity;                 // quantity.begin/end: ORIGINAL byte offsets
  std::size_t norm_begin = 0;        // offsets into Document::normalized, end exclusive
  std::size_t norm_end = 0;
  std::size_t sentence = 0;          // index into Document::sentences
};

// All quantities of `doc` in text order.  Relative dates are resolved against
// the last date mentioned before them, else the reference date.
std::vector<Match> find_quantities(const text::Document& doc, const ValueOptions& options = {});

}  // namespace claimcheck::values
