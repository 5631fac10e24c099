// Sentences of list items; see list_items.h.
#include "claims/list_items.h"

#include <cctype>
#include <string_view>

namespace claimcheck::claims {

bool in_list_item(const text::Document& doc, const text::Sentence& sentence) {
  const std::string_view original = doc.original;
  std::size_t at = doc.to_original(sentence.begin);
  if (at > original.size()) return false;
  const std::size_t nl = original.rfind('\n', at == 0 ? 0 : at - 1);
  std::size_t line = nl == std::string_view::npos || at == 0 ? 0 : nl + 1;
  while (line < original.size() && (original[line] == ' ' || original[line] == '\t' || original[line] == '>')) ++line;
  std::string_view rest = original.substr(line);
  if (rest.size() >= 2 && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && rest[1] == ' ') return true;
  if (rest.substr(0, 4) == "\xE2\x80\xA2 ") return true;  // "• "
  std::size_t d = 0;
  while (d < rest.size() && d < 3 && std::isdigit(static_cast<unsigned char>(rest[d]))) ++d;
  return d > 0 && d + 1 < rest.size() && (rest[d] == '.' || rest[d] == ')') && rest[d + 1] == ' ';
}

}  // namespace claimcheck::claims
