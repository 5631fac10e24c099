#pragma once
// A rule, as a journalist writes it in rules/<pack>/*.json, after loading.
//
// A rule reads one sentence in its MASKED form, where the value layer's
// quantities and the recognised names are replaced by placeholders:
//
//   "OpenAI released GPT-5.4 on March 5, 2026."
//   -> "⟨subj:0⟩ released ⟨subj:1⟩ on ⟨date:0⟩."
//
// so a pattern talks about kinds, not digits:  "released {subject} on {date}".
// Each match of the pattern yields one claim: its value is the quantity in the
// rule's value slot (default: the first value fragment), its subject the one in
// the `subject` slot, else the nearest name before the value (see claims/).
// docs/rules.md is the guide for writing them.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimcheck/claim.h"

namespace claimcheck::rules {

// One expected claim of an example ("value" is a number, an ISO date, or the
// display() form such as "0.28 USD per 1e6 tokens").
struct ExpectedClaim {
  nlohmann::json spec;  // subject, attribute, qualifiers, value, unit, modality, bound
};

struct Example {
  std::string text;
  std::vector<ExpectedClaim> claims;  // every one must be found (others may be too)
  std::string ref_date;               // ISO reference date for the example, optional
};

struct Rule {
  std::string id;          // "ai-models/price.for_direction": pack folder + "/" + id in the file
  std::string file;        // where it was written, for error messages
  std::string attribute;   // "price", "release_date", ... (docs/rules.md lists them)
  std::string pattern;     // as written, with {fragments}
  std::string expanded;    // RE2 syntax over the masked sentence
  std::map<std::string, std::string> qualifiers;  // defaults, e.g. scope=total
  std::string value_slot;  // named group holding the value placeholder ("" = any value group)
  std::vector<std::string> value_groups;  // every value group of the pattern, in order
  // Capture group -> the fragment it came from ("what_2" -> "n_ordeal"): two
  // fragments may capture the same qualifier, each with its own value map.
  std::map<std::string, std::string> group_fragments;
  std::string subject_slot = "subject";  // named group holding the subject ("subject_2": the second {subject})
  // Capture fragments also looked for inside the value's own words, e.g.
  // ["direction"] for "$0.14 per million input tokens".
  std::vector<std::string> value_qualifiers;
  bool allow_focus = true; // may take the subject in focus from earlier sentences
  std::vector<std::string> value_kinds;  // allowed value kinds: "money", "date", ...
  std::optional<Modality> modality;      // forces the modality; else cue words decide
  std::string unit;        // unit to set when the quantity has none ("parameters")
  // Release-style events told without a date ("OpenAI abruptly launched
  // GPT-5.5"): the value is the narrative date in force (see claims/).
  bool date_from_anchor = false;
  // Marks a narrative date ("April 24 marked a watershed moment") that anchors
  // the events told in the next sentences; yields no claim itself.
  bool anchor = false;
  // "paid over nine years", "spread over 12 months": the value layer reads
  // "over" as a lower bound; after these verbs it names the span itself.
  bool over_is_span = false;
  std::vector<Example> examples;
  std::vector<std::string> counter_examples;  // must yield no claim from this rule
};

// A reusable pattern piece, referenced as {name} in patterns.
struct Fragment {
  std::string pattern;
  std::string capture;  // qualifier name the match is kept as ("direction"), "" = none
  std::map<std::string, std::string> values;  // lower-cased text -> qualifier value
};

// A named entity of the gazetteer (rules/entities/*.json).
struct Entity {
  std::string canonical;             // "DeepSeek V4-Pro"
  std::string kind;                  // "model", "company", "product", "benchmark"
  std::vector<std::string> aliases;  // "V4-Pro", "DeepSeek's V4-Pro" (canonical is implied)
};

// Cue words that set a claim's modality (rules/modality.json).
struct ModalityCue {
  Modality modality;
  std::string pattern;  // RE2, case-insensitive, over the sentence
  // "reach": "segment" in the rules file: the cue speaks only for the
  // comma-delimited stretch it stands in ("could", "may": "In the days buyers
  // could shop, stores made $3 million" states the $3 million).
  bool segment_only = false;
};

// A qualifier a whole sentence gives its claims ("scopes" in a rules file):
// "a new Vega-4 Pro snapshot ... at $2.00 input" makes that price the
// snapshot's, "$5 once a prompt passes 200K tokens" the long-context tier's.
struct Scope {
  std::string qualifier;               // "snapshot", "tier"
  std::string pattern;                 // RE2, case-insensitive, over the masked sentence
  std::string value;                   // the qualifier's value; "date": the ISO date the sentence names;
                                       // "capture": the cue's first group over the sentence as written, lower-cased
  std::vector<std::string> attributes; // only these attributes (empty: every attribute)
  std::vector<std::string> except;     // "capture": captured words that are no scope ("In total, ...")
  bool as_written = false;             // the cue reads the sentence as written, names and all
  bool clause_only = false;            // "reach": "clause": the cue reads only the value's ';'-delimited
                                       // stretch ("$2 / $12 (<=200K) ; $4 / $18 (>200K)")
  bool nearest = false;                // "reach": "nearest": of the cued scopes of this qualifier, each
                                       // value takes the one whose cue is nearest ("41% without tools and
                                       // 52% with tools"); value "" then means none ("previewed in May,
                                       // generally available in June")
};

}  // namespace claimcheck::rules
