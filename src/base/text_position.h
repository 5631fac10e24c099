#pragma once
// Line and column of a byte offset, and code points: the one definition every
// command uses (extract, check, reports, error messages), so a file points to
// the same place whichever command names it.
//
// A line ends at "\n", "\r\n" or a lone "\r" (old Mac files); columns count
// Unicode code points (UTF-8 lead bytes), 1-based.
//
// Example:
//   line_column("a\rbc", 3) == {2, 2}
//   line_column("a\r\nbc", 4) == {2, 2}
//   code_points("\xE2\x82\xAC5") == 2
#include <cstddef>
#include <string_view>
#include <vector>

namespace claimcheck::base {

struct LineColumn {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in Unicode code points
};

// Byte offset of the start of every line (the first is 0).
std::vector<std::size_t> line_starts(std::string_view text);
// Line and column of `offset` (clamped to text.size()).  The first form scans
// the text; the second uses line_starts(text) computed once.
LineColumn line_column(std::string_view text, std::size_t offset);
LineColumn line_column(std::string_view text, const std::vector<std::size_t>& starts, std::size_t offset);
// The code points before every kCodePointStride-th byte of `text`: with them a
// column costs at most that many bytes counted, however long its line is (one
// 2 MB line of 50,000 claims counted every line from its start: issue 17).
inline constexpr std::size_t kCodePointStride = 4096;
std::vector<std::size_t> code_point_marks(std::string_view text);
LineColumn line_column(std::string_view text, const std::vector<std::size_t>& starts,
                       const std::vector<std::size_t>& marks, std::size_t offset);

// Number of code points in UTF-8 text (bytes that are not continuation bytes).
std::size_t code_points(std::string_view utf8);

}  // namespace claimcheck::base
