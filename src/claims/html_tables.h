#pragma once
// HTML tables (<table> <tr> <th>/<td>) as rows of cells: scraped web pages
// state prices, limits and scores in them as often as Markdown pages do in
// pipe tables.  Cell text has its tags removed, its entities decoded and its
// white space folded; offsets point at the cell's content in the original.
#include <string_view>
#include <vector>

#include "claims/table_rows.h"

namespace claimcheck::claims {

struct HtmlTable {
  std::size_t begin = 0, end = 0;  // "<table" to the end of "</table>"
  std::vector<TableRow> rows;
};

std::vector<HtmlTable> read_html_tables(std::string_view original);

}  // namespace claimcheck::claims
