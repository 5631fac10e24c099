#pragma once
// Tables read as sentences.  A comparison table states one fact per cell, and
// the cell alone ("$2.50") says neither whose it is nor what it is: that is in
// the row's first cell and the column's header.  read_tables() finds Markdown
// pipe tables in an article's original text and writes each filled cell as a
// small sentence in words the rule packs already read:
//
//   | Model      | Input $/1M | Output $/1M |
//   | Vega-4 Pro | $2.50      | $10.00      |
//     -> "Vega-4 Pro Input: $2.50."  and  "Vega-4 Pro Output: $10.00."
//
//   |                             | Vega-4 Pro  | Orion 2.5   |
//   | Released                    | May 14, 2026 | April 24, 2026 |
//   | Parameters (total / active) | 2.4T / 96B  | 1.2T / 78B  |
//     -> "Orion 2.5 Released: April 24, 2026."
//        "Vega-4 Pro Parameters total: 2.4T."  "Vega-4 Pro Parameters active: 96B."
//
// Which side names the subjects (first column or header row) is decided by
// where `is_name` finds more names.  A header "(a / b)" with a cell "x / y"
// gives two sentences.  Each sentence keeps the original span of its cell and
// row, so claims read from it point into the file.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::claims {

struct TableSentence {
  std::string text;                     // "Vega-4 Pro Input: $2.50."
  std::size_t cell_begin = 0, cell_end = 0;  // the cell's bytes in the original text
  std::size_t row_begin = 0, row_end = 0;    // the row's line in the original text
  // The subject at the start of `text` when only the table says it is a name:
  // "Q7" in a header row beside "Vega-4 Pro" and "Orion 3" ("" = a known name).
  std::string named_by_table;
};

struct TableRegion {
  std::size_t begin = 0, end = 0;  // original bytes of the whole table, header to last row
};

struct Tables {
  std::vector<TableSentence> sentences;
  std::vector<TableRegion> regions;
};

Tables read_tables(std::string_view original, const std::function<bool(std::string_view)>& is_name);

}  // namespace claimcheck::claims
