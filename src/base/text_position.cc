#include "base/text_position.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace claimcheck::base {
namespace {

// Whether text[i] ends a line: "\n", or "\r" not followed by "\n".
bool ends_line(std::string_view text, std::size_t i) {
  return text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'));
}

}  // namespace

std::vector<std::size_t> line_starts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i)
    if (ends_line(text, i)) starts.push_back(i + 1);
  return starts;
}

LineColumn line_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  LineColumn lc;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (ends_line(text, i)) {
      ++lc.line;
      line_start = i + 1;
    }
  }
  lc.column = 1 + static_cast<int>(code_points(text.substr(line_start, offset - line_start)));
  return lc;
}

LineColumn line_column(std::string_view text, const std::vector<std::size_t>& starts, std::size_t offset) {
  if (starts.empty()) return line_column(text, offset);
  offset = std::min(offset, text.size());
  auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  std::size_t idx = static_cast<std::size_t>(it - starts.begin()) - 1;
  LineColumn lc;
  lc.line = static_cast<int>(idx) + 1;
  lc.column = 1 + static_cast<int>(code_points(text.substr(starts[idx], offset - starts[idx])));
  return lc;
}

std::vector<std::size_t> code_point_marks(std::string_view text) {
  std::vector<std::size_t> marks{0};
  for (std::size_t at = kCodePointStride; at <= text.size(); at += kCodePointStride)
    marks.push_back(marks.back() + code_points(text.substr(at - kCodePointStride, kCodePointStride)));
  return marks;
}

LineColumn line_column(std::string_view text, const std::vector<std::size_t>& starts,
                       const std::vector<std::size_t>& marks, std::size_t offset) {
  if (starts.empty() || marks.empty()) return line_column(text, offset);
  offset = std::min(offset, text.size());
  auto before = [&](std::size_t at) {  // code points in text[0, at)
    std::size_t mark = std::min(at / kCodePointStride, marks.size() - 1);
    return marks[mark] + code_points(text.substr(mark * kCodePointStride, at - mark * kCodePointStride));
  };
  auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  std::size_t idx = static_cast<std::size_t>(it - starts.begin()) - 1;
  LineColumn lc;
  lc.line = static_cast<int>(idx) + 1;
  lc.column = 1 + static_cast<int>(offset - starts[idx] <= kCodePointStride
                                       ? code_points(text.substr(starts[idx], offset - starts[idx]))
                                       : before(offset) - before(starts[idx]));
  return lc;
}

// Bytes that are not UTF-8 continuation bytes (10xxxxxx), eight at a time: a
// claim's column counts up to 4 KiB from the nearest mark, and byte by byte
// that was a few percent of an extraction.
std::size_t code_points(std::string_view utf8) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  const char* p = utf8.data();
  std::size_t n = 0, i = 0;
  for (; i + 8 <= utf8.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    const uint64_t continuation = w & ~(w << 1) & kHigh;  // bit 7 set, bit 6 clear
    n += 8 - static_cast<std::size_t>(__builtin_popcountll(continuation));
  }
  for (; i < utf8.size(); ++i)
    if ((static_cast<unsigned char>(p[i]) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace claimcheck::base
