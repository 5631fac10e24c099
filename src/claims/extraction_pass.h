#pragma once
// The state of one RuleExtractor::extract_sentences pass, shared by its phases
// (rule_extractor.cc: values, qualifiers, provenance; claim_subject.cc: whose
// value it is).  Private to claims/.
//
// Per document: the quantities and names found once, the focus and the
// narrative date carried from sentence to sentence.  Per sentence: its slots,
// its masked form, the candidates its rules produced.  Per rule match: which
// rule, where, and which quantity is the value (RuleMatch).
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <re2/re2.h>

#include "claims/anaphora.h"
#include "claims/candidates.h"
#include "claims/extractor.h"
#include "claims/focus.h"
#include "claims/masked_sentence.h"
#include "claims/news_subjects.h"
#include "claims/sentence_slots.h"
#include "claims/subjects.h"
#include "rules/rule.h"
#include "text/document.h"
#include "values/recognizer.h"

namespace claimcheck::claims {

constexpr std::size_t kAnchorSentences = 3;  // how long a narrative date anchors events

// Per rule: where its capturing groups are.
struct RulePlan {
  int groups = 0;                 // number of capturing groups
  std::vector<int> values;        // groups that may hold the value (first one matched wins)
  int subject = -1;               // group of the {subject} placeholder
  std::vector<int> who;           // news pack: groups (?P<who>...), (?P<who_2>...): a person's name as written
  std::vector<int> benchmarks;    // {benchmark} groups
  std::vector<std::pair<int, std::string>> qualifiers;  // group -> fragment name
  std::vector<std::string> qualifier_names;             // parallel: qualifier key
  // Qualifiers read from the value's own words: fragment name, regex.
  std::vector<std::pair<std::string, std::unique_ptr<RE2>>> in_value;
};

struct ExtractionPass {
  ExtractionPass(const text::Document& d, std::set<std::string>* f) : doc(d), fired(f) {}

  const text::Document& doc;
  std::set<std::string>* fired;  // rules that produced a claim (the self-test), or null
  Extraction out;

  // The document, found once.
  std::vector<values::Match> quantities;
  std::vector<Mention> mentions;
  std::vector<bool> dropped;              // quantities inside a name ("5.5" of "GPT-5.5")
  std::size_t next_q = 0, next_m = 0;     // first quantity and mention not before the sentence
  Focus focus;
  std::string topic_model;                // the one model the headline names ("" = none): page_topic()
  std::optional<std::size_t> anchor;      // quantity index of the narrative date
  std::size_t anchor_sentence = 0;
  std::optional<news::DocumentNames> news_names;  // news pack: the article's full names, made on first use
  const news::CompanyWords* company_words = nullptr;  // news pack: anaphora.h
  std::optional<news::CompanyNames> companies;        // the article's companies, made on first use

  // The sentence being read.
  std::size_t si = 0;
  const text::Sentence* sentence = nullptr;
  SentenceSlots slots;
  MaskedSentence masked;
  std::vector<std::pair<std::size_t, std::size_t>> subject_slots;  // masked offset, mention index
  std::optional<Modality> modality;       // of the sentence, read on first use
  std::vector<std::size_t> used_dates;    // dates already given to an event
  std::vector<Candidate> candidates;

  // Buffers reused from sentence to sentence.
  std::vector<int> hits;
  std::vector<re2::StringPiece> groups;
};

// One match of one rule in the masked sentence.
struct RuleMatch {
  const rules::Rule& rule;
  const RulePlan& plan;
  std::size_t rule_index;
  std::size_t begin = 0, end = 0;  // masked offsets of the words the rule read
  std::size_t value = 0;           // quantity index of the value
  std::size_t value_at = 0;        // masked offset of the value
  bool anchored = false;           // the value is the narrative date, not one the sentence tells
};

// The quantity or mention index a placeholder's digits name.
inline std::size_t parse_index(re2::StringPiece digits) {
  std::size_t v = 0;
  for (char c : digits) v = v * 10 + static_cast<std::size_t>(c - '0');
  return v;
}

}  // namespace claimcheck::claims
