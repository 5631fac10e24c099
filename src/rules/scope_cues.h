#pragma once
// Which sentence-wide qualifiers (rules "scopes") a sentence cues: one
// RE2::Set pass over the sentence as written and one over its masked form,
// instead of one regex per scope per sentence (a tenth of an extraction).
//
//   ScopeCues cues(set.scopes(), regexes);
//   cues.find(sentence, masked, &hit);   // hit[i]: scope i's cue occurs
//
// Each scope's cue is read where RuleExtractor::apply_scopes reads it: the
// sentence as written for "capture" and "as_written" scopes, else the masked
// sentence.  The answer is what RE2::PartialMatch of each cue gives; where a
// set cannot be compiled or runs out of memory, each cue is tried alone.
#include <memory>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "rules/rule.h"

namespace claimcheck::rules {

class ScopeCues {
 public:
  // `regexes[i]` is scopes[i]'s compiled cue; both must outlive this.
  ScopeCues(const std::vector<Scope>& scopes, const std::vector<std::unique_ptr<RE2>>& regexes,
            const RE2::Options& options);

  void find(std::string_view written, std::string_view masked, std::vector<char>* hit) const;

  // Where scope i's cue is read.
  static bool reads_as_written(const Scope& s) { return s.value == "capture" || s.as_written; }

 private:
  struct Side {  // the cues read over one text
    std::unique_ptr<RE2::Set> set;  // null: try each cue alone
    std::vector<std::size_t> scopes;  // set index -> scope index
  };
  void find_on(const Side& side, std::string_view text, std::vector<char>* hit) const;

  const std::vector<std::unique_ptr<RE2>>& regexes_;
  Side written_, masked_;
};

}  // namespace claimcheck::rules
