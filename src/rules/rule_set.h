#pragma once
// RuleSet: every rule pack loaded, checked and compiled once.
//
//   auto set = RuleSet::load({});            // the packs built into the binary
//   auto set = RuleSet::load({"my-rules"});   // packs from disk instead
//   std::vector<int> hits;
//   set->candidates(masked_sentence, &hits); // the rules whose pattern matches
//   set->potentials(masked_sentence, &hits); // a superset: the rules the literal
//   for (int i : hits) ... set->regex(i) ... // prefilter lets through; only those
//                                            // run their full pattern
//
// A rules directory holds JSON files (comments allowed).  A file may define
// "fragments" (object), "rules" (array), "entities" (the gazetteer, array),
// "modality" (cue words, array), "scopes" (sentence-wide qualifiers, array) and
// "attributes" (the attribute table, object); docs/rules.md describes each field.  Files
// are read in path order; the first folder under the directory names the pack,
// which prefixes rule ids: "ai-models/price.for_direction".
//
// Every failure (bad JSON, unknown fragment, RE2 error, duplicate id) throws
// claimcheck::Error whose `where` is "file:line" and whose message names the
// rule id and RE2's own error.  RuleSet is immutable after load and safe to
// share between threads.
#include <map>
#include <memory>
#include <set>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/filtered_re2.h>
#include <re2/set.h>
#include <nlohmann/json_fwd.hpp>

#include "claimcheck/attributes.h"
#include "rules/rule.h"
#include "rules/scope_cues.h"

namespace claimcheck::rules {

struct SourceFile {
  std::string path;      // shown in errors: "rules/ai-models/prices.json"
  std::string pack;      // "ai-models"
  std::string contents;
};

class RuleSet {
 public:
  static std::unique_ptr<RuleSet> load(const std::vector<std::string>& dirs);
  static std::unique_ptr<RuleSet> from_sources(const std::vector<SourceFile>& files);

  const std::vector<Rule>& rules() const { return rules_; }
  const RE2& regex(std::size_t i) const { return *regexes_[i]; }
  const std::vector<Entity>& entities() const { return entities_; }
  const std::vector<ModalityCue>& modality_cues() const { return modality_; }
  // Sentence-wide qualifiers, with their compiled cues (same order).
  const std::vector<Scope>& scopes() const { return scopes_; }
  const RE2& scope_regex(std::size_t i) const { return *scope_regexes_[i]; }
  // Which scopes a sentence cues, one set pass per text (scope_cues.h).
  const ScopeCues& scope_cues() const { return *scope_cues_; }
  // The modality whose cue words appear first in rules/modality.json order
  // among those found in `sentence`; nullopt when none.  Cues that reach only
  // their own segment are looked for in `segment` when one is given (a value's
  // comma-delimited stretch of the sentence), else in the whole sentence.
  std::optional<Modality> modality_of(std::string_view sentence,
                                      std::optional<std::string_view> segment = std::nullopt) const;
  const std::map<std::string, Fragment>& fragments() const { return fragments_; }

  // False when rule i cannot match anywhere in `text`, by a quicker regex than
  // its own (its long counted gaps opened: relaxed_gaps.h); true when it may.
  bool may_match(std::size_t i, std::string_view text) const {
    return !quick_tests_[i] || RE2::PartialMatch(text, *quick_tests_[i]);
  }

  // Indices of the rules whose pattern matches somewhere in `masked` (sorted):
  // potentials(), each confirmed by its own regex.
  void candidates(std::string_view masked, std::vector<int>* out) const;
  // Indices of the rules that may match `masked` (sorted), a superset of
  // candidates(): one RE2::Set pass over the literals ("atoms") the rules need
  // (re2::FilteredRE2), then the rules whose needed literals were all found.
  // A rule left out cannot match; a rule kept may not (run its regex).
  void potentials(std::string_view masked, std::vector<int>* out) const;

  // The qualifier value for text captured by a capture fragment:
  // ("direction", "Cache Hit") -> "cache_hit" (the fragment's "values", else
  // the text lower-cased with spaces and dashes as '_').
  std::string qualifier_value(const std::string& fragment, std::string_view captured) const;

 private:
  RuleSet() = default;
  // from_sources, file by file (rule_set.cc).
  void add_file(const SourceFile& f, const nlohmann::json& j, std::set<std::string>* ids);
  void add_modality_cues(const nlohmann::json& entries, const std::string& path);
  void add_scopes(const nlohmann::json& entries, const std::string& path);
  void add_rule(Rule r);
  void compile_set();
  std::vector<Rule> rules_;
  std::vector<const RE2*> regexes_;  // own_filters_[i]'s regex
  std::vector<std::unique_ptr<RE2>> quick_tests_;  // may_match(); null for a rule without long gaps
  // The prefilter (compile_set): the rules' needed literals, and one set of them.
  std::unique_ptr<re2::FilteredRE2> filter_;
  std::unique_ptr<RE2::Set> atom_set_;
  static constexpr int kMinAtomLength = 3;
  struct OwnFilter {  // one rule's own prefilter; atoms[k]: its atom k's index in atom_set_
    std::unique_ptr<re2::FilteredRE2> filter;
    std::vector<int> atoms;
  };
  std::vector<OwnFilter> own_filters_;
  std::size_t shared_atoms_ = 0;  // atom_set_'s first atoms are filter_'s
  std::size_t atom_count_ = 0;
  std::vector<Entity> entities_;
  std::vector<ModalityCue> modality_;
  std::vector<std::unique_ptr<RE2>> modality_regexes_;
  std::map<std::string, Fragment> fragments_;
  std::vector<Scope> scopes_;
  std::vector<std::unique_ptr<RE2>> scope_regexes_;
  std::unique_ptr<ScopeCues> scope_cues_;  // over scopes_ and scope_regexes_, made once both are complete
  std::map<std::string, AttributeInfo, std::less<>> attributes_;
};

// Reads every *.json under `dir` (recursively) as SourceFiles.
std::vector<SourceFile> read_rule_dir(const std::string& dir);
// The packs built into the binary.
std::vector<SourceFile> embedded_sources();

}  // namespace claimcheck::rules
