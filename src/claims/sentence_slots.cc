// A sentence's slots; see sentence_slots.h.
#include "claims/sentence_slots.h"

#include <algorithm>

#include "rules/placeholder.h"

namespace claimcheck::claims {
namespace {

// The unit a placeholder carries for {number:...} and {money:...}: a number's
// counted noun ("parameters"); a rate's denominator ("per_tokens": "$2 per
// million input tokens"), else a money amount's currency.
std::string slot_unit(const Quantity& q) {
  if (q.kind == QuantityKind::number) return q.unit;
  if (q.kind != QuantityKind::money) return {};
  return q.per_unit.empty() ? q.unit : "per_" + q.per_unit;
}

}  // namespace

bool SentenceSlots::has_value() const {
  return std::any_of(slots.begin(), slots.end(), [](const Slot& s) {
    return s.kind != rules::kSubjectKind && s.kind != rules::kBenchmarkKind;
  });
}

std::string slot_kind(QuantityKind k) {
  switch (k) {
    case QuantityKind::date:
    case QuantityKind::daterange: return "date";
    default: return to_string(k);
  }
}

std::vector<bool> numbers_inside_names(const std::vector<values::Match>& quantities,
                                       const std::vector<Mention>& mentions) {
  std::vector<bool> dropped(quantities.size(), false);
  std::size_t m = 0;
  for (std::size_t q = 0; q < quantities.size(); ++q) {
    while (m < mentions.size() && mentions[m].end <= quantities[q].norm_begin) ++m;
    for (std::size_t k = m; k < mentions.size() && mentions[k].begin < quantities[q].norm_end; ++k)
      if (mentions[k].end > quantities[q].norm_begin) dropped[q] = true;
  }
  return dropped;
}

SentenceSlots sentence_slots(const std::vector<values::Match>& quantities, const std::vector<Mention>& mentions,
                             const std::vector<bool>& dropped, const text::Sentence& sentence, std::size_t si,
                             std::size_t* next_q, std::size_t* next_m) {
  SentenceSlots out;
  std::vector<Slot>& slots = out.slots;
  while (*next_q < quantities.size() && quantities[*next_q].sentence < si) ++*next_q;
  while (*next_m < mentions.size() && mentions[*next_m].begin < sentence.begin) ++*next_m;
  std::size_t q = *next_q, m = *next_m;
  // Merge quantities and mentions of this sentence in text order.
  while (true) {
    bool has_q = q < quantities.size() && quantities[q].sentence == si;
    bool has_m = m < mentions.size() && mentions[m].end <= sentence.end;
    if (has_q && dropped[q]) {
      ++q;
      continue;
    }
    if (!has_q && !has_m) break;
    if (has_q && (!has_m || quantities[q].norm_begin < mentions[m].begin)) {
      if (quantities[q].norm_begin >= sentence.begin && quantities[q].norm_end <= sentence.end &&
          (slots.empty() || quantities[q].norm_begin >= slots.back().norm_end)) {
        const Quantity& qv = quantities[q].quantity;
        slots.push_back({quantities[q].norm_begin, quantities[q].norm_end, slot_kind(qv.kind), q, slot_unit(qv)});
        if (qv.is_date()) out.dates.push_back(q);
      }
      ++q;
    } else {
      if (slots.empty() || mentions[m].begin >= slots.back().norm_end) {
        bool bench = mentions[m].kind == "benchmark";
        slots.push_back({mentions[m].begin, mentions[m].end,
                         std::string(bench ? rules::kBenchmarkKind : rules::kSubjectKind), m});
      }
      ++m;
    }
  }
  return out;
}

}  // namespace claimcheck::claims
