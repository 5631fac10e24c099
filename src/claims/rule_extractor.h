#pragma once
// The Extractor that runs rule packs (the only one; extractor.h is its face).
//
// Per document: the article's date (known meta, else a dateline) becomes the
// value layer's reference date; quantities and names are found once; then for
// each sentence the masked form is matched by one RE2::Set pass and only the
// candidate rules run their own pattern.  Each match becomes a claim whose
// subject is, in order: the rule's {subject}; the nearest name before the
// value in the same clause (clauses end at ';'); the first name of the
// sentence; the name in focus from the sentences just before
// (subject_from_focus).  Two claims on the same value, attribute and subject
// are merged, keeping the one with more qualifiers, then the longer match.
#include <memory>
#include <set>
#include <string>

#include "claims/anaphora.h"
#include "claims/extractor.h"
#include "claims/masked_sentence.h"
#include "claims/subjects.h"
#include "values/recognizer.h"
#include "rules/rule_set.h"

namespace claimcheck::claims {

struct Tables;          // tables.h
struct Candidate;       // candidates.h
struct RulePlan;        // extraction_pass.h: per rule, where its groups are
struct ExtractionPass;  // extraction_pass.h: what one extract_sentences pass knows
struct RuleMatch;       // extraction_pass.h: one match of one rule

class RuleExtractor : public Extractor {
 public:
  explicit RuleExtractor(std::unique_ptr<rules::RuleSet> rules);
  ~RuleExtractor() override;
  Extraction extract(const text::Document& doc, const ArticleMeta& known = {}) const override;
  // extract(), also naming every rule that produced a claim before merging
  // (the self-test uses it to tell which rule fired).
  Extraction extract_traced(const text::Document& doc, const ArticleMeta& known,
                            std::set<std::string>* fired) const;
  const rules::RuleSet& rule_set() const { return *rules_; }

 private:
  // The prose, sentence by sentence; sentences inside `tables` are skipped.
  // Its phases, in order: read_sentence (slots, masked text), run_rules
  // (find_value, claim_subject.h's find_subject, read_qualifiers, read_value,
  // provenance), apply_scopes, keep_best (candidates.h).
  // `line_names`: for a table's synthetic text, the name each line starts with
  // that only the table knows (TableSentence::named_by_table).
  Extraction extract_sentences(const text::Document& doc, const ArticleMeta& known, std::set<std::string>* fired,
                               const Tables* tables, const std::vector<std::string>* line_names = nullptr) const;
  std::string page_topic(const std::string& title, std::string_view text, const std::vector<Mention>& mentions) const;
  // The only model `headline` names, "" for none or several.
  std::string headline_model(const std::string& headline, const std::vector<Mention>& mentions) const;
  static constexpr int kHeadlineLines = 6;  // how far down a page its headline may stand
  void read_sentence(ExtractionPass& pass, std::size_t si) const;
  void run_rules(ExtractionPass& pass) const;
  static std::vector<Slot> focus_slots(const ExtractionPass& pass, bool masked);
  bool find_value(ExtractionPass& pass, RuleMatch* match) const;
  void read_qualifiers(const ExtractionPass& pass, const RuleMatch& match, Claim* c) const;
  bool read_value(ExtractionPass& pass, const RuleMatch& match, Claim* c) const;
  Modality sentence_modality(ExtractionPass& pass) const;
  void apply_scopes(std::string_view sentence, std::size_t sentence_begin, const std::string& masked,
                    const std::vector<values::Match>& quantities,
                    const std::vector<std::size_t>& sentence_dates, std::vector<Candidate>* candidates) const;
  bool nearest_cue(const std::vector<rules::Scope>& scopes, const std::vector<char>& cued, std::size_t i,
                   std::string_view sentence, std::size_t sentence_begin, const std::vector<values::Match>& quantities,
                   std::size_t value) const;
  void extract_tables(const text::Document& doc, const Tables& tables, Extraction* out,
                      std::set<std::string>* fired) const;

  std::unique_ptr<rules::RuleSet> rules_;
  SubjectFinder subjects_;
  news::CompanyWords company_words_;  // rules/news/companies.json (anaphora.h)
  std::vector<std::unique_ptr<RulePlan>> plans_;
};

}  // namespace claimcheck::claims
