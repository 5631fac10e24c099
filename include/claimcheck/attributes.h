#pragma once
// What each claim attribute is, as data (rules/attributes.json): whether its
// value changes over time, whether it describes one event (compared only
// between articles of the same story) or a named entity (compared across the
// corpus), the family of units it takes, and how far apart two values may be
// before they disagree.
//
//   const AttributeInfo& a = attribute_info("valuation");
//   a.over_time == OverTime::varies   // $380bn in March and $852bn in May: changed_over_time
//   attribute_info("deaths").event    // true: only articles about one event are compared
//
// The table is built into the binary; a rules directory given with --rules
// that holds an "attributes" object replaces it (set_attribute_table).  Unknown
// attributes get the defaults below.  Safe to read from many threads once set.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace claimcheck {

enum class OverTime : unsigned char {
  unknown,  // neither: a date beside the value may set its as-of date
  fixed,    // a release date, a parameter count: a date beside it is not its as-of date
  varies,   // a valuation, a price, a death toll: values at different times do not conflict
};

struct AttributeInfo {
  std::string name;
  OverTime over_time = OverTime::unknown;
  bool event = false;        // a fact of one event (deaths, arrests, crowd): compare within a story only
  bool agreement_only = false;  // a loosely keyed mention ("15,000 jerseys"): corroborates, never conflicts
  bool fallback = false;     // a fact read from the words around a value when no rule names it: gives way to any rule that does
  std::string family;        // "money", "count", "date", "time", "duration", "percent", ... ("" = any)
  std::string counts;        // news counts: "people", the unit every value takes, or "as_written" ("" = unsaid)
  std::string owner;         // the kind of name that owns it: "model", "company" ("" = any name)
  double tolerance = 0;      // relative slack beyond the stated precision (0.05 = 5 %)
  int settle_days = 0;       // varies: a new value stated sooner than this after the old one is a conflict
  bool only_falls = false;   // varies: values move only down (list prices of AI models): a later, higher value is a conflict
  double min = 0, max = 0;   // plausible values (0 = no bound): 8 "active" experts are no parameter count
  // Qualifiers that tell two facts apart only when one document gives both:
  // "five counts of murder" and "four counts of homicide" in two reports of
  // one story are one charge told two ways (check/compare.cc).
  std::vector<std::string> soft;
  std::string description;   // one line for `claimcheck rules list` and docs
};

// The entry for `name`, or a default entry (unknown, entity, any unit, 0).
const AttributeInfo& attribute_info(std::string_view name);
// Every known attribute, by name.
const std::map<std::string, AttributeInfo, std::less<>>& attribute_table();

// Parses the "attributes" object of a rules file ({"deaths": {"over_time":
// "varies", "event": true, ...}}); throws claimcheck::Error naming `where`.
std::map<std::string, AttributeInfo, std::less<>> parse_attribute_table(const nlohmann::json& object,
                                                                         const std::string& where);
// Replaces the process-wide table (rule packs loaded from disk).  Call before
// any thread reads it.
void set_attribute_table(std::map<std::string, AttributeInfo, std::less<>> table);

}  // namespace claimcheck
