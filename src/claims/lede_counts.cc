// Lede counts; see lede_counts.h.
#include "claims/lede_counts.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>

#include <re2/re2.h>

#include "claimcheck/attributes.h"
#include "claims/news_subjects.h"

namespace claimcheck::claims {
namespace {

// The lede: the headline, dateline and first sentences, in bytes of the original.
constexpr std::size_t kLedeBytes = 700;

bool countable_noun(const std::string& noun) {
  static const std::set<std::string, std::less<>> not_counted = {
      // generic or told by named rules (deaths, crowds...)
      "people", "person", "man", "men", "woman", "women", "child", "children", "other", "time", "year", "month",
      "week", "day", "hour", "minute", "second", "decade", "century", "percent", "point", "per", "member", "vote",
      "case", "way", "thing", "part", "number", "figure", "total", "one", "more", "less", "least", "most",
      // what pages about software count in passing ("four labs, eight models")
      "model", "lab", "company", "vendor", "provider", "benchmark", "task", "token", "parameter", "language",
      "feature", "tool", "tier", "plan", "app", "agent", "gpu", "chip", "release", "launch", "version", "update", "prompt",
      "query", "request", "test", "run", "step", "example", "question", "answer", "reason", "option", "source",
      // units of measure: a measure, not a count
      "mm", "cm", "km", "m", "mile", "metre", "meter", "foot", "feet", "ft", "inch", "yard", "kg", "g", "tonne",
      "ton", "pound", "lb", "litre", "liter", "gallon", "acre", "hectare", "degree", "mph", "knot", "mb", "gb"};
  return !noun.empty() && !not_counted.count(noun);
}

// What a count counts: the mention's noun, or, when that is an adjective
// ("eight priceless pieces", "two sold-out nights"), the plural after it.  A
// mention of 100 or more has dropped its noun (it agrees whatever noun counts
// it: news_subjects.cc) and gives none: read back from the text, such counts
// met more wrongly than rightly ("2,870 passengers" aboard vs "312 passengers"
// ill, each the only count of its noun in its article; docs/quality.md).
std::string counted_noun(const Claim& c) {
  static const RE2 adjective("(?:less|ous|ful|ive|ible|able|ic|al|ed|ing|ish|clad|out|young|old|new|big|small|large|armed|masked|"
                             "former|other|several|local|foreign|senior|junior|major|minor|main|top|extra|further|more)$");
  auto noun = c.qualifiers.find("noun");
  if (noun == c.qualifiers.end()) return "";
  if (noun->second.find('_') == std::string::npos && !RE2::PartialMatch(noun->second, adjective)) return noun->second;
  const std::size_t at = c.sentence.find(c.value.text);
  if (at == std::string::npos) return "";
  // The plural after the adjective: "eight | priceless pieces".
  std::string_view rest = std::string_view(c.sentence).substr(at + c.value.text.size());
  std::string adjective_written = noun->second;
  std::replace(adjective_written.begin(), adjective_written.end(), '_', '-');
  if (const std::size_t a = rest.find(adjective_written); a != std::string_view::npos && a <= 1)
    rest.remove_prefix(a + adjective_written.size());
  std::string next;
  if (!RE2::PartialMatch(rest, "^\\s+([a-z][a-z-]{2,}s)\\b", &next)) return "";
  std::replace(next.begin(), next.end(), '-', '_');
  news::singularise(next);
  return next;
}

// Whether the count's own sentence lets it stand for the event's figure: not
// a part of a whole ("three of the eight charges"), not a hope or a forecast
// ("hopes to be in 5,000 clinics by 2029"), not a named party's count ("New
// Course took 52 seats": keyed by its noun alone, two parties would meet).
bool event_figure(const Claim& c) {
  const std::string_view sentence = c.sentence;
  const std::size_t at = sentence.find(c.value.text);
  if (at == std::string_view::npos) return false;
  static const RE2 part_before("(?i)\\b(?:of|of the|of its|of their|among|including)\\s*$");
  static const RE2 part_after("(?i)^\\s+of\\s+(?:the|them|those|whom|its|their)\\b");
  static const RE2 not_yet("(?i)\\b(?:hopes?|aims?|plans?|expects?|wants?|targets?|intends?|will|would|could|may|might|projects?|forecasts?|predicts?)\\b");
  if (RE2::PartialMatch(sentence.substr(0, at), part_before)) return false;
  if (RE2::PartialMatch(sentence.substr(at + c.value.text.size()), part_after)) return false;
  if (RE2::PartialMatch(sentence, not_yet)) return false;
  return news::nearest_name(sentence, at).empty();
}

// The one clock time of a document, told in its lede, when no rule names an
// event's time (see lede_counts.h).
std::optional<Claim> lede_time(const std::vector<Claim>& claims) {
  static const RE2 furniture("(?i)^\\s*(?:published|updated|posted|last updated|first published|modified)\\b");
  static const RE2 timestamp("^\\s*\\d{1,2}[:.]\\d\\d\\b");
  // "By 7pm that number had fallen": a state at a time, not an event's time.
  static const RE2 state_at("(?i)\\b(?:by|until|till|since|from|as of)\\s*$");
  static const RE2 telling("(?i)\\b(?:said|says|told|announced|briefing|press conference|statement|news conference|tweeted|posted)\\b");
  const Claim* only = nullptr;
  std::set<double> times;
  for (const Claim& c : claims) {
    if (c.attribute == "event_time") return std::nullopt;
    if (c.attribute != "time_mentioned" || RE2::PartialMatch(c.sentence, furniture)) continue;
    times.insert(c.value.value);
    if (!only) only = &c;
  }
  if (!only || times.size() != 1 || only->begin >= kLedeBytes || only->modality != Modality::stated) return std::nullopt;
  const std::string_view sentence = only->sentence;
  const std::size_t at = sentence.find(only->value.text);
  if (at == std::string_view::npos || RE2::PartialMatch(sentence, timestamp) ||
      RE2::PartialMatch(sentence.substr(0, at), telling) || RE2::PartialMatch(sentence.substr(0, at), state_at))
    return std::nullopt;
  Claim lede = *only;
  lede.attribute = "event_time";
  lede.qualifiers["event"] = "occurred";
  lede.rule = "news/lede_time";
  lede.id = make_claim_id(lede.doc, lede.begin, lede.end, lede.rule);
  return lede;
}

}  // namespace

void add_lede_counts(std::vector<Claim>& claims) {
  std::map<std::string, std::set<double>> values_of_noun;  // every count of the noun in the document
  std::set<std::size_t> named_values;                     // value offsets another rule claims
  for (const Claim& c : claims) {
    if (c.attribute == "count") {
      if (std::string noun = counted_noun(c); !noun.empty()) values_of_noun[noun].insert(c.value.value);
    } else if (!attribute_info(c.attribute).agreement_only && !attribute_info(c.attribute).fallback) {
      named_values.insert(c.value.begin);
    }
  }
  std::vector<Claim> added;
  std::set<std::string> done;
  for (const Claim& c : claims) {
    if (c.attribute != "count" || c.begin >= kLedeBytes || c.modality != Modality::stated) continue;
    const std::string noun = counted_noun(c);
    if (!countable_noun(noun)) continue;
    if (values_of_noun[noun].size() != 1 || named_values.count(c.value.begin) || !event_figure(c) ||
        !done.insert(noun).second)
      continue;
    Claim lede = c;
    lede.qualifiers["noun"] = noun;
    lede.value.unit.clear();  // the noun keys it: "staff" and "employees" are not two units of one count
    lede.attribute = "lede_count";
    lede.rule = "news/lede_count";
    lede.id = make_claim_id(lede.doc, lede.begin, lede.end, lede.rule);
    added.push_back(std::move(lede));
  }
  if (std::optional<Claim> time = lede_time(claims)) added.push_back(std::move(*time));
  for (Claim& c : added) claims.push_back(std::move(c));
}

}  // namespace claimcheck::claims
