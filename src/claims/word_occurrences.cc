// Whole-word occurrences of many forms in one pass; see word_occurrences.h.
#include "claims/word_occurrences.h"

#include <array>
#include <cstring>

namespace claimcheck::claims {

std::vector<Occurrence> whole_word_occurrences(std::string_view text, const std::vector<std::string_view>& forms,
                                               bool (*is_word_byte)(char)) {
  std::vector<Occurrence> found;
  if (forms.empty()) return found;
  std::array<bool, 256> word{};
  for (int c = 0; c < 256; ++c) word[c] = is_word_byte(static_cast<char>(c));
  // The forms by their first byte, in the order given (so a place's forms come out in that order).
  std::array<std::vector<std::size_t>, 256> by_first;
  for (std::size_t i = 0; i < forms.size(); ++i) by_first[static_cast<unsigned char>(forms[i][0])].push_back(i);
  const std::size_t n = text.size();
  for (std::size_t at = 0; at < n; ++at) {
    if (at > 0 && word[static_cast<unsigned char>(text[at - 1])]) continue;
    for (std::size_t f : by_first[static_cast<unsigned char>(text[at])]) {
      const std::string_view form = forms[f];
      if (form.size() > n - at) continue;
      const std::size_t end = at + form.size();
      if (end < n && word[static_cast<unsigned char>(text[end])]) continue;
      if (std::memcmp(text.data() + at, form.data(), form.size()) == 0) found.push_back({at, f});
    }
  }
  return found;
}

}  // namespace claimcheck::claims
