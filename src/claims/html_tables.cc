// HTML tables as rows of cells; see html_tables.h.
#include "claims/html_tables.h"

#include <cctype>

#include "text/mapped.h"

namespace claimcheck::claims {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Whether `s` has the tag `name` opening (or, with '/', closing) at `i`:
// "<td" followed by '>', space or '/', not "<tdx".
bool tag_at(std::string_view s, std::size_t i, std::string_view name) {
  if (i + 1 + name.size() >= s.size() || s[i] != '<') return false;
  for (std::size_t k = 0; k < name.size(); ++k)
    if (lower(s[i + 1 + k]) != name[k]) return false;
  char after = s[i + 1 + name.size()];
  return after == '>' || after == '/' || std::isspace(static_cast<unsigned char>(after));
}

// The next position at or after `from`, before `limit`, where one of `names` opens.
std::size_t find_tag(std::string_view s, std::size_t from, std::size_t limit,
                     std::initializer_list<std::string_view> names, std::string_view* which = nullptr) {
  for (std::size_t i = s.find('<', from); i < limit && i != std::string_view::npos; i = s.find('<', i + 1))
    for (std::string_view n : names)
      if (tag_at(s, i, n)) {
        if (which) *which = n;
        return i;
      }
  return std::string_view::npos;
}

// A cell's content: tags dropped, entities decoded, runs of white space one space.
TableCell make_cell(std::string_view s, std::size_t b, std::size_t e) {
  TableCell cell;
  std::string text, decoded;
  bool space = false;
  for (std::size_t i = b; i < e;) {
    char c = s[i];
    if (c == '<') {
      std::size_t close = s.find('>', i);
      if (close == std::string_view::npos || close >= e) break;
      i = close + 1;
      space = true;  // "<br>" and block tags separate words
      continue;
    }
    std::string piece(1, c);
    std::size_t len = 1;
    if (c == '&') {
      std::size_t n = text::decode_entity(s, i, decoded);
      if (n) piece = decoded == "\xC2\xA0" ? " " : decoded, len = n;
    }
    i += len;
    if (piece == " " || piece == "\n" || piece == "\t" || piece == "\r") {
      space = true;
      continue;
    }
    if (space && !text.empty()) text += ' ';
    space = false;
    text += piece;
  }
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  cell.begin = b;
  cell.end = e;
  cell.verbatim = text == s.substr(b, e - b);
  cell.text = std::move(text);
  return cell;
}

TableRow read_row(std::string_view s, std::size_t b, std::size_t e) {
  TableRow row{b, e, {}};
  std::string_view kind;
  for (std::size_t at = find_tag(s, b, e, {"td", "th"}, &kind); at != std::string_view::npos;) {
    std::size_t open_end = s.find('>', at);
    if (open_end == std::string_view::npos || open_end >= e) break;
    std::size_t next = find_tag(s, open_end + 1, e, {"td", "th"}, &kind);
    std::size_t limit = next == std::string_view::npos ? e : next;
    std::size_t close = find_tag(s, open_end + 1, limit, {"/td", "/th"});
    row.cells.push_back(make_cell(s, open_end + 1, close == std::string_view::npos ? limit : close));
    at = next;
  }
  return row;
}

}  // namespace

std::vector<HtmlTable> read_html_tables(std::string_view s) {
  std::vector<HtmlTable> tables;
  for (std::size_t at = find_tag(s, 0, s.size(), {"table"}); at != std::string_view::npos;
       at = find_tag(s, at + 1, s.size(), {"table"})) {
    std::size_t close = find_tag(s, at + 1, s.size(), {"/table"});
    std::size_t end = close == std::string_view::npos ? s.size() : s.find('>', close);
    end = end == std::string_view::npos ? s.size() : end + 1;
    HtmlTable table{at, end, {}};
    for (std::size_t r = find_tag(s, at, end, {"tr"}); r != std::string_view::npos;) {
      std::size_t next = find_tag(s, r + 1, end, {"tr"});
      TableRow row = read_row(s, r, next == std::string_view::npos ? end : next);
      if (!row.cells.empty()) table.rows.push_back(std::move(row));
      r = next;
    }
    if (table.rows.size() >= 2) tables.push_back(std::move(table));
    at = end - 1;
  }
  return tables;
}

}  // namespace claimcheck::claims
