#pragma once
// Which name the sentences are about: a value with no name of its own in its
// sentence belongs to the name in focus, if that was named at most
// kFocusSentences sentences of prose ago.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "claims/masked_sentence.h"
#include "claims/subjects.h"

namespace claimcheck::claims {

constexpr std::size_t kFocusSentences = 3;  // how far back a subject stays in focus

// Whether a name of `kind` ("model", "product", "company"...) can own an
// attribute whose owner is `owner` ("" = any name).
bool owns(const std::string& owner, const std::string& kind);

struct Focus {
  // Focus fades with sentences of prose; a spec sheet's "Key: value" lines
  // all speak of the model named above them, however many there are.
  std::size_t clock = 0;
  std::optional<std::size_t> any;  // mention index in focus
  std::size_t any_sentence = 0;
  // The model and the company last named, for attributes only they own.
  std::optional<std::size_t> model, company;
  std::size_t model_sentence = 0, company_sentence = 0;
  // Which sentence is being read, counted over every sentence (a spec sheet's
  // lines do not move `clock`, but each "Model: X" line names a new model).
  std::size_t sentence = 0;
  std::size_t model_noted_in = SIZE_MAX, company_noted_in = SIZE_MAX;

  // Whether something noted at `sentence` is still in focus.
  bool fresh(std::size_t sentence) const { return clock - sentence <= kFocusSentences; }
  // The first model and the first company of the sentence's names.  A
  // sentence told for comparison ("K3.1, by comparison, had ...") keeps a
  // fresh model in focus (`keep_model`).
  void note_by_kind(const std::vector<Slot>& slots, const std::vector<Mention>& mentions, bool keep_model = false);
  // A sentence of names only: they move the focus, the first one first.
  void note_names_only(const std::vector<Slot>& slots, const std::vector<Mention>& mentions);
};

}  // namespace claimcheck::claims
