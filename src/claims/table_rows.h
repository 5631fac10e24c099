#pragma once
// A table as rows of cells, whichever markup it came in (Markdown pipes in
// tables.cc, HTML in html_tables.cc); read_table() in tables.cc reads both.
#include <cstddef>
#include <string>
#include <vector>

namespace claimcheck::claims {

struct TableCell {
  std::size_t begin = 0, end = 0;  // the cell's bytes in the original text, trimmed
  std::string text;                // what the cell says, markup removed
  // Whether `text` is exactly the original bytes [begin, end): only then can a
  // part of the text ("96B" of "2.4T / 96B") point at its own bytes.
  bool verbatim = true;
};

struct TableRow {
  std::size_t begin = 0, end = 0;  // the row's bytes in the original text
  std::vector<TableCell> cells;
};

}  // namespace claimcheck::claims
