#pragma once
// Names told only for comparison.  In "it scores 74.2% on PatchBench, up from
// 68.9% for K3.1, and 55.0% on ShellBench", K3.1 is named in an aside that a
// comma closes: the 55.0% after it is still the sentence's own model's, not
// K3.1's.  An aside opens with a comparing phrase ("up from", "compared with",
// "than", "versus", ...) right before the name, with at most a value and
// "for"/"from"/"by" between; a name in such an aside is no subject for a value
// after the comma that closes it.  ("than Orion 2.5's $3": no comma between,
// so the $3 stays Orion 2.5's.)
#include <cstddef>
#include <string_view>

namespace claimcheck::claims {

// Whether the name whose placeholder starts at masked offset `name_at` follows
// a comparing phrase ("than X", "behind X", "within two points of X", "a
// quarter of what X offers"): a
// reference point, not what the sentence is about.
bool named_for_comparison(std::string_view masked, std::size_t name_at);

// Whether the name whose placeholder starts at masked offset `name_at` sits in
// a comparison aside closed by a comma or semicolon before `value_at` (a
// parenthesis opened after the name and still open at the value keeps it the
// value's owner).
bool in_closed_comparison(std::string_view masked, std::size_t name_at, std::size_t value_at);

// Whether the name at `name_at` sits in an aside between two dashes that
// closes before the value: "made Gemini 3.1 Pro available on Tuesday — the same
// day GPT-5.5 reaches the API — and priced it at $2" (not GPT-5.5's $2).
bool in_dash_aside(std::string_view masked, std::size_t name_at, std::size_t value_at);

// Whether a whole sentence is told for comparison ("K3.1, by comparison, had
// 1.1 trillion parameters"): its model is no new focus for "it" in the next one.
bool told_for_comparison(std::string_view masked);

// Whether the name at `name_at` is told as the place something runs or ships
// ("in ChatGPT", "via Codex", "April 23 (ChatGPT)"): for a product, where a
// model is used, not the model.
bool named_as_place(std::string_view text, std::size_t name_at);

}  // namespace claimcheck::claims
