// The shared base (src/base/): one definition of line/column, the calendar,
// month names, hashes and file reading for every stage.
#include <catch2/catch.hpp>

#include "base/calendar.h"
#include "base/file.h"
#include "base/hash.h"
#include "base/text_position.h"
#include "claimcheck/error.h"
#include "helpers.h"

using namespace claimcheck;

TEST_CASE("line and column: LF, CRLF and a lone CR each end a line; columns count code points", "[base]") {
  struct {
    const char* text;
    std::size_t offset;
    int line, column;
  } cases[] = {
      {"abc", 0, 1, 1},          {"abc", 2, 1, 3},           {"a\nbc", 3, 2, 2},
      {"a\r\nbc", 4, 2, 2},      {"a\rbc", 3, 2, 2},         {"a\r\rb", 3, 3, 1},
      {"\xE2\x82\xAC" "5", 3, 1, 2}, {"x\ry", 99, 2, 2},
  };
  for (const auto& c : cases) {
    INFO(c.text << " @" << c.offset);
    base::LineColumn scanned = base::line_column(c.text, c.offset);
    base::LineColumn indexed = base::line_column(c.text, base::line_starts(c.text), c.offset);
    CHECK(scanned.line == c.line);
    CHECK(scanned.column == c.column);
    CHECK(indexed.line == c.line);
    CHECK(indexed.column == c.column);
  }
  CHECK(base::code_points("\xE2\x82\xAC" "5") == 2);
}

// code_points() counts eight bytes at a time: the same as byte by byte, at any length and alignment.
TEST_CASE("code points counted word by word as byte by byte", "[base]") {
  std::string bytes;
  uint32_t x = 12345;
  for (int i = 0; i < 300; ++i) {
    x = x * 1103515245u + 12345u;
    bytes += static_cast<char>(x >> 23);
  }
  bytes += "caf\xC3\xA9 \xE2\x82\xAC" "5 \xF0\x9F\x98\x80!";
  for (std::size_t from = 0; from < 9; ++from)
    for (std::size_t len = 0; from + len <= bytes.size(); len += 7) {
      std::size_t slow = 0;
      for (std::size_t i = from; i < from + len; ++i)
        if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) ++slow;
      CHECK(base::code_points(std::string_view(bytes).substr(from, len)) == slow);
    }
}

TEST_CASE("calendar: valid dates, day numbers both ways, month names", "[base]") {
  CHECK(base::valid_date(2026, 2, 28));
  CHECK_FALSE(base::valid_date(2026, 2, 29));
  CHECK(base::valid_date(2028, 2, 29));
  CHECK_FALSE(base::valid_date(2026, 2, 31));
  CHECK_FALSE(base::valid_date(2026, 13, 1));
  CHECK(base::days_from_civil(1970, 1, 1) == 0);
  for (int64_t day : {int64_t{-800000}, int64_t{0}, int64_t{20567}, int64_t{2932896}}) {
    int y = 0, m = 0, d = 0;
    base::civil_from_days(day, y, m, d);
    CHECK(base::days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) == day);
  }
  CHECK(base::month_number("Jan") == 1);
  CHECK(base::month_number("sept.") == 9);
  CHECK(base::month_number("SEPTEMBER") == 9);
  CHECK(base::month_number("Ma") == 0);
  CHECK(base::month_number("mark") == 0);
  CHECK(base::month_name(4) == "April");
  CHECK(base::month_name(13).empty());
}

TEST_CASE("hashes are the stable ones stored ids and fingerprints use", "[base]") {
  // Not the published FNV-1a 64 value of "a" (0xaf63dc4c8601ec8c): the
  // offset basis claimcheck has always used is 1469598103934665603, one digit
  // short of the standard one; stored ids and fingerprints depend on it.
  CHECK(base::fnv1a("a") == 0x44bd8ad473cd9906ULL);
  CHECK(base::hex64(0x44bd8ad473cd9906ULL) == "44bd8ad473cd9906");
  CHECK(base::content_hash("abc") == base::content_hash("abc"));
  CHECK(base::content_hash("abc") != base::content_hash("abd"));
  CHECK(base::content_hash("").size() == 24);
}

TEST_CASE("read_file: the bytes, or an Error naming the path", "[base]") {
  testing::TempDir dir;
  testing::write_file(dir / "a.txt", std::string("x\0y", 3));
  CHECK(base::read_file(dir / "a.txt") == std::string("x\0y", 3));
  CHECK_THROWS_WITH(base::read_file(dir / "missing.txt"),
                    Catch::StartsWith(dir / "missing.txt" + ": cannot read file: No such file"));
}

TEST_CASE("line and column on one long line: the code-point marks give the columns a scan gives", "[base]") {
  // Issue 17: a 2 MB single-line article counted each claim's column from the
  // start of the line.  With marks every kCodePointStride bytes the count is
  // local; the result must not change, multi-byte characters across marks included.
  std::string text;
  for (int i = 0; text.size() < 5 * base::kCodePointStride; ++i) text += i % 3 ? "ab\xE2\x82\xAC " : "\xC3\xA9t\xC3\xA9\n";
  text += std::string(3 * base::kCodePointStride, 'x');  // a last line longer than several strides
  auto starts = base::line_starts(text);
  auto marks = base::code_point_marks(text);
  CHECK(marks.size() == text.size() / base::kCodePointStride + 1);
  for (std::size_t at = 0; at <= text.size() + 1; at += 7) {
    INFO("offset " << at);
    base::LineColumn scanned = base::line_column(text, at);
    base::LineColumn marked = base::line_column(text, starts, marks, at);
    REQUIRE(marked.line == scanned.line);
    REQUIRE(marked.column == scanned.column);
  }
}
