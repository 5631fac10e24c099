#pragma once
// The placeholders of a masked sentence (see rule.h).  One definition shared
// by the fragment expander (which writes patterns that match them) and the
// masker in claims/ (which writes them into sentences).
//
// Example: placeholder("money", 3) == "⟨money:3⟩"; the 3 indexes the document's
// list of quantities (or of name mentions, for "subj" and "bench").  A counted
// noun follows a second colon: placeholder("number", 5, "parameters") ==
// "⟨number:5:parameters⟩", so "{number:parameters}" can ask for it.
#include <string>
#include <string_view>

namespace claimcheck::rules {

inline constexpr std::string_view kOpen = "\u27e8";   // ⟨ MATHEMATICAL LEFT ANGLE BRACKET
inline constexpr std::string_view kClose = "\u27e9";  // ⟩

// Kinds written into placeholders.  Dates and date ranges share "date".
inline constexpr std::string_view kSubjectKind = "subj";
inline constexpr std::string_view kBenchmarkKind = "bench";

inline std::string placeholder(std::string_view kind, std::size_t index, std::string_view unit = {}) {
  std::string s(kOpen);
  s += kind;
  s += ':';
  s += std::to_string(index);
  if (!unit.empty()) {
    s += ':';
    for (char c : unit) s += (c == ' ' || c == ':') ? '_' : c;
  }
  s += kClose;
  return s;
}

}  // namespace claimcheck::rules
