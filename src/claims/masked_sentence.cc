// Building masked sentences; see masked_sentence.h.
#include "claims/masked_sentence.h"

#include <algorithm>

#include "rules/placeholder.h"

namespace claimcheck::claims {

MaskedSentence mask_sentence(std::string_view normalized, std::size_t begin, std::size_t end,
                             const std::vector<Slot>& slots) {
  MaskedSentence m;
  m.text.reserve(end - begin + slots.size() * 8);
  std::size_t pos = begin;
  auto copy_until = [&](std::size_t until) {
    if (until <= pos) return;
    m.pieces.push_back({m.text.size(), pos, until, false});
    const std::size_t at = m.text.size();
    m.text.append(normalized.substr(pos, until - pos));
    // A hard-wrapped line is one sentence to the rules: "cached\ninput" reads
    // as "cached input" (same length, so offsets stay).
    std::replace(m.text.begin() + static_cast<std::ptrdiff_t>(at), m.text.end(), '\n', ' ');
    pos = until;
  };
  for (const auto& s : slots) {
    copy_until(s.norm_begin);
    m.pieces.push_back({m.text.size(), s.norm_begin, s.norm_end, true});
    m.text += rules::placeholder(s.kind, s.index, s.unit);
    pos = s.norm_end;
  }
  copy_until(end);
  return m;
}

std::size_t MaskedSentence::to_normalized(std::size_t masked_offset, bool is_end) const {
  if (pieces.empty()) return 0;
  // Last piece starting at or before the offset (for an end offset: before it).
  std::size_t i = 0;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    if (pieces[k].masked_begin < masked_offset || (!is_end && pieces[k].masked_begin == masked_offset)) i = k;
    else break;
  }
  const Piece& p = pieces[i];
  if (p.placeholder) return is_end ? p.norm_end : p.norm_begin;
  return std::min(p.norm_begin + (masked_offset - p.masked_begin), p.norm_end);
}

}  // namespace claimcheck::claims
