#pragma once
// Claim: one comparable statement an article makes, with where it came from.
// (subject, attribute, qualifiers) is the key conflicts are grouped by.
#include <map>
#include <string>
#include <string_view>

#include "claimcheck/quantity.h"

namespace claimcheck {

// How the article commits to the claim.
enum class Modality : uint8_t { stated, plan, reported, estimate, rumour };
const char* to_string(Modality);
bool parse_modality(const std::string&, Modality&);

// The subject of a claim whose number belongs to the story's event rather
// than to a name ("At least 14 people were killed" -> "event").  Such a claim
// is compared only within its story, whatever its attribute (stories/scope.h).
inline constexpr std::string_view kEventSubject = "event";

// The qualifier naming who gave a figure ("police", "organisers"), when the
// sentence says.  It keys nothing: two outlets quoting the police are one
// fact; police and organisers giving two counts are no conflict between the
// outlets, and are reported as told by different sources (check/compare.cc).
inline constexpr std::string_view kSourceQualifier = "source";

struct Claim {
  std::string id;          // stable: hash of doc + span + rule, 16 hex digits
  std::string subject;     // canonical subject, "DeepSeek V4-Pro"
  bool subject_from_focus = false;  // subject taken from earlier sentences
  std::string attribute;   // "release_date", "price", "parameters", "valuation", ...
  std::map<std::string, std::string> qualifiers;  // direction=input, scope=total, benchmark=...
  Quantity value;
  Modality modality = Modality::stated;
  std::string as_of;       // ISO date the claim holds at; empty = unknown
  // Provenance.
  std::string doc;         // document id: path as given, or id in a JSONL corpus
  std::size_t begin = 0, end = 0;  // byte span in the original document
  int line = 0, column = 0;        // 1-based; column counts Unicode code points
  std::string text;        // the claimed text (the span)
  std::string sentence;    // the whole sentence, original text
  std::string rule;        // rule id, "ai-models/release_date.launched_on"
};

// The key that groups comparable claims: subject, attribute and qualifiers
// serialised as "subject\x1fattribute\x1fk=v\x1ek=v".
std::string group_key(const Claim&);

// Stable id: first 16 hex digits of a 64-bit hash of doc, span and rule.
std::string make_claim_id(const std::string& doc, std::size_t begin, std::size_t end,
                          const std::string& rule);

}  // namespace claimcheck
