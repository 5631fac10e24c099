// Sentences of list items; see list_items.h.
#include "claims/list_items.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace claimcheck::claims {

bool in_list_item(const text::Document& doc, const text::Sentence& sentence) {
  const std::string_view original = doc.original;
  const std::size_t at = doc.to_original(sentence.begin);
  if (at > original.size() || doc.line_starts.empty()) return false;
  // The start of the line holding `at` (a binary search: a long line is not scanned back).
  auto next = std::upper_bound(doc.line_starts.begin(), doc.line_starts.end(), at);
  std::size_t line = next == doc.line_starts.begin() ? 0 : *(next - 1);
  while (line < original.size() && (original[line] == ' ' || original[line] == '\t' || original[line] == '>')) ++line;
  std::string_view rest = original.substr(line);
  if (rest.size() >= 2 && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && rest[1] == ' ') return true;
  if (rest.substr(0, 4) == "\xE2\x80\xA2 ") return true;  // "• "
  std::size_t d = 0;
  while (d < rest.size() && d < 3 && std::isdigit(static_cast<unsigned char>(rest[d]))) ++d;
  return d > 0 && d + 1 < rest.size() && (rest[d] == '.' || rest[d] == ')') && rest[d + 1] == ' ';
}

}  // namespace claimcheck::claims
