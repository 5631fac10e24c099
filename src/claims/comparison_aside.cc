// Names told only for comparison; see comparison_aside.h.
#include "claims/comparison_aside.h"

#include <re2/re2.h>

namespace claimcheck::claims {

bool in_closed_comparison(std::string_view masked, std::size_t name_at, std::size_t value_at) {
  if (name_at >= value_at || value_at > masked.size()) return false;
  static const RE2 opens(
      "(?i)\\b(?:up from|down from|compared (?:with|to)|versus|vs\\.?|than|against|relative to)\\s+"
      "(?:\u27e8[^\u27e9]*\u27e9\\s+(?:for|from|by|of)\\s+)?(?:the\\s+)?$");
  const std::size_t from = name_at > 80 ? name_at - 80 : 0;
  if (!RE2::PartialMatch(masked.substr(from, name_at - from), opens)) return false;
  const std::size_t close = masked.find(',', name_at);
  return close != std::string_view::npos && close < value_at;
}

bool in_dash_aside(std::string_view masked, std::size_t name_at, std::size_t value_at) {
  static constexpr std::string_view kDash = " - ";  // a dash as punctuation (em dashes fold to '-')
  if (name_at >= value_at || value_at > masked.size()) return false;
  const std::size_t open = masked.rfind(kDash, name_at);
  if (open == std::string_view::npos) return false;
  const std::size_t close = masked.find(kDash, name_at);
  return close != std::string_view::npos && close < value_at;
}

bool told_for_comparison(std::string_view masked) {
  static const RE2 cue("(?i)\\b(?:by comparison|in comparison|for comparison|by contrast|its predecessor|the previous model)\\b");
  return RE2::PartialMatch(masked, cue);
}

}  // namespace claimcheck::claims
