#pragma once
// A sentence with its quantities and names replaced by placeholders, the form
// every rule pattern reads (see rules/rule.h):
//
//   "V4-Flash costs just $0.28 per million tokens for output"
//   -> "⟨subj:4⟩ costs just ⟨money:17⟩ for output"
//
// Indexes are document-wide (into the quantity and mention lists), so a rule
// match maps straight back to the Quantity or Mention it captured.
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::claims {

struct Slot {
  std::size_t norm_begin = 0, norm_end = 0;  // span in Document::normalized
  std::string kind;                          // "money", "date", ..., "subj", "bench"
  std::size_t index = 0;                     // into the document's quantities or mentions
  std::string unit;                          // counted noun of a number ("parameters"), else empty
};

struct MaskedSentence {
  std::string text;
  // Masked offset -> normalized offset, for the start of each piece.
  struct Piece {
    std::size_t masked_begin, norm_begin, norm_end;
    bool placeholder;
  };
  std::vector<Piece> pieces;

  // Normalized offset of a masked offset (placeholders map to their span).
  std::size_t to_normalized(std::size_t masked_offset, bool is_end) const;
};

// `slots` must be sorted, non-overlapping and inside [begin, end).
MaskedSentence mask_sentence(std::string_view normalized, std::size_t begin, std::size_t end,
                             const std::vector<Slot>& slots);

}  // namespace claimcheck::claims
