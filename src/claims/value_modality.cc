// A plan cue speaks for its own clause; see value_modality.h.
#include "claims/value_modality.h"

#include <string>

#include "rules/placeholder.h"

namespace claimcheck::claims {
namespace {

// The masked sentence with the colons inside placeholders ("⟨money:3:USD⟩")
// blanked, so only the text's own colons end a clause.
std::string without_placeholder_colons(std::string_view masked) {
  std::string s(masked);
  bool inside = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, rules::kOpen.size(), rules::kOpen) == 0) inside = true;
    else if (s.compare(i, rules::kClose.size(), rules::kClose) == 0) inside = false;
    else if (inside && s[i] == ':') s[i] = '_';
  }
  return s;
}

}  // namespace

Modality value_modality(const rules::RuleSet& rules, std::string_view masked, std::size_t value_begin,
                        std::size_t value_end, Modality of_sentence) {
  const bool plan = of_sentence == Modality::plan, rumour = of_sentence == Modality::rumour;
  if ((!plan && !rumour) || value_begin > value_end || value_end > masked.size()) return of_sentence;
  const std::string text = without_placeholder_colons(masked);
  std::size_t begin = 0;
  for (std::string_view stop : {";", ":", " \u2014 ", " - ", " -- "}) {
    std::size_t at = text.rfind(stop, value_begin);
    if (at != std::string::npos && at + stop.size() <= value_begin) begin = std::max(begin, at + stop.size());
  }
  std::size_t end = text.size();
  for (std::string_view stop : {";", ":", ". ", " and ", " but "}) {
    std::size_t at = text.find(stop, value_end);
    if (at != std::string::npos) end = std::min(end, at);
  }
  // The value's comma-delimited stretch of its clause, for the cues that
  // reach no further ("could", "may").
  std::size_t seg_begin = begin, seg_end = end;
  if (std::size_t at = text.rfind(", ", value_begin); at != std::string::npos && at + 2 > seg_begin && at + 2 <= value_begin)
    seg_begin = at + 2;
  if (std::size_t at = text.find(", ", value_end); at != std::string::npos && at < seg_end) seg_end = at;
  const std::string_view clause = std::string_view(text).substr(begin, end - begin);
  const std::string_view segment = std::string_view(text).substr(seg_begin, seg_end - seg_begin);
  // A rumour speaks for the whole sentence, unless only a segment cue ("is
  // said to") made it one: then it speaks for its stretch.
  if (rumour)
    if (Modality m = rules.modality_of(text, segment).value_or(Modality::stated); m != Modality::plan) return m;
  return rules.modality_of(clause, segment).value_or(Modality::stated);
}

}  // namespace claimcheck::claims
