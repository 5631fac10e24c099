// The scopes a sentence cues, one set pass per text; see scope_cues.h.
#include "rules/scope_cues.h"

namespace claimcheck::rules {

ScopeCues::ScopeCues(const std::vector<Scope>& scopes, const std::vector<std::unique_ptr<RE2>>& regexes,
                     const RE2::Options& options)
    : regexes_(regexes) {
  written_.set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  masked_.set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  bool ok = true;
  for (std::size_t i = 0; i < scopes.size(); ++i) {
    Side& side = reads_as_written(scopes[i]) ? written_ : masked_;
    ok = ok && side.set->Add(scopes[i].pattern, nullptr) == static_cast<int>(side.scopes.size());
    side.scopes.push_back(i);
  }
  for (Side* side : {&written_, &masked_})
    if (!ok || side->scopes.empty() || !side->set->Compile()) side->set.reset();
}

void ScopeCues::find(std::string_view written, std::string_view masked, std::vector<char>* hit) const {
  hit->assign(regexes_.size(), 0);
  find_on(written_, written, hit);
  find_on(masked_, masked, hit);
}

void ScopeCues::find_on(const Side& side, std::string_view text, std::vector<char>* hit) const {
  if (side.set) {
    thread_local std::vector<int> found;
    found.clear();
    RE2::Set::ErrorInfo error{RE2::Set::kNoError};
    const bool any = side.set->Match(text, &found, &error);
    if (error.kind == RE2::Set::kNoError) {
      if (any)
        for (int k : found) (*hit)[side.scopes[k]] = 1;
      return;
    }
  }
  for (std::size_t i : side.scopes) (*hit)[i] = RE2::PartialMatch(text, *regexes_[i]);
}

}  // namespace claimcheck::rules
