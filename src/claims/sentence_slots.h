#pragma once
// A sentence's values and names in text order, as the slots its masked form
// (masked_sentence.h) replaces with placeholders.
#include <cstddef>
#include <string>
#include <vector>

#include "claims/masked_sentence.h"
#include "claims/subjects.h"
#include "text/document.h"
#include "values/recognizer.h"

namespace claimcheck::claims {

struct SentenceSlots {
  std::vector<Slot> slots;          // sorted, non-overlapping
  std::vector<std::size_t> dates;   // quantity indexes of the sentence's dates
  // Whether a slot holds a value (not only names and benchmarks).
  bool has_value() const;
};

// The slot kind of a quantity: "date" for dates and date ranges, else its kind's name.
std::string slot_kind(QuantityKind k);

// A name wins over a number inside it ("5.5" of "GPT-5.5", "2.0" of
// "Terminal-Bench 2.0"): true for each quantity that lies inside a mention.
std::vector<bool> numbers_inside_names(const std::vector<values::Match>& quantities,
                                       const std::vector<Mention>& mentions);

// The slots of sentence `si`. `next_q` and `next_m` are the first quantity and
// mention not before the sentence; they move forward, as sentences are read in order.
SentenceSlots sentence_slots(const std::vector<values::Match>& quantities, const std::vector<Mention>& mentions,
                             const std::vector<bool>& dropped, const text::Sentence& sentence, std::size_t si,
                             std::size_t* next_q, std::size_t* next_m);

}  // namespace claimcheck::claims
