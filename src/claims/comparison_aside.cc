// Names told only for comparison; see comparison_aside.h.
#include "claims/comparison_aside.h"

#include <re2/re2.h>

namespace claimcheck::claims {

bool named_for_comparison(std::string_view masked, std::size_t name_at) {
  if (name_at > masked.size()) return false;
  static const RE2 opens(
      // "within three points of X": the count's placeholder carries "points".
      "(?i)(?:\\b(?:up from|down from|compared (?:with|to)|versus|vs\\.?|than|against|relative to|behind|ahead of|"
      "points? of|(?:of|than) what)|\u27e8number:[^\u27e9]*:points?\u27e9 of)\\s+"
      "(?:\u27e8[^\u27e9]*\u27e9\\s+(?:for|from|by|of)\\s+)?(?:the\\s+)?$");
  const std::size_t from = name_at > 80 ? name_at - 80 : 0;
  return RE2::PartialMatch(masked.substr(from, name_at - from), opens);
}

bool in_closed_comparison(std::string_view masked, std::size_t name_at, std::size_t value_at) {
  if (name_at >= value_at || value_at > masked.size()) return false;
  if (!named_for_comparison(masked, name_at)) return false;
  // "Against X (still in preview, $2 / $12), Y is better": a value in a
  // parenthesis opened after the name is the name's, whatever commas it holds.
  const std::size_t paren = masked.find('(', name_at);
  if (paren < value_at && masked.find(')', paren) > value_at) return false;
  // A comma or a semicolon closes the aside: "slower than X; $25 per million
  // output tokens adds up" is not X's.
  const std::size_t close = masked.find_first_of(",;", name_at);
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

bool named_as_place(std::string_view text, std::size_t name_at) {
  static const RE2 where("(?i)(?:\\b(?:in|on|via|through|inside|into|to|from|within)\\s+(?:the\\s+)?|\\(\\s*)$");
  if (name_at > text.size()) return false;
  const std::size_t from = name_at > 20 ? name_at - 20 : 0;
  return RE2::PartialMatch(text.substr(from, name_at - from), where);
}

}  // namespace claimcheck::claims
