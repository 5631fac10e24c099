#pragma once
// Every place where any of many forms stands in a text as a whole word:
// the byte before it and the byte after it (if any) are no word bytes.
//
// One pass over the text, trying at each place a word may start only the
// forms that begin with its byte, instead of one scan of the whole text per
// form: that grew with forms x bytes, and a long text (a whole JSON Lines
// file read as one article, a long report) has both many bytes and many
// company forms (anaphora.cc).
#include <cstddef>
#include <string_view>
#include <vector>

namespace claimcheck::claims {

struct Occurrence {
  std::size_t at;    // byte offset in the text
  std::size_t form;  // index in the forms given
};

// Sorted by place, then by form index: what scanning the text for each form
// in turn, then sorting stably by place, gives.  Forms must be distinct and
// not empty.
std::vector<Occurrence> whole_word_occurrences(std::string_view text, const std::vector<std::string_view>& forms,
                                               bool (*is_word_byte)(char));

}  // namespace claimcheck::claims
