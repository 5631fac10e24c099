// terminal_safe: what text from strangers looks like on a terminal or in a log.
#include <catch2/catch.hpp>

#include "claimcheck/terminal.h"

using claimcheck::terminal_safe;
using claimcheck::valid_utf8;

TEST_CASE("terminal_safe escapes C0, C1, DEL, line separators and invalid bytes, nothing else", "[model]") {
  struct {
    std::string in, out;
  } cases[] = {
      {"plain text, caf\xc3\xa9, \xe4\xb8\xad\xe6\x96\x87", "plain text, caf\xc3\xa9, \xe4\xb8\xad\xe6\x96\x87"},
      {"a\nb\rc\td", "a\\nb\\rc\\td"},
      {"\x1b[2J\x07\x7f", "\\x1b[2J\\x07\\x7f"},
      {"\xc2\x9b" "2J \xc2\x9d" "0;t", "\\u009b2J \\u009d0;t"},   // CSI and OSC as C1 code points
      {"\xe2\x80\xa8\xe2\x80\xa9", "\\u2028\\u2029"},
      {"bad\xff.txt", "bad\\xff.txt"},
      {"\xc0\xaf", "\\xc0\\xaf"},                                   // overlong '/'
      {"\xed\xa0\x80", "\\xed\\xa0\\x80"},                          // a surrogate
      {"\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80"},                     // U+1F600 stays
      {"cut \xe2\x80", "cut \\xe2\\x80"},
      {"x\n::error file=a::b", "x\\n::error file=a::b"},
      {std::string("nul\0byte", 8), "nul\\x00byte"},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(terminal_safe(c.in) == c.out);
  }
  CHECK(valid_utf8("caf\xc3\xa9"));
  CHECK_FALSE(valid_utf8("bad\xff"));
  CHECK_FALSE(valid_utf8("\xc0\xaf"));
}
