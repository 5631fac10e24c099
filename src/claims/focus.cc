// The name in focus; see focus.h.
#include "claims/focus.h"

#include "rules/placeholder.h"

namespace claimcheck::claims {

bool owns(const std::string& owner, const std::string& kind) {
  if (owner.empty()) return true;
  if (owner == "model") return kind == "model" || kind == "product";
  return kind == owner;
}

void Focus::note_by_kind(const std::vector<Slot>& slots, const std::vector<Mention>& mentions, bool keep_model) {
  const bool hold = keep_model && model && fresh(model_sentence);
  for (const auto& s : slots) {
    if (s.kind != rules::kSubjectKind) continue;
    // The first model and the first company of a sentence take the focus.
    const bool is_company = owns("company", mentions[s.index].kind);
    if (is_company && company_noted_in != sentence)
      company = s.index, company_sentence = clock, company_noted_in = sentence;
    if (hold) continue;
    if (owns("model", mentions[s.index].kind) && model_noted_in != sentence)
      model = s.index, model_sentence = clock, model_noted_in = sentence;
  }
}

void Focus::note_names_only(const std::vector<Slot>& slots, const std::vector<Mention>& mentions) {
  note_by_kind(slots, mentions);
  for (const auto& s : slots)
    if (s.kind == rules::kSubjectKind) {
      any = s.index;
      any_sentence = clock;
      break;
    }
}

}  // namespace claimcheck::claims
